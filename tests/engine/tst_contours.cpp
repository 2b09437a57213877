// Contour maps in the engine: marching squares against the known level sets of
// x² + y² (circles), closed loops, the saddle-cell rule, log-spaced levels and the
// minima reported in view.
#include "landscape/ContourLevels.h"
#include "landscape/ContourMap.h"
#include "landscape/MarchingSquares.h"

#include <QTest>

#include <cmath>
#include <map>
#include <numbers>
#include <utility>

using namespace kobai;

Q_DECLARE_METATYPE(kobai::SurfaceSpec)
Q_DECLARE_METATYPE(kobai::ViewRange)

namespace {

const SurfaceSpec circles{SurfaceKind::Quadratic, 1.0, 1.0};

using Point = std::pair<double, double>;

/// How many closed loops the segments form, or −1 when some endpoint is not shared by
/// exactly two segments (a loose end or a branch). Endpoints are compared exactly:
/// marching squares computes a shared edge's crossing identically in both cells.
int closedLoops(const std::vector<ContourSegment> &segments)
{
    std::multimap<Point, std::size_t> at;
    for (std::size_t s = 0; s < segments.size(); ++s) {
        at.emplace(Point{segments[s].x0, segments[s].y0}, s);
        at.emplace(Point{segments[s].x1, segments[s].y1}, s);
    }
    for (const auto &entry : at)
        if (at.count(entry.first) != 2)
            return -1;
    std::vector<bool> seen(segments.size(), false);
    int loops = 0;
    for (std::size_t first = 0; first < segments.size(); ++first) {
        if (seen[first])
            continue;
        ++loops;
        std::size_t s = first;
        Point end{segments[s].x1, segments[s].y1};
        while (!seen[s]) {
            seen[s] = true;
            const auto lo = at.lower_bound(end);
            const std::size_t next = lo->second == s ? std::next(lo)->second : lo->second;
            const Point a{segments[next].x0, segments[next].y0};
            end = a == end ? Point{segments[next].x1, segments[next].y1} : a;
            s = next;
        }
    }
    return loops;
}

} // namespace

class Contours : public QObject {
    Q_OBJECT
private slots:
    void circleEndpointsLieOnTheCircle_data();
    void circleEndpointsLieOnTheCircle();
    void levelsInsideTheViewCloseIntoLoops();
    void saddleCellFollowsItsCentre_data();
    void saddleCellFollowsItsCentre();
    void levelsAreLogSpaced_data();
    void levelsAreLogSpaced();
    void flatViewHasNoLevels();
    void minimaInView_data();
    void minimaInView();
};

void Contours::circleEndpointsLieOnTheCircle_data()
{
    QTest::addColumn<double>("radius");
    QTest::addColumn<int>("points");
    QTest::newRow("r 0.3, 41 points") << 0.3 << 41;
    QTest::newRow("r 1.0, 41 points (through grid points)") << 1.0 << 41;
    QTest::newRow("r 1.37, 200 points") << 1.37 << 200;
    QTest::newRow("r 1.9, 17 points") << 1.9 << 17;
}

// On an edge at height y between x_a and x_a + h, the chord of x² + y² lies above the
// function by (x − x_a)(x_a + h − x) ≤ h²/4, so the interpolated crossing p has
// r² − h²/4 ≤ |p|² ≤ r²: never outside the circle, and inside by at most h²/(8r) in radius.
void Contours::circleEndpointsLieOnTheCircle()
{
    QFETCH(double, radius);
    QFETCH(int, points);
    const ViewRange view{-2.0, 2.0, -2.0, 2.0};
    const double h = (view.x1 - view.x0) / (points - 1);
    const ContourGrid grid = ContourGrid::sample(LossSurface(circles), view, points);
    const double level = radius * radius;
    const std::vector<ContourSegment> segments = marchingSquares(grid, level);
    QVERIFY(segments.size() >= 4);
    const double rounding = 1e-14 * level;
    double worst = 0.0;
    for (const ContourSegment &s : segments)
        for (const auto &[x, y] : {Point{s.x0, s.y0}, Point{s.x1, s.y1}}) {
            const double r2 = x * x + y * y;
            QVERIFY2(r2 <= level + rounding, qPrintable(QStringLiteral("(%1, %2) outside").arg(x).arg(y)));
            QVERIFY2(r2 >= level - h * h / 4 - rounding, qPrintable(QStringLiteral("(%1, %2) too far in").arg(x).arg(y)));
            worst = std::max(worst, level - r2);
        }
    QVERIFY(worst > 0.0); // the bound is met by interpolation, not by luck of the grid
    QCOMPARE(closedLoops(segments), 1);
}

void Contours::levelsInsideTheViewCloseIntoLoops()
{
    const ContourSpec spec{circles, {-2.0, 2.0, -2.0, 2.0}, 20, 200};
    const ContourMap map = computeContours(spec);
    QCOMPARE(map.levels.size(), std::size_t{20});
    const double h = 4.0 / 199;
    int inside = 0;
    for (const ContourLevel &level : map.levels) {
        if (std::sqrt(level.value) + h >= 2.0) {
            // Cut by the view: every loose end lies on its border.
            for (const ContourSegment &s : level.segments)
                for (const auto &[x, y] : {Point{s.x0, s.y0}, Point{s.x1, s.y1}})
                    QVERIFY(spec.range.contains(x, y));
            continue;
        }
        ++inside;
        QVERIFY2(closedLoops(level.segments) == 1, qPrintable(QString::number(level.value)));
        double length = 0.0;
        for (const ContourSegment &s : level.segments)
            length += std::hypot(s.x1 - s.x0, s.y1 - s.y0);
        const double circumference = 2 * std::numbers::pi * std::sqrt(level.value);
        QVERIFY2(std::abs(length / circumference - 1) < 1e-3, qPrintable(QString::number(length)));
    }
    QVERIFY(inside >= 15);
}

void Contours::saddleCellFollowsItsCentre_data()
{
    QTest::addColumn<double>("level");
    QTest::addColumn<bool>("highCornersJoined");
    // Corners: bottom-left 1, bottom-right 0, top-right 1, top-left 0.2; centre 0.55.
    QTest::newRow("level 0.4: centre above") << 0.4 << true;
    QTest::newRow("level 0.7: centre below") << 0.7 << false;
}

void Contours::saddleCellFollowsItsCentre()
{
    QFETCH(double, level);
    QFETCH(bool, highCornersJoined);
    const ContourGrid cell({0.0, 1.0, 0.0, 1.0}, 2, {1.0, 0.0, 0.2, 1.0});
    const std::vector<ContourSegment> segments = marchingSquares(cell, level);
    QCOMPARE(segments.size(), std::size_t{2});
    // Joined high corners cut off the low ones, bottom-right (1, 0) and top-left (0, 1).
    const auto cutsOff = [&](double cx, double cy) {
        for (const ContourSegment &s : segments)
            if (std::hypot(s.x0 - cx, s.y0 - cy) < 1 && std::hypot(s.x1 - cx, s.y1 - cy) < 1)
                return true;
        return false;
    };
    QCOMPARE(cutsOff(1, 0) && cutsOff(0, 1), highCornersJoined);
    QCOMPARE(cutsOff(0, 0) && cutsOff(1, 1), !highCornersJoined);
    // Crossings interpolate along the edges: bottom edge from 1 at x = 0 to 0 at x = 1.
    bool onBottom = false;
    for (const ContourSegment &s : segments)
        for (const auto &[x, y] : {Point{s.x0, s.y0}, Point{s.x1, s.y1}})
            onBottom = onBottom || (y == 0.0 && std::abs(x - (1 - level)) < 1e-15);
    QVERIFY(onBottom);
}

void Contours::levelsAreLogSpaced_data()
{
    QTest::addColumn<double>("lowest");
    QTest::addColumn<double>("highest");
    QTest::addColumn<int>("count");
    QTest::newRow("rosenbrock-like") << 0.0 << 2509.0 << 20;
    QTest::newRow("saddle, negative") << -9.0 << 9.0 << 12;
    QTest::newRow("offset") << 100.0 << 100.5 << 100;
    QTest::newRow("two") << 1.0 << 3.0 << 2;
}

void Contours::levelsAreLogSpaced()
{
    QFETCH(double, lowest);
    QFETCH(double, highest);
    QFETCH(int, count);
    const std::vector<double> levels = contourLevels(lowest, highest, count);
    QCOMPARE(levels.size(), static_cast<std::size_t>(count));
    const double span = highest - lowest;
    QVERIFY(std::abs(levels.front() - (lowest + span / 100)) <= 1e-12 * std::abs(highest));
    QCOMPARE(levels.back(), highest);
    const double ratio = std::pow(100.0, 1.0 / (count - 1));
    for (std::size_t k = 0; k < levels.size(); ++k) {
        QVERIFY(levels[k] > lowest && levels[k] <= highest);
        if (k == 0)
            continue;
        QVERIFY(levels[k] > levels[k - 1]);
        const double step = (levels[k] - lowest) / (levels[k - 1] - lowest);
        QVERIFY2(std::abs(step - ratio) <= 1e-9 * ratio, qPrintable(QString::number(step)));
    }
    QCOMPARE(contourLevels(lowest, highest, 1), std::vector<double>{lowest + span / 100});
}

void Contours::flatViewHasNoLevels()
{
    QVERIFY(contourLevels(3.0, 3.0, 20).empty());
    const ContourMap map = computeContours({{SurfaceKind::Quadratic, 0.0, 0.0}, {-1.0, 1.0, -1.0, 1.0}, 20, 50});
    QVERIFY(map.levels.empty());
    QCOMPARE(map.minima.size(), std::size_t{1}); // no known minimum: the grid's first lowest point
    QVERIFY(!map.minima[0].known);
}

void Contours::minimaInView_data()
{
    QTest::addColumn<SurfaceSpec>("function");
    QTest::addColumn<ViewRange>("view");
    QTest::addColumn<QList<double>>("expected"); // x, y pairs
    QTest::addColumn<bool>("known");
    QTest::newRow("rosenbrock") << SurfaceSpec{SurfaceKind::Rosenbrock} << ViewRange{-2, 2, -1, 3}
                                << QList<double>{1, 1} << true;
    QTest::newRow("himmelblau, all four") << SurfaceSpec{SurfaceKind::Himmelblau} << ViewRange{-5, 5, -5, 5}
                                          << QList<double>{3, 2, -2.805118, 3.131312, -3.779310, -3.283186,
                                                           3.584428, -1.848126}
                                          << true;
    QTest::newRow("himmelblau, upper half") << SurfaceSpec{SurfaceKind::Himmelblau} << ViewRange{-5, 5, 0, 5}
                                            << QList<double>{3, 2, -2.805118, 3.131312} << true;
    // The saddle has no minimum: its lowest grid points are at y = ±3, x = 0 (on the grid
    // of 61 points); the first in storage order is at the bottom.
    QTest::newRow("saddle") << SurfaceSpec{SurfaceKind::Saddle} << ViewRange{-3, 3, -3, 3} << QList<double>{0, -3}
                            << false;
    QTest::newRow("ravine, minimum out of view") << SurfaceSpec{SurfaceKind::Ravine} << ViewRange{1, 3, 1, 3}
                                                 << QList<double>{1, 1} << false;
}

void Contours::minimaInView()
{
    QFETCH(SurfaceSpec, function);
    QFETCH(ViewRange, view);
    QFETCH(QList<double>, expected);
    QFETCH(bool, known);
    const ContourMap map = computeContours({function, view, 10, 61});
    QCOMPARE(map.minima.size(), static_cast<std::size_t>(expected.size() / 2));
    for (std::size_t m = 0; m < map.minima.size(); ++m) {
        const ViewMinimum &minimum = map.minima[m];
        QCOMPARE(minimum.known, known);
        QVERIFY(std::abs(minimum.x - expected[2 * m]) < 1e-6 && std::abs(minimum.y - expected[2 * m + 1]) < 1e-6);
        QCOMPARE(minimum.value, LossSurface(function).value(minimum.x, minimum.y));
        QVERIFY(minimum.value <= map.lowest || known);
    }
    if (known)
        for (const ViewMinimum &minimum : map.minima)
            QVERIFY(std::abs(minimum.value) < 1e-20);
}

QTEST_GUILESS_MAIN(Contours)
#include "tst_contours.moc"
