#include "LessonLandscapes.h"

#include "reading/LocalizedVariant.h"

namespace kobai::app {

QVariantList LessonLandscapes::titles(LessonLibrary *library, int row) const
{
    if (!library || row < 0 || row >= library->rowCount() || !library->at(row).lesson)
        return {};
    QVariantList out;
    for (const config::LessonLandscape &landscape : library->at(row).lesson->landscapes)
        out << localizedVariant(landscape.title);
    return out;
}

} // namespace kobai::app
