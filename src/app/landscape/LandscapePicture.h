#pragma once
// What every picture of a LandscapeModel has: the model it paints, the step the learner
// is looking at, and the UI language of its labels; a change of any of them, or new
// results, repaints it.
#include "landscape/LandscapeModel.h"

#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace kobai::app {

class LandscapePicture : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(kobai::app::LandscapeModel *model READ model WRITE setModel NOTIFY modelChanged)
    Q_PROPERTY(int step READ step WRITE setStep NOTIFY stepChanged)
    /// The UI language; a change repaints the translated labels.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)

public:
    explicit LandscapePicture(QQuickItem *parent = nullptr);

    LandscapeModel *model() const { return m_model; }
    void setModel(LandscapeModel *model);
    int step() const { return m_step; }
    void setStep(int step);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);

signals:
    void modelChanged();
    void stepChanged();
    void languageChanged();

protected:
    QPointer<LandscapeModel> m_model;
    int m_step = 0;
    QString m_language = QStringLiteral("ja");
};

} // namespace kobai::app
