#pragma once
// A fixed team of threads that share out one piece of work at a time: the work comes
// in numbered parts, the caller and each helper claim parts until none are left, and
// run() returns when every part is done. Made for splitting a large matrix product
// between the 2 cores of a classroom machine.
//
// OpenMP was tried first and was slower than one thread: its workers spin long after
// each region and a region cannot end until every worker has done its share, so a
// worker whose core another process holds stalls everyone. Here a part goes to
// whoever claims it first: when a helper is not running, the caller does all the
// parts itself, at one thread's speed. Helpers spin only briefly (the gap between two
// products of one mini-batch), then sleep on an atomic until the next piece of work.
// Which thread does a part never changes its result.
//
// Each thread claims its own part first (the caller part 0, helper k part k), so when
// all are running, part k of every run lands on the same core: data that part k writes
// in one run (a half of the weights' gradient, say) is still in that core's cache when
// part k of the next run (that half's optimizer step) reads it.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

namespace kobai {

/// Where a batch's inputs (features) are cut between parts: on multiples of 16, a
/// cache line of float32. The gather of an image batch and the first layer's products
/// cut at the same places, so a part's rows stay on the core that wrote them.
constexpr std::ptrdiff_t featureAlign = 16;

class ThreadTeam {
public:
    /// The most threads a team has: one bit of the claim word per part.
    static constexpr int maxThreads = 32;

    /// 1 ≤ threads ≤ maxThreads counts the caller: 1 means no helper thread at all.
    explicit ThreadTeam(int threads);
    /// Stops the helpers and joins them.
    ~ThreadTeam();
    ThreadTeam(const ThreadTeam &) = delete;
    ThreadTeam &operator=(const ThreadTeam &) = delete;

    /// The number of threads, and of parts each piece of work is split into.
    int size() const { return static_cast<int>(helpers_.size()) + 1; }

    /// Calls work(part) once for each part = 0 … size() − 1, on whichever thread
    /// claims it, and returns when all have finished. Parts must write to disjoint memory.
    template <typename Work>
    void run(Work &&work)
    {
        runParts([](void *context, int part) { (*static_cast<std::remove_reference_t<Work> *>(context))(part); },
                 &work);
    }

    /// Part `part` of size() near-equal ranges over [0, n), as {first, count}, with
    /// boundaries on multiples of `align` so each part keeps full-width vector kernels.
    std::pair<std::ptrdiff_t, std::ptrdiff_t> share(std::ptrdiff_t n, int part, std::ptrdiff_t align) const
    {
        return share(n, part, size(), align);
    }
    /// The same with `parts` parts, whatever the team's size.
    static std::pair<std::ptrdiff_t, std::ptrdiff_t> share(std::ptrdiff_t n, int part, int parts, std::ptrdiff_t align)
    {
        const std::ptrdiff_t units = (n + align - 1) / align;
        const std::ptrdiff_t first = std::min(n, units * part / parts * align);
        const std::ptrdiff_t end = std::min(n, units * (part + 1) / parts * align);
        return {first, end - first};
    }

private:
    using PartFunction = void (*)(void *context, int part);
    void runParts(PartFunction function, void *context);
    /// Does parts of run `run`, `own` first, until none is left unclaimed.
    void doParts(std::uint32_t run, int own, PartFunction function, void *context);
    void helperLoop(int own);

    std::vector<std::thread> helpers_;
    std::uint32_t runs_ = 0; ///< runs started (touched by the caller only)
    /// The current run's number (high 32 bits) and a bit per part already claimed (low 32
    /// bits): one word, so that a helper waking late cannot claim a part of a newer run.
    std::atomic<std::uint64_t> ticket_{0};
    std::atomic<PartFunction> function_{nullptr};
    std::atomic<void *> context_{nullptr};
    std::atomic<int> finished_{0}; ///< parts of the current run done
    std::atomic<bool> stopping_{false};
};

} // namespace kobai
