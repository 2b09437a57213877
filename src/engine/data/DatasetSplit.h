#pragma once
// Splits generated samples into training, validation and test parts with a seeded
// permutation, and standardises features with the training part's statistics.
#include "data/Dataset.h"
#include "data/DatasetSpec.h"

#include <cstdint>

namespace kobai {

/// All samples of a synthetic set before the split (samples are columns).
struct GeneratedSamples {
    Task task = Task::Classification;
    Eigen::Index classes = 0;
    Eigen::MatrixXd features;
    std::vector<int> labels;
    Eigen::MatrixXd targets;
};

/// How many of n samples each part gets.
struct SplitSizes {
    std::size_t train = 0;
    std::size_t validation = 0;
    std::size_t test = 0;
};

/// n_val = round(n·val_fraction), n_test = round(n·test_fraction), the rest trains
/// (none when the two take more than n).
SplitSizes splitSizes(std::size_t n, const SplitOptions &options);

/// Splits by splitSizes.
Dataset splitSamples(const GeneratedSamples &samples, const SplitOptions &options, std::uint64_t seed);

} // namespace kobai
