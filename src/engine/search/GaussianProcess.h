#pragma once
// A Gaussian process on the unit cube [0, 1]^d: what Bayesian optimisation believes about
// the objective between the trials it has seen (Rasmussen & Williams, "Gaussian Processes
// for Machine Learning", 2006, Alg. 2.1 and §5.4.1; scikit-learn's GaussianProcessRegressor
// with kernel ConstantKernel·Matern(ν = 5/2) + WhiteKernel and normalize_y=True computes
// the same numbers, and tests/golden/gaussian_process.json holds them).
//
//   kernel     k(x, x′) = σ²·(1 + √5·r + 5r²/3)·exp(−√5·r),  r² = Σᵢ (xᵢ − x′ᵢ)²/ℓᵢ²   (Matérn 5/2, ARD)
//   training   K = k(X, X) + σₙ²·I  (+ jitter·I only when the Cholesky factorisation fails)
//   targets    standardised: ỹ = (y − mean y)/s, s the population standard deviation (ddof 0;
//              s = 1 when s < 10·ε, as scikit-learn does); σ² and σₙ² are in units of s²
//   posterior  μ(x) = mean y + s·k*ᵀα,  α = K⁻¹ỹ;  sd(x) = s·√max(0, σ² − ‖L⁻¹k*‖²)  (the latent f,
//              without σₙ²: the uncertainty about the objective, not about one more noisy trial)
//   evidence   log p(ỹ) = −½ỹᵀα − Σ log Lᵢᵢ − (n/2)·log 2π   (of the standardised targets)
//
// Hyper-parameters are fitted in log space θ = (log ℓ₁ … log ℓ_d, log σ², log σₙ²) by
// maximising log p(ỹ) within kernelBounds() (docs/bayesian-optimisation.md says why).
#include "core/Random.h"

#include <Eigen/Core>
#include <Eigen/Cholesky>

#include <vector>

namespace kobai {

struct KernelParameters {
    Eigen::VectorXd lengthScales; ///< ℓᵢ, one per dimension of the unit cube
    double signalVariance = 1.0;  ///< σ², of the standardised targets
    double noiseVariance = 1e-4;  ///< σₙ², of the standardised targets

    /// The fixed default, the first start of every fit: ℓᵢ = 0.5 (half the cube), σ² = 1, σₙ² = 1e-4.
    static KernelParameters defaults(Eigen::Index dimensions);
    /// θ = (log ℓ₁ … log ℓ_d, log σ², log σₙ²) and back.
    Eigen::VectorXd logParameters() const;
    static KernelParameters fromLog(const Eigen::VectorXd &theta);
};

struct Posterior {
    Eigen::VectorXd mean; ///< μ at each point, in the objective's units
    Eigen::VectorXd sd;   ///< the latent function's standard deviation there (≥ 0)
};

class GaussianProcess {
public:
    /// Bounds of θ (log space), columns low and high: ℓ ∈ [1e-2, 1e2], σ² ∈ [1e-2, 1e2],
    /// σₙ² ∈ [1e-10, 1e-1].
    static Eigen::MatrixXd kernelBounds(Eigen::Index dimensions);
    /// Jitter starts here and grows ×10 while the factorisation fails, up to maxJitter.
    static constexpr double firstJitter = 1e-10;
    static constexpr double maxJitter = 1e-2;
    /// Random draws screened by their likelihood for each restart of optimise().
    static constexpr int screenedDraws = 10;

    GaussianProcess() = default;
    explicit GaussianProcess(const KernelParameters &parameters) : parameters_(parameters) { }

    /// Conditions on the points X (d × n, columns in [0, 1]^d) and values y with the
    /// present hyper-parameters. Returns false (and keeps no data) when even maxJitter
    /// cannot make K positive definite.
    bool fit(const Eigen::MatrixXd &X, const Eigen::VectorXd &y);
    /// Maximises the log marginal likelihood over θ: the first start is the present
    /// parameters (the defaults for a new process, the last fit for a warm start), then
    /// `restarts` starts, each the likeliest of screenedDraws uniform draws in the bounds of θ
    /// from `random`; the best wins and the process is fitted with it. Deterministic for the
    /// state of `random`.
    void optimise(const Eigen::MatrixXd &X, const Eigen::VectorXd &y, int restarts, Random &random);

    /// μ and sd at the columns of points (d × m), all at once. This and the likelihood below
    /// describe the last successful fit: call them only when fitted().
    Posterior predict(const Eigen::MatrixXd &points) const;
    /// log p(ỹ | X, θ) of the fitted data, and its gradient in θ:
    /// ∂/∂θⱼ = ½·tr((ααᵀ − K⁻¹)·∂K/∂θⱼ).
    double logMarginalLikelihood() const;
    Eigen::VectorXd logMarginalLikelihoodGradient() const;

    const KernelParameters &parameters() const { return parameters_; }
    void setParameters(const KernelParameters &parameters) { parameters_ = parameters; }
    /// The jitter the last fit added to K's diagonal (0 when none was needed).
    double jitter() const { return jitter_; }
    bool fitted() const { return X_.cols() > 0; }
    Eigen::Index size() const { return X_.cols(); }
    /// The standardisation of the last fit: ỹ = (y − targetMean)/targetScale.
    double targetMean() const { return yMean_; }
    double targetScale() const { return yScale_; }

private:
    /// σ²·(1 + √5r + 5r²/3)·exp(−√5r) between the columns of A and of B (rows: A's columns).
    Eigen::MatrixXd crossKernel(const Eigen::MatrixXd &A, const Eigen::MatrixXd &B) const;

    KernelParameters parameters_;
    Eigen::MatrixXd X_;
    Eigen::VectorXd yStandard_;
    std::vector<Eigen::ArrayXXd> squaredDifferences_; ///< (xᵢ − x′ᵢ)² between the points of differencesOf_
    Eigen::MatrixXd differencesOf_;
    Eigen::ArrayXXd distances_; ///< r between the fitted points
    Eigen::ArrayXXd decay_;     ///< exp(−√5r) there
    Eigen::LLT<Eigen::MatrixXd> llt_;
    Eigen::VectorXd alpha_;
    double yMean_ = 0.0;
    double yScale_ = 1.0;
    double jitter_ = 0.0;
};

} // namespace kobai
