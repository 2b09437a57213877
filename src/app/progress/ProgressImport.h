#pragma once
// Imports a progress export on a worker thread, so a large file (100 000 answers, 15 MB)
// never blocks the window: the worker reads and checks the file and writes it in one
// transaction through its own connection; the window reads how far it got at most ~30
// times a second and can cancel (the transaction is rolled back: nothing of it stays).
#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <thread>
#include <utility>

namespace kobai::app {

class ProgressImport : public QObject
{
    Q_OBJECT

public:
    /// Export files larger than this are refused before they are read.
    static constexpr qint64 maxFileBytes = 256LL * 1024 * 1024;

    explicit ProgressImport(QObject *parent = nullptr);
    /// Cancels a running import and waits for its worker.
    ~ProgressImport() override;

    /// Imports `file` into the database at `databasePath`, which this process's
    /// ProgressStore holds open for writing; finished() follows.
    void start(const QString &file, const QString &databasePath);
    void cancel() { m_cancel = true; }
    bool running() const { return m_worker.joinable(); }
    /// Answers written so far and how many the file holds (0 while it is read).
    qsizetype done() const { return m_done; }
    qsizetype total() const { return m_total; }

signals:
    /// done() or total() moved (at most ~30 times a second).
    void advanced();
    /// The import ended: an empty problem when everything was added.
    void finished(const QString &problem);

private:
    QString importFile(const QString &file, const QString &databasePath); // on the worker
    void finish(const QString &problem);

    std::thread m_worker;
    std::atomic<bool> m_cancel{false};
    std::atomic<qsizetype> m_done{0};
    std::atomic<qsizetype> m_total{0};
    std::pair<qsizetype, qsizetype> m_reported; ///< done and total as advanced() last said
    QTimer m_poll;
};

} // namespace kobai::app
