// Single-precision matrix products at the MLP's shapes and at 1024³: through Eigen
// (what the engine uses) and through OpenBLAS's cblas_sgemm (the machine's practical
// limit). Run by hand; the numbers go to docs/performance.md.
#include <Eigen/Core>
#include <benchmark/benchmark.h>
#include <cblas.h>

namespace {

// {m, n, k}: C (m×n) = A (m×k) · B (k×n), column-major as the engine stores them.
void shapes(benchmark::internal::Benchmark *b)
{
    b->Args({100, 100, 784}); // forward, hidden layer: W (100×784) · X (784×100)
    b->Args({100, 784, 100}); // backward, weight gradient: δ (100×100) · Xᵀ (100×784)
    b->Args({784, 100, 100}); // backward, input gradient: Wᵀ (784×100) · δ (100×100)
    b->Args({1024, 1024, 1024});
}

double flops(const benchmark::State &state)
{
    return 2.0 * static_cast<double>(state.range(0) * state.range(1) * state.range(2));
}

void EigenSgemm(benchmark::State &state)
{
    const Eigen::MatrixXf a = Eigen::MatrixXf::Random(state.range(0), state.range(2));
    const Eigen::MatrixXf b = Eigen::MatrixXf::Random(state.range(2), state.range(1));
    Eigen::MatrixXf c(state.range(0), state.range(1));
    for (auto _ : state) {
        c.noalias() = a * b;
        benchmark::ClobberMemory();
    }
    state.counters["FLOP/s"] = benchmark::Counter(flops(state), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(EigenSgemm)->Apply(shapes);

void OpenblasSgemm(benchmark::State &state)
{
    const auto m = static_cast<int>(state.range(0)), n = static_cast<int>(state.range(1)),
               k = static_cast<int>(state.range(2));
    const Eigen::MatrixXf a = Eigen::MatrixXf::Random(m, k);
    const Eigen::MatrixXf b = Eigen::MatrixXf::Random(k, n);
    Eigen::MatrixXf c(m, n);
    for (auto _ : state) {
        cblas_sgemm(CblasColMajor, CblasNoTrans, CblasNoTrans, m, n, k, 1.0f, a.data(), m, b.data(), k, 0.0f,
                    c.data(), m);
        benchmark::ClobberMemory();
    }
    state.counters["FLOP/s"] = benchmark::Counter(flops(state), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(OpenblasSgemm)->Apply(shapes);

} // namespace

