#include "SeriesFeed.h"

#include <QtCharts/QXYSeries>

namespace kobai::app {

bool SeriesFeed::replace(QObject *series, const QList<QPointF> &points)
{
    auto *xy = qobject_cast<QXYSeries *>(series);
    if (!xy)
        return false;
    xy->replace(points);
    return true;
}

} // namespace kobai::app
