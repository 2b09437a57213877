#pragma once
// An optimizer object of a golden file ({"name": "Adam", "variant": "pytorch", "lr": …})
// as a spec, shared by the golden tests of the update rules and of batch normalisation.
#include "optim/OptimizerCatalog.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace kobai {

/// The golden file's optimizer object as a spec: its name, variant and arguments,
/// each argument set through the rule's field table (every key must be one of them).
inline OptimizerSpec optimizerSpecOf(const QJsonObject &object)
{
    const RuleVariant variant =
        object["variant"].toString() == QLatin1String("textbook") ? RuleVariant::Textbook : RuleVariant::PyTorch;
    std::optional<OptimizerSpec> spec = defaultRule(variant, object["name"].toString().toStdString());
    if (!spec)
        qFatal("no rule named %s", qPrintable(object["name"].toString()));
    std::visit(
        [&](auto &options) {
            using Options = std::decay_t<decltype(options)>;
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (it.key() == QLatin1String("name") || it.key() == QLatin1String("variant"))
                    continue;
                const auto fields = Options::fields();
                const auto field = std::find_if(fields.begin(), fields.end(),
                                                [&](const auto &f) { return it.key() == QLatin1String(f.key); });
                if (field == fields.end())
                    qFatal("%s has no field %s", Options::name, qPrintable(it.key()));
                std::visit(
                    [&](auto member) {
                        auto &value = options.*member;
                        using Value = std::decay_t<decltype(value)>;
                        if constexpr (std::is_same_v<Value, double>)
                            value = it.value().toDouble();
                        else if constexpr (std::is_same_v<Value, bool>)
                            value = it.value().toBool();
                        else if constexpr (std::is_same_v<Value, std::array<double, 2>>)
                            value = {it.value()[0].toDouble(), it.value()[1].toDouble()};
                        else
                            qFatal("field %s: a type the golden file does not use", field->key);
                    },
                    field->member);
            }
        },
        *spec);
    return *spec;
}

} // namespace kobai
