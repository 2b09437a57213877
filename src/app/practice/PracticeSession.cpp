#include "PracticeSession.h"
#include "reading/LocalizedVariant.h"
#include "practice/QuestionVariant.h"
#include "Syllabus.h"

#include <QRandomGenerator>

#include <algorithm>

namespace kobai::app {

namespace {
/// Where a practice entry's question is: the library row of its lesson and its index there.
struct Place {
    int row = -1;
    int question = -1;
};

Place locate(const LessonLibrary &library, const PracticeEntry &entry)
{
    const int row = library.indexOfId(entry.lessonId);
    if (row < 0)
        return {};
    const QList<config::Question> &questions = library.at(row).lesson->questions;
    for (int i = 0; i < questions.size(); ++i)
        if (questions.at(i).id == entry.questionId)
            return {row, i};
    return {};
}

/// Whether a response is no answer yet: nothing chosen, a blank left empty, nothing typed.
bool isBlank(const config::Question &question, const QVariantList &chosen, const QString &typedNumber)
{
    switch (question.kind) {
    case config::Question::Kind::Number:
        return typedNumber.trimmed().isEmpty();
    case config::Question::Kind::FillCode:
        return chosen.size() < question.blankChoices.size()
               || std::any_of(chosen.begin(), chosen.end(), [](const QVariant &index) { return index.toInt() < 0; });
    case config::Question::Kind::Single:
    case config::Question::Kind::Multiple:
    case config::Question::Kind::ReadCurve:
        break;
    }
    return chosen.isEmpty();
}
} // namespace

PracticeSession::PracticeSession(QObject *parent)
    : QuestionSource(parent)
{
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, [this] {
        if (examRunning())
            emit examChanged();
        else
            finishExam(); // the time is up: handed in as it stands, nothing to confirm
    });
}

void PracticeSession::setLibrary(LessonLibrary *library)
{
    if (m_library == library)
        return;
    m_library = library;
    rebuild();
}

void PracticeSession::setLessonId(const QString &id)
{
    m_lessonId = id;
    rebuild();
}

void PracticeSession::setSyllabus(const QString &id)
{
    m_syllabus = id;
    rebuild();
}

void PracticeSession::setKind(const QString &kind)
{
    m_kind = kind;
    rebuild();
}

void PracticeSession::setDifficulty(int difficulty)
{
    m_difficulty = difficulty;
    rebuild();
}

void PracticeSession::setReviewTime(const QDateTime &time)
{
    m_reviewTime = time;
    rebuild();
}

void PracticeSession::setMode(const QString &mode)
{
    if (mode != QLatin1String("all") && mode != QLatin1String("review"))
        return; // "exam" only through startExam()
    m_mode = mode;
    m_exam.reset();
    m_kept.clear();
    m_clock.stop();
    rebuild();
    emit examChanged();
}

QList<PracticeEntry> PracticeSession::allEntries() const
{
    QList<PracticeEntry> entries;
    if (!m_library)
        return entries;
    for (int row = 0; row < m_library->rowCount(); ++row) {
        const config::LessonLoad &load = m_library->at(row);
        if (!load.lesson)
            continue;
        for (const config::Question &question : load.lesson->questions)
            entries.append({load.lesson->id, load.lesson->order, question.id, question.syllabus,
                            kindName(question.kind), question.difficulty});
    }
    return entries;
}

void PracticeSession::rebuild()
{
    if (m_mode != QLatin1String("exam")) {
        const PracticeFilter filter{m_lessonId, m_syllabus, m_kind, m_difficulty};
        const QStringList done = progress() ? progress()->lessonsDone() : QStringList();
        const QDateTime now = m_reviewTime.isValid() ? m_reviewTime.toUTC() : QDateTime::currentDateTimeUtc();
        const bool review = m_mode == QLatin1String("review") && progress();
        m_shown = review ? reviewOrder(allEntries(), filter, progress()->store().dueForReview(now))
                         : practiceOrder(allEntries(), filter, done);
        m_nextReview = review ? nextReviewAfter(now, filter) : QDateTime();
    }
    emit questionsChanged();
}

QDateTime PracticeSession::nextReviewAfter(const QDateTime &now, const PracticeFilter &filter) const
{
    // Asked question by question: the store answers for one question, and the filter is ours.
    QDateTime next;
    for (const PracticeEntry &entry : allEntries()) {
        if (!filter.matches(entry))
            continue;
        const std::optional<practice::ReviewState> state = progress()->store().review(entry.lessonId, entry.questionId);
        if (state && state->due > now && (!next.isValid() || state->due < next))
            next = state->due;
    }
    return next;
}

QVariantList PracticeSession::questions() const
{
    QVariantList list;
    if (!m_library)
        return list;
    for (const PracticeEntry &entry : m_shown) {
        const Place place = locate(*m_library, entry);
        if (place.row < 0)
            continue;
        const config::Lesson &lesson = *m_library->at(place.row).lesson;
        QVariantMap question = questionVariant(lesson.questions.at(place.question), lesson.id);
        question.insert(QStringLiteral("lessonTitle"), localizedVariant(lesson.title));
        list.append(question);
    }
    return list;
}

QVariantList PracticeSession::lessons() const
{
    QVariantList list;
    if (m_library)
        for (int row = 0; row < m_library->rowCount(); ++row)
            if (const auto &lesson = m_library->at(row).lesson; lesson && !lesson->questions.isEmpty())
                list.append(QVariantMap{{QStringLiteral("id"), lesson->id},
                                        {QStringLiteral("name"), localizedVariant(lesson->title)}});
    return list;
}

QVariantList PracticeSession::syllabusItems() const
{
    QVariantList list;
    for (const config::SyllabusItem &item : config::syllabusItems())
        list.append(QVariantMap{{QStringLiteral("id"), item.id}, {QStringLiteral("name"), localizedVariant(item.name)}});
    return list;
}

bool PracticeSession::examRunning() const
{
    return m_exam && !m_exam->isOver(QDateTime::currentDateTimeUtc());
}

int PracticeSession::secondsLeft() const
{
    return m_exam ? static_cast<int>(m_exam->secondsLeft(QDateTime::currentDateTimeUtc())) : 0;
}

QVariantList PracticeSession::examAnswers() const
{
    QVariantList list;
    if (!m_exam)
        return list;
    for (int i = 0; i < m_exam->items().size(); ++i) {
        const KeptAnswer kept = m_kept.value(i);
        QVariantMap item{{QStringLiteral("answered"), m_exam->isAnswered(i)},
                         {QStringLiteral("chosen"), kept.chosen},
                         {QStringLiteral("typed"), kept.typed}};
        QString lessonId;
        const config::Question *question = questionAt(i, &lessonId);
        if (m_exam->isHandedIn() && question) {
            item.insert(QStringLiteral("correct"), m_exam->isRight(i));
            item.insert(QStringLiteral("saved"), kept.saved);
            item.insert(QStringLiteral("solution"), solutionVariant(*question));
        }
        list.append(item);
    }
    return list;
}

QVariantList PracticeSession::examScore() const
{
    QVariantList list;
    if (!m_exam || examRunning())
        return list;
    const QMap<QString, practice::AreaScore> scores = m_exam->scoreBySyllabus();
    for (auto it = scores.begin(); it != scores.end(); ++it) {
        const config::SyllabusItem *item = config::findSyllabusItem(it.key());
        list.append(QVariantMap{{QStringLiteral("syllabus"), it.key()},
                                {QStringLiteral("name"), item ? localizedVariant(item->name) : localizedVariant({it.key(), it.key()})},
                                {QStringLiteral("right"), it->right},
                                {QStringLiteral("asked"), it->asked}});
    }
    return list;
}

void PracticeSession::startExam(int seed, int seconds)
{
    QList<PracticeEntry> pool = allEntries();
    QRandomGenerator random = seed >= 0 ? QRandomGenerator(static_cast<quint32>(seed))
                                        : QRandomGenerator(QRandomGenerator::global()->generate());
    std::shuffle(pool.begin(), pool.end(), random);
    pool = pool.mid(0, examQuestions);
    QList<practice::ExamItem> items;
    for (const PracticeEntry &entry : pool)
        items.append({entry.lessonId, entry.questionId, entry.syllabus});
    m_exam = std::make_unique<practice::MockExam>(items, seconds, QDateTime::currentDateTimeUtc());
    m_kept.clear();
    m_mode = QStringLiteral("exam");
    m_shown = pool;
    m_nextReview = QDateTime();
    m_clock.start();
    emit questionsChanged();
    emit examChanged();
    emit examAnswersChanged();
}

bool PracticeSession::keepExamAnswer(int index, const QVariantList &chosen, const QString &typedNumber, double seconds)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString lessonId;
    const config::Question *question = questionAt(index, &lessonId);
    if (!m_exam || m_mode != QLatin1String("exam") || !question || m_exam->isOver(now))
        return true;
    const bool blank = isBlank(*question, chosen, typedNumber);
    KeptAnswer &kept = m_kept[index];
    kept.chosen = chosen;
    kept.typed = typedNumber;
    kept.record = blank ? std::nullopt : scored(index, chosen, typedNumber, seconds);
    if (kept.record)
        m_exam->answer(index, kept.record->correct, now);
    else
        m_exam->withdraw(index, now);
    emit examChanged();
    emit examAnswersChanged();
    return blank || kept.record.has_value();
}

void PracticeSession::finishExam()
{
    if (!m_exam || m_exam->isHandedIn())
        return;
    m_exam->handIn();
    m_clock.stop();
    for (auto it = m_kept.begin(); it != m_kept.end(); ++it)
        if (it->record)
            it->saved = save(*it->record);
    emit examChanged();
    emit examAnswersChanged();
}

const config::Question *PracticeSession::questionAt(int index, QString *lessonId) const
{
    if (!m_library || index < 0 || index >= m_shown.size())
        return nullptr;
    const Place place = locate(*m_library, m_shown.at(index));
    if (place.row < 0)
        return nullptr;
    *lessonId = m_shown.at(index).lessonId;
    return &m_library->at(place.row).lesson->questions.at(place.question);
}

} // namespace kobai::app
