#include "SurfaceConfig.h"

namespace kobai::config {

const QStringList &functionNames()
{
    static const QStringList names{"ravine", "rosenbrock", "beale", "saddle", "himmelblau", "quadratic"};
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
    reader.finish();
    return spec;
}

QJsonValue functionToJson(const SurfaceSpec &function)
{
    const QString name = functionNames()[static_cast<int>(function.kind)];
    if (function.kind != SurfaceKind::Quadratic)
        return name;
    return QJsonObject{{"name", name}, {"a", function.a}, {"b", function.b}};
}

} // namespace kobai::config
