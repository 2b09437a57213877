#include "LandscapePicture.h"

namespace kobai::app {

LandscapePicture::LandscapePicture(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
}

void LandscapePicture::setModel(LandscapeModel *model)
{
    if (model == m_model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &LandscapeModel::resultsChanged, this, [this] { update(); });
        connect(m_model, &LandscapeModel::startChanged, this, [this] { update(); });
    }
    emit modelChanged();
    update();
}

void LandscapePicture::setStep(int step)
{
    if (step == m_step)
        return;
    m_step = step;
    emit stepChanged();
    update();
}

void LandscapePicture::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit languageChanged();
    update();
}

} // namespace kobai::app
