#pragma once
// The project's own random generator and distributions (xoshiro256** seeded by
// splitmix64, Box–Muller normals, Fisher–Yates shuffles), so that a seed gives the
// same data, weights and shuffles on every standard library.
#include <cstdint>
#include <vector>

namespace kobai {

/// Independent streams drawn from one experiment seed: changing the batch size
/// must not change the data or the initial weights.
enum class RandomStream : std::uint64_t {
    DataGeneration = 1,
    DataSplit = 2,
    WeightInit = 3,
    Shuffle = 4,
    Dropout = 5,
    Augmentation = 6, ///< shifts and flips of training images
    InputNoise = 7,   ///< noise added to training inputs
    WorkerDropout = 8, ///< dropout masks of data-parallel worker k ≥ 1, drawn from seed + k
};

class Random {
public:
    explicit Random(std::uint64_t seed);
    Random(std::uint64_t seed, RandomStream stream);

    std::uint64_t nextBits();
    /// Uniform in [0, 1) with 53 random bits.
    double uniform01();
    double uniform(double low, double high);
    /// Standard normal N(0, 1).
    double normal();
    /// Uniform integer in [0, n), without modulo bias; n > 0.
    std::uint64_t below(std::uint64_t n);

    template <typename T>
    void shuffle(std::vector<T> &items)
    {
        for (std::size_t i = items.size(); i > 1; --i) {
            const auto j = static_cast<std::size_t>(below(i));
            std::swap(items[i - 1], items[j]);
        }
    }

private:
    std::uint64_t state_[4];
};

} // namespace kobai
