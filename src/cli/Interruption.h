#pragma once
// SIGINT, SIGTERM and SIGHUP during a run: the run stops at its next update, its files
// end on a row boundary, its summary says "cancelled", and kobai-run exits 128 + the
// signal's number (130, 143, 129), as a shell reports a process the signal killed.
#include <atomic>

namespace kobai::cli {

class Interruption {
public:
    /// Catches the three signals until destroyed (then back to their defaults).
    Interruption();
    ~Interruption();
    Interruption(const Interruption &) = delete;
    Interruption &operator=(const Interruption &) = delete;

    /// Set by a signal; also set by whoever else must stop the run (a failed output).
    std::atomic<bool> &flag();
    /// 128 + the signal that stopped the run; 130 (SIGINT's) when none did.
    static int exitCode();
};

} // namespace kobai::cli
