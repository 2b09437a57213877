#include "data/DatasetCache.h"

#include "data/DatasetFactory.h"
#include "data/FashionMnist.h"

#include <algorithm>
#include <cassert>

namespace kobai {

DatasetCache::DatasetCache(std::size_t capacity) : capacity_(capacity) { assert(capacity >= 1); }

DatasetCache &DatasetCache::processWide()
{
    static DatasetCache cache;
    return cache;
}

std::shared_ptr<const Dataset> DatasetCache::get(const DatasetSpec &spec, std::uint64_t seed)
{
    std::promise<std::shared_ptr<const Dataset>> promise;
    std::shared_future<std::shared_ptr<const Dataset>> dataset;
    std::uint64_t build = 0;
    {
        const std::lock_guard lock(mutex_);
        const auto found = std::find_if(entries_.begin(), entries_.end(),
                                        [&](const Entry &e) { return e.seed == seed && e.spec == spec; });
        if (found != entries_.end()) {
            entries_.splice(entries_.begin(), entries_, found);
            dataset = found->dataset;
        } else {
            if (entries_.size() == capacity_)
                entries_.pop_back();
            build = ++builds_;
            dataset = promise.get_future().share();
            entries_.push_front({spec, seed, build, dataset});
        }
    }
    if (build != 0) {
        try {
            promise.set_value(std::make_shared<const Dataset>(make(spec, seed)));
        } catch (...) {
            // Missing files may be installed while the app runs: the next request tries again.
            forget(build);
            promise.set_exception(std::current_exception());
        }
    }
    return dataset.get();
}

Dataset DatasetCache::make(const DatasetSpec &spec, std::uint64_t seed)
{
    const auto *fashion = std::get_if<FashionMnistOptions>(&spec);
    if (!fashion)
        return makeDataset(spec, seed);
    const auto train = images(fashion->path, "train");
    const auto test = fashion->test_size > 0 ? images(fashion->path, "t10k") : nullptr;
    return drawFashionMnist(*fashion, seed, *train, test.get());
}

std::shared_ptr<const FashionMnistImages> DatasetCache::images(const std::string &folder, const std::string &prefix)
{
    const std::lock_guard lock(filesMutex_);
    std::shared_ptr<const FashionMnistImages> &kept = files_[folder + '/' + prefix];
    if (!kept) {
        ++fileReads_;
        kept = std::make_shared<const FashionMnistImages>(folder, prefix, FashionMnistImages::Read::Images);
    }
    return kept;
}

void DatasetCache::forget(std::uint64_t build)
{
    const std::lock_guard lock(mutex_);
    std::erase_if(entries_, [&](const Entry &e) { return e.build == build; });
}

std::size_t DatasetCache::size() const
{
    const std::lock_guard lock(mutex_);
    return entries_.size();
}

std::size_t DatasetCache::builds() const
{
    const std::lock_guard lock(mutex_);
    return builds_;
}

std::size_t DatasetCache::fileReads() const
{
    const std::lock_guard lock(filesMutex_);
    return fileReads_;
}

} // namespace kobai
