// The per-update losses are kept in full; the display reads their block extremes once
// they are many, and no spike is lost on the way.
#include "run/LossEnvelope.h"

#include <QTest>

#include <cmath>

using kobai::app::LossEnvelope;

class TestLossEnvelope : public QObject
{
    Q_OBJECT

private slots:
    void fewLossesAreShownAsTheyAre()
    {
        LossEnvelope envelope;
        for (int i = 1; i <= 1000; ++i)
            envelope.append(QPointF(i, 1.0 / i));
        QCOMPARE(envelope.points().size(), std::size_t(1000));
        QCOMPARE(envelope.forDisplay().size(), std::size_t(1000));
    }

    void manyLossesAreShownByTheirBlocksExtremes()
    {
        LossEnvelope envelope;
        const int n = 1000000 + 100; // an unfinished block at the end
        for (int i = 1; i <= n; ++i)
            envelope.append(QPointF(i, i == 424242 ? 80.0 : 1.0 + 0.1 * std::sin(i)));
        QCOMPARE(envelope.points().size(), std::size_t(n));
        const std::vector<QPointF> shown = envelope.forDisplay();
        const std::size_t blocks = n / LossEnvelope::blockSize;
        QCOMPARE(shown.size(), 2 * blocks + n % LossEnvelope::blockSize);
        QVERIFY(std::find(shown.begin(), shown.end(), QPointF(424242, 80.0)) != shown.end());
        QCOMPARE(shown.back(), QPointF(n, 1.0 + 0.1 * std::sin(n)));
        QVERIFY(std::is_sorted(shown.begin(), shown.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
    }
};

QTEST_MAIN(TestLossEnvelope)
#include "tst_loss_envelope.moc"
