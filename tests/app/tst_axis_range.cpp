// Every range an axis is given is drawable whatever the data: finite, min < max, and
// positive on a log axis (Qt Charts 6.4's log axis overflows the stack otherwise).
#include "run/AxisRange.h"

#include <QTest>

#include <cmath>
#include <limits>

using kobai::app::axisRange;
using kobai::app::AxisRange;

namespace {
constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double notANumber = std::numeric_limits<double>::quiet_NaN();
} // namespace

class TestAxisRange : public QObject
{
    Q_OBJECT

private slots:
    void everyRangeIsDrawable_data()
    {
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        const struct {
            const char *name;
            double low, high;
        } rows[] = {
            {"ordinary", 0.2, 2.3},          {"one value", 0.5, 0.5},
            {"zero", 0.0, 0.0},              {"zero to one", 0.0, 1.0},
            {"negative", -3.0, -1.0},        {"NaN both", notANumber, notANumber},
            {"NaN low", notANumber, 2.0},           {"NaN high", 0.1, notANumber},
            {"infinite", -inf, inf},         {"overflowing", 1e300, 1.7e308},
            {"largest double", 1.7e308, 1.7e308},
            {"subnormal", 4.9e-324, 4.9e-324}, {"subnormal to one", 4.9e-324, 1.0},
            {"reversed", 3.0, 1.0},          {"huge span", -1.7e308, 1.7e308},
            {"negative one value", -2.0, -2.0},
        };
        for (const auto &row : rows)
            QTest::newRow(row.name) << row.low << row.high;
    }

    void everyRangeIsDrawable()
    {
        QFETCH(double, low);
        QFETCH(double, high);
        for (bool log : {false, true})
            for (bool headroom : {false, true}) {
                const AxisRange r = axisRange(low, high, log, headroom);
                QVERIFY2(std::isfinite(r.min) && std::isfinite(r.max), qPrintable(QString::number(r.min)));
                QVERIFY2(r.min < r.max, qPrintable(QStringLiteral("%1 .. %2").arg(r.min).arg(r.max)));
                // Tick arithmetic (the span, a fifth of it) must stay finite too.
                QVERIFY(std::isfinite(r.max - r.min));
                if (log) {
                    QVERIFY2(r.min > 0.0, qPrintable(QString::number(r.min)));
                    QVERIFY(std::isfinite(std::log10(r.max / r.min)));
                }
            }
    }

    void ordinaryDataKeepsItsRange()
    {
        const AxisRange linear = axisRange(1.0, 3.0, false, true);
        QCOMPARE(linear.min, 0.9);
        QCOMPARE(linear.max, 3.1);
        const AxisRange log = axisRange(0.01, 2.0, true, true);
        QCOMPARE(log.min, 0.01 / 1.5);
        QCOMPARE(log.max, 3.0);
        const AxisRange x = axisRange(0.0, 20.0, false, false);
        QCOMPARE(x.min, 0.0);
        QCOMPARE(x.max, 20.0);
    }

    void unusableBoundsFollowTheUsableOne()
    {
        // A loss that reached 0 on a log axis: the axis spans the positive data only.
        const AxisRange r = axisRange(0.0, 2.0, true, false);
        QCOMPARE(r.max, 3.0);
        QCOMPARE(r.min, 2.0 / 1.5);
    }
};

QTEST_APPLESS_MAIN(TestAxisRange)
#include "tst_axis_range.moc"
