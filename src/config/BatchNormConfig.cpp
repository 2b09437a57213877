#include "BatchNormConfig.h"

namespace kobai::config {

std::optional<BatchNormSpec> readBatchNorm(ObjectReader &model)
{
    const QJsonValue value = model.raw("batch_norm");
    if (value.isUndefined() || (value.isBool() && !value.toBool()))
        return std::nullopt;
    if (value.isBool())
        return BatchNormSpec{};
    if (!value.isObject())
        model.fail("batch_norm", QStringLiteral("true, false or an object {\"eps\": …, \"momentum\": …}"));
    ObjectReader reader(value.toObject(), model.field("batch_norm"), model.file());
    BatchNormSpec spec;
    reader.read("eps", spec.eps, Range::above(0));
    reader.read("momentum", spec.momentum, Range::atLeast(0).upTo(1));
    reader.finish();
    return spec;
}

QJsonObject batchNormToJson(const BatchNormSpec &spec)
{
    return QJsonObject{{"eps", spec.eps}, {"momentum", spec.momentum}};
}

} // namespace kobai::config
