#include "SearchPicture.h"

#include "run/SearchPanels.h"

#include <algorithm>
#include <cmath>

namespace kobai::app {

namespace {

/// Choices of positive numbers a decade or more apart end to end (a grid's 0.001 … 1) are
/// drawn on a log axis, as a log range would be.
bool logSpacedChoices(const SearchDimension &dimension)
{
    const auto [low, high] = std::minmax_element(dimension.choices.begin(), dimension.choices.end());
    return low != dimension.choices.end() && *low > 0 && *high >= 10 * *low;
}

bool logAxis(const SearchDimension &dimension)
{
    return dimension.scale == DimensionScale::Log
        || (dimension.scale == DimensionScale::Choice && logSpacedChoices(dimension));
}

/// A key's value on the panel's axis.
double axisCoordinate(const SearchDimension &dimension, double value)
{
    return logAxis(dimension) ? std::log10(value) : value;
}

/// The axis's range: a range key's ends; choices with half their closest spacing around them.
std::pair<double, double> axisRange(const SearchDimension &dimension)
{
    if (dimension.scale != DimensionScale::Choice)
        return {axisCoordinate(dimension, dimension.low), axisCoordinate(dimension, dimension.high)};
    std::vector<double> at;
    for (double choice : dimension.choices)
        at.push_back(axisCoordinate(dimension, choice));
    std::sort(at.begin(), at.end());
    double gap = at.back() - at.front();
    for (std::size_t k = 1; k < at.size(); ++k)
        if (at[k] > at[k - 1])
            gap = std::min(gap, at[k] - at[k - 1]);
    const double pad = gap > 0 ? gap / 2 : 0.5;
    return {at.front() - pad, at.back() + pad};
}

Eigen::VectorXd gridCoordinates(const SearchDimension &dimension, const Eigen::VectorXd &unit)
{
    Eigen::VectorXd out(unit.size());
    for (Eigen::Index i = 0; i < unit.size(); ++i)
        out(i) = axisCoordinate(dimension, dimension.valueAt(unit(i)));
    return out;
}

SearchPane mapPane(config::LessonSearch::Layer layer, const BeliefMap *belief)
{
    SearchPane pane;
    pane.layer = layer;
    pane.brighterIsHigher = layer != config::LessonSearch::Layer::Mean;
    if (!belief)
        return pane;
    pane.values = layer == config::LessonSearch::Layer::Mean ? belief->mean
        : layer == config::LessonSearch::Layer::Sd           ? belief->sd
                                                             : belief->improvement;
    pane.low = pane.values.minCoeff();
    pane.high = pane.values.maxCoeff();
    return pane;
}

} // namespace

SearchPicture searchPicture(const config::Lesson &lesson, int panel, const std::vector<RunTrace> &traces)
{
    const config::LessonSearch &shown = lesson.searches.at(panel);
    const int experiment = config::experimentIndices(lesson.experiments, {shown.experiment}).first();
    const SearchSpec &spec = lesson.experiments.at(experiment).experiment.search.spec;
    const RunTrace &trace = traces.at(static_cast<std::size_t>(experiment));
    const SearchDimension &dimX = spec.space.dimensions.at(static_cast<std::size_t>(shown.dimensionX));
    const SearchDimension &dimY = spec.space.dimensions.at(static_cast<std::size_t>(shown.dimensionY));

    SearchPicture picture;
    std::tie(picture.x0, picture.x1) = axisRange(dimX);
    std::tie(picture.y0, picture.y1) = axisRange(dimY);
    picture.logX = logAxis(dimX);
    picture.logY = logAxis(dimY);
    picture.budget = spec.trials;
    picture.maximises = spec.objective == SearchObjective::ValAcc;
    for (const TrialRecord &trial : trace.trials)
        picture.trials.push_back({QPointF(axisCoordinate(dimX, trial.values.at(static_cast<std::size_t>(shown.dimensionX))),
                                          axisCoordinate(dimY, trial.values.at(static_cast<std::size_t>(shown.dimensionY)))),
                                  trial.objective, trial.status});

    const int index = beliefIndex(lesson, panel);
    const BeliefMap *belief =
        index >= 0 && static_cast<std::size_t>(index) < trace.beliefs.size() ? &trace.beliefs[static_cast<std::size_t>(index)] : nullptr;
    if (belief) {
        picture.cellX = gridCoordinates(dimX, belief->axisX);
        picture.cellY = gridCoordinates(dimY, belief->axisY);
        for (const Eigen::VectorXd &point : belief->chosen)
            picture.chosen.emplace_back(axisCoordinate(dimX, dimX.valueAt(point(belief->dimensionX))),
                                        axisCoordinate(dimY, dimY.valueAt(point(belief->dimensionY))));
    }
    bool maps = false;
    for (config::LessonSearch::Layer layer : shown.show) {
        if (layer == config::LessonSearch::Layer::Trials)
            continue;
        maps = true;
        picture.panes.push_back(mapPane(layer, belief));
    }
    picture.showTrials = !maps || shown.show.contains(config::LessonSearch::Layer::Trials);
    if (!maps) {
        SearchPane pane;
        std::vector<double> objectives;
        for (const SearchPoint &point : picture.trials)
            if (point.status != TrialStatus::Diverged)
                objectives.push_back(point.objective);
        if (!objectives.empty()) {
            pane.low = *std::min_element(objectives.begin(), objectives.end());
            pane.high = *std::max_element(objectives.begin(), objectives.end());
        }
        picture.panes.push_back(pane);
    }
    return picture;
}

} // namespace kobai::app
