#pragma once
// The loss of each path of a LandscapeModel against step, in the paths' colours and
// styles, with a line at the step the landscape shows. Log scale when every loss is
// above zero (the saddle's losses go negative: then linear).
#include "LandscapeModel.h"

#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace kobai::app {

/// The loss axis of the plot: log when every loss is above zero; a diverging path's climb
/// does not widen it (it leaves through the top, a decade above the other paths).
struct StepLossAxis {
    double lo = 0.0;
    double hi = 1.0;
    bool log = false;
};
std::optional<StepLossAxis> stepLossAxis(const std::vector<LandscapePath> &paths);

class StepLossPlot : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kobai::app::LandscapeModel *model READ model WRITE setModel NOTIFY modelChanged)
    Q_PROPERTY(int step READ step WRITE setStep NOTIFY stepChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)

public:
    explicit StepLossPlot(QQuickItem *parent = nullptr);

    LandscapeModel *model() const { return m_model; }
    void setModel(LandscapeModel *model);
    int step() const { return m_step; }
    void setStep(int step);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);

    void paint(QPainter *painter) override;

signals:
    void modelChanged();
    void stepChanged();
    void languageChanged();

private:
    QPointer<LandscapeModel> m_model;
    int m_step = 0;
    QString m_language = QStringLiteral("ja");
};

} // namespace kobai::app
