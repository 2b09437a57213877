#include "optim/OptimizerCatalog.h"

#include <algorithm>
#include <cctype>

namespace kobai {

namespace {

template <std::size_t... I>
std::vector<RuleEntry> entries(std::index_sequence<I...>)
{
    return {RuleEntry{std::variant_alternative_t<I, OptimizerSpec>::name,
                      std::variant_alternative_t<I, OptimizerSpec>::variant, I}...};
}

template <std::size_t... I>
OptimizerSpec defaultAlternative(std::size_t index, std::index_sequence<I...>)
{
    OptimizerSpec spec;
    ((index == I ? (spec.template emplace<I>(), 0) : 0), ...);
    return spec;
}

bool sameIgnoringCase(const std::string &a, const std::string &b)
{
    return std::ranges::equal(a, b, [](unsigned char x, unsigned char y) { return std::tolower(x) == std::tolower(y); });
}

} // namespace

const std::vector<RuleEntry> &allRules()
{
    static const std::vector<RuleEntry> rules = entries(std::make_index_sequence<std::variant_size_v<OptimizerSpec>>{});
    return rules;
}

std::vector<std::string> ruleNames(RuleVariant variant)
{
    std::vector<std::string> names;
    for (const RuleEntry &rule : allRules())
        if (rule.variant == variant)
            names.push_back(rule.name);
    return names;
}

std::optional<OptimizerSpec> defaultRule(RuleVariant variant, const std::string &name)
{
    for (const RuleEntry &rule : allRules())
        if (rule.variant == variant && sameIgnoringCase(rule.name, name))
            return defaultAlternative(rule.specIndex, std::make_index_sequence<std::variant_size_v<OptimizerSpec>>{});
    return std::nullopt;
}

const RuleEntry &ruleOf(const OptimizerSpec &spec) { return allRules()[spec.index()]; }

RuleFormulas formulasOf(const OptimizerSpec &spec)
{
    return std::visit([](const auto &options) { return options.formulas(); }, spec);
}

} // namespace kobai
