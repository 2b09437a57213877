#pragma once

namespace kobai::cli {

/// kobai-run's exit codes; scripts and the app depend on them.
enum ExitCode : int {
    Success = 0,       ///< finished, or stopped early
    Failure = 1,       ///< the system failed us (an output cannot be written, memory ran out)
    InvalidInput = 2,  ///< the experiment, its data or the command line is wrong; nothing was written
    Diverged = 3,      ///< rows up to the divergence were written
    Cancelled = 130,   ///< interrupted by SIGINT; SIGTERM gives 143, SIGHUP 129 (Interruption)
};

} // namespace kobai::cli
