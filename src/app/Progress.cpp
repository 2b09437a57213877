#include "Progress.h"

#include <QDir>
#include <QFile>
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
    if (m_store.open()) {
        m_lessonsDone = m_store.lessonsDone();
        m_answerCount = static_cast<int>(m_store.answers().size());
    }
}

Progress *Progress::create(QQmlEngine *qmlEngine, QJSEngine *)
{
    const QString dir = dataDir().isEmpty() ? defaultDataDir() : dataDir();
    return new Progress(QDir(dir).filePath(QStringLiteral("progress.sqlite")), qmlEngine);
}

void Progress::setDataDir(const QString &dir) { dataDir() = dir; }

QString Progress::defaultDataDir() { return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation); }

QString Progress::notice() const
{
    switch (m_store.notice().kind) {
    case learning::StoreNotice::Kind::None:
        return {};
    case learning::StoreNotice::Kind::DamagedKeptAside:
        return QStringLiteral("damaged");
    case learning::StoreNotice::Kind::NewerKeptAside:
        return QStringLiteral("newer");
    case learning::StoreNotice::Kind::CannotWrite:
        return QStringLiteral("cannotWrite");
    }
    return {};
}

bool Progress::setLessonDone(const QString &lessonId, bool done)
{
    if (lessonId.isEmpty() || !m_store.isOpen())
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
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return out.errorString();
    out.write(QJsonDocument(m_store.exportJson()).toJson(QJsonDocument::Indented));
    return out.commit() ? QString() : out.errorString();
}

QString Progress::importFrom(const QUrl &file)
{
    if (!m_store.isOpen())
        return tr("Progress cannot be saved here, so nothing can be imported.");
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return in.errorString();
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(in.readAll(), &parseError);
    if (!json.isObject())
        return tr("%1 is not a Kōbai progress export (%2 at byte %3).")
            .arg(path, parseError.errorString())
            .arg(parseError.offset);
    QString problem;
    if (!m_store.importJson(json.object(), &problem))
        return problem;
    m_lessonsDone = m_store.lessonsDone();
    m_answerCount = static_cast<int>(m_store.answers().size());
    emit lessonsDoneChanged();
    emit answersChanged();
    return {};
}

bool Progress::recordAnswer(const learning::AnswerRecord &answer)
{
    if (!m_store.isOpen() || !m_store.recordAnswer(answer))
        return false;
    ++m_answerCount;
    emit answersChanged();
    return true;
}

} // namespace kobai::app
