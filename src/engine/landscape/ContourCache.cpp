#include "landscape/ContourCache.h"

#include <algorithm>
#include <cassert>

namespace kobai {

ContourCache::ContourCache(std::size_t capacity) : capacity_(capacity) { assert(capacity >= 1); }

std::shared_ptr<const ContourMap> ContourCache::get(const ContourSpec &spec)
{
    const std::lock_guard lock(mutex_);
    const auto found = std::find_if(entries_.begin(), entries_.end(), [&](const Entry &e) { return e.first == spec; });
    if (found != entries_.end()) {
        entries_.splice(entries_.begin(), entries_, found);
        return found->second;
    }
    if (entries_.size() == capacity_)
        entries_.pop_back();
    entries_.emplace_front(spec, std::make_shared<const ContourMap>(computeContours(spec)));
    return entries_.front().second;
}

std::size_t ContourCache::size() const
{
    const std::lock_guard lock(mutex_);
    return entries_.size();
}

} // namespace kobai
