#include "Progress.h"

#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>
#include <QQmlEngine>
#include <QStandardPaths>

namespace kobai::app {

namespace {
QString &dataDir()
{
    static QString dir;
    return dir;
}
} // namespace

Progress::Progress(const QString &path, QObject *parent)
    : QObject(parent), m_path(path), m_store(path)
{
    // A store that cannot open leaves the app running without saving; notice() says why.
    m_store.open();
    reload();
    connect(&m_import, &ProgressImport::advanced, this, &Progress::importChanged);
    connect(&m_import, &ProgressImport::finished, this, [this](const QString &problem) {
        if (problem.isEmpty()) {
            reload();
            emit lessonsDoneChanged();
            emit answersChanged();
        }
        emit importChanged();
        emit importFinished(problem);
    });
}

void Progress::reload()
{
    const bool open = m_store.isOpen();
    m_lessonsDone = open ? m_store.lessonsDone() : QStringList();
    m_answerCount = open ? static_cast<int>(m_store.answerCount()) : 0;
}

bool Progress::retry()
{
    if (m_import.running())
        return saving();
    m_store.open();
    reload();
    emit storeChanged();
    emit lessonsDoneChanged();
    emit answersChanged();
    return saving();
}

Progress *Progress::create(QQmlEngine *qmlEngine, QJSEngine *)
{
    const QString dir = dataDir().isEmpty() ? defaultDataDir() : dataDir();
    return new Progress(QDir(dir).filePath(QStringLiteral("progress.sqlite")), qmlEngine);
}

void Progress::setDataDir(const QString &dir) { dataDir() = dir; }

QString Progress::defaultDataDir() { return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation); }

bool Progress::setLessonDone(const QString &lessonId, bool done)
{
    if (lessonId.isEmpty() || !m_store.isWritable())
        return false;
    const bool saved = done ? m_store.markLessonDone(lessonId, QDateTime::currentDateTimeUtc())
                            : m_store.markLessonNotDone(lessonId);
    if (saved) {
        m_lessonsDone = m_store.lessonsDone();
        emit lessonsDoneChanged();
    }
    return saved;
}

QString Progress::exportTo(const QUrl &file) const
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (m_store.isOwnFile(path))
        return tr("%1 is your progress database (or a file kept beside it); export to another file.").arg(path);
    QString problem;
    const QJsonObject json = m_store.exportJson(&problem);
    if (json.isEmpty())
        return problem;
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    // Written beside the target and renamed over it only when whole.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return out.errorString();
    if (out.write(bytes) != bytes.size()) {
        out.cancelWriting();
        return out.errorString();
    }
    return out.commit() ? QString() : out.errorString();
}

QString Progress::importFrom(const QUrl &file)
{
    if (!m_store.isWritable())
        return tr("Progress cannot be saved here, so nothing can be imported.");
    if (m_import.running())
        return tr("An import is already running.");
    m_import.start(file.isLocalFile() ? file.toLocalFile() : file.toString(), m_path);
    emit importChanged();
    return {};
}

bool Progress::recordAnswer(const progress::AnswerRecord &answer)
{
    if (!m_store.isWritable() || !m_store.recordAnswer(answer))
        return false;
    ++m_answerCount;
    emit answersChanged();
    return true;
}

} // namespace kobai::app
