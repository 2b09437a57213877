#pragma once
// An options struct described once, as a list of (key, member, accepted range):
// the engine's rules and schedules carry their own list, and src/config reads a
// file and writes the effective configuration by walking that same list, so a key
// cannot be read under one name and written under another. Plain C++, no Qt.
#include <array>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace kobai {

/// An accepted numeric range; src/config words the expectation from it.
struct ValueRange {
    double min = -1e308;
    double max = 1e308;
    bool minInclusive = true;
    bool maxInclusive = true;
    bool integer = false;

    static constexpr ValueRange any() { return {}; }
    static constexpr ValueRange atLeast(double lo) { return {lo, 1e308, true, true, false}; }
    static constexpr ValueRange above(double lo) { return {lo, 1e308, false, true, false}; }
    static constexpr ValueRange integerAtLeast(double lo) { return {lo, 1e308, true, true, true}; }
    static constexpr ValueRange integerBetween(double lo, double hi) { return {lo, hi, true, true, true}; }
    constexpr ValueRange upTo(double hi, bool inclusive = true) const
    {
        ValueRange r = *this;
        r.max = hi;
        r.maxInclusive = inclusive;
        return r;
    }

    bool contains(double value) const;
};

template <class O>
using OptionMember = std::variant<double O::*, long O::*, int O::*, bool O::*, std::string O::*,
                                  std::array<double, 2> O::*, std::optional<long> O::*, std::vector<long> O::*>;

template <class O>
struct OptionField {
    const char *key;
    OptionMember<O> member;
    ValueRange range = ValueRange::any();
    /// PyTorch has no default for it: a file must give it.
    bool required = false;
};

} // namespace kobai
