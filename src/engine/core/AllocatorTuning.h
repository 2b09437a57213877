#pragma once

namespace kobai {

/// Keeps freed workspace memory in the heap instead of returning it to the system.
/// Evaluation passes and training batches resize the network's workspaces back and
/// forth; with glibc's default 128 KiB mmap threshold every resize became an mmap,
/// page faults and zeroing — two thirds of a lesson-sized run. Call once from main().
void keepWorkspacesInHeap();

} // namespace kobai
