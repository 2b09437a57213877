// Micro-benchmarks of the engine's hot paths (Google Benchmark). Not tests: run by
// hand, `build/release/bench/kobai-bench`, and recorded in docs/performance.md.
// Wall time throughout: with 2 threads the CPU time of the caller alone would flatter.
#include "core/Random.h"
#include "data/Dataset.h"
#include "data/DatasetCache.h"
#include "data/DatasetFactory.h"
#include "landscape/ContourMap.h"
#include "model/DenseNetwork.h"
#include "model/Loss.h"
#include "optim/OptimizerCatalog.h"
#include "search/RandomProposer.h"
#include "search/SearchRun.h"
#include "train/TrainingRun.h"

#include <benchmark/benchmark.h>
#include <cblas.h>

#include <algorithm>
#include <chrono>
#include <numeric>

using namespace kobai;

namespace {

/// FLOPs of one forward+backward through 784-100-10: the forward products, the weight
/// gradients, and the input gradient of the output layer only (nothing needs ∂L/∂x).
double mlpFlops(Eigen::Index batch)
{
    const double weights = 784.0 * 100 + 100.0 * 10;
    return 2.0 * (2.0 * weights + 100.0 * 10) * static_cast<double>(batch);
}

/// OpenBLAS's one-thread sgemm rate at 1024³ (best of 5), the machine's practical limit,
/// measured once in this process so the MLP's rate can be stated as a fraction of it.
double openblasSgemmRate()
{
    static const double rate = [] {
        openblas_set_num_threads(1);
        const int n = 1024;
        const Eigen::MatrixXf a = Eigen::MatrixXf::Random(n, n), b = Eigen::MatrixXf::Random(n, n);
        Eigen::MatrixXf c(n, n);
        double best = 0.0;
        for (int rep = 0; rep < 5; ++rep) {
            const auto begin = std::chrono::steady_clock::now();
            cblas_sgemm(CblasColMajor, CblasNoTrans, CblasNoTrans, n, n, n, 1.0f, a.data(), n, b.data(), n, 0.0f,
                        c.data(), n);
            const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
            best = std::max(best, 2.0 * n * n * n / seconds);
        }
        return best;
    }();
    return rate;
}

/// Forward+backward of random 784-pixel images through net until the benchmark has
/// enough; returns the wall time of the loop.
template <typename Scalar>
double forwardBackwardLoop(benchmark::State &state, DenseNetwork<Scalar> &net, Eigen::Index batch, Random &random)
{
    Matrix<Scalar> x(784, batch);
    for (Eigen::Index k = 0; k < x.size(); ++k)
        x(k) = static_cast<Scalar>(random.uniform01());
    std::vector<int> labels(static_cast<std::size_t>(batch));
    for (auto &label : labels)
        label = static_cast<int>(random.below(10));
    const SoftmaxCrossEntropy<Scalar> loss;
    Matrix<Scalar> gradient;
    const auto begin = std::chrono::steady_clock::now();
    for (auto _ : state) {
        const Matrix<Scalar> &out = net.forward(x, ForwardMode::Train, &random);
        benchmark::DoNotOptimize(loss.evaluate(out, {labels, nullptr}, &gradient));
        net.backward(gradient);
        benchmark::ClobberMemory();
    }
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
}

/// Arguments: batch size, threads.
template <typename Scalar>
void MlpForwardBackward(benchmark::State &state)
{
    const Eigen::Index batch = state.range(0);
    Random random(1);
    ThreadTeam team(static_cast<int>(state.range(1)));
    DenseNetwork<Scalar> net({784, 100, 10}, Activation::Relu, 0.0, &team);
    net.initialize(InitScheme::He, 0.0, random);
    const double wall = forwardBackwardLoop(state, net, batch, random);
    const double rate = mlpFlops(batch) * static_cast<double>(state.iterations()) / wall;
    state.counters["FLOP/s"] = rate;
    state.counters["sgemm FLOP/s"] = openblasSgemmRate();
    state.counters["of sgemm"] = rate / openblasSgemmRate();
}
BENCHMARK(MlpForwardBackward<float>)->ArgsProduct({{32, 100, 512}, {1, 2}})->UseRealTime();
BENCHMARK(MlpForwardBackward<double>)->Args({100, 1})->Args({512, 1});

/// Lesson 10's deep net: 784 inputs, 20 hidden layers of 100 units, 10 classes, one
/// forward+backward of a mini-batch of 100. Arguments: batch norm (0 or 1), threads.
template <typename Scalar>
void DeepMlpForwardBackward(benchmark::State &state)
{
    constexpr Eigen::Index batch = 100;
    Random random(1);
    ThreadTeam team(static_cast<int>(state.range(1)));
    std::vector<Eigen::Index> sizes(22, 100);
    sizes.front() = 784;
    sizes.back() = 10;
    const std::optional<BatchNormSpec> batchNorm =
        state.range(0) != 0 ? std::optional<BatchNormSpec>(BatchNormSpec{}) : std::nullopt;
    DenseNetwork<Scalar> net(sizes, Activation::Relu, 0.0, &team, batchNorm);
    net.initialize(InitScheme::He, 0.0, random);
    forwardBackwardLoop(state, net, batch, random);
    state.SetItemsProcessed(state.iterations() * batch); // samples per second
}
BENCHMARK(DeepMlpForwardBackward<float>)->ArgsProduct({{0, 1}, {1, 2}})->UseRealTime();
BENCHMARK(DeepMlpForwardBackward<double>)->ArgsProduct({{0, 1}, {1}})->UseRealTime();

/// The lesson-sized network of bench/compare (2-32-32-2, ReLU, PyTorch's initialisation).
template <typename Scalar>
DenseNetwork<Scalar> lessonNetwork(Random &random)
{
    DenseNetwork<Scalar> net({2, 32, 32, 2}, Activation::Relu, 0.0);
    net.initialize(InitScheme::PyTorch, 0.0, random);
    return net;
}

/// Random points and labels of a moons-sized part: 2 features × samples.
template <typename Scalar>
Matrix<Scalar> lessonInputs(Eigen::Index samples, std::vector<int> &labels, Random &random)
{
    Matrix<Scalar> x(2, samples);
    for (Eigen::Index k = 0; k < x.size(); ++k)
        x(k) = static_cast<Scalar>(random.normal());
    labels.resize(static_cast<std::size_t>(samples));
    for (auto &label : labels)
        label = static_cast<int>(random.below(2));
    return x;
}

/// The lesson-sized network and random samples to run through it.
template <typename Scalar>
struct LessonSetup {
    Random random;
    DenseNetwork<Scalar> net;
    std::vector<int> labels;
    Matrix<Scalar> x;
    const SoftmaxCrossEntropy<Scalar> loss;

    LessonSetup(std::uint64_t seed, Eigen::Index samples)
        : random(seed), net(lessonNetwork<Scalar>(random)), x(lessonInputs<Scalar>(samples, labels, random))
    {
    }
};

/// One mini-batch of 32 of the lesson-sized run: forward, loss and backward (25 a run's epoch).
template <typename Scalar>
void LessonForwardBackward(benchmark::State &state)
{
    LessonSetup<Scalar> s(3, 32);
    Matrix<Scalar> gradient;
    for (auto _ : state) {
        const Matrix<Scalar> &out = s.net.forward(s.x, ForwardMode::Train, &s.random);
        benchmark::DoNotOptimize(s.loss.evaluate(out, {s.labels, nullptr}, &gradient));
        s.net.backward(gradient);
        benchmark::ClobberMemory();
    }
}
BENCHMARK(LessonForwardBackward<float>);
BENCHMARK(LessonForwardBackward<double>);

/// The lesson-sized run's evaluation of its 800 training samples (once a run's epoch):
/// forward and loss.
template <typename Scalar>
void LessonEvaluate(benchmark::State &state)
{
    LessonSetup<Scalar> s(4, 800);
    for (auto _ : state) {
        const Matrix<Scalar> &out = s.net.forward(s.x, ForwardMode::Evaluate, nullptr);
        benchmark::DoNotOptimize(s.loss.evaluate(out, {s.labels, nullptr}, nullptr));
        benchmark::DoNotOptimize(countCorrect(out, s.labels));
    }
}
BENCHMARK(LessonEvaluate<float>);

/// bench/compare's lesson-sized run whole, in process: moons 1 000, MLP 2-32-32-2, batch
/// 32, SGD 0.1, 100 epochs each with a pass over training and validation sets. CPU time
/// is the number to read on a shared machine. Argument: threads.
template <typename Scalar>
void LessonRun(benchmark::State &state)
{
    TrainingSpec spec;
    spec.dataset = MoonsDataOptions{};
    spec.model.hidden = {32, 32};
    spec.model.init = InitScheme::PyTorch;
    spec.batch_size = 32;
    spec.epochs = 100;
    spec.dtype = std::is_same_v<Scalar, float> ? DType::Float32 : DType::Float64;
    spec.threads = static_cast<int>(state.range(0));
    spec.optimizer = SgdOptions{.lr = 0.1};
    const Dataset data = makeDataset(spec.dataset, spec.seed);
    TrainingObserver observer;
    for (auto _ : state)
        benchmark::DoNotOptimize(runTraining(spec, data, observer).best_val_loss);
}
BENCHMARK(LessonRun<float>)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);
BENCHMARK(LessonRun<double>)->Arg(1)->Unit(benchmark::kMillisecond);

/// Every update rule at its defaults, in OptimizerSpec's order.
void OptimizerStepOneMillion(benchmark::State &state)
{
    const RuleEntry &rule = allRules()[static_cast<std::size_t>(state.range(0))];
    state.SetLabel((rule.variant == RuleVariant::Textbook ? "textbook " : "") + rule.name);
    Vector<float> params = Vector<float>::Constant(1'000'000, 0.5f);
    const Vector<float> grads = Vector<float>::Constant(1'000'000, 0.01f);
    auto optimizer = makeOptimizer<float>(*defaultRule(rule.variant, rule.name));
    optimizer->reset();
    for (auto _ : state) {
        optimizer->step(params, grads, 1e-3);
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(state.iterations() * params.size());
}
BENCHMARK(OptimizerStepOneMillion)->DenseRange(0, static_cast<int>(std::variant_size_v<OptimizerSpec>) - 1);

void GatherImageBatch(benchmark::State &state)
{
    Random random(2);
    DataPart part;
    part.pixels.resize(784, 60000);
    for (Eigen::Index k = 0; k < part.pixels.size(); ++k)
        part.pixels(k) = static_cast<std::uint8_t>(random.below(256));
    std::vector<Eigen::Index> order(60000);
    std::iota(order.begin(), order.end(), Eigen::Index{0});
    random.shuffle(order);
    Matrix<float> batch;
    std::size_t start = 0;
    for (auto _ : state) {
        part.gatherFeatures<float>(std::span<const Eigen::Index>(order.data() + start, 100), batch);
        start = (start + 100) % 59900;
        benchmark::ClobberMemory();
    }
    state.SetBytesProcessed(state.iterations() * 100 * 784);
}
BENCHMARK(GatherImageBatch);

/// Issue 6 asks for a contour map "well under 50 ms": Rosenbrock on the lesson's view,
/// grid evaluation, levels and marching squares together; the argument is the grid side.
void ContourMapRosenbrock(benchmark::State &state)
{
    const ContourSpec spec{{SurfaceKind::Rosenbrock}, {-2.0, 2.0, -1.0, 3.0}, 20, static_cast<int>(state.range(0))};
    std::size_t segments = 0;
    for (auto _ : state) {
        const ContourMap map = computeContours(spec);
        segments = 0;
        for (const ContourLevel &level : map.levels)
            segments += level.segments.size();
        benchmark::DoNotOptimize(segments);
    }
    state.counters["segments"] = static_cast<double>(segments);
}
BENCHMARK(ContourMapRosenbrock)->Arg(200)->Arg(1000)->Unit(benchmark::kMillisecond);

} // namespace


/// Issue 16's lesson-sized search: 20 random trials of moons 1 000, MLP 2-32-32-2, batch 32,
/// SGD, 100 epochs, float32, η log-uniform on [0.01, 0.3]; threads = trials at once.
/// The rate asked for: trials per second with 2 threads ≥ 1.7 × with 1.
void LessonSizedRandomSearch(benchmark::State &state)
{
    SearchSpec spec;
    spec.strategy = SearchStrategy::Random;
    spec.trials = 20;
    spec.threads = static_cast<int>(state.range(0));
    spec.space.dimensions = {SearchDimension{"optimizer.lr", DimensionScale::Log, 0.01, 0.3, {}}};
    spec.experiment = [](const std::vector<double> &values) {
        TrainingSpec training;
        training.dataset = MoonsDataOptions{1000};
        training.model.hidden = {32, 32};
        training.epochs = 100;
        training.dtype = DType::Float32;
        training.optimizer = SgdOptions{values[0]};
        return training;
    };
    const SearchData data = [](const TrainingSpec &training) {
        return DatasetCache::processWide().get(training.dataset, training.seed);
    };
    SearchObserver quiet;
    for (auto _ : state) {
        RandomProposer proposer(1, 0);
        benchmark::DoNotOptimize(runSearch(spec, proposer, quiet, nullptr, data));
    }
    state.counters["trials_per_s"] =
        benchmark::Counter(static_cast<double>(spec.trials), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(LessonSizedRandomSearch)->Arg(1)->Arg(2)->UseRealTime()->Unit(benchmark::kMillisecond);
