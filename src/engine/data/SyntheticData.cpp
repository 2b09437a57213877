#include "data/SyntheticData.h"

#include "core/Random.h"
#include "data/DatasetSplit.h"

#include <cmath>
#include <numbers>

namespace kobai {

namespace {

constexpr double pi = std::numbers::pi;

GeneratedSamples classificationSamples(long n, Eigen::Index classes)
{
    GeneratedSamples s;
    s.task = Task::Classification;
    s.classes = classes;
    s.features.resize(2, n);
    s.labels.resize(static_cast<std::size_t>(n));
    return s;
}

/// Class of sample i when n samples are shared out as evenly as possible.
int evenClass(long i, long n, int classes)
{
    return static_cast<int>((static_cast<long long>(i) * classes) / n);
}

} // namespace

Dataset generateLinear(const LinearDataOptions &o, std::uint64_t seed)
{
    Random random(seed, RandomStream::DataGeneration);
    GeneratedSamples s;
    s.task = Task::Regression;
    s.features.resize(1, o.n);
    s.targets.resize(1, o.n);
    for (long i = 0; i < o.n; ++i) {
        const double x = random.uniform(-1.0, 1.0);
        s.features(0, i) = x;
        s.targets(0, i) = o.slope * x + o.intercept + o.noise * random.normal();
    }
    return splitSamples(s, o.split, seed);
}

Dataset generateSine(const SineDataOptions &o, std::uint64_t seed)
{
    Random random(seed, RandomStream::DataGeneration);
    GeneratedSamples s;
    s.task = Task::Regression;
    s.features.resize(o.degree, o.n);
    s.targets.resize(1, o.n);
    for (long i = 0; i < o.n; ++i) {
        const double x = random.uniform01();
        double power = 1.0;
        for (int d = 0; d < o.degree; ++d) {
            power *= x;
            s.features(d, i) = power;
        }
        s.targets(0, i) = std::sin(2.0 * pi * x) + o.noise * random.normal();
    }
    return splitSamples(s, o.split, seed);
}

Dataset generateMoons(const MoonsDataOptions &o, std::uint64_t seed)
{
    Random random(seed, RandomStream::DataGeneration);
    GeneratedSamples s = classificationSamples(o.n, 2);
    for (long i = 0; i < o.n; ++i) {
        const int label = evenClass(i, o.n, 2);
        const double t = random.uniform(0.0, pi);
        const double x = label == 0 ? std::cos(t) : 1.0 - std::cos(t);
        const double y = label == 0 ? std::sin(t) : 0.5 - std::sin(t);
        s.features(0, i) = x + o.noise * random.normal();
        s.features(1, i) = y + o.noise * random.normal();
        s.labels[static_cast<std::size_t>(i)] = label;
    }
    return splitSamples(s, o.split, seed);
}

Dataset generateSpirals(const SpiralsDataOptions &o, std::uint64_t seed)
{
    Random random(seed, RandomStream::DataGeneration);
    GeneratedSamples s = classificationSamples(o.n, o.classes);
    for (long i = 0; i < o.n; ++i) {
        const int label = evenClass(i, o.n, o.classes);
        const double radius = random.uniform01();
        // Each arm turns about 4 radians from the centre outwards.
        const double angle = 2.0 * pi * label / o.classes + 4.0 * radius + o.noise * random.normal();
        s.features(0, i) = radius * std::sin(angle);
        s.features(1, i) = radius * std::cos(angle);
        s.labels[static_cast<std::size_t>(i)] = label;
    }
    return splitSamples(s, o.split, seed);
}

Dataset generateBlobs(const BlobsDataOptions &o, std::uint64_t seed)
{
    Random random(seed, RandomStream::DataGeneration);
    Eigen::MatrixXd centres(2, o.centers);
    for (int c = 0; c < o.centers; ++c)
        for (int d = 0; d < 2; ++d)
            centres(d, c) = random.uniform(-10.0, 10.0);
    GeneratedSamples s = classificationSamples(o.n, o.centers);
    for (long i = 0; i < o.n; ++i) {
        const int label = evenClass(i, o.n, o.centers);
        for (int d = 0; d < 2; ++d)
            s.features(d, i) = centres(d, label) + o.std * random.normal();
        s.labels[static_cast<std::size_t>(i)] = label;
    }
    return splitSamples(s, o.split, seed);
}

} // namespace kobai
