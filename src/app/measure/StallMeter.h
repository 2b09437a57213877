#pragma once
// Measures how long the GUI thread is kept from its event loop: a timer asks to fire
// every intervalMs, and every gap beyond that is a stall the learner would feel.
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

namespace kobai::app {

class StallMeter : public QObject
{
    Q_OBJECT

public:
    explicit StallMeter(int intervalMs, QObject *parent = nullptr);

    void start();
    /// Gaps between timer ticks in milliseconds, ticks included.
    double percentile(double p) const;
    double longest() const;
    std::size_t samples() const { return m_gaps.size(); }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<double> m_gaps;
};

} // namespace kobai::app
