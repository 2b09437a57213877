#pragma once
// The learner's progress as the window sees it: one ProgressStore, opened when QML
// first asks for it, in the folder setDataDir() chose (the app's data folder unless
// --data-dir says otherwise). What opening the file had to do (a damaged or newer file
// kept aside, a folder that cannot be written) stays readable here for the window to say.
#include "ProgressStore.h"

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
    Q_PROPERTY(bool saving READ saving CONSTANT)
    /// "" (nothing happened), "damaged", "newer" or "cannotWrite".
    Q_PROPERTY(QString notice READ notice CONSTANT)
    Q_PROPERTY(QString keptAsideAs READ keptAsideAs CONSTANT)
    Q_PROPERTY(QString noticeDetail READ noticeDetail CONSTANT)
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
    bool saving() const { return m_store.isOpen(); }
    QString notice() const;
    QString keptAsideAs() const { return m_store.notice().keptAsideAs; }
    QString noticeDetail() const { return m_store.notice().detail; }
    QStringList lessonsDone() const { return m_lessonsDone; }
    int answerCount() const { return m_answerCount; }

    Q_INVOKABLE bool isLessonDone(const QString &lessonId) const { return m_lessonsDone.contains(lessonId); }
    Q_INVOKABLE bool setLessonDone(const QString &lessonId, bool done);
    /// Writes everything as JSON (QSaveFile: the old file stays until the new one is whole);
    /// returns an empty string, or why it failed.
    Q_INVOKABLE QString exportTo(const QUrl &file) const;
    /// Adds what an export holds that the store lacks; returns an empty string, or why not.
    Q_INVOKABLE QString importFrom(const QUrl &file);
    /// Records one answer (and moves its Leitner box); false when it could not be saved.
    bool recordAnswer(const learning::AnswerRecord &answer);
    learning::ProgressStore &store() { return m_store; }

signals:
    void lessonsDoneChanged();
    /// An answer was recorded: review dates and scores may have changed.
    void answersChanged();

private:
    QString m_path;
    learning::ProgressStore m_store;
    QStringList m_lessonsDone;
    int m_answerCount = 0;
};

} // namespace kobai::app
