// The contour cache: a hit hands back the very map computed before, every part of the
// key tells maps apart, the least recently used map makes room, and concurrent callers
// share one computation.
#include "landscape/ContourCache.h"

#include <QTest>

#include <thread>

using namespace kobai;

Q_DECLARE_METATYPE(kobai::ContourSpec)

namespace {

ContourSpec base() { return {{SurfaceKind::Quadratic, 1.0, 10.0}, {-2.0, 2.0, -1.0, 1.0}, 10, 40}; }

/// A spec distinct from base() in one part, numbered n.
ContourSpec variant(int n)
{
    ContourSpec spec = base();
    spec.levels = 10 + n;
    return spec;
}

} // namespace

class ContourCacheTest : public QObject {
    Q_OBJECT
private slots:
    void hitReturnsTheSameMap();
    void everyPartOfTheKeyCounts_data();
    void everyPartOfTheKeyCounts();
    void leastRecentlyUsedMakesRoom();
    void keepsSixteenByDefault();
    void concurrentCallersShareOneMap();
};

void ContourCacheTest::hitReturnsTheSameMap()
{
    ContourCache cache;
    const auto first = cache.get(base());
    QCOMPARE(first->levels.size(), std::size_t{10});
    QCOMPARE(cache.get(base()), first);
    QCOMPARE(cache.size(), std::size_t{1});
}

void ContourCacheTest::everyPartOfTheKeyCounts_data()
{
    QTest::addColumn<ContourSpec>("other");
    ContourSpec spec = base();
    spec.function.kind = SurfaceKind::Ravine;
    QTest::newRow("function") << spec;
    spec = base();
    spec.function.a = 2.0;
    QTest::newRow("argument a") << spec;
    spec = base();
    spec.function.b = 9.0;
    QTest::newRow("argument b") << spec;
    spec = base();
    spec.range.x0 = -3.0;
    QTest::newRow("x0") << spec;
    spec = base();
    spec.range.x1 = 3.0;
    QTest::newRow("x1") << spec;
    spec = base();
    spec.range.y0 = -2.0;
    QTest::newRow("y0") << spec;
    spec = base();
    spec.range.y1 = 2.0;
    QTest::newRow("y1") << spec;
    spec = base();
    spec.levels = 11;
    QTest::newRow("levels") << spec;
    spec = base();
    spec.grid = 41;
    QTest::newRow("grid") << spec;
}

void ContourCacheTest::everyPartOfTheKeyCounts()
{
    QFETCH(ContourSpec, other);
    ContourCache cache;
    const auto kept = cache.get(base());
    const auto map = cache.get(other);
    QVERIFY(map != kept);
    QCOMPARE(cache.size(), std::size_t{2});
    const ContourMap fresh = computeContours(other);
    QCOMPARE(map->levels.size(), fresh.levels.size());
    QCOMPARE(map->highest, fresh.highest);
    QCOMPARE(cache.get(base()), kept);
}

void ContourCacheTest::leastRecentlyUsedMakesRoom()
{
    ContourCache cache(3);
    const auto a = cache.get(variant(0));
    const auto b = cache.get(variant(1));
    const auto c = cache.get(variant(2));
    QCOMPARE(cache.get(variant(0)), a); // a is now the most recent; b the least
    const auto d = cache.get(variant(3));
    QCOMPARE(cache.size(), std::size_t{3});
    QCOMPARE(cache.get(variant(0)), a);
    QCOMPARE(cache.get(variant(2)), c);
    QCOMPARE(cache.get(variant(3)), d);
    const auto again = cache.get(variant(1)); // evicted: computed anew, evicting a
    QVERIFY(again != b);
    QCOMPARE(again->levels.size(), b->levels.size());
    QVERIFY(cache.get(variant(0)) != a);
}

void ContourCacheTest::keepsSixteenByDefault()
{
    ContourCache cache;
    const auto first = cache.get(variant(0));
    for (int n = 1; n < 16; ++n)
        cache.get(variant(n));
    QCOMPARE(cache.get(variant(0)), first);
    for (int n = 16; n < 32; ++n)
        cache.get(variant(n));
    QCOMPARE(cache.size(), std::size_t{16});
    QVERIFY(cache.get(variant(0)) != first);
}

void ContourCacheTest::concurrentCallersShareOneMap()
{
    ContourCache cache;
    std::shared_ptr<const ContourMap> seen[2];
    std::thread other([&] { seen[0] = cache.get(base()); });
    seen[1] = cache.get(base());
    other.join();
    QCOMPARE(seen[0], seen[1]);
    QCOMPARE(cache.size(), std::size_t{1});
}

QTEST_GUILESS_MAIN(ContourCacheTest)
#include "tst_contour_cache.moc"
