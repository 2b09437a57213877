#pragma once
// The one C++ class that touches Qt Charts (deprecated in Qt 6.10 for Qt Graphs): a
// chart's series gets its points here, whole, with one replace() per refresh (Qt's
// qmloscilloscope example: no clear() + append(), no signal per point). Moving to Qt
// Graphs changes this class and qml/Chart.qml, nothing else (tst_chart_confinement).
#include <QList>
#include <QObject>
#include <QPointF>

namespace kobai::app {

class SeriesFeed
{
public:
    /// Replaces every point of `series` (a line series of qml/Chart.qml) with `points`;
    /// false, changing nothing, when `series` is not one.
    static bool replace(QObject *series, const QList<QPointF> &points);
};

} // namespace kobai::app
