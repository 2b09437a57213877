#include "LayerStatsConfig.h"

namespace kobai::config {

std::optional<LayerStatsSpec> readLayerStats(ObjectReader &root, int epochs)
{
    if (!root.has("layer_stats"))
        return std::nullopt;
    ObjectReader reader = root.object("layer_stats");
    LayerStatsSpec spec;
    reader.read("epochs", spec.epochs, Range::integerBetween(0, epochs));
    reader.finish();
    return spec;
}

QJsonObject layerStatsToJson(const LayerStatsSpec &spec)
{
    QJsonArray epochs;
    for (int epoch : spec.epochs)
        epochs.append(epoch);
    return QJsonObject{{"epochs", epochs}};
}

} // namespace kobai::config
