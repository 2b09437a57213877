// The dataset cache: a hit hands back the very dataset built before, the seed and every
// option tell datasets apart, the least recently used one makes room, concurrent callers
// share one build, a failed build is not kept, and Fashion-MNIST's files are read once
// for every split drawn from them.
#include "data/DatasetCache.h"
#include "data/DatasetFactory.h"
#include "data/IdxFile.h"

#include <QTest>

#include <filesystem>
#include <thread>
#include <vector>

using namespace kobai;

namespace {

/// A synthetic set distinct from the others in its size, numbered n.
DatasetSpec moons(long n) { return MoonsDataOptions{.n = 100 + n}; }

} // namespace

class DatasetCacheTest : public QObject {
    Q_OBJECT
private slots:
    void hitReturnsTheSameDataset();
    void seedAndOptionsTellDatasetsApart();
    void builtAsMakeDatasetBuildsIt();
    void leastRecentlyUsedMakesRoom();
    void keepsEightByDefault();
    void concurrentCallersShareOneBuild();
    void aFailedBuildIsNotKept();
    void fashionMnistFilesAreReadOnceForEverySplit();
};

void DatasetCacheTest::hitReturnsTheSameDataset()
{
    DatasetCache cache;
    const auto first = cache.get(moons(0), 7);
    QCOMPARE(cache.get(moons(0), 7), first);
    QCOMPARE(cache.builds(), std::size_t{1});
    QCOMPARE(cache.size(), std::size_t{1});
}

void DatasetCacheTest::seedAndOptionsTellDatasetsApart()
{
    DatasetCache cache;
    const auto first = cache.get(moons(0), 7);
    QVERIFY(cache.get(moons(0), 8) != first);
    QVERIFY(cache.get(moons(1), 7) != first);
    QVERIFY(cache.get(MoonsDataOptions{.n = 100, .split = {.standardize = false}}, 7) != first);
    QVERIFY(cache.get(SpiralsDataOptions{.n = 100}, 7) != first);
    QCOMPARE(cache.builds(), std::size_t{5});
}

// Same seed, same data, bit for bit, whether cached or not.
void DatasetCacheTest::builtAsMakeDatasetBuildsIt()
{
    DatasetCache cache;
    const Dataset made = makeDataset(moons(0), 7);
    const auto cached = cache.get(moons(0), 7);
    QVERIFY(cached->train.features == made.train.features);
    QVERIFY(cached->validation.features == made.validation.features);
    QCOMPARE(cached->train.labels, made.train.labels);
}

void DatasetCacheTest::leastRecentlyUsedMakesRoom()
{
    DatasetCache cache(3);
    const auto zero = cache.get(moons(0), 1);
    const auto one = cache.get(moons(1), 1);
    cache.get(moons(2), 1);
    QCOMPARE(cache.get(moons(0), 1), zero); // 0 is now the most recently used; 1 the least
    cache.get(moons(3), 1);
    QCOMPARE(cache.size(), std::size_t{3});
    QCOMPARE(cache.builds(), std::size_t{4});
    QCOMPARE(cache.get(moons(0), 1), zero);
    QCOMPARE(cache.builds(), std::size_t{4});
    QVERIFY(cache.get(moons(1), 1) != one); // evicted: built again (the old one lives on in `one`)
    QCOMPARE(cache.builds(), std::size_t{5});
}

void DatasetCacheTest::keepsEightByDefault()
{
    DatasetCache cache;
    for (int n = 0; n < 10; ++n)
        cache.get(moons(n), 1);
    QCOMPARE(cache.size(), DatasetCache::defaultCapacity);
    QCOMPARE(DatasetCache::defaultCapacity, std::size_t{8});
}

void DatasetCacheTest::concurrentCallersShareOneBuild()
{
    DatasetCache cache;
    constexpr int callers = 8;
    std::vector<std::shared_ptr<const Dataset>> got(callers);
    std::vector<std::thread> threads;
    for (int i = 0; i < callers; ++i)
        threads.emplace_back([&, i] { got[static_cast<std::size_t>(i)] = cache.get(MoonsDataOptions{.n = 20000}, 3); });
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(cache.builds(), std::size_t{1});
    for (const auto &dataset : got)
        QCOMPARE(dataset, got.front());
}

void DatasetCacheTest::aFailedBuildIsNotKept()
{
    DatasetCache cache;
    const FashionMnistOptions missing{.path = "/nonexistent/fashion"};
    QVERIFY_THROWS_EXCEPTION(DataFileError, cache.get(missing, 0));
    QCOMPARE(cache.size(), std::size_t{0});
    QVERIFY_THROWS_EXCEPTION(DataFileError, cache.get(missing, 0));
    QCOMPARE(cache.builds(), std::size_t{2});
}

void DatasetCacheTest::fashionMnistFilesAreReadOnceForEverySplit()
{
    const FashionMnistOptions small{.val_size = 40, .train_size = 70, .test_size = 30};
    if (!std::filesystem::exists(small.path))
        QSKIP("Fashion-MNIST is not installed (Debian package dataset-fashion-mnist)");
    DatasetCache cache;
    const auto first = cache.get(small, 9);
    QCOMPARE(cache.fileReads(), std::size_t{2}); // "train" and "t10k"
    FashionMnistOptions larger = small;
    larger.train_size = 200;
    const auto second = cache.get(larger, 9);
    const auto reseeded = cache.get(small, 10);
    QCOMPARE(cache.fileReads(), std::size_t{2});
    QCOMPARE(cache.builds(), std::size_t{3});
    QCOMPARE(second->train.size(), 200);
    // Drawn from the kept images exactly as from the files.
    const Dataset made = makeDataset(small, 10);
    QVERIFY(reseeded->train.pixels == made.train.pixels);
    QVERIFY(reseeded->validation.pixels == made.validation.pixels);
    QVERIFY(reseeded->test.pixels == made.test.pixels);
    QCOMPARE(reseeded->train.labels, made.train.labels);
}

QTEST_GUILESS_MAIN(DatasetCacheTest)
#include "tst_dataset_cache.moc"
