#include "schedule/ExponentialSchedule.h"

namespace kobai {

void ExponentialSchedule::step(double) { rate_ *= gamma_; }

} // namespace kobai
