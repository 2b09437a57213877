#include "optim/TeamOptimizer.h"

namespace kobai {

template <typename Scalar>
TeamOptimizer<Scalar>::TeamOptimizer(const OptimizerSpec &spec, Eigen::Index parameters, ThreadTeam &team)
    : team_(team)
{
    const int parts = parameters >= splitThreshold ? team.size() : 1;
    for (int part = 0; part < parts; ++part) {
        // 16 scalars: a range starts on a cache line of its own (64 bytes in float32).
        const auto [first, count] = ThreadTeam::share(parameters, part, parts, 16);
        ranges_.push_back({first, count});
        rules_.push_back(makeOptimizer<Scalar>(spec));
    }
}

template <typename Scalar>
void TeamOptimizer<Scalar>::reset()
{
    for (auto &rule : rules_)
        rule->reset();
}

template <typename Scalar>
void TeamOptimizer<Scalar>::step(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
                                 double lr)
{
    auto part = [&](int index) {
        const Range range = ranges_[static_cast<std::size_t>(index)];
        rules_[static_cast<std::size_t>(index)]->step(params.segment(range.first, range.count),
                                                       grads.segment(range.first, range.count), lr);
    };
    if (rules_.size() == 1) {
        part(0);
        return;
    }
    team_.run(part);
}

template <typename Scalar>
std::vector<OptimizerStateVector> TeamOptimizer<Scalar>::state() const
{
    std::vector<OptimizerStateVector> joined = rules_.front()->state();
    for (std::size_t index = 1; index < rules_.size(); ++index) {
        std::vector<OptimizerStateVector> more = rules_[index]->state();
        for (std::size_t k = 0; k < joined.size(); ++k)
            joined[k].values.insert(joined[k].values.end(), more[k].values.begin(), more[k].values.end());
    }
    return joined;
}

template class TeamOptimizer<float>;
template class TeamOptimizer<double>;

} // namespace kobai
