// A decimated curve fits its pixels, keeps its spikes and never carries NaN or Inf.
#include "run/SeriesDecimator.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <vector>

using kobai::app::SeriesDecimator;

class TestSeriesDecimator : public QObject
{
    Q_OBJECT

private slots:
    void aShortCurveIsKeptAsItIs()
    {
        const std::vector<QPointF> points{{0, 3}, {1, 2}, {2, 1}};
        QCOMPARE(SeriesDecimator(400, false).decimate(points), QList<QPointF>(points.begin(), points.end()));
    }

    void aLongCurveFitsThePixelsAndKeepsItsExtremes()
    {
        std::vector<QPointF> points;
        for (int i = 0; i < 100000; ++i)
            points.emplace_back(i, 1.0 + 0.01 * std::sin(i));
        points[31337].setY(50.0);  // one spike of one mini-batch
        points[77777].setY(0.001);
        const QList<QPointF> kept = SeriesDecimator(300, false).decimate(points);
        QVERIFY2(kept.size() <= 300, qPrintable(QString::number(kept.size())));
        QVERIFY(kept.size() >= 250);
        QVERIFY(kept.contains(QPointF(31337, 50.0)));
        QVERIFY(kept.contains(QPointF(77777, 0.001)));
        QVERIFY(kept.first().x() < 100000.0 / 150); // in the first two-pixel bucket
        QVERIFY(kept.last().x() > 100000.0 * 149 / 150);
        for (qsizetype i = 1; i < kept.size(); ++i)
            QVERIFY(kept[i].x() > kept[i - 1].x());
    }

    void pointsThatCannotBeDrawnAreLeftOut()
    {
        const double inf = std::numeric_limits<double>::infinity();
        const std::vector<QPointF> points{{0, 1},   {1, std::nan("")}, {2, inf}, {3, -inf},
                                          {4, 0.0}, {5, -2.0},         {6, 0.5}};
        QCOMPARE(SeriesDecimator(100, false).decimate(points), (QList<QPointF>{{0, 1}, {4, 0.0}, {5, -2.0}, {6, 0.5}}));
        QCOMPARE(SeriesDecimator(100, true).decimate(points), (QList<QPointF>{{0, 1}, {6, 0.5}}));
    }
};

QTEST_MAIN(TestSeriesDecimator)
#include "tst_series_decimator.moc"
