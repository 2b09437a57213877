// The benchmarks start as kobai-run does, with workspaces kept in the heap: otherwise
// Eigen's packing buffer for a product at the MLP's shapes (about 300 KB) is above
// glibc's mmap threshold, so every product maps, faults in and unmaps fresh pages
// (100 × 784 × 100 in float32 took 240 µs instead of 128 µs here).
#include "core/AllocatorTuning.h"

#include <benchmark/benchmark.h>

int main(int argc, char **argv)
{
    kobai::keepWorkspacesInHeap();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
