#pragma once
// The one place a chart axis gets its range. Qt Charts 6.4's log axis recurses until
// the stack overflows when given a bound ≤ 0, a non-finite bound or min == max, and a
// linear axis given ±Inf draws nothing; whatever the data (zeros, NaN before a
// divergence is detected, one point, 1e308), the range returned here is finite,
// non-empty and, on a log axis, positive.
namespace kobai::app {

struct AxisRange {
    double min = 0.0;
    double max = 1.0;
};

/// The range showing data from `low` to `high` (either may be NaN or infinite). With
/// headroom, a curve never sits on the frame: 5 % of the span on a linear axis, a
/// factor of 1.5 on a log axis. Without it (an x axis), only a single value is widened.
AxisRange axisRange(double low, double high, bool log, bool headroom);

} // namespace kobai::app
