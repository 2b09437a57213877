#include "LessonQuestions.h"
#include "practice/QuestionVariant.h"

namespace kobai::app {

LessonQuestions::LessonQuestions(QObject *parent)
    : QuestionSource(parent)
{
}

void LessonQuestions::setLibrary(LessonLibrary *library)
{
    if (m_library == library)
        return;
    m_library = library;
    emit questionsChanged();
}

void LessonQuestions::setLessonIndex(int index)
{
    if (m_lessonIndex == index)
        return;
    m_lessonIndex = index;
    emit questionsChanged();
}

const config::Lesson *LessonQuestions::lesson() const
{
    if (!m_library || m_lessonIndex < 0 || m_lessonIndex >= m_library->rowCount())
        return nullptr;
    const config::LessonLoad &load = m_library->at(m_lessonIndex);
    return load.lesson ? &*load.lesson : nullptr;
}

QVariantList LessonQuestions::questions() const
{
    QVariantList list;
    if (const config::Lesson *open = lesson())
        for (const config::Question &question : open->questions)
            list.append(questionVariant(question, open->id));
    return list;
}

const config::Question *LessonQuestions::questionAt(int index, QString *lessonId) const
{
    const config::Lesson *open = lesson();
    if (!open || index < 0 || index >= open->questions.size())
        return nullptr;
    *lessonId = open->id;
    return &open->questions.at(index);
}

} // namespace kobai::app
