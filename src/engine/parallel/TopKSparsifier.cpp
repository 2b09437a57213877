#include "parallel/TopKSparsifier.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kobai {

template <typename Scalar>
TopKSparsifier<Scalar>::TopKSparsifier(const CompressionSpec &spec, Eigen::Index size)
    : errorFeedback_(spec.error_feedback),
      k_(std::clamp<Eigen::Index>(static_cast<Eigen::Index>(std::floor(spec.top_k * static_cast<double>(size))), 1,
                                  size)),
      residual_(Vector<Scalar>::Zero(size)), order_(static_cast<std::size_t>(size))
{
}

template <typename Scalar>
void TopKSparsifier<Scalar>::compress(Eigen::Ref<Vector<Scalar>> gradient)
{
    if (errorFeedback_)
        gradient += residual_;
    if (k_ == gradient.size()) {
        residual_.setZero();
        return;
    }
    std::iota(order_.begin(), order_.end(), Eigen::Index{0});
    // A strict total order (|·| descending, then index ascending): the same k entries
    // whatever nth_element's algorithm.
    const auto larger = [&](Eigen::Index a, Eigen::Index b) {
        const Scalar ma = std::abs(gradient(a));
        const Scalar mb = std::abs(gradient(b));
        return ma > mb || (ma == mb && a < b);
    };
    std::nth_element(order_.begin(), order_.begin() + k_, order_.end(), larger);
    for (auto it = order_.begin() + k_; it != order_.end(); ++it) {
        if (errorFeedback_)
            residual_(*it) = gradient(*it);
        gradient(*it) = Scalar(0);
    }
    if (errorFeedback_)
        for (auto it = order_.begin(); it != order_.begin() + k_; ++it)
            residual_(*it) = Scalar(0);
}

template class TopKSparsifier<float>;
template class TopKSparsifier<double>;

} // namespace kobai
