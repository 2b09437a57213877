#pragma once
// What the learner's machine pays for the app, read from /proc (Linux): how long since the
// process started, and how much memory it holds now and at most.
namespace kobai::app {

/// Milliseconds since the kernel started this process (10 ms resolution: clock ticks), so
/// loading the Qt libraries before main() counts too; −1 where /proc cannot tell.
double millisecondsSinceProcessStart();
/// VmRSS and VmHWM of /proc/self/status in MiB; −1 where unknown.
double residentMiB();
double peakResidentMiB();

} // namespace kobai::app
