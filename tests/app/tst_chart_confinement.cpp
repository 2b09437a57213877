// Qt Charts (deprecated in Qt 6.10 for Qt Graphs) is named in one QML component and one
// C++ class only, so that the move to Qt Graphs is one room's work (issue 14, point 8).
// Every other source file under src/ or qml/ that names a Qt Charts type fails here.
#include "SourceFiles.h"

#include <QRegularExpression>
#include <QTest>

class ChartConfinement : public QObject {
    Q_OBJECT
private slots:
    void onlyTheChartAndTheFeederNameQtCharts()
    {
        // The module, its C++ classes (QChart, QXYSeries, QValueAxis…) and its QML types.
        static const QRegularExpression qtCharts(QStringLiteral(
            R"(\b(QtCharts|Q(Chart\w*|XYSeries|AbstractSeries|AbstractAxis|\w*Series|\w*Axis)|ChartView|)"
            R"((Line|Scatter|Spline|Area|Bar|HorizontalBar|Pie|BoxPlot|Candlestick)Series|)"
            R"((Value|LogValue|DateTime|Category|BarCategory)Axis)\b)"));
        const QStringList allowed{QStringLiteral("qml/Chart.qml"), QStringLiteral("src/app/run/SeriesFeed.h"),
                                  QStringLiteral("src/app/run/SeriesFeed.cpp")};
        int files = 0;
        QStringList named;
        QStringList allowedSeen;
        for (const auto &[path, read, bytes] : sourceFiles()) {
            QVERIFY2(read, qPrintable(path));
            ++files;
            const QString text = QString::fromUtf8(bytes);
            const QRegularExpressionMatch match = qtCharts.match(text);
            if (!match.hasMatch())
                continue;
            if (allowed.contains(path)) {
                allowedSeen << path;
                continue;
            }
            const qsizetype line = text.left(match.capturedStart()).count(u'\n') + 1;
            named << QStringLiteral("%1:%2 names %3").arg(path).arg(line).arg(match.captured());
        }
        QVERIFY(files > 100);
        QVERIFY2(named.isEmpty(), qPrintable(QStringLiteral("Qt Charts outside qml/Chart.qml and run/SeriesFeed: ")
                                             + named.join(QStringLiteral("; "))));
        // The scan itself sees Qt Charts where it is: the pattern has not gone blind.
        QVERIFY2(allowedSeen.contains(QStringLiteral("qml/Chart.qml")), qPrintable(allowedSeen.join(u' ')));
        QVERIFY2(allowedSeen.contains(QStringLiteral("src/app/run/SeriesFeed.cpp")), qPrintable(allowedSeen.join(u' ')));
    }
};

QTEST_APPLESS_MAIN(ChartConfinement)
#include "tst_chart_confinement.moc"
