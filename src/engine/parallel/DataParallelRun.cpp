#include "parallel/DataParallelRun.h"

#include <algorithm>
#include <utility>

namespace kobai {

template <typename Scalar>
DataParallelRun<Scalar>::DataParallelRun(const DataParallelSpec &spec, ThreadTeam &team, DenseNetwork<Scalar> &network,
                                         std::vector<Eigen::Index> layerSizes, const ModelSpec &model,
                                         bool classification, std::uint64_t seed, long batchPerWorker)
    : spec_(spec), network_(network), workers_(spec, team, network, std::move(layerSizes), model, classification, seed),
      globalBatch_(static_cast<Eigen::Index>(spec.workers) * batchPerWorker)
{
}

template <typename Scalar>
double DataParallelRun<Scalar>::gradient(const GlobalBatch<Scalar> &inputs, const BatchTargets<Scalar> &targets)
{
    if (spec_.mode == DataParallelMode::Stale && !history_)
        history_.emplace(spec_.staleness, network_.parameters()); // the weights the run starts from
    const Vector<Scalar> &weights = history_ ? history_->readable() : network_.parameters();
    const double loss =
        workers_.compute(inputs, targets, weights, network_.runningStatistics(), network_.gradients());
    const long long staleness = history_ ? history_->staleness() : 0;
    ++epochUpdates_;
    epochStalenessSum_ += staleness;
    epochStalenessMax_ = std::max(epochStalenessMax_, staleness);
    if (static_cast<long long>(epochStalenessCounts_.size()) <= staleness)
        epochStalenessCounts_.resize(static_cast<std::size_t>(staleness) + 1, 0);
    ++epochStalenessCounts_[static_cast<std::size_t>(staleness)];
    bytesSent_ += workers_.lastBytesSent();
    epochModelled_ += modelledUpdateSeconds(workers_.lastComputeSeconds(), workers_.bytesPerWorker(),
                                            workers_.workers(), spec_.network);
    return loss;
}

template <typename Scalar>
void DataParallelRun<Scalar>::updated()
{
    if (history_)
        history_->record(network_.parameters());
}

template <typename Scalar>
DataParallelRecord DataParallelRun<Scalar>::epochRecord()
{
    DataParallelRecord record;
    record.workers = spec_.workers;
    record.global_batch = static_cast<long>(globalBatch_);
    record.staleness_mean =
        epochUpdates_ > 0 ? static_cast<double>(epochStalenessSum_) / static_cast<double>(epochUpdates_) : 0.0;
    record.staleness_max = epochStalenessMax_;
    record.bytes_sent = bytesSent_;
    record.modelled_seconds = epochModelled_;
    record.staleness_counts = std::exchange(epochStalenessCounts_, {});
    epochModelled_ = 0.0;
    epochUpdates_ = 0;
    epochStalenessSum_ = 0;
    epochStalenessMax_ = 0;
    return record;
}

template class DataParallelRun<float>;
template class DataParallelRun<double>;

} // namespace kobai
