#pragma once
// Paints one search panel of the open lesson (SearchPicture): a pane per belief map, or
// one pane of the trials alone, each cell and point coloured on one ramp (viridis: bright
// is good for objectives and the mean, bright is large for uncertainty and expected
// improvement), the trials as points (pruned hollow, diverged as grey crosses), the points
// the model chose to run next as red diamonds, and the range each pane's colours span.
// Repaints when the lesson's results, the lesson or the language change.
#include "landscape/SearchPicture.h"
#include "run/ExperimentController.h"

#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace kobai::app {

class PlotFrame;

class SearchCanvas : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kobai::app::ExperimentController *controller READ controller WRITE setController NOTIFY controllerChanged)
    Q_PROPERTY(int panel READ panel WRITE setPanel NOTIFY panelChanged)
    /// The UI language; a change repaints the labels.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /// Panes side by side (the page sizes the item by it).
    Q_PROPERTY(int panes READ panes NOTIFY panesChanged)

public:
    explicit SearchCanvas(QQuickItem *parent = nullptr);

    ExperimentController *controller() const { return m_controller; }
    void setController(ExperimentController *controller);
    int panel() const { return m_panel; }
    void setPanel(int panel);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    int panes() const;

    void paint(QPainter *painter) override;

signals:
    void controllerChanged();
    void panelChanged();
    void languageChanged();
    void panesChanged();

private:
    /// The open lesson's panel, when it has one at m_panel.
    const config::LessonSearch *shownPanel() const;
    void paintPane(QPainter &painter, const SearchPicture &picture, const SearchPane &pane, QRectF area) const;
    void paintTrials(QPainter &painter, const SearchPicture &picture, const SearchPane &pane, const PlotFrame &plot) const;
    QString paneTitle(const SearchPicture &picture, const SearchPane &pane) const;
    QString axisTitle(const config::LocalizedText &label, bool log) const;

    QPointer<ExperimentController> m_controller;
    int m_panel = 0;
    QString m_language = QStringLiteral("ja");
};

} // namespace kobai::app
