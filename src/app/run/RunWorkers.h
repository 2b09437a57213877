#pragma once
// The app's threads for engine work. Every ExperimentRunner hands its requests here (a
// lesson's trainings and sweeps, a question's curve, a landscape's paths), so the app
// has one small pool of threads, below the GUI in priority, however many runners exist.
// Two threads: a landscape path the learner drags need not wait behind a lesson's long
// training, and on a two-core machine the GUI still gets its share (they run at nice 10).
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace kobai::app {

class RunWorkers
{
public:
    static constexpr int threadCount = 2;

    /// The process's pool, started on first use; its threads are joined at exit.
    static RunWorkers &processWide();

    RunWorkers(const RunWorkers &) = delete;
    RunWorkers &operator=(const RunWorkers &) = delete;
    /// Drops the jobs not yet started and joins the threads.
    ~RunWorkers();

    /// Runs `job` on the first free thread, jobs in the order posted.
    void post(std::function<void()> job);

private:
    RunWorkers();
    void serve();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_jobs;
    bool m_quit = false;
    std::vector<std::thread> m_threads; ///< last member: started after everything they use exists
};

} // namespace kobai::app
