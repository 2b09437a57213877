#pragma once
// Exam practice across all lessons: the questions filtered and ordered (PracticeOrder),
// or those due for review (and when the next one comes back), or a timed mock exam
// (MockExam: 20 questions in 24 minutes, the E資格 pace) with a countdown. In the exam
// the learner's answers are kept here, open to change, and recorded in the progress
// only when the exam is handed in (or the time is up); then every question shows its
// answer, the solution and a score by syllabus item.
#include "reading/LessonLibrary.h"
#include "practice/MockExam.h"
#include "practice/PracticeOrder.h"
#include "practice/QuestionSource.h"

#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

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
    /// Review: when the next question that is not due yet comes back (UTC); invalid when none will.
    Q_PROPERTY(QDateTime nextReview READ nextReview NOTIFY questionsChanged)
    /// The lessons and syllabus items to filter by: [{id, name: {ja, en}}].
    Q_PROPERTY(QVariantList lessons READ lessons NOTIFY questionsChanged)
    Q_PROPERTY(QVariantList syllabusItems READ syllabusItems CONSTANT)
    Q_PROPERTY(bool examRunning READ examRunning NOTIFY examChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY examChanged)
    Q_PROPERTY(int examAnswered READ examAnswered NOTIFY examChanged)
    Q_PROPERTY(int examUnanswered READ examUnanswered NOTIFY examChanged)
    /// One per exam question: {answered, chosen, typed} as the learner left it and, once
    /// handed in, {correct, saved, solution} (solutionVariant).
    Q_PROPERTY(QVariantList examAnswers READ examAnswers NOTIFY examAnswersChanged)
    /// After the exam: [{syllabus, name: {ja, en}, right, asked}] and the totals.
    Q_PROPERTY(QVariantList examScore READ examScore NOTIFY examChanged)
    Q_PROPERTY(int examRight READ examRight NOTIFY examChanged)

public:
    static constexpr int examQuestions = 20;
    static constexpr int examSeconds = 24 * 60;

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
    QDateTime nextReview() const { return m_nextReview; }
    QVariantList lessons() const;
    QVariantList syllabusItems() const;
    bool examRunning() const;
    int secondsLeft() const;
    int examAnswered() const { return m_exam ? m_exam->answered() : 0; }
    int examUnanswered() const { return m_exam ? m_exam->unanswered() : 0; }
    QVariantList examAnswers() const;
    QVariantList examScore() const;
    int examRight() const { return m_exam ? m_exam->right() : 0; }

    /// A mock exam of examQuestions questions drawn from every lesson (seed < 0: a new
    /// draw each time) in `seconds` (tests give a short one); the clock starts now.
    Q_INVOKABLE void startExam(int seed = -1, int seconds = examSeconds);
    /// Keeps the learner's response to exam question `index` (replacing an earlier one;
    /// an empty one leaves the question unanswered). False when the number field holds
    /// something that is not a number (the question is then unanswered).
    Q_INVOKABLE bool keepExamAnswer(int index, const QVariantList &chosen, const QString &typedNumber, double seconds);
    /// Hands the exam in (the learner, or the clock at zero): the kept answers are recorded.
    Q_INVOKABLE void finishExam();
    /// Lists the questions again: answered review questions leave the due list.
    Q_INVOKABLE void refresh() { rebuild(); }

signals:
    void questionsChanged();
    void examChanged();
    void examAnswersChanged();

protected:
    const config::Question *questionAt(int index, QString *lessonId) const override;

private:
    /// An exam question's response as the learner left it, and its record when it is an answer.
    struct KeptAnswer {
        QVariantList chosen;
        QString typed;
        std::optional<progress::AnswerRecord> record;
        bool saved = false;
    };

    QList<PracticeEntry> allEntries() const;
    void rebuild();
    QDateTime nextReviewAfter(const QDateTime &now, const PracticeFilter &filter) const;

    QPointer<LessonLibrary> m_library;
    QString m_lessonId;
    QString m_syllabus;
    QString m_kind;
    int m_difficulty = 0;
    QString m_mode = QStringLiteral("all");
    QDateTime m_reviewTime;
    QList<PracticeEntry> m_shown;
    QDateTime m_nextReview;
    std::unique_ptr<practice::MockExam> m_exam;
    QMap<int, KeptAnswer> m_kept;
    QTimer m_clock;
};

} // namespace kobai::app
