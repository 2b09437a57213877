#pragma once
// One trial of a search as the CSV and the lesson's charts show it.
#include <Eigen/Core>

#include <optional>
#include <string>
#include <vector>

namespace kobai {

enum class TrialStatus {
    Ok,       ///< ran all its epochs (or stopped early by the experiment's own early stopping)
    Pruned,   ///< stopped by the pruner; its numbers are those of the epoch it was stopped at
    Diverged, ///< its losses left the finite numbers; its objective is the worst seen
    Cancelled ///< the search was cancelled while it ran (never in a search's results)
};

struct TrialRecord {
    int trial = 0;                ///< 1, 2, … in the order proposed
    std::vector<double> values;   ///< one per space key, in the space's order
    Eigen::VectorXd unit;         ///< the same point in the unit cube
    TrialStatus status = TrialStatus::Ok;
    std::optional<double> val_loss; ///< at best_epoch (a function search: f(x, y)); none when diverged
    std::optional<double> val_acc;  ///< classification only; none when diverged
    int best_epoch = 0;           ///< the epoch whose validation numbers the trial is judged by
    int epochs_run = 0;           ///< epochs trained (0 for a function)
    double seconds = 0.0;         ///< wall time of the trial
    double objective = 0.0;       ///< minimised: val_loss, or −val_acc; diverged: the worst seen
    std::vector<double> val_losses; ///< every epoch row's validation loss (row 0 first)
    std::string message;          ///< how a diverged trial ended
};

/// The CSV's name of a status: "ok", "pruned", "diverged", "cancelled".
inline const char *trialStatusName(TrialStatus status)
{
    switch (status) {
    case TrialStatus::Ok:
        return "ok";
    case TrialStatus::Pruned:
        return "pruned";
    case TrialStatus::Diverged:
        return "diverged";
    case TrialStatus::Cancelled:
        break;
    }
    return "cancelled";
}

} // namespace kobai
