#include "SearchPanels.h"

#include <algorithm>

namespace kobai::app {

namespace {

bool drawsMaps(const config::LessonSearch &panel)
{
    return std::any_of(panel.show.begin(), panel.show.end(),
                       [](config::LessonSearch::Layer layer) { return layer != config::LessonSearch::Layer::Trials; });
}

} // namespace

std::vector<BeliefAxes> beliefAxes(const config::Lesson &lesson, const QString &experiment)
{
    std::vector<BeliefAxes> axes;
    for (const config::LessonSearch &panel : lesson.searches)
        if (panel.experiment == experiment && drawsMaps(panel))
            axes.emplace_back(panel.dimensionX, panel.dimensionY);
    return axes;
}

int beliefIndex(const config::Lesson &lesson, int panel)
{
    const config::LessonSearch &shown = lesson.searches.at(panel);
    if (!drawsMaps(shown))
        return -1;
    int index = 0;
    for (int p = 0; p < panel; ++p)
        index += lesson.searches[p].experiment == shown.experiment && drawsMaps(lesson.searches[p]) ? 1 : 0;
    return index;
}

} // namespace kobai::app
