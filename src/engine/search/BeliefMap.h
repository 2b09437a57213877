#pragma once
// What Bayesian optimisation believed when it chose its last points, on a regular grid over
// two dimensions of the unit cube (the others held at the best finished trial's values):
// the picture lesson 11 draws beside the trials.
#include <Eigen/Core>

#include <vector>

namespace kobai {

struct BeliefMap {
    int dimensionX = 0; ///< indices into the search space's dimensions
    int dimensionY = 1;
    Eigen::VectorXd axisX; ///< the grid's unit coordinates, k/(resolution − 1)
    Eigen::VectorXd axisY;
    Eigen::MatrixXd mean; ///< posterior mean μ, (i, j) at (axisX(i), axisY(j)), in the objective's units
    Eigen::MatrixXd sd;   ///< posterior standard deviation of the latent objective
    Eigen::MatrixXd improvement; ///< expected improvement over the best finished trial
    Eigen::VectorXd heldAt;      ///< the best finished trial's point: where the other coordinates stay
    double best = 0.0;           ///< its objective, the incumbent f* of the expected improvement
    std::vector<Eigen::VectorXd> chosen; ///< the points the last proposal chose by the model, in order
};

} // namespace kobai
