#pragma once
// The levels of a contour map, log-spaced in the height above the view's lowest value:
//   L_k = f_min + Δ·10^(2k/(N − 1) − 2),  k = 0 … N − 1,  Δ = f_max − f_min,
// so from f_min + 1 % of Δ up to f_max (N = 1: the single level f_min + Δ/100).
// Why log spacing: a loss surface climbs by orders of magnitude from its valley to the
// view's corners (Rosenbrock: 0 to 2509 over [−2, 2] × [−1, 3]); equal steps would spend
// all but a level or two on the walls and leave the valley, where the optimizers are,
// blank. Spacing in f − f_min rather than in f keeps the rule for functions that go
// negative (the saddle x² − y²): f − f_min ≥ 0 everywhere in view, and the 1 % offset is
// the ε that keeps the lowest level off the single lowest grid point. The top level, f_max,
// touches only the highest grid point and draws nothing.
#include <vector>

namespace kobai {

/// count ≥ 1 increasing levels in [fMin, fMax]; none when the view is flat (fMax ≤ fMin)
/// or Δ is not finite.
std::vector<double> contourLevels(double fMin, double fMax, int count);

} // namespace kobai
