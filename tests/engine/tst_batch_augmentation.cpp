// Data augmentation and input noise (issue 15): on small images built by hand, a shift
// moves pixels where the documented draws say and fills with zeros, a flip mirrors, noise
// has the asked σ; through the trainer, only the training batch changes (the update equals
// training on the augmented copy, the evaluation passes see the data as they are, the
// cached dataset stays as built), and a seed gives the same run at any thread count.
#include "core/Random.h"
#include "data/BatchAugmentation.h"
#include "data/DatasetCache.h"
#include "train/TrainingRun.h"

#include <QTest>

#include <cmath>
#include <filesystem>
#include <map>
#include <stdexcept>

using namespace kobai;

namespace {

using RowImage = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// A training part of `count` square images of `side` pixels whose pixels are all
/// different and non-zero (1 + row·side + column, shifted by the sample), so that every
/// moved pixel can be told apart.
DataPart numberedImages(Eigen::Index side, Eigen::Index count)
{
    DataPart part;
    part.pixels.resize(side * side, count);
    for (Eigen::Index j = 0; j < count; ++j)
        for (Eigen::Index p = 0; p < side * side; ++p)
            part.pixels(p, j) = static_cast<std::uint8_t>(1 + (p + j) % 250);
    part.labels.assign(static_cast<std::size_t>(count), 0);
    return part;
}

/// The part's images as a batch, scaled as the trainer gathers them.
Matrix<double> batchOf(const DataPart &part)
{
    std::vector<Eigen::Index> rows(static_cast<std::size_t>(part.size()));
    std::iota(rows.begin(), rows.end(), Eigen::Index{0});
    Matrix<double> batch;
    part.gatherFeatures<double>(rows, batch);
    return batch;
}

/// x′(r, c) = x(r − dy, c − dx), 0 outside: the shift by hand.
RowImage shifted(const RowImage &image, Eigen::Index dy, Eigen::Index dx)
{
    RowImage out = RowImage::Zero(image.rows(), image.cols());
    for (Eigen::Index r = 0; r < image.rows(); ++r)
        for (Eigen::Index c = 0; c < image.cols(); ++c)
            if (r - dy >= 0 && r - dy < image.rows() && c - dx >= 0 && c - dx < image.cols())
                out(r, c) = image(r - dy, c - dx);
    return out;
}

/// The part's images as a batch after one augmentation with the seed.
Matrix<double> augmentedBatch(const DataPart &part, const AugmentationSpec &spec, std::uint64_t seed)
{
    Matrix<double> batch = batchOf(part);
    BatchAugmentation(spec, part, seed).apply(batch);
    return batch;
}

RowImage imageOf(const Matrix<double> &batch, Eigen::Index j, Eigen::Index side)
{
    return Eigen::Map<const RowImage>(batch.col(j).data(), side, side);
}

/// Random 28 × 28 images of 10 classes (the Fashion-MNIST shape), built by hand.
Dataset smallImageSet(Eigen::Index train, Eigen::Index validation)
{
    Random random(11);
    auto part = [&](Eigen::Index count) {
        DataPart p;
        p.pixels.resize(28 * 28, count);
        for (Eigen::Index j = 0; j < count; ++j)
            for (Eigen::Index i = 0; i < 28 * 28; ++i)
                p.pixels(i, j) = static_cast<std::uint8_t>(random.below(256));
        for (Eigen::Index j = 0; j < count; ++j)
            p.labels.push_back(static_cast<int>(random.below(10)));
        return p;
    };
    Dataset data;
    data.task = Task::Classification;
    data.inputs = 28 * 28;
    data.outputs = 10;
    data.train = part(train);
    data.validation = part(validation);
    return data;
}

TrainingSpec imageSpec()
{
    TrainingSpec spec;
    spec.seed = 5;
    spec.model.kind = ModelKind::Mlp;
    spec.model.hidden = {8};
    spec.batch_size = 16;
    spec.epochs = 2;
    spec.optimizer = SgdOptions{.lr = 0.1};
    spec.augmentation = {.shift = 2, .flip = true, .input_noise = 0.1};
    return spec;
}

struct Rows : TrainingObserver {
    std::vector<EpochRecord> rows;
    void onEpoch(const EpochRecord &row) override { rows.push_back(row); }
};

} // namespace

class BatchAugmentationTest : public QObject {
    Q_OBJECT
private slots:
    void shiftMovesPixelsAsDrawn();
    void shiftsCoverEveryOffset();
    void flipMirrors();
    void inputNoiseHasItsSigma();
    void impossibleRequestsThrow();
    void onlyTheTrainingBatchChanges();
    void theCachedDatasetStaysAsBuilt();
    void seedGivesTheSameRunAtAnyThreadCount();
    void inputNoiseOnFeaturesChangesOnlyTheUpdates();
};

void BatchAugmentationTest::shiftMovesPixelsAsDrawn()
{
    const Eigen::Index side = 5;
    const DataPart part = numberedImages(side, 6);
    const Matrix<double> original = batchOf(part);
    const Matrix<double> batch = augmentedBatch(part, AugmentationSpec{.shift = 2}, 3);
    // The documented draws: dy then dx, each uniform in {−2, …, 2}, per sample in order.
    Random draws(3, RandomStream::Augmentation);
    for (Eigen::Index j = 0; j < batch.cols(); ++j) {
        const auto dy = static_cast<Eigen::Index>(draws.below(5)) - 2;
        const auto dx = static_cast<Eigen::Index>(draws.below(5)) - 2;
        QCOMPARE(imageOf(batch, j, side), shifted(imageOf(original, j, side), dy, dx));
    }
    // A hand-checked case: the 3 × 3 image 1…9 moved one down and one left.
    RowImage small(3, 3);
    small << 1, 2, 3, 4, 5, 6, 7, 8, 9;
    RowImage expected(3, 3);
    expected << 0, 0, 0, 2, 3, 0, 5, 6, 0;
    QCOMPARE(shifted(small, 1, -1), expected);
}

void BatchAugmentationTest::shiftsCoverEveryOffset()
{
    const Eigen::Index side = 4;
    const Eigen::Index count = 4500;
    const DataPart part = numberedImages(side, count);
    const Matrix<double> original = batchOf(part);
    const Matrix<double> batch = augmentedBatch(part, AugmentationSpec{.shift = 1}, 8);
    std::map<std::pair<Eigen::Index, Eigen::Index>, int> seen;
    for (Eigen::Index j = 0; j < count; ++j) {
        int matches = 0;
        for (Eigen::Index dy = -1; dy <= 1; ++dy)
            for (Eigen::Index dx = -1; dx <= 1; ++dx)
                if (imageOf(batch, j, side) == shifted(imageOf(original, j, side), dy, dx)) {
                    ++matches;
                    ++seen[{dy, dx}];
                }
        QCOMPARE(matches, 1); // every sample is exactly one zero-filled shift of itself
    }
    // 9 offsets, 500 expected each; 4 standard deviations of a binomial are ±89.
    QCOMPARE(seen.size(), std::size_t{9});
    for (const auto &[offset, times] : seen)
        QVERIFY2(std::abs(times - 500) < 89, qPrintable(QString::number(times)));
}

void BatchAugmentationTest::flipMirrors()
{
    const Eigen::Index side = 3;
    const Eigen::Index count = 2000;
    const DataPart part = numberedImages(side, count);
    const Matrix<double> original = batchOf(part);
    const Matrix<double> batch = augmentedBatch(part, AugmentationSpec{.flip = true}, 4);
    Random draws(4, RandomStream::Augmentation);
    int flipped = 0;
    bool firstFlipped = false;
    for (Eigen::Index j = 0; j < count; ++j) {
        const RowImage image = imageOf(original, j, side);
        RowImage mirror(side, side);
        for (Eigen::Index r = 0; r < side; ++r)
            for (Eigen::Index c = 0; c < side; ++c)
                mirror(r, c) = image(r, side - 1 - c);
        const bool flip = draws.below(2) == 1;
        QCOMPARE(imageOf(batch, j, side), flip ? mirror : image);
        flipped += flip ? 1 : 0;
        firstFlipped = firstFlipped || (j == 0 && flip);
    }
    QVERIFY2(std::abs(flipped - 1000) < 90, qPrintable(QString::number(flipped))); // p = ½, ±4 sd
    // Sample 0 of numberedImages is 1…9 / 255; its mirror by hand.
    RowImage first(3, 3);
    first << 3, 2, 1, 6, 5, 4, 9, 8, 7;
    QCOMPARE(imageOf(batch, 0, side), firstFlipped ? RowImage(first / 255.0) : RowImage(imageOf(original, 0, side)));
}

void BatchAugmentationTest::inputNoiseHasItsSigma()
{
    DataPart features;
    features.features = Eigen::MatrixXd::Zero(4, 5000);
    Matrix<double> batch = Eigen::MatrixXd::Zero(4, 5000);
    BatchAugmentation(AugmentationSpec{.input_noise = 0.5}, features, 1).apply(batch);
    const double n = static_cast<double>(batch.size());
    const double mean = batch.mean();
    const double sd = std::sqrt((batch.array() - mean).square().sum() / (n - 1));
    QVERIFY2(std::abs(mean) < 4 * 0.5 / std::sqrt(n), qPrintable(QString::number(mean)));
    QVERIFY2(std::abs(sd - 0.5) < 4 * 0.5 / std::sqrt(2 * n), qPrintable(QString::number(sd)));
    // Seeded: the same seed gives the same noise, another seed other noise.
    Matrix<double> again = Eigen::MatrixXd::Zero(4, 5000);
    BatchAugmentation(AugmentationSpec{.input_noise = 0.5}, features, 1).apply(again);
    QVERIFY(again == batch);
    Matrix<double> other = Eigen::MatrixXd::Zero(4, 5000);
    BatchAugmentation(AugmentationSpec{.input_noise = 0.5}, features, 2).apply(other);
    QVERIFY(other != batch);
}

void BatchAugmentationTest::impossibleRequestsThrow()
{
    DataPart features;
    features.features = Eigen::MatrixXd::Zero(2, 10);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, BatchAugmentation(AugmentationSpec{.shift = 1}, features, 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, BatchAugmentation(AugmentationSpec{.flip = true}, features, 0));
    const DataPart notSquare = [] {
        DataPart p;
        p.pixels = PixelMatrix::Zero(12, 3);
        return p;
    }();
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, BatchAugmentation(AugmentationSpec{.flip = true}, notSquare, 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             BatchAugmentation(AugmentationSpec{.shift = 5}, numberedImages(5, 1), 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             BatchAugmentation(AugmentationSpec{.shift = -1}, numberedImages(5, 1), 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, BatchAugmentation(AugmentationSpec{.input_noise = -0.5}, features, 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             BatchAugmentation(AugmentationSpec{.input_noise = std::nan("")}, features, 0));
}

void BatchAugmentationTest::onlyTheTrainingBatchChanges()
{
    // One full-batch update on augmented images equals one on a copy of the training images
    // augmented beforehand with the same draws: the trainer changes exactly its batch.
    const Dataset images = smallImageSet(40, 12);
    TrainingSpec spec = imageSpec();
    spec.batch_size = 0;
    spec.epochs = 1;
    Dataset copy = images;
    copy.train.features = copy.train.pixels.cast<double>() * (1.0 / 255.0);
    copy.train.pixels.resize(0, 0);
    BatchAugmentation(spec.augmentation, images.train, spec.seed).apply(copy.train.features);
    copy.validation.features = copy.validation.pixels.cast<double>() * (1.0 / 255.0);
    copy.validation.pixels.resize(0, 0);
    TrainingSpec plainSpec = spec;
    plainSpec.augmentation = {};

    Rows augmentedRows, copyRows, plainRows;
    const TrainingResult augmented = runTraining(spec, images, augmentedRows);
    const TrainingResult onCopy = runTraining(plainSpec, copy, copyRows);
    const TrainingResult plain = runTraining(plainSpec, images, plainRows);
    QCOMPARE(augmented.parameters, onCopy.parameters);
    QVERIFY(augmented.parameters != plain.parameters);
    // The evaluation passes see the data as they are: before any update both runs score the
    // same, and after it the validation loss is the copy's (whose validation part is plain).
    QCOMPARE(augmentedRows.rows[0].train_loss, plainRows.rows[0].train_loss);
    QCOMPARE(augmentedRows.rows[0].val_loss, plainRows.rows[0].val_loss);
    QCOMPARE(augmentedRows.rows[1].val_loss, copyRows.rows[1].val_loss);
    QCOMPARE(augmentedRows.rows[1].val_acc, copyRows.rows[1].val_acc);
}

void BatchAugmentationTest::theCachedDatasetStaysAsBuilt()
{
    TrainingSpec spec = imageSpec();
    const FashionMnistOptions small{.val_size = 20, .train_size = 48, .test_size = 0};
    if (!std::filesystem::exists(small.path))
        QSKIP("Fashion-MNIST is not installed (Debian package dataset-fashion-mnist)");
    spec.dataset = small;
    DatasetCache cache;
    const std::shared_ptr<const Dataset> data = cache.get(spec.dataset, spec.seed);
    const PixelMatrix trainBefore = data->train.pixels;
    const PixelMatrix validationBefore = data->validation.pixels;
    Rows rows;
    QCOMPARE(runTraining(spec, *data, rows).status, RunStatus::Finished);
    QVERIFY(data->train.pixels == trainBefore);
    QVERIFY(data->validation.pixels == validationBefore);
    QCOMPARE(cache.get(spec.dataset, spec.seed), data);
    QCOMPARE(cache.builds(), std::size_t{1});
}

void BatchAugmentationTest::seedGivesTheSameRunAtAnyThreadCount()
{
    // 64 images of 784 pixels: the batches are gathered by the whole team.
    const Dataset images = smallImageSet(64, 16);
    TrainingSpec spec = imageSpec();
    spec.batch_size = 32;
    Rows rows;
    const TrainingResult one = runTraining(spec, images, rows);
    const TrainingResult again = runTraining(spec, images, rows);
    spec.threads = 2;
    const TrainingResult two = runTraining(spec, images, rows);
    QCOMPARE(again.parameters, one.parameters);
    QCOMPARE(two.parameters, one.parameters);
}

void BatchAugmentationTest::inputNoiseOnFeaturesChangesOnlyTheUpdates()
{
    // Noise injection on a synthetic set from the cache: the features stay as built, the
    // losses before any update are the plain run's, the updates differ, a seed repeats.
    TrainingSpec spec;
    spec.seed = 2;
    spec.dataset = MoonsDataOptions{.n = 200};
    spec.epochs = 3;
    spec.augmentation.input_noise = 0.3;
    DatasetCache cache;
    const std::shared_ptr<const Dataset> data = cache.get(spec.dataset, spec.seed);
    const Eigen::MatrixXd trainBefore = data->train.features;
    const Eigen::MatrixXd validationBefore = data->validation.features;
    TrainingSpec plainSpec = spec;
    plainSpec.augmentation = {};
    Rows noisyRows, againRows, plainRows;
    const TrainingResult noisy = runTraining(spec, *data, noisyRows);
    const TrainingResult again = runTraining(spec, *data, againRows);
    const TrainingResult plain = runTraining(plainSpec, *data, plainRows);
    QVERIFY(data->train.features == trainBefore);
    QVERIFY(data->validation.features == validationBefore);
    QCOMPARE(noisyRows.rows[0].train_loss, plainRows.rows[0].train_loss);
    QCOMPARE(noisyRows.rows[0].val_loss, plainRows.rows[0].val_loss);
    QVERIFY(noisy.parameters != plain.parameters);
    QCOMPARE(again.parameters, noisy.parameters);
}

QTEST_APPLESS_MAIN(BatchAugmentationTest)
#include "tst_batch_augmentation.moc"
