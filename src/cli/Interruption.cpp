#include "Interruption.h"

#include "ExitCode.h"

#include <csignal>

namespace kobai::cli {

namespace {

constexpr int caught[] = {SIGINT, SIGTERM, SIGHUP};

std::atomic<bool> stopRequested{false};
std::atomic<int> stopSignal{0};

extern "C" void onStopSignal(int signal)
{
    stopSignal.store(signal);
    stopRequested.store(true);
}

} // namespace

Interruption::Interruption()
{
    stopRequested.store(false);
    stopSignal.store(0);
    for (int signal : caught)
        std::signal(signal, onStopSignal);
}

Interruption::~Interruption()
{
    for (int signal : caught)
        std::signal(signal, SIG_DFL);
}

std::atomic<bool> &Interruption::flag() { return stopRequested; }

int Interruption::exitCode()
{
    const int signal = stopSignal.load();
    return signal == 0 ? Cancelled : 128 + signal;
}

} // namespace kobai::cli
