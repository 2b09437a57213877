#pragma once
// Exam practice across all lessons: the questions filtered and ordered (PracticeOrder),
// or those due for review, or a timed mock exam (MockExam: 20 questions in 24 minutes,
// the E資格 pace) with a countdown and a score by syllabus item at the end.
#include "LessonLibrary.h"
#include "MockExam.h"
#include "PracticeOrder.h"
#include "QuestionSource.h"

#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace kobai::app {

class PracticeSession : public QuestionSource
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kobai::app::LessonLibrary *library READ library WRITE setLibrary NOTIFY questionsChanged)
    /// Filters: empty / 0 for all.
    Q_PROPERTY(QString lessonId READ lessonId WRITE setLessonId NOTIFY questionsChanged)
    Q_PROPERTY(QString syllabus READ syllabus WRITE setSyllabus NOTIFY questionsChanged)
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY questionsChanged)
    Q_PROPERTY(int difficulty READ difficulty WRITE setDifficulty NOTIFY questionsChanged)
    /// "all" (filtered, finished lessons first), "review" (due now) or "exam" (set by startExam).
    Q_PROPERTY(QString mode READ mode WRITE setMode NOTIFY questionsChanged)
    Q_PROPERTY(QVariantList questions READ questions NOTIFY questionsChanged)
    /// The moment "due for review" is judged at; invalid (the default) means now. Tests
    /// look ahead with it instead of waiting for box 1's ten minutes.
    Q_PROPERTY(QDateTime reviewTime READ reviewTime WRITE setReviewTime NOTIFY questionsChanged)
    /// The lessons and syllabus items to filter by: [{id, name: {ja, en}}].
    Q_PROPERTY(QVariantList lessons READ lessons NOTIFY questionsChanged)
    Q_PROPERTY(QVariantList syllabusItems READ syllabusItems CONSTANT)
    Q_PROPERTY(bool examRunning READ examRunning NOTIFY examChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY examChanged)
    Q_PROPERTY(int examAnswered READ examAnswered NOTIFY examChanged)
    /// After the exam: [{syllabus, name: {ja, en}, right, asked}] and the totals.
    Q_PROPERTY(QVariantList examScore READ examScore NOTIFY examChanged)
    Q_PROPERTY(int examRight READ examRight NOTIFY examChanged)

public:
    static constexpr int examQuestions = 20;
    static constexpr qint64 examSeconds = 24 * 60;

    explicit PracticeSession(QObject *parent = nullptr);

    LessonLibrary *library() const { return m_library; }
    void setLibrary(LessonLibrary *library);
    QString lessonId() const { return m_lessonId; }
    QString syllabus() const { return m_syllabus; }
    QString kind() const { return m_kind; }
    int difficulty() const { return m_difficulty; }
    void setLessonId(const QString &id);
    void setSyllabus(const QString &id);
    void setKind(const QString &kind);
    void setDifficulty(int difficulty);
    QDateTime reviewTime() const { return m_reviewTime; }
    void setReviewTime(const QDateTime &time);
    QString mode() const { return m_mode; }
    void setMode(const QString &mode);
    QVariantList questions() const;
    QVariantList lessons() const;
    QVariantList syllabusItems() const;
    bool examRunning() const;
    int secondsLeft() const;
    int examAnswered() const { return m_exam ? m_exam->answered() : 0; }
    QVariantList examScore() const;
    int examRight() const { return m_exam ? m_exam->right() : 0; }

    /// A mock exam of examQuestions questions drawn from every lesson (seed < 0: a new
    /// draw each time); the clock starts now.
    Q_INVOKABLE void startExam(int seed = -1);
    /// Hands the exam in before the time is up.
    Q_INVOKABLE void finishExam();

signals:
    void questionsChanged();
    void examChanged();

protected:
    const config::Question *questionAt(int index, QString *lessonId) const override;
    void answered(int index, bool correct) override;

private:
    QList<PracticeEntry> allEntries() const;
    void rebuild();

    QPointer<LessonLibrary> m_library;
    QString m_lessonId;
    QString m_syllabus;
    QString m_kind;
    int m_difficulty = 0;
    QString m_mode = QStringLiteral("all");
    QDateTime m_reviewTime;
    QList<PracticeEntry> m_shown;
    std::unique_ptr<learning::MockExam> m_exam;
    bool m_examHandedIn = false;
    QTimer m_clock;
};

} // namespace kobai::app
