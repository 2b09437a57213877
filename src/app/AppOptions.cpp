#include "AppOptions.h"

#include "progress/Progress.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace kobai::app {

namespace {

/// The longest a headless run may wait or measure: an hour.
constexpr double longestSeconds = 3600.0;

[[noreturn]] void refuse(const QString &message)
{
    std::fprintf(stderr, "kobai: %s\n", qUtf8Printable(message));
    std::exit(2);
}

/// A value as the message shows it: cut, so a megabyte of argument is not echoed whole.
QString shown(const QString &value)
{
    return value.size() > 40 ? value.left(40) + QStringLiteral("…") : value;
}

double seconds(const QString &option, const QString &text, double lowest)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < lowest || value > longestSeconds)
        refuse(QStringLiteral("--%1 takes seconds from %2 to %3, not \"%4\"")
                   .arg(option).arg(lowest).arg(longestSeconds).arg(shown(text)));
    return value;
}

QSize windowSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    const int width = match.hasMatch() ? match.captured(1).toInt() : 0;
    const int height = match.hasMatch() ? match.captured(2).toInt() : 0;
    if (width < 320 || height < 240 || width > 7680 || height > 4320)
        refuse(QStringLiteral("--size takes WIDTHxHEIGHT in pixels, from 320x240 to 7680x4320, not \"%1\"")
                   .arg(shown(text)));
    return {width, height};
}

ControlPreset controlPreset(const QString &option, const QString &text)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    bool indexOk = false;
    const int index = equals > 0 ? text.left(equals).toInt(&indexOk) : -1;
    if (!indexOk || index < 0 || equals + 1 >= text.size())
        refuse(QStringLiteral("--%1 takes I=V (I: the control's 0-based number in the lesson, "
                              "V: a value in its unit), not \"%2\"").arg(option, shown(text)));
    return {index, text.mid(equals + 1)};
}

} // namespace

bool asksOnlyForInformation(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        for (const char *flag : {"-h", "--help", "-help", "-?", "-v", "--version"})
            if (std::strcmp(argv[i], flag) == 0)
                return true;
    return false;
}

AppOptions parseAppOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kōbai: how neural networks learn by gradient descent"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lesson(QStringLiteral("lesson"), QStringLiteral("Open the lesson with this id."),
                                    QStringLiteral("ID"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Interface language: ja or en."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption control(QStringLiteral("control"),
                                     QStringLiteral("With --lesson: set the lesson's control I (0-based) to V, "
                                                    "in the control's own unit (repeatable)."),
                                     QStringLiteral("I=V"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("The window's size in pixels."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption runSeconds(QStringLiteral("run-seconds"),
                                        QStringLiteral("With --screenshot or --measure-startup: let the lesson "
                                                       "run this long first (0 to 3600)."),
                                        QStringLiteral("S"), QStringLiteral("2"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save the window as this PNG and quit. Changes neither the "
                                                       "remembered settings nor the progress."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption stalls(QStringLiteral("measure-stalls"),
                                    QStringLiteral("Stream a long run for S seconds, print the GUI thread's "
                                                   "longest gaps and quit."),
                                    QStringLiteral("S"));
    const QCommandLineOption stallInterval(QStringLiteral("stall-interval-ms"),
                                           QStringLiteral("The probe timer's interval for --measure-stalls (1 to 1000)."),
                                           QStringLiteral("MS"), QStringLiteral("1"));
    const QCommandLineOption stallChange(QStringLiteral("stall-change"),
                                         QStringLiteral("With --measure-stalls: the change measured is the lesson's "
                                                        "control I set to V (default: every training run lengthened)."),
                                         QStringLiteral("I=V"));
    const QCommandLineOption startup(QStringLiteral("measure-startup"),
                                     QStringLiteral("Print the time from the process's start to the first frame, "
                                                    "then the resident memory after --run-seconds, and quit."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Keep the learner's progress (progress.sqlite) and settings in "
                                                    "DIR instead of %1.").arg(Progress::defaultDataDir()),
                                     QStringLiteral("DIR"));
    parser.addOptions(
        {lesson, lang, control, size, runSeconds, screenshot, stalls, stallInterval, stallChange, startup, dataDir});
    if (!parser.parse(arguments))
        refuse(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        refuse(QStringLiteral("unexpected argument \"%1\" (see kobai --help)").arg(shown(parser.positionalArguments().first())));

    AppOptions options;
    options.lessonId = parser.value(lesson);
    options.language = parser.value(lang);
    if (!options.language.isEmpty() && options.language != QLatin1String("ja") && options.language != QLatin1String("en"))
        refuse(QStringLiteral("--lang takes ja or en, not \"%1\"").arg(shown(options.language)));
    options.runSeconds = seconds(QStringLiteral("run-seconds"), parser.value(runSeconds), 0.0);
    if (parser.isSet(stalls))
        options.stallSeconds = seconds(QStringLiteral("measure-stalls"), parser.value(stalls), 0.1);
    bool intervalOk = false;
    options.stallIntervalMs = parser.value(stallInterval).toInt(&intervalOk);
    if (!intervalOk || options.stallIntervalMs < 1 || options.stallIntervalMs > 1000)
        refuse(QStringLiteral("--stall-interval-ms takes a whole number from 1 to 1000, not \"%1\"")
                   .arg(shown(parser.value(stallInterval))));
    options.screenshot = parser.value(screenshot);
    options.measureStartup = parser.isSet(startup);
    options.dataDir = parser.value(dataDir);
    if (parser.isSet(size))
        options.size = windowSize(parser.value(size));
    for (const QString &preset : parser.values(control))
        options.controls.append(controlPreset(QStringLiteral("control"), preset));
    if (parser.isSet(stallChange)) {
        if (!parser.isSet(stalls) || options.lessonId.isEmpty())
            refuse(QStringLiteral("--stall-change needs --measure-stalls S and --lesson ID (it moves a lesson's control)"));
        options.stallChange = controlPreset(QStringLiteral("stall-change"), parser.value(stallChange));
    }
    if (!options.controls.isEmpty() && options.lessonId.isEmpty())
        refuse(QStringLiteral("--control needs --lesson ID (a control belongs to a lesson)"));
    return options;
}

} // namespace kobai::app
