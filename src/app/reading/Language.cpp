#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlEngine>
#include <QSettings>

namespace kobai::app {

namespace {
const QString settingsKey = QStringLiteral("language");

bool supported(const QString &code) { return code == QLatin1String("ja") || code == QLatin1String("en"); }
} // namespace

Language::Language(QQmlEngine *engine)
    : QObject(engine), m_engine(engine), m_code(initialCode())
{
    install();
    // Bindings that used qsTr before this singleton existed need the new translator, but
    // not now: the binding that asked for Language first is still being evaluated, and
    // retranslating inside it re-entered it (Qt reported a binding loop).
    QMetaObject::invokeMethod(engine, &QQmlEngine::retranslate, Qt::QueuedConnection);
}

Language *Language::create(QQmlEngine *qmlEngine, QJSEngine *)
{
    return new Language(qmlEngine);
}

QString Language::initialCode()
{
    const QString remembered = QSettings().value(settingsKey).toString();
    if (supported(remembered))
        return remembered;
    const QString system = QLocale::system().name().left(2);
    return supported(system) ? system : QStringLiteral("ja");
}

void Language::setCode(const QString &code)
{
    if (!supported(code) || code == m_code)
        return;
    m_code = code;
    QSettings().setValue(settingsKey, code);
    install();
    m_engine->retranslate();
    emit codeChanged();
}

void Language::install()
{
    QCoreApplication::removeTranslator(&m_translator);
    if (m_translator.load(QStringLiteral(":/i18n/kobai_%1.qm").arg(m_code)))
        QCoreApplication::installTranslator(&m_translator);
    else
        qWarning("Kobai: no translation for %s", qPrintable(m_code));
    // Qt's own strings are English already; without the package they stay English.
    QCoreApplication::removeTranslator(&m_qtTranslator);
    if (m_code != QLatin1String("en")
        && m_qtTranslator.load(QStringLiteral("qt_") + m_code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
}

} // namespace kobai::app
