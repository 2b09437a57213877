#pragma once
// A run's per-update losses in full (for export) plus a running summary for display:
// SGD on a lesson-sized set gives ~1000 losses an epoch, millions over a long run,
// and decimating all of them 30 times a second would stall the GUI. Each complete
// block of blockSize losses is summarised by its lowest and highest point, so the
// display reads ~2/blockSize of the data and still sees every spike.
#include <QPointF>

#include <span>
#include <vector>

namespace kobai::app {

class LossEnvelope
{
public:
    static constexpr std::size_t blockSize = 256;

    void append(const QPointF &point);

    /// Every point, in x order.
    std::span<const QPointF> points() const { return m_points; }
    /// What to decimate for display: all the points while they are few, else the
    /// blocks' extremes (in x order) followed by the unfinished block's points.
    std::vector<QPointF> forDisplay() const;

private:
    std::vector<QPointF> m_points;
    std::vector<QPointF> m_blockExtremes;
};

} // namespace kobai::app
