#pragma once
// Paints a LandscapeModel: contour lines, axes in the function's coordinates, the
// minimum, each path up to the current step in its colour and line style, the start
// point, where a diverging path left the plot, and the legend. Painted in one pass so
// that grabToImage exports exactly what the learner sees.
#include "landscape/LandscapePicture.h"
#include "landscape/PlotFrame.h"

#include <QFontMetricsF>
#include <QtQml/qqmlregistration.h>

namespace kobai::app {

class LandscapeCanvas : public LandscapePicture
{
    Q_OBJECT
    QML_ELEMENT

public:
    using LandscapePicture::LandscapePicture;

    /// The function's (x, y) under a pixel of this item.
    Q_INVOKABLE QPointF toFunction(QPointF pixel) const;
    /// The pixel of a function point.
    Q_INVOKABLE QPointF toPixel(QPointF point) const;

    void paint(QPainter *painter) override;

private:
    PlotFrame frame() const;
    /// Rows the legend strip under the axes needs at this width.
    int legendRows() const;
    double legendEntryWidth(const QFontMetricsF &metrics, std::size_t index) const;
    void paintContours(QPainter &painter, const PlotFrame &frame) const;
    void paintPath(QPainter &painter, const PlotFrame &frame, std::size_t index) const;
    void paintLegend(QPainter &painter, const PlotFrame &frame) const;
    QString pathCaption(std::size_t index) const;
};

} // namespace kobai::app
