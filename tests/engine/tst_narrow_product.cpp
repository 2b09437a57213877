// NarrowProduct, the float32 kernel of narrow layers: every element is one chain of
// multiply-adds over the depth in order (to the bit, against a plain loop, on random
// shapes: packet rows, the few-row tail, strided and adjacent columns of R), then bias,
// ReLU and ReLU's derivative as a gate; and it is Eigen's product up to rounding. Its
// transpose (register tiles) is Eigen's, exactly.
#include "core/Random.h"
#include "model/NarrowProduct.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace kobai;

namespace {

struct Case {
    Eigen::Index rows, depth, columns;
    bool transposedRight; ///< R read as the transpose of a columns × depth matrix (adjacent columns)
    bool bias, relu, gate;
};

std::vector<float> randomValues(Eigen::Index count, Random &random)
{
    std::vector<float> values(static_cast<std::size_t>(count));
    for (float &v : values)
        v = static_cast<float>(random.normal());
    return values;
}

} // namespace

class NarrowProductTest : public QObject {
    Q_OBJECT
private slots:
    void equalsOneChainPerElementAndEigen();
    void transposesExactly();
};

void NarrowProductTest::equalsOneChainPerElementAndEigen()
{
    Random random(16);
    std::vector<Case> cases{{32, 32, 32, false, true, true, false},  {2, 32, 32, false, true, false, false},
                            {2, 32, 800, false, true, false, false}, {32, 2, 32, false, true, true, false},
                            {32, 32, 32, true, false, false, false}, {2, 32, 32, true, false, false, false},
                            {32, 32, 32, false, false, false, true}, {32, 32, 2, false, false, false, true},
                            {64, 256, 70, true, true, true, true}};
    for (int k = 0; k < 60; ++k) // random shapes, every path of the kernel
        cases.push_back({1 + static_cast<Eigen::Index>(random.below(NarrowProduct::maxRows)),
                         1 + static_cast<Eigen::Index>(random.below(NarrowProduct::maxDepth)),
                         1 + static_cast<Eigen::Index>(random.below(140)), random.below(2) == 1,
                         random.below(2) == 1, random.below(2) == 1, random.below(2) == 1});
    for (const Case &c : cases) {
        const QByteArray label = QByteArray::number(c.rows) + " × " + QByteArray::number(c.depth) + " × " +
                                 QByteArray::number(c.columns) + (c.transposedRight ? " (Rᵀ)" : "") +
                                 (c.bias ? " +b" : "") + (c.relu ? " relu" : "") + (c.gate ? " gate" : "");
        const std::vector<float> left = randomValues(c.rows * c.depth, random);
        const std::vector<float> right = randomValues(c.depth * c.columns, random);
        const std::vector<float> bias = randomValues(c.rows, random);
        const std::vector<float> gate = randomValues(c.rows * c.columns, random); // about half > 0
        const NarrowProduct::Right r = c.transposedRight ? NarrowProduct::Right{right.data(), c.columns, 1, c.columns}
                                                         : NarrowProduct::Right{right.data(), 1, c.depth, c.columns};
        std::vector<float> product(static_cast<std::size_t>(c.rows * c.columns), -99.0f);
        NarrowProduct::multiply({left.data(), c.rows, c.depth}, r, product.data(),
                                {c.bias ? bias.data() : nullptr, c.relu, c.gate ? gate.data() : nullptr});

        const Eigen::Map<const Eigen::MatrixXf> l(left.data(), c.rows, c.depth);
        Eigen::MatrixXf rMatrix(c.depth, c.columns);
        for (Eigen::Index t = 0; t < c.depth; ++t)
            for (Eigen::Index j = 0; j < c.columns; ++j)
                rMatrix(t, j) = right[static_cast<std::size_t>(t * r.depthStride + j * r.columnStride)];
        Eigen::MatrixXf eigen = l * rMatrix;
        if (c.bias)
            eigen.colwise() += Eigen::Map<const Eigen::VectorXf>(bias.data(), c.rows);
        if (c.relu)
            eigen = eigen.cwiseMax(0.0f);
        if (c.gate) // as DenseNetwork multiplies by ReLU's derivative
            eigen = (Eigen::Map<const Eigen::MatrixXf>(gate.data(), c.rows, c.columns).array() > 0.0f)
                        .select(eigen, 0.0f);
        for (Eigen::Index j = 0; j < c.columns; ++j)
            for (Eigen::Index i = 0; i < c.rows; ++i) {
                float chain = 0.0f;
                for (Eigen::Index t = 0; t < c.depth; ++t)
                    chain = NarrowProduct::multiplyAdd(l(i, t), rMatrix(t, j), chain);
                if (c.bias)
                    chain += bias[static_cast<std::size_t>(i)];
                if (c.relu)
                    chain = std::max(chain, 0.0f);
                if (c.gate && !(gate[static_cast<std::size_t>(j * c.rows + i)] > 0.0f))
                    chain = 0.0f;
                const float got = product[static_cast<std::size_t>(j * c.rows + i)];
                if (got != chain)
                    QFAIL(qPrintable(label + ": C(" + QByteArray::number(i) + ", " + QByteArray::number(j) + ") = " +
                                     QByteArray::number(got, 'g', 9) + ", one chain in order gives " +
                                     QByteArray::number(chain, 'g', 9)));
                // Another order of the same sum: within a few roundings of |L|·|R|'s size.
                const float scale = l.row(i).transpose().cwiseAbs().dot(rMatrix.col(j).cwiseAbs()) + 1.0f;
                QVERIFY2(std::abs(got - eigen(i, j)) <= 1e-5f * scale, label.constData());
            }
    }
}

void NarrowProductTest::transposesExactly()
{
    Random random(17);
    for (const auto &[rows, columns] : {std::pair<Eigen::Index, Eigen::Index>{32, 32}, {2, 32}, {64, 64}, {17, 40},
                                        {40, 17}, {1, 1}, {33, 2}}) {
        const std::vector<float> values = randomValues(rows * columns, random);
        const Eigen::Map<const Eigen::MatrixXf> m(values.data(), rows, columns);
        Eigen::MatrixXf out(columns, rows);
        NarrowProduct::transpose(values.data(), rows, columns, out.data());
        QVERIFY2(out == m.transpose(), qPrintable(QString("%1 × %2").arg(rows).arg(columns)));
    }
}

QTEST_APPLESS_MAIN(NarrowProductTest)
#include "tst_narrow_product.moc"
