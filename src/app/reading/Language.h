#pragma once
// The UI language, switchable at any moment: one QTranslator for the qsTr strings and
// one for Qt's own (file dialogs, standard buttons: Debian's qt6-translations-l10n),
// QQmlEngine::retranslate() to refresh them, and `code` for the bindings that pick a
// lesson's ja or en text. The choice is remembered in QSettings.
#include <QObject>
#include <QString>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace kobai::app {

class Language : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString code READ code WRITE setCode NOTIFY codeChanged)

public:
    explicit Language(QQmlEngine *engine);

    static Language *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    QString code() const { return m_code; }
    /// "ja" or "en"; anything else is ignored.
    void setCode(const QString &code);

    /// The remembered language, else the system's when it is Japanese or English, else ja.
    static QString initialCode();

signals:
    void codeChanged();

private:
    void install();

    QQmlEngine *m_engine;
    QTranslator m_translator;
    QTranslator m_qtTranslator;
    QString m_code;
};

} // namespace kobai::app
