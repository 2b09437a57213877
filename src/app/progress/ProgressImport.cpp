#include "ProgressImport.h"

#include "progress/ProgressStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace kobai::app {

ProgressImport::ProgressImport(QObject *parent) : QObject(parent)
{
    m_poll.setInterval(33);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        // Only when the worker got further: nothing while it reads the file.
        const std::pair<qsizetype, qsizetype> now{m_done, m_total};
        if (now != m_reported) {
            m_reported = now;
            emit advanced();
        }
    });
}

ProgressImport::~ProgressImport()
{
    m_cancel = true;
    if (m_worker.joinable())
        m_worker.join();
}

void ProgressImport::start(const QString &file, const QString &databasePath)
{
    if (running())
        return;
    m_cancel = false;
    m_done = 0;
    m_total = 0;
    m_reported = {0, 0};
    m_poll.start();
    m_worker = std::thread([this, file, databasePath] {
        const QString problem = importFile(file, databasePath);
        // Queued to this object: dropped if it is gone, which its destructor's join prevents.
        QMetaObject::invokeMethod(this, [this, problem] { finish(problem); }, Qt::QueuedConnection);
    });
}

void ProgressImport::finish(const QString &problem)
{
    m_worker.join();
    m_poll.stop();
    emit advanced();
    emit finished(problem);
}

QString ProgressImport::importFile(const QString &file, const QString &databasePath)
{
    const QFileInfo info(file);
    if (!info.isFile())
        return tr("%1 is not a file that can be imported.").arg(file);
    if (info.size() > maxFileBytes)
        return tr("%1 is %2 MB; a progress export this Kōbai imports is at most %3 MB.")
            .arg(file)
            .arg(info.size() / (1024 * 1024))
            .arg(maxFileBytes / (1024 * 1024));
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return in.errorString();
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(in.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return tr("%1 is not a Kōbai progress export (%2 at byte %3).")
            .arg(file, parseError.errorString())
            .arg(parseError.offset);
    if (!json.isObject())
        return tr("%1 holds JSON, but not an object: it is not a Kōbai progress export.").arg(file);
    if (m_cancel)
        return tr("The import was cancelled; nothing of it was kept.");
    progress::ProgressStore store(databasePath);
    if (!store.openBeside())
        return store.lastError();
    QString problem;
    const progress::ImportControl control{[this](qsizetype done, qsizetype total) {
                                              m_done = done;
                                              m_total = total;
                                          },
                                          &m_cancel};
    if (store.importJson(json.object(), &problem, control))
        return {};
    return m_cancel ? tr("The import was cancelled; nothing of it was kept.") : problem;
}

} // namespace kobai::app
