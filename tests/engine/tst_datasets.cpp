// Synthetic generators, the split, standardisation, the IDX reader and Fashion-MNIST.
#include "data/DatasetFactory.h"
#include "core/Random.h"
#include "data/IdxFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>
#include <sys/resource.h>

using namespace kobai;

class Datasets : public QObject {
    Q_OBJECT
private slots:
    void splitSizes_data();
    void splitSizes();
    void standardisedWithTrainingStatistics();
    void sameSeedSameData();
    void classesAreBalanced();
    void sineHasPolynomialFeatures();
    void fashionMnistParts();
    void fashionMnistTakesTheShuffledImagesOfTheFile();
    void idxProblemsAreNamed_data();
    void idxProblemsAreNamed();
    void missingFolderIsNamed();
    void damagedFashionFoldersAreNamed_data();
    void damagedFashionFoldersAreNamed();
    void largeRecordsAreNotAllocatedBeforeTheyArrive();
};

void Datasets::splitSizes_data()
{
    QTest::addColumn<double>("valFraction");
    QTest::addColumn<double>("testFraction");
    QTest::addColumn<int>("train");
    QTest::addColumn<int>("val");
    QTest::addColumn<int>("test");
    QTest::newRow("default") << 0.2 << 0.0 << 800 << 200 << 0;
    QTest::newRow("with test") << 0.15 << 0.1 << 750 << 150 << 100;
    QTest::newRow("rounding") << 0.0015 << 0.0025 << 995 << 2 << 3; // 1.5 → 2, 2.5 → 3 (half away from zero)
}

void Datasets::splitSizes()
{
    QFETCH(double, valFraction);
    QFETCH(double, testFraction);
    QFETCH(int, train);
    QFETCH(int, val);
    QFETCH(int, test);
    const Dataset data = makeDataset(MoonsDataOptions{.split = {valFraction, testFraction, true}}, 3);
    QCOMPARE(data.train.size(), train);
    QCOMPARE(data.validation.size(), val);
    QCOMPARE(data.test.size(), test);
    QCOMPARE(data.inputs, 2);
    QCOMPARE(data.outputs, 2);
}

void Datasets::standardisedWithTrainingStatistics()
{
    const Dataset data = makeDataset(LinearDataOptions{}, 9);
    const Eigen::MatrixXd &x = data.train.features;
    QVERIFY(std::abs(x.mean()) < 1e-12);
    QVERIFY(std::abs(std::sqrt((x.array() - x.mean()).square().mean()) - 1.0) < 1e-12);
    const Dataset raw = makeDataset(LinearDataOptions{.split = {.standardize = false}}, 9);
    QVERIFY(raw.train.features.minCoeff() >= -1.0 && raw.train.features.maxCoeff() <= 1.0);
}

void Datasets::sameSeedSameData()
{
    const Dataset a = makeDataset(SpiralsDataOptions{}, 5);
    const Dataset b = makeDataset(SpiralsDataOptions{}, 5);
    const Dataset c = makeDataset(SpiralsDataOptions{}, 6);
    QCOMPARE(a.train.features, b.train.features);
    QCOMPARE(a.train.labels, b.train.labels);
    QVERIFY(a.train.features != c.train.features);
}

void Datasets::classesAreBalanced()
{
    const Dataset data = makeDataset(SpiralsDataOptions{.n = 999, .classes = 3, .split = {.val_fraction = 0.5}}, 1);
    std::vector<int> counts(3, 0);
    for (const DataPart *part : {&data.train, &data.validation})
        for (int label : part->labels)
            ++counts[static_cast<std::size_t>(label)];
    QCOMPARE(counts, (std::vector<int>{333, 333, 333}));
}

void Datasets::sineHasPolynomialFeatures()
{
    const Dataset data = makeDataset(SineDataOptions{.split = {.standardize = false}}, 2);
    QCOMPARE(data.inputs, 9);
    QCOMPARE(data.task, Task::Regression);
    const double x = data.train.features(0, 0);
    QVERIFY(std::abs(data.train.features(8, 0) - std::pow(x, 9)) < 1e-15);
}

// The loader draws the chosen images from the files read whole: each must be the image
// (and label) at its place in the seeded shuffle of the whole file, read here in one piece.
void Datasets::fashionMnistTakesTheShuffledImagesOfTheFile()
{
    const FashionMnistOptions options{.val_size = 40, .train_size = 70, .test_size = 30};
    const Dataset data = makeDataset(options, 9);
    const IdxArray images = readIdxFile(findIdxFile(options.path, "train-images-idx3-ubyte"), 3);
    const IdxArray labels = readIdxFile(findIdxFile(options.path, "train-labels-idx1-ubyte"), 1);
    std::vector<Eigen::Index> order(images.dims[0]);
    std::iota(order.begin(), order.end(), Eigen::Index{0});
    Random random(9, RandomStream::DataSplit);
    random.shuffle(order);
    const auto check = [&](const DataPart &part, const IdxArray &fileImages, const IdxArray &fileLabels,
                           Eigen::Index j, Eigen::Index source) {
        QVERIFY(std::equal(part.pixels.col(j).data(), part.pixels.col(j).data() + 784,
                           fileImages.bytes.data() + source * 784));
        QCOMPARE(part.labels[static_cast<std::size_t>(j)], int{fileLabels.bytes[static_cast<std::size_t>(source)]});
    };
    for (Eigen::Index j = 0; j < 40; ++j)
        check(data.validation, images, labels, j, order[static_cast<std::size_t>(j)]);
    for (Eigen::Index j = 0; j < 70; ++j)
        check(data.train, images, labels, j, order[static_cast<std::size_t>(40 + j)]);
    const IdxArray testImages = readIdxFile(findIdxFile(options.path, "t10k-images-idx3-ubyte"), 3);
    const IdxArray testLabels = readIdxFile(findIdxFile(options.path, "t10k-labels-idx1-ubyte"), 1);
    for (Eigen::Index j = 0; j < 30; ++j)
        check(data.test, testImages, testLabels, j, j);
}

void Datasets::fashionMnistParts()
{
    const FashionMnistOptions options{.val_size = 100, .train_size = 300, .test_size = 50};
    const Dataset data = makeDataset(options, 4);
    QCOMPARE(data.inputs, 784);
    QCOMPARE(data.outputs, 10);
    QCOMPARE(data.train.size(), 300);
    QCOMPARE(data.validation.size(), 100);
    QCOMPARE(data.test.size(), 50);
    QVERIFY(data.train.isImage());
    Matrix<float> batch;
    const std::vector<Eigen::Index> rows{0, 1, 2};
    data.train.gatherFeatures<float>(rows, batch);
    QVERIFY(batch.minCoeff() >= 0.0f && batch.maxCoeff() <= 1.0f && batch.maxCoeff() > 0.5f);
    // Validation and training images are different images.
    const auto image = [](const DataPart &part, Eigen::Index j) {
        return std::string(reinterpret_cast<const char *>(part.pixels.col(j).data()), 784);
    };
    std::set<std::string> seen;
    for (Eigen::Index j = 0; j < data.train.size(); ++j)
        seen.insert(image(data.train, j));
    for (Eigen::Index j = 0; j < data.validation.size(); ++j)
        QVERIFY(!seen.contains(image(data.validation, j)));
    // The first test label of Fashion-MNIST is 9 (ankle boot).
    QCOMPARE(data.test.labels[0], 9);
}

void Datasets::idxProblemsAreNamed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("dims");
    QTest::addColumn<QString>("expected");
    const QByteArray header("\x00\x00\x08\x01\x00\x00\x00\x05", 8);
    QTest::newRow("empty") << QByteArray() << 1 << "truncated";
    QTest::newRow("wrong magic") << QByteArray("\x00\x00\x09\x01\x00\x00\x00\x01\x01", 9) << 1 << "not an IDX file";
    QTest::newRow("wrong dimensions") << QByteArray("\x00\x00\x08\x03\x00\x00\x00\x01", 8) << 1 << "not an IDX file";
    QTest::newRow("truncated data") << header + QByteArray("\x01\x02", 2) << 1 << "truncated";
    // Found by fuzz_idx: a damaged size must not make the reader allocate gigabytes.
    QTest::newRow("absurd size") << QByteArray("\x00\x00\x08\x01\xff\xff\xff\xff\x01", 9) << 1 << "the header claims";
    QTest::newRow("large size, few bytes") << QByteArray("\x00\x00\x08\x01\x06\x00\x00\x00\x01", 9) << 1
                                           << "truncated";
    // Also found by fuzz_idx: 2³¹ · 2³¹ · 2³¹ wraps a 64-bit product around to 0.
    QTest::newRow("sizes whose product wraps") << QByteArray("\x00\x00\x08\x03", 4) + QByteArray("\x80\x00\x00\x00", 4).repeated(3)
                                               << 3 << "the header claims 2147483648 × 2147483648 × 2147483648 bytes";
}

void Datasets::idxProblemsAreNamed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, dims);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath("labels-idx1-ubyte");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    try {
        readIdxFile(path.toStdString(), static_cast<std::size_t>(dims));
        QFAIL("no error");
    } catch (const DataFileError &error) {
        const QString message = QString::fromUtf8(error.what());
        QVERIFY2(message.startsWith(path) && message.contains(expected), qPrintable(message));
    }
}

void Datasets::missingFolderIsNamed()
{
    try {
        makeDataset(FashionMnistOptions{.path = "/nonexistent/fashion"}, 0);
        QFAIL("no error");
    } catch (const DataFileError &error) {
        const QString message = QString::fromUtf8(error.what());
        QVERIFY2(message.contains("/nonexistent/fashion/train-images-idx3-ubyte") &&
                     message.contains("dataset-fashion-mnist"),
                 qPrintable(message));
    }
}

void Datasets::damagedFashionFoldersAreNamed_data()
{
    QTest::addColumn<QList<quint32>>("trainImages");
    QTest::addColumn<int>("trainLabels");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("3 images, 2 labels") << QList<quint32>{3, 28, 28} << 2
                                        << QStringList{"3 images", "2 labels", "train-labels-idx1-ubyte"};
    // Found by fuzz_idx: a header claiming images of 875 MB must be refused before any is allocated.
    QTest::newRow("images not 28 × 28") << QList<quint32>{2, 6144, 142336} << 2
                                        << QStringList{"train-images-idx3-ubyte", "6144 × 142336 pixels", "28 × 28"};
}

void Datasets::damagedFashionFoldersAreNamed()
{
    QFETCH(QList<quint32>, trainImages);
    QFETCH(int, trainLabels);
    QFETCH(QStringList, expected);
    const auto idx = [](char type, const QList<quint32> &dims, qint64 bytes) {
        QByteArray data("\x00\x00\x08", 3);
        data.append(type);
        for (quint32 d : dims)
            for (int shift = 24; shift >= 0; shift -= 8)
                data.append(static_cast<char>((d >> shift) & 0xff));
        return data + QByteArray(std::min<qint64>(bytes, 3 * 784), '\x01');
    };
    QTemporaryDir dir;
    const auto write = [&](const char *name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    write("train-images-idx3-ubyte", idx('\x03', trainImages, qint64{trainImages[0]} * trainImages[1] * trainImages[2]));
    write("train-labels-idx1-ubyte", idx('\x01', {static_cast<quint32>(trainLabels)}, trainLabels));
    write("t10k-images-idx3-ubyte", idx('\x03', {2, 28, 28}, 2 * 784));
    write("t10k-labels-idx1-ubyte", idx('\x01', {2}, 2));
    try {
        makeDataset(FashionMnistOptions{.path = dir.path().toStdString(), .val_size = 1, .train_size = 1, .test_size = 1}, 0);
        QFAIL("a damaged folder was accepted");
    } catch (const DataFileError &error) {
        const QString message = QString::fromUtf8(error.what());
        for (const QString &part : expected)
            QVERIFY2(message.contains(part), qPrintable(message));
    }
}

// Found by fuzz_idx: records of 875 MB in a file of 17 bytes. The reader grows its buffer
// a megabyte at a time as data arrives, so the peak memory barely moves.
void Datasets::largeRecordsAreNotAllocatedBeforeTheyArrive()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("images-idx3-ubyte");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromBase64("AAAIAwAAAAIAABgAAAIsAAE="));
    file.close();
    const auto peakKiB = [] {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        return usage.ru_maxrss;
    };
    const long before = peakKiB();
    QVERIFY_THROWS_EXCEPTION(DataFileError, readIdxFile(path.toStdString(), 3));
    QVERIFY2(peakKiB() - before < 64 * 1024, qPrintable(QString::number(peakKiB() - before)));
}

QTEST_APPLESS_MAIN(Datasets)
#include "tst_datasets.moc"
