#pragma once
// The rules of OptimizerSpec as lists, in its order: what readers accept, what
// messages and menus name, how an exported script constructs each.
#include "optim/OptimizerSpec.h"

#include <optional>
#include <string>
#include <vector>

namespace kobai {

struct RuleEntry {
    std::string name;      ///< "Adam", as PyTorch or the textbook spells it
    RuleVariant variant;
    std::size_t specIndex; ///< its alternative in OptimizerSpec
};

/// Every rule, in OptimizerSpec's order.
const std::vector<RuleEntry> &allRules();

/// The names of one variant's rules, in OptimizerSpec's order.
std::vector<std::string> ruleNames(RuleVariant variant);

/// A default-constructed spec of the rule `name` (compared case-insensitively) of a variant.
std::optional<OptimizerSpec> defaultRule(RuleVariant variant, const std::string &name);

/// The entry of the rule a spec holds.
const RuleEntry &ruleOf(const OptimizerSpec &spec);

/// The formula lines of a spec (its arguments may change them: SGD with a momentum).
RuleFormulas formulasOf(const OptimizerSpec &spec);

} // namespace kobai
