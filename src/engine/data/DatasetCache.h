#pragma once
// The datasets of the last few runs, each built once per (spec, seed) and shared
// read-only between runs: a knob that leaves an experiment's data as it was (a learning
// rate, a patience) reruns it on the data already made. Fashion-MNIST's files are read
// once and their decoded images kept while the cache lives (55 MB), so another split
// size or seed draws from memory instead of decompressing 30 MB of files again.
// Eight datasets are kept, least recently used out: a shipped lesson uses at most four
// (lesson 8: three sine sets and a Fashion-MNIST split), and eight leave room for the
// values a dragged knob passes through (dataset.n, train_size) without evicting the
// lesson's others. A synthetic set is under 1 MB, lesson 8's Fashion-MNIST split 9 MB.
// Thread-safe (runs ask from worker threads). A dataset is built outside the lock: a slow
// build holds up only the callers asking for that same dataset, who wait for it instead
// of building it again.
#include "data/Dataset.h"
#include "data/DatasetSpec.h"
#include "data/FashionMnistImages.h"

#include <cstddef>
#include <cstdint>
#include <future>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace kobai {

class DatasetCache {
public:
    static constexpr std::size_t defaultCapacity = 8;

    /// capacity ≥ 1 datasets kept.
    explicit DatasetCache(std::size_t capacity = defaultCapacity);

    /// The one cache of the process, shared by the app's runs and kobai-run's.
    static DatasetCache &processWide();

    /// The dataset makeDataset(spec, seed) makes: the kept one, or built now, the least
    /// recently used making room. Throws as makeDataset does; a failed build is not kept.
    std::shared_ptr<const Dataset> get(const DatasetSpec &spec, std::uint64_t seed);

    std::size_t size() const;
    /// Datasets built since construction (requests that found one kept do not count).
    std::size_t builds() const;
    /// Fashion-MNIST image files read since construction (a "train" or "t10k" half each).
    std::size_t fileReads() const;

private:
    struct Entry {
        DatasetSpec spec;
        std::uint64_t seed = 0;
        std::uint64_t build = 0; ///< which build made it, to forget only that one when it fails
        std::shared_future<std::shared_ptr<const Dataset>> dataset;
    };

    Dataset make(const DatasetSpec &spec, std::uint64_t seed);
    /// folder's "train" or "t10k" half, read on first use and kept.
    std::shared_ptr<const FashionMnistImages> images(const std::string &folder, const std::string &prefix);
    void forget(std::uint64_t build);

    std::size_t capacity_;
    std::list<Entry> entries_; ///< most recently used first
    std::size_t builds_ = 0;
    mutable std::mutex mutex_;

    std::map<std::string, std::shared_ptr<const FashionMnistImages>> files_; ///< by folder/prefix
    std::size_t fileReads_ = 0;
    mutable std::mutex filesMutex_; ///< held while a file is read, so it is read once
};

} // namespace kobai
