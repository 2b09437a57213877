#pragma once
// The space a hyper-parameter search explores, and the unit cube its strategies work in.
// Every strategy proposes points u ∈ [0, 1]^d; each dimension maps its coordinate to a
// value of its key: linearly (range), linearly in log(value) (log), or to one of a list
// of values by index (choice, and every key of a grid). A Gaussian process therefore sees
// log keys in log space and a choice as its index, the cell centre (i + ½)/n.
#include <string>
#include <vector>

namespace kobai {

enum class DimensionScale { Linear, Log, Choice };

struct SearchDimension {
    std::string key; ///< a dotted path into the experiment ("optimizer.lr"), or "x"/"y" for a function
    DimensionScale scale = DimensionScale::Linear;
    double low = 0.0;            ///< Linear and Log: the range's ends (Log: 0 < low)
    double high = 1.0;
    std::vector<double> choices; ///< Choice: the values in the order the file lists them

    /// The value at unit coordinate u (clamped to [0, 1]); a choice takes index ⌊u·n⌋ (n − 1 at u = 1).
    double valueAt(double u) const;
    /// The inverse: a value's unit coordinate (a choice: the centre of its cell).
    double unitOf(double value) const;
};

struct SearchSpace {
    std::vector<SearchDimension> dimensions;
    int size() const { return static_cast<int>(dimensions.size()); }
};

} // namespace kobai
