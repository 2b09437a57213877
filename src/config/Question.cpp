#include "Question.h"

#include <algorithm>
#include <cmath>

namespace kobai::config {

bool isCorrect(const Question &question, const Response &response)
{
    switch (question.kind) {
    case Question::Kind::Number:
        // The tolerance is the question's; the tiny relative slack only absorbs how a
        // decimal answer is stored as a double.
        return response.number && std::isfinite(*response.number) &&
               std::abs(*response.number - question.answer) <=
                   question.tolerance + 1e-12 * std::max(1.0, std::abs(question.answer));
    case Question::Kind::Multiple: {
        QList<int> chosen = response.chosen;
        QList<int> right = question.answers;
        std::sort(chosen.begin(), chosen.end());
        std::sort(right.begin(), right.end());
        return chosen == right;
    }
    case Question::Kind::Single:
    case Question::Kind::ReadCurve:
    case Question::Kind::FillCode:
        return response.chosen == question.answers;
    }
    return false;
}

} // namespace kobai::config
