#include "SurfaceConfig.h"

#include "FieldList.h"
#include "SpecFields.h"

namespace kobai::config {

const QStringList &functionNames()
{
    static const QStringList names{"ravine", "rosenbrock", "beale", "saddle", "himmelblau", "quadratic", "linear_regression",
                                   "branin"};
    return names;
}

SurfaceSpec readFunction(ObjectReader &root)
{
    const QString expected = QStringLiteral("one of ") + functionNames().join(QStringLiteral(", ")) +
                             QStringLiteral(", or an object {\"name\": …} (required)");
    if (!root.has("function"))
        root.fail("function", expected);
    SurfaceSpec spec;
    if (!root.raw("function").isObject()) {
        spec.kind = static_cast<SurfaceKind>(root.choice("function", functionNames(), 0));
        return spec;
    }
    ObjectReader reader = root.object("function");
    if (!reader.has("name"))
        reader.fail("name", expected);
    spec.kind = static_cast<SurfaceKind>(reader.choice("name", functionNames(), 0));
    if (spec.kind == SurfaceKind::Quadratic) {
        reader.read("a", spec.a, Range::any());
        reader.read("b", spec.b, Range::any());
    }
    if (spec.kind == SurfaceKind::LinearRegression) {
        readFields(reader, spec.data, fieldsOf(spec.data));
        readFields(reader, spec.data.split, fieldsOf(spec.data.split));
        spec.seed = readSeed(reader);
    }
    reader.finish();
    return spec;
}

QJsonValue functionToJson(const SurfaceSpec &function)
{
    const QString name = functionNames()[static_cast<int>(function.kind)];
    if (function.kind == SurfaceKind::Quadratic)
        return QJsonObject{{"name", name}, {"a", function.a}, {"b", function.b}};
    if (function.kind != SurfaceKind::LinearRegression)
        return name;
    QJsonObject out{{"name", name}, {"seed", static_cast<double>(function.seed)}};
    writeFields(out, function.data, fieldsOf(function.data));
    writeFields(out, function.data.split, fieldsOf(function.data.split));
    return out;
}

} // namespace kobai::config
