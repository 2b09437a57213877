#include "search/GaussianProcess.h"

#include "search/BoundedLbfgs.h"

#include <cmath>
#include <limits>
#include <numbers>

namespace kobai {

namespace {

const double sqrt5 = std::sqrt(5.0);

/// Pairwise squared distances between the columns of A and B after dividing each
/// coordinate by its length-scale (rows: A's columns). Summed one coordinate at a time,
/// contiguous in A's points: ‖a‖² + ‖b‖² − 2aᵀb would be a product but loses the digits of
/// near points that the golden tests' 1e-8 needs.
Eigen::MatrixXd scaledSquaredDistances(const Eigen::MatrixXd &A, const Eigen::MatrixXd &B,
                                       const Eigen::VectorXd &lengthScales)
{
    const Eigen::MatrixXd a = (A.array().colwise() / lengthScales.array()).matrix().transpose();
    const Eigen::MatrixXd b = B.array().colwise() / lengthScales.array();
    Eigen::MatrixXd r2 = Eigen::MatrixXd::Zero(a.rows(), b.cols());
    for (Eigen::Index j = 0; j < b.cols(); ++j)
        for (Eigen::Index i = 0; i < a.cols(); ++i)
            r2.col(j).array() += (a.col(i).array() - b(i, j)).square();
    return r2;
}

/// Below this size the recursive inverse and Gram product use Eigen's plain kernels.
constexpr Eigen::Index smallBlock = 16;

/// Inverts a lower-triangular L in place (upper part zero and kept so): with L = [A 0; B C],
/// L⁻¹ = [A⁻¹ 0; −C⁻¹BA⁻¹ C⁻¹]. About n³/3 flops where a solve against I costs n³
/// (LAPACK's trtri does the same).
void invertLowerInPlace(Eigen::Ref<Eigen::MatrixXd> L)
{
    const Eigen::Index n = L.rows();
    if (n <= smallBlock) {
        Eigen::MatrixXd inverse = Eigen::MatrixXd::Identity(n, n);
        L.triangularView<Eigen::Lower>().solveInPlace(inverse);
        L = inverse.triangularView<Eigen::Lower>();
        return;
    }
    const Eigen::Index h = n / 2;
    auto A = L.topLeftCorner(h, h);
    auto B = L.bottomLeftCorner(n - h, h);
    auto C = L.bottomRightCorner(n - h, n - h);
    C.triangularView<Eigen::Lower>().solveInPlace(B); // C⁻¹B while C is still L's block
    invertLowerInPlace(A);
    const Eigen::MatrixXd scaled = B * A.triangularView<Eigen::Lower>();
    B = -scaled;
    invertLowerInPlace(C);
}

/// R = MᵀM for a lower-triangular M (upper part zero): with M = [A 0; B C],
/// MᵀM = [AᵀA + BᵀB, BᵀC; CᵀB, CᵀC]. About n³/2 flops (LAPACK's lauum).
void lowerGram(const Eigen::Ref<const Eigen::MatrixXd> &M, Eigen::Ref<Eigen::MatrixXd> R)
{
    const Eigen::Index n = M.rows();
    if (n <= smallBlock) {
        R.noalias() = M.transpose() * M;
        return;
    }
    const Eigen::Index h = n / 2;
    const auto B = M.bottomLeftCorner(n - h, h);
    lowerGram(M.topLeftCorner(h, h), R.topLeftCorner(h, h));
    R.topLeftCorner(h, h).noalias() += B.transpose() * B;
    R.topRightCorner(h, n - h).noalias()
        = B.transpose() * M.bottomRightCorner(n - h, n - h).triangularView<Eigen::Lower>();
    R.bottomLeftCorner(n - h, h) = R.topRightCorner(h, n - h).transpose();
    lowerGram(M.bottomRightCorner(n - h, n - h), R.bottomRightCorner(n - h, n - h));
}

} // namespace

KernelParameters KernelParameters::defaults(Eigen::Index dimensions)
{
    KernelParameters p;
    p.lengthScales = Eigen::VectorXd::Constant(dimensions, 0.5);
    return p;
}

Eigen::VectorXd KernelParameters::logParameters() const
{
    const Eigen::Index d = lengthScales.size();
    Eigen::VectorXd theta(d + 2);
    theta.head(d) = lengthScales.array().log();
    theta(d) = std::log(signalVariance);
    theta(d + 1) = std::log(noiseVariance);
    return theta;
}

KernelParameters KernelParameters::fromLog(const Eigen::VectorXd &theta)
{
    const Eigen::Index d = theta.size() - 2;
    KernelParameters p;
    p.lengthScales = theta.head(d).array().exp();
    p.signalVariance = std::exp(theta(d));
    p.noiseVariance = std::exp(theta(d + 1));
    return p;
}

Eigen::MatrixXd GaussianProcess::kernelBounds(Eigen::Index dimensions)
{
    Eigen::MatrixXd bounds(dimensions + 2, 2);
    bounds.topRows(dimensions).col(0).setConstant(std::log(1e-2));
    bounds.topRows(dimensions).col(1).setConstant(std::log(1e2));
    bounds.row(dimensions) << std::log(1e-2), std::log(1e2);
    bounds.row(dimensions + 1) << std::log(1e-10), std::log(1e-1);
    return bounds;
}

Eigen::MatrixXd GaussianProcess::crossKernel(const Eigen::MatrixXd &A, const Eigen::MatrixXd &B) const
{
    const Eigen::ArrayXXd r = scaledSquaredDistances(A, B, parameters_.lengthScales).array().sqrt();
    return parameters_.signalVariance * (1.0 + sqrt5 * r + (5.0 / 3.0) * r.square()) * (-sqrt5 * r).exp();
}

bool GaussianProcess::fit(const Eigen::MatrixXd &X, const Eigen::VectorXd &y)
{
    const auto n = static_cast<double>(y.size());
    yMean_ = y.mean();
    const double scale = std::sqrt((y.array() - yMean_).square().sum() / n);
    yScale_ = scale < 10.0 * std::numeric_limits<double>::epsilon() ? 1.0 : scale;
    yStandard_ = (y.array() - yMean_) / yScale_;
    // The fit keeps r and exp(−√5r) between its own points for the gradient, and the
    // squared differences per coordinate while X stays the same (every step of optimise()).
    if (differencesOf_.rows() != X.rows() || differencesOf_.cols() != X.cols() || differencesOf_ != X) {
        squaredDifferences_.clear();
        for (Eigen::Index i = 0; i < X.rows(); ++i) {
            Eigen::ArrayXXd d2(X.cols(), X.cols());
            for (Eigen::Index b = 0; b < X.cols(); ++b)
                d2.col(b) = (X.row(i).transpose().array() - X(i, b)).square();
            squaredDifferences_.push_back(std::move(d2));
        }
        differencesOf_ = X;
    }
    Eigen::ArrayXXd r2 = Eigen::ArrayXXd::Zero(X.cols(), X.cols());
    for (Eigen::Index i = 0; i < X.rows(); ++i)
        r2 += squaredDifferences_[static_cast<std::size_t>(i)] / std::pow(parameters_.lengthScales(i), 2);
    distances_ = r2.sqrt();
    decay_ = (-sqrt5 * distances_).exp();
    // Alg. 2.1 line 2: L = cholesky(K + σₙ²I).
    Eigen::MatrixXd K = parameters_.signalVariance * (1.0 + sqrt5 * distances_ + (5.0 / 3.0) * r2) * decay_;
    K.diagonal().array() += parameters_.noiseVariance;
    llt_.compute(K);
    jitter_ = 0.0;
    for (double extra = firstJitter; llt_.info() != Eigen::Success && extra <= maxJitter; extra *= 10.0) {
        K.diagonal().array() += extra - jitter_;
        jitter_ = extra;
        llt_.compute(K);
    }
    if (llt_.info() != Eigen::Success) {
        X_.resize(X.rows(), 0);
        return false;
    }
    X_ = X;
    alpha_ = llt_.solve(yStandard_); // line 3: α = Lᵀ \ (L \ ỹ)
    return true;
}

Posterior GaussianProcess::predict(const Eigen::MatrixXd &points) const
{
    const Eigen::MatrixXd Ks = crossKernel(X_, points); // n × m
    Posterior p;
    p.mean = (Ks.transpose() * alpha_).array() * yScale_ + yMean_; // line 4
    const Eigen::MatrixXd V = llt_.matrixL().solve(Ks);           // line 5: v = L \ k*
    const Eigen::ArrayXd variance = parameters_.signalVariance - V.colwise().squaredNorm().transpose().array();
    p.sd = variance.max(0.0).sqrt() * yScale_; // line 6, clamped: rounding can make it −1e-16
    return p;
}

double GaussianProcess::logMarginalLikelihood() const
{
    const double logDet = llt_.matrixLLT().diagonal().array().log().sum();
    return -0.5 * yStandard_.dot(alpha_) - logDet
           - 0.5 * static_cast<double>(yStandard_.size()) * std::log(2.0 * std::numbers::pi);
}

Eigen::VectorXd GaussianProcess::logMarginalLikelihoodGradient() const
{
    const Eigen::Index n = X_.cols(), d = X_.rows();
    // K⁻¹ = L⁻ᵀL⁻¹ from L's inverse: ⅚n³ flops where llt_.solve(I) costs 2n³, and it is most
    // of a gradient's time at a hundred trials.
    Eigen::MatrixXd Linverse = llt_.matrixL();
    invertLowerInPlace(Linverse);
    Eigen::MatrixXd W(n, n);
    lowerGram(Linverse, W);
    W = alpha_ * alpha_.transpose() - W;
    const Eigen::ArrayXXd &r = distances_;
    const Eigen::ArrayXXd Kf = parameters_.signalVariance * (1.0 + sqrt5 * r + (5.0 / 3.0) * r.square()) * decay_;
    // ∂k/∂log ℓᵢ = σ²·(5/3)(1 + √5r)·exp(−√5r)·(xᵢ − x′ᵢ)²/ℓᵢ² (the 1/r of ∂r cancels).
    const Eigen::ArrayXXd common = W.array() * (parameters_.signalVariance * (5.0 / 3.0) * (1.0 + sqrt5 * r) * decay_);
    Eigen::VectorXd gradient(d + 2);
    for (Eigen::Index i = 0; i < d; ++i)
        gradient(i) = 0.5 * (common * squaredDifferences_[static_cast<std::size_t>(i)]).sum()
                      / (parameters_.lengthScales(i) * parameters_.lengthScales(i));
    gradient(d) = 0.5 * (W.array() * Kf).sum();                            // ∂K/∂log σ² = K_f
    gradient(d + 1) = 0.5 * parameters_.noiseVariance * W.diagonal().sum(); // ∂K/∂log σₙ² = σₙ²I
    return gradient;
}

void GaussianProcess::optimise(const Eigen::MatrixXd &X, const Eigen::VectorXd &y, int restarts, Random &random)
{
    const Eigen::MatrixXd bounds = kernelBounds(X.rows());
    const BoundedLbfgs lbfgs(bounds.col(0), bounds.col(1));
    const BoundedLbfgs::Objective negativeEvidence{
        [&](const Eigen::VectorXd &theta) {
            parameters_ = KernelParameters::fromLog(theta);
            if (!fit(X, y) || jitter_ > 0.0) // a jittered K is not the model θ names
                return std::numeric_limits<double>::infinity();
            return -logMarginalLikelihood();
        },
        [&] { return Eigen::VectorXd(-logMarginalLikelihoodGradient()); }};
    BoundedLbfgs::Result best = lbfgs.minimise(negativeEvidence, parameters_.logParameters());
    // Each restart starts from the best of screenedDraws uniform draws in the bounds, judged
    // by the likelihood alone (a Cholesky, no gradient): L-BFGS then starts nearer a
    // maximum, about halving its iterations (BoTorch's "raw samples" do the same).
    for (int start = 0; start < restarts; ++start) {
        Eigen::VectorXd theta(bounds.rows()), bestDraw;
        double bestDrawValue = std::numeric_limits<double>::infinity();
        for (int draw = 0; draw < screenedDraws; ++draw) {
            for (Eigen::Index k = 0; k < theta.size(); ++k)
                theta(k) = random.uniform(bounds(k, 0), bounds(k, 1));
            const double value = negativeEvidence.value(theta);
            if (bestDraw.size() == 0 || value < bestDrawValue)
                bestDraw = theta, bestDrawValue = value;
        }
        BoundedLbfgs::Result result = lbfgs.minimise(negativeEvidence, bestDraw);
        if (result.value < best.value)
            best = std::move(result);
    }
    // Every start failing (K singular at every θ tried) leaves the defaults, jittered.
    parameters_ = std::isfinite(best.value) ? KernelParameters::fromLog(best.x) : KernelParameters::defaults(X.rows());
    fit(X, y);
}

} // namespace kobai
