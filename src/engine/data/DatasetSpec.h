#pragma once
// The datasets an experiment can name, each field's default defined once.
// Synthetic sets are generated from the experiment's seed; n is the total
// before the split, n_val = round(n·val_fraction), n_test = round(n·test_fraction).
#include <optional>
#include <string>
#include <variant>

namespace kobai {

/// How a synthetic set is split and scaled; shared by every generator.
struct SplitOptions {
    double val_fraction = 0.2;
    double test_fraction = 0.0;
    /// Scale each feature to mean 0, std 1 with the training part's statistics.
    bool standardize = true;

    bool operator==(const SplitOptions &) const = default;
};

/// y = slope·x + intercept + noise·ε, x uniform in [−1, 1].
struct LinearDataOptions {
    long n = 1000;
    double noise = 0.5;
    double slope = 2.0;
    double intercept = 1.0;
    SplitOptions split;

    bool operator==(const LinearDataOptions &) const = default;
};

/// y = sin 2πx + noise·ε on x uniform in [0, 1], with polynomial features x … x^degree.
struct SineDataOptions {
    long n = 30;
    double noise = 0.2;
    int degree = 9;
    SplitOptions split;

    bool operator==(const SineDataOptions &) const = default;
};

/// Two interleaving half circles, 2 classes.
struct MoonsDataOptions {
    long n = 1000;
    double noise = 0.2;
    SplitOptions split;

    bool operator==(const MoonsDataOptions &) const = default;
};

/// Interleaved spiral arms, one class per arm.
struct SpiralsDataOptions {
    long n = 1000;
    double noise = 0.2;
    int classes = 3;
    SplitOptions split;

    bool operator==(const SpiralsDataOptions &) const = default;
};

/// Gaussian clusters around centres drawn uniformly in [−10, 10]².
struct BlobsDataOptions {
    long n = 1000;
    int centers = 3;
    double std = 1.0;
    SplitOptions split;

    bool operator==(const BlobsDataOptions &) const = default;
};

/// Fashion-MNIST IDX files (Debian package dataset-fashion-mnist). Training and
/// validation images are disjoint parts of the training files; test images come
/// from the test files.
struct FashionMnistOptions {
    std::string path = "/usr/share/datasets/fashion-mnist";
    long val_size = 10000;
    /// Unset: every training image not used for validation (60000 − val_size).
    std::optional<long> train_size;
    long test_size = 10000;

    bool operator==(const FashionMnistOptions &) const = default;
};

using DatasetSpec = std::variant<LinearDataOptions, SineDataOptions, MoonsDataOptions,
                                 SpiralsDataOptions, BlobsDataOptions, FashionMnistOptions>;

} // namespace kobai
