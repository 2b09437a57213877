#include "RunWorkers.h"

#include <sys/resource.h>
#include <unistd.h>

namespace kobai::app {

namespace {
/// The workers' nice value (Linux applies it per thread): below the GUI, above idle.
constexpr int workerNice = 10;
} // namespace

RunWorkers &RunWorkers::processWide()
{
    static RunWorkers workers;
    return workers;
}

RunWorkers::RunWorkers()
{
    for (int i = 0; i < threadCount; ++i)
        m_threads.emplace_back([this] { serve(); });
}

RunWorkers::~RunWorkers()
{
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
        m_jobs.clear();
    }
    m_wake.notify_all();
    for (std::thread &thread : m_threads)
        thread.join();
}

void RunWorkers::post(std::function<void()> job)
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void RunWorkers::serve()
{
    // Training takes what CPU the GUI leaves, so on a busy two-core machine a long run
    // never holds up the drawing of its own curves.
    setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), workerNice);
    for (;;) {
        std::function<void()> job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_quit || !m_jobs.empty(); });
            if (m_quit)
                return;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        job();
    }
}

} // namespace kobai::app
