#include "LessonSearches.h"

#include "TextFields.h"

namespace kobai::config {

namespace {

const QStringList searchLayerNames{"trials", "mean", "sd", "ei"};

/// The index of the space key named at `key`.
int readSpaceKey(ObjectReader &reader, const char *key, const QStringList &keys)
{
    const QString expected = QStringLiteral("one of the search's space keys: ") + keys.join(u", ");
    const QString name = requiredString(reader, key, expected);
    if (!keys.contains(name))
        reader.fail(key, expected);
    return static_cast<int>(keys.indexOf(name));
}

QList<LessonSearch::Layer> readLayers(ObjectReader &reader, SearchStrategy strategy)
{
    if (!reader.has("show"))
        return {LessonSearch::Layer::Trials};
    const QString expected = QStringLiteral("a non-empty array, each one of %1, none twice").arg(searchLayerNames.join(u", "));
    const QJsonValue show = reader.raw("show");
    if (!show.isArray() || show.toArray().isEmpty())
        reader.fail("show", expected);
    QList<LessonSearch::Layer> layers;
    for (const QJsonValue &name : show.toArray()) {
        const auto index = searchLayerNames.indexOf(name.toString());
        const auto layer = static_cast<LessonSearch::Layer>(index);
        if (index < 0 || layers.contains(layer))
            reader.fail("show", expected);
        if (layer != LessonSearch::Layer::Trials && strategy != SearchStrategy::Bayes)
            reader.fail("show", QStringLiteral("only trials for a %1 search (mean, sd and ei are what a bayes "
                                               "search's Gaussian process believes)")
                                    .arg(searchStrategyName(strategy)));
        layers << layer;
    }
    return layers;
}

} // namespace

LessonSearch readSearchPanel(ObjectReader &reader, const QList<LessonExperiment> &experiments)
{
    LessonSearch panel;
    panel.title = readText(reader, "title");
    QStringList searches;
    for (const LessonExperiment &e : experiments)
        if (e.experiment.kind == ExperimentKind::Search)
            searches << e.name;
    const QString expected = searches.isEmpty()
        ? QStringLiteral("the name of a search experiment (this lesson has none)")
        : QStringLiteral("the name of a search experiment: one of ") + searches.join(u", ");
    panel.experiment = requiredString(reader, "experiment", expected);
    if (!searches.contains(panel.experiment))
        reader.fail("experiment", expected);
    const SearchSpec &spec = experiments[experimentIndices(experiments, {panel.experiment}).first()].experiment.search.spec;
    QStringList keys;
    for (const SearchDimension &dimension : spec.space.dimensions)
        keys << QString::fromStdString(dimension.key);
    if (keys.size() < 2)
        reader.fail("experiment", QStringLiteral("a search over at least two keys (\"%1\" has %2)")
                                      .arg(panel.experiment).arg(keys.size()));
    panel.dimensionX = readSpaceKey(reader, "x", keys);
    panel.dimensionY = readSpaceKey(reader, "y", keys);
    if (panel.dimensionY == panel.dimensionX)
        reader.fail("y", QStringLiteral("a key other than x (\"%1\")").arg(keys[panel.dimensionX]));
    panel.labelX = reader.has("x_label") ? readText(reader, "x_label") : LocalizedText{keys[panel.dimensionX], keys[panel.dimensionX]};
    panel.labelY = reader.has("y_label") ? readText(reader, "y_label") : LocalizedText{keys[panel.dimensionY], keys[panel.dimensionY]};
    panel.show = readLayers(reader, spec.strategy);
    reader.finish();
    return panel;
}

} // namespace kobai::config
