#pragma once
// The learner's progress as the window sees it: one ProgressStore, opened when QML
// first asks for it, in the folder setDataDir() chose (the app's data folder unless
// --data-dir says otherwise). What opening the file had to do (a damaged or newer file
// kept aside, a folder that cannot be written, another Kōbai holding the folder) stays
// readable here for the window to say; retry() opens it again. Imports run on a worker
// (ProgressImport) with their progress and a cancel here.
#include "progress/ProgressImport.h"
#include "progress/ProgressStore.h"

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace kobai::app {

class Progress : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString path READ path CONSTANT)
    Q_PROPERTY(bool saving READ saving NOTIFY storeChanged)
    /// "" (nothing happened), "damaged", "newer", "cannotWrite" or "inUse" (another Kōbai
    /// holds the folder: progress is shown, nothing is saved).
    Q_PROPERTY(QString notice READ notice NOTIFY storeChanged)
    Q_PROPERTY(QString keptAsideAs READ keptAsideAs NOTIFY storeChanged)
    Q_PROPERTY(QString noticeDetail READ noticeDetail NOTIFY storeChanged)
    Q_PROPERTY(bool importing READ importing NOTIFY importChanged)
    /// Answers an import has written so far, of importTotal (0 while the file is read).
    Q_PROPERTY(int importDone READ importDone NOTIFY importChanged)
    Q_PROPERTY(int importTotal READ importTotal NOTIFY importChanged)
    Q_PROPERTY(QStringList lessonsDone READ lessonsDone NOTIFY lessonsDoneChanged)
    /// Answers recorded, all lessons together.
    Q_PROPERTY(int answerCount READ answerCount NOTIFY answersChanged)

public:
    explicit Progress(const QString &path, QObject *parent = nullptr);

    static Progress *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    /// Where progress.sqlite lives; call before QML first uses Progress.
    static void setDataDir(const QString &dir);
    /// The folder used when setDataDir() was not called: QStandardPaths::AppDataLocation.
    static QString defaultDataDir();

    QString path() const { return m_path; }
    bool saving() const { return m_store.isWritable(); }
    QString notice() const { return m_store.notice().kindName(); }
    QString keptAsideAs() const { return m_store.notice().keptAsideAs; }
    QString noticeDetail() const { return m_store.notice().detail; }
    QStringList lessonsDone() const { return m_lessonsDone; }
    int answerCount() const { return m_answerCount; }
    bool importing() const { return m_import.running(); }
    int importDone() const { return static_cast<int>(m_import.done()); }
    int importTotal() const { return static_cast<int>(m_import.total()); }

    Q_INVOKABLE bool isLessonDone(const QString &lessonId) const { return m_lessonsDone.contains(lessonId); }
    Q_INVOKABLE bool setLessonDone(const QString &lessonId, bool done);
    /// Opens the progress file again: after the Kōbai that held the folder closed, the
    /// window saves again. True when it now saves.
    Q_INVOKABLE bool retry();
    /// Writes everything as JSON (QSaveFile: the old file stays until the new one is whole);
    /// returns an empty string, or why it failed. The database and its companion files
    /// are refused as targets.
    Q_INVOKABLE QString exportTo(const QUrl &file) const;
    /// Starts adding what an export holds that the store lacks, on a worker thread;
    /// returns an empty string when it started (importFinished follows), or why not.
    Q_INVOKABLE QString importFrom(const QUrl &file);
    /// Stops a running import; nothing of it is kept.
    Q_INVOKABLE void cancelImport() { m_import.cancel(); }
    /// Records one answer (and moves its Leitner box); false when it could not be saved.
    bool recordAnswer(const progress::AnswerRecord &answer);
    progress::ProgressStore &store() { return m_store; }

signals:
    void lessonsDoneChanged();
    /// An answer was recorded: review dates and scores may have changed.
    void answersChanged();
    /// The store was opened again (retry()): saving and the notice may have changed.
    void storeChanged();
    void importChanged();
    /// An import ended: an empty problem when everything was added.
    void importFinished(const QString &problem);

private:
    /// Reads lessons done and the answer count again after the store changed.
    void reload();

    QString m_path;
    progress::ProgressStore m_store;
    ProgressImport m_import;
    QStringList m_lessonsDone;
    int m_answerCount = 0;
};

} // namespace kobai::app
