#pragma once
// Paints a LandscapeModel: contour lines, axes in the function's coordinates, the
// minimum, each path up to the current step in its colour and line style, the start
// point, where a diverging path left the plot, and the legend. Painted in one pass so
// that grabToImage exports exactly what the learner sees.
#include "LandscapeModel.h"
#include "PlotFrame.h"

#include <QFontMetricsF>
#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace kobai::app {

class LandscapeCanvas : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kobai::app::LandscapeModel *model READ model WRITE setModel NOTIFY modelChanged)
    Q_PROPERTY(int step READ step WRITE setStep NOTIFY stepChanged)
    /// The UI language; a change repaints the translated labels.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)

public:
    explicit LandscapeCanvas(QQuickItem *parent = nullptr);

    LandscapeModel *model() const { return m_model; }
    void setModel(LandscapeModel *model);
    int step() const { return m_step; }
    void setStep(int step);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);

    /// The function's (x, y) under a pixel of this item.
    Q_INVOKABLE QPointF toFunction(QPointF pixel) const;
    /// The pixel of a function point.
    Q_INVOKABLE QPointF toPixel(QPointF point) const;

    void paint(QPainter *painter) override;

signals:
    void modelChanged();
    void stepChanged();
    void languageChanged();

private:
    PlotFrame frame() const;
    /// Rows the legend strip under the axes needs at this width.
    int legendRows() const;
    double legendEntryWidth(const QFontMetricsF &metrics, std::size_t index) const;
    void paintContours(QPainter &painter, const PlotFrame &frame) const;
    void paintPath(QPainter &painter, const PlotFrame &frame, std::size_t index) const;
    void paintLegend(QPainter &painter, const PlotFrame &frame) const;
    QString pathCaption(std::size_t index) const;

    QPointer<LandscapeModel> m_model;
    int m_step = 0;
    QString m_language = QStringLiteral("ja");
};

} // namespace kobai::app
