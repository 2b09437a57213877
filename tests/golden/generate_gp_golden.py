#!/usr/bin/python3
# Records Gaussian-process numbers for tst_gaussian_process, run by hand:
#   /usr/bin/python3 tests/golden/generate_gp_golden.py > tests/golden/gaussian_process.json
# scikit-learn 1.2.1 (Debian python3-sklearn), GaussianProcessRegressor with
# kernel ConstantKernel(σ²) * Matern(ℓ, nu=2.5) + WhiteKernel(σₙ²), normalize_y=True (targets
# standardised with the population standard deviation, as Kōbai's GaussianProcess does) and
# alpha=0 (Kōbai adds nothing to K's diagonal but σₙ² unless the factorisation fails).
# Points are rows here; Kōbai stores them as columns.
#
# Each case, at fixed hyper-parameters (optimizer=None):
#   mean, sd_noisy   predict(return_std=True): sklearn's std includes the WhiteKernel's σₙ²
#                    (the spread of one more noisy observation);
#   sd_latent        the same model written with alpha=σₙ² and no WhiteKernel: the latent
#                    function's std, which is what Kōbai's predict() returns;
#   lml, lml_gradient log_marginal_likelihood(θ, eval_gradient=True) at the fixed θ (the same
#                    number as log_marginal_likelihood_value_: of the standardised targets) and
#                    its gradient in sklearn's θ order (log σ², log ℓ₁ … log ℓ_d, log σₙ²).
# And the maximum of the log marginal likelihood found by sklearn's own optimiser
# (fmin_l_bfgs_b from the same first start as Kōbai's, ℓ = 0.5, σ² = 1, σₙ² = 1e-4, then
# n_restarts_optimizer uniform starts in the same bounds, random_state=0).
import json

import numpy as np
from sklearn.gaussian_process import GaussianProcessRegressor
from sklearn.gaussian_process.kernels import ConstantKernel, Matern, WhiteKernel

LENGTH_BOUNDS = (1e-2, 1e2)
SIGNAL_BOUNDS = (1e-2, 1e2)
NOISE_BOUNDS = (1e-10, 1e-1)
RESTARTS = 8


def branin_unit(x):
    a, b = 15 * x[:, 0] - 5, 15 * x[:, 1]
    return (b - 5.1 / (4 * np.pi**2) * a**2 + 5 / np.pi * a - 6) ** 2 + 10 * (1 - 1 / (8 * np.pi)) * np.cos(a) + 10


def wavy_4d(x):
    return np.sin(6 * x[:, 0]) + (x[:, 1] - 0.3) ** 2 * 4 + np.cos(3 * x[:, 2] + x[:, 3]) + 0.5 * x[:, 3]


def kernel(length_scales, signal, noise):
    return ConstantKernel(signal, SIGNAL_BOUNDS) * Matern(length_scales, LENGTH_BOUNDS, nu=2.5) + WhiteKernel(
        noise, NOISE_BOUNDS)


def case(name, rng, d, n, m, function, noise_sd, length_scales, signal, noise):
    X = rng.uniform(size=(n, d))
    y = function(X) + noise_sd * rng.standard_normal(n)
    T = np.vstack([rng.uniform(size=(m - 2, d)), X[:1], np.clip(X[1:2] + 1e-3, 0, 1)])
    gp = GaussianProcessRegressor(kernel(length_scales, signal, noise), alpha=0.0, optimizer=None,
                                  normalize_y=True).fit(X, y)
    mean, sd_noisy = gp.predict(T, return_std=True)
    latent = GaussianProcessRegressor(ConstantKernel(signal, SIGNAL_BOUNDS) * Matern(length_scales, LENGTH_BOUNDS,
                                                                                     nu=2.5),
                                      alpha=noise, optimizer=None, normalize_y=True).fit(X, y)
    _, sd_latent = latent.predict(T, return_std=True)
    lml, gradient = gp.log_marginal_likelihood(gp.kernel_.theta, eval_gradient=True)
    fitted = GaussianProcessRegressor(kernel([0.5] * d, 1.0, 1e-4), alpha=0.0, normalize_y=True,
                                      n_restarts_optimizer=RESTARTS, random_state=0).fit(X, y)
    k = fitted.kernel_
    return {
        "name": name, "X": X.tolist(), "y": y.tolist(), "test_points": T.tolist(),
        "length_scales": list(length_scales), "signal_variance": signal, "noise_variance": noise,
        "mean": mean.tolist(), "sd_noisy": sd_noisy.tolist(), "sd_latent": sd_latent.tolist(),
        "lml": float(lml), "lml_gradient": gradient.tolist(),
        "optimum": {"restarts": RESTARTS, "lml": float(fitted.log_marginal_likelihood_value_),
                    "length_scales": np.atleast_1d(k.k1.k2.length_scale).tolist(),
                    "signal_variance": float(k.k1.k1.constant_value), "noise_variance": float(k.k2.noise_level)},
    }


def main():
    rng = np.random.default_rng(20261207)
    cases = [
        case("2-D branin on the unit square, 14 points", rng, 2, 14, 20, branin_unit, 0.5, [0.3, 0.6], 1.5, 1e-3),
        case("4-D wavy function, 40 points", rng, 4, 40, 20, wavy_4d, 0.02, [0.4, 0.8, 1.2, 0.5], 0.8, 1e-4),
    ]
    print(json.dumps({"generator": "tests/golden/generate_gp_golden.py", "sklearn": "1.2.1", "cases": cases},
                     indent=1))


if __name__ == "__main__":
    main()
