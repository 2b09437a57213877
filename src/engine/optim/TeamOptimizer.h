#pragma once
// One update rule over a parameter buffer shared out between the threads of a team:
// the buffer is cut into one range per thread, each range with its own instance of the
// rule. Every rule here is elementwise (its only shared state is the step count, which
// all instances advance together), so the numbers equal one instance over the whole
// buffer, to the bit, whatever the thread count.
//
// Why: with two threads the helper computes about half of the weights' gradient. If the
// caller then updated every weight, that half and the new weights would cross between
// the cores' caches every mini-batch (≈ 0.5 MB for the Fashion-MNIST MLP), which cost
// more than the split products saved. The team's threads each claim their own part
// first, so a range is updated on the core that is likely to hold it.
#include "core/ThreadTeam.h"
#include "optim/OptimizerSpec.h"

#include <vector>

namespace kobai {

template <typename Scalar>
class TeamOptimizer final : public Optimizer<Scalar> {
public:
    /// parameters: the buffer's size; the team (outliving this) shares out buffers of
    /// at least splitThreshold parameters, smaller ones stay on the caller.
    TeamOptimizer(const OptimizerSpec &spec, Eigen::Index parameters, ThreadTeam &team);

    void reset() override;
    void step(Eigen::Ref<Vector<Scalar>> params, const Eigen::Ref<const Vector<Scalar>> &grads,
              double lr) override;
    /// The instances' state vectors joined end to end, one per name.
    std::vector<OptimizerStateVector> state() const override;

    static constexpr Eigen::Index splitThreshold = Eigen::Index{1} << 16;

private:
    struct Range {
        Eigen::Index first = 0;
        Eigen::Index count = 0;
    };
    ThreadTeam &team_;
    std::vector<Range> ranges_;
    std::vector<std::unique_ptr<Optimizer<Scalar>>> rules_;
};

} // namespace kobai
