#include "SearchCanvas.h"

#include "landscape/PlotFrame.h"

#include <QLocale>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>

namespace kobai::app {

namespace {

/// Viridis at t ∈ [0, 1] (five stops, linear between them): dark purple to yellow,
/// readable by the colour-blind and in grey.
QColor viridis(double t)
{
    static const std::array<QColor, 5> stops{QColor(0x440154), QColor(0x3B528B), QColor(0x21918C), QColor(0x5EC962),
                                             QColor(0xFDE725)};
    t = std::clamp(std::isfinite(t) ? t : 0.0, 0.0, 1.0) * (stops.size() - 1);
    const auto k = std::min<std::size_t>(static_cast<std::size_t>(t), stops.size() - 2);
    const double f = t - static_cast<double>(k);
    const QColor &a = stops[k];
    const QColor &b = stops[k + 1];
    return QColor::fromRgbF(static_cast<float>(a.redF() + f * (b.redF() - a.redF())),
                            static_cast<float>(a.greenF() + f * (b.greenF() - a.greenF())),
                            static_cast<float>(a.blueF() + f * (b.blueF() - a.blueF())));
}

/// The ramp's colour of value v on a pane.
QColor paneColor(const SearchPane &pane, double v)
{
    const double span = pane.high - pane.low;
    const double t = span > 0 ? (v - pane.low) / span : 1.0;
    return viridis(pane.brighterIsHigher ? t : 1.0 - t);
}

void drawSearchCross(QPainter &painter, QPointF at, double r)
{
    painter.drawLine(at + QPointF(-r, -r), at + QPointF(r, r));
    painter.drawLine(at + QPointF(-r, r), at + QPointF(r, -r));
}

void drawDiamond(QPainter &painter, QPointF at, double r)
{
    painter.drawPolygon(QPolygonF{at + QPointF(0, -r), at + QPointF(r, 0), at + QPointF(0, r), at + QPointF(-r, 0)});
}

/// Half the spacing of a grid's coordinates: how far a cell reaches from its centre.
double halfCell(const Eigen::VectorXd &cells)
{
    return cells.size() > 1 ? (cells(cells.size() - 1) - cells(0)) / (2.0 * static_cast<double>(cells.size() - 1)) : 0.5;
}

} // namespace

SearchCanvas::SearchCanvas(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
}

void SearchCanvas::setController(ExperimentController *controller)
{
    if (controller == m_controller)
        return;
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (m_controller) {
        connect(m_controller, &ExperimentController::resultsChanged, this, [this] { update(); });
        connect(m_controller, &ExperimentController::lessonChanged, this, [this] {
            emit panesChanged();
            update();
        });
    }
    emit controllerChanged();
    emit panesChanged();
    update();
}

void SearchCanvas::setPanel(int panel)
{
    if (panel == m_panel)
        return;
    m_panel = panel;
    emit panelChanged();
    emit panesChanged();
    update();
}

void SearchCanvas::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit languageChanged();
    update();
}

const config::LessonSearch *SearchCanvas::shownPanel() const
{
    if (!m_controller || !m_controller->hasLesson())
        return nullptr;
    const config::Lesson &lesson = *m_controller->openLesson();
    return m_panel >= 0 && m_panel < lesson.searches.size() ? &lesson.searches[m_panel] : nullptr;
}

int SearchCanvas::panes() const
{
    const config::LessonSearch *shown = shownPanel();
    if (!shown)
        return 1;
    const auto maps = std::count_if(shown->show.begin(), shown->show.end(),
                                    [](config::LessonSearch::Layer layer) { return layer != config::LessonSearch::Layer::Trials; });
    return std::max(1, static_cast<int>(maps));
}

void SearchCanvas::paint(QPainter *painter)
{
    painter->fillRect(QRectF(0, 0, width(), height()), Qt::white);
    if (!shownPanel() || width() < 160 || height() < 120)
        return;
    const SearchPicture picture = searchPicture(*m_controller->openLesson(), m_panel, m_controller->traces());
    const double paneWidth = width() / static_cast<double>(picture.panes.size());
    for (std::size_t k = 0; k < picture.panes.size(); ++k)
        paintPane(*painter, picture, picture.panes[k], QRectF(static_cast<double>(k) * paneWidth, 0, paneWidth, height()));
}

void SearchCanvas::paintPane(QPainter &painter, const SearchPicture &picture, const SearchPane &pane, QRectF area) const
{
    const QFontMetricsF metrics(painter.font());
    const double titleRow = metrics.height() + 4;
    const PlotFrame plot(area.adjusted(58, 2 * titleRow + 8, -12, -(2 * metrics.height() + 12)), picture.x0, picture.x1,
                         picture.y0, picture.y1);
    painter.setPen(Qt::black);
    painter.drawText(QRectF(area.left() + 8, area.top() + 2, area.width() - 16, titleRow), Qt::AlignLeft | Qt::AlignVCenter,
                     paneTitle(picture, pane));
    painter.save();
    painter.setClipRect(plot.area());
    painter.fillRect(plot.area(), QColor(0xF4F4F4));
    const bool mapPane = pane.layer != config::LessonSearch::Layer::Trials;
    if (mapPane && pane.values.size() > 0) {
        const double hx = halfCell(picture.cellX);
        const double hy = halfCell(picture.cellY);
        painter.setPen(Qt::NoPen);
        for (Eigen::Index i = 0; i < pane.values.rows(); ++i)
            for (Eigen::Index j = 0; j < pane.values.cols(); ++j) {
                painter.setBrush(paneColor(pane, pane.values(i, j)));
                // A hair wider than the cell, so no seam shows between neighbours.
                painter.drawRect(QRectF(plot.toPixel(picture.cellX(i) - hx, picture.cellY(j) + hy),
                                        plot.toPixel(picture.cellX(i) + hx, picture.cellY(j) - hy))
                                     .adjusted(-0.5, -0.5, 0.5, 0.5));
            }
    } else if (mapPane) {
        painter.setPen(QColor(0x555555));
        painter.drawText(plot.area().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("The model appears once the first random trials have finished."));
    }
    if (picture.showTrials)
        paintTrials(painter, picture, pane, plot);
    painter.setPen(QPen(QColor(0xD55E00), 2.2));
    painter.setBrush(Qt::NoBrush);
    for (const QPointF &next : picture.chosen)
        drawDiamond(painter, plot.toPixel(next.x(), next.y()), 7);
    painter.restore();
    const config::LessonSearch &shown = *shownPanel();
    plot.drawAxes(painter, axisTitle(shown.labelX, picture.logX), axisTitle(shown.labelY, picture.logY));
}

void SearchCanvas::paintTrials(QPainter &painter, const SearchPicture &picture, const SearchPane &pane,
                               const PlotFrame &plot) const
{
    const bool colouredByObjective = pane.layer == config::LessonSearch::Layer::Trials;
    for (const SearchPoint &trial : picture.trials) {
        const QPointF at = plot.toPixel(trial.at.x(), trial.at.y());
        if (trial.status == TrialStatus::Diverged) {
            painter.setPen(QPen(QColor(0x888888), 2));
            drawSearchCross(painter, at, 4);
            continue;
        }
        const QColor fill = colouredByObjective ? paneColor(pane, trial.objective) : QColor(Qt::white);
        painter.setPen(QPen(trial.status == TrialStatus::Pruned ? fill : QColor(0x222222), 1.4));
        painter.setBrush(trial.status == TrialStatus::Pruned ? QBrush(Qt::NoBrush) : QBrush(fill));
        painter.drawEllipse(at, 4.5, 4.5);
    }
}

QString SearchCanvas::paneTitle(const SearchPicture &picture, const SearchPane &pane) const
{
    QString name;
    switch (pane.layer) {
    case config::LessonSearch::Layer::Trials:
        name = tr("trials %1 / %2").arg(picture.trials.size()).arg(picture.budget);
        break;
    case config::LessonSearch::Layer::Mean:
        name = tr("posterior mean μ");
        break;
    case config::LessonSearch::Layer::Sd:
        name = tr("uncertainty σ");
        break;
    case config::LessonSearch::Layer::Improvement:
        name = tr("expected improvement");
        break;
    }
    if (pane.high <= pane.low && pane.values.size() == 0)
        return name;
    // Captions in the objective's own sense: an accuracy search's values are shown positive.
    const bool flip = picture.maximises && pane.layer != config::LessonSearch::Layer::Sd
        && pane.layer != config::LessonSearch::Layer::Improvement;
    const double a = flip ? -pane.high : pane.low;
    const double b = flip ? -pane.low : pane.high;
    const QLocale c = QLocale::c();
    return QStringLiteral("%1   %2 … %3").arg(name, c.toString(a, 'g', 3), c.toString(b, 'g', 3));
}

QString SearchCanvas::axisTitle(const config::LocalizedText &label, bool log) const
{
    const QString &name = label.in(m_language);
    return log ? QStringLiteral("log₁₀ ") + name : name;
}

} // namespace kobai::app
