#include "UpdateFormulas.h"

#include "optim/OptimizerCatalog.h"

namespace kobai::app {

namespace {

QStringList toStrings(const std::vector<std::string> &lines)
{
    QStringList out;
    for (const std::string &line : lines)
        out << QString::fromStdString(line);
    return out;
}

} // namespace

UpdateFormulas updateFormulas(const OptimizerSpec &spec)
{
    const RuleFormulas formulas = formulasOf(spec);
    return {QString::fromStdString(formulas.shownName), toStrings(formulas.textbook), toStrings(formulas.pytorch)};
}

QString stateLabel(const OptimizerStateVector &vector)
{
    return QString::fromStdString(vector.symbol.empty() ? vector.name : vector.symbol);
}

} // namespace kobai::app
