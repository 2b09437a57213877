#pragma once

namespace kobai::cli {

/// kobai-run's exit codes; scripts and the app depend on them.
enum ExitCode : int {
    Success = 0,       ///< finished, or stopped early
    Failure = 1,       ///< the system failed us (an output file cannot be written)
    InvalidInput = 2,  ///< the experiment or its data is wrong; nothing was written
    Diverged = 3,      ///< rows up to the divergence were written
    Cancelled = 130,   ///< interrupted (SIGINT)
};

} // namespace kobai::cli
