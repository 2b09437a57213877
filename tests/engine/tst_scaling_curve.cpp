// The speed-up curve against K (parallel/ScalingCurve.h, issue 17) checked against the cost
// model's formulas by hand: the Fashion-MNIST MLP 784-100-10 has P = 79 510 parameters,
// S = 318 040 bytes in float32. On 1 GbE (β = 1.25e8 B/s, α = 50 µs) a ring at K = 8 takes
//   2·7/8 · 318040 / 1.25e8 + 2·7·50e-6 = 0.00445256 + 0.0007 = 0.00515256 s,
// so with t_c = 2 ms an update takes 0.00715256 s and the speed-up is 0.016 / 0.00715256.
#include "data/DatasetFactory.h"
#include "parallel/NetworkPresets.h"
#include "parallel/ScalingCurve.h"

#include <QTest>

#include <stdexcept>

using namespace kobai;

namespace {

constexpr long long fashionMlpParameters = 79'510;

NetworkSpec presetNetwork(std::string_view name)
{
    const NetworkPreset preset = *findNetworkPreset(name);
    return NetworkSpec{.latency_us = preset.latency_us, .bandwidth_gbps = preset.bandwidth_gbps};
}

ScalingSpec gigabitRing(std::vector<int> workers)
{
    ScalingSpec spec;
    spec.training.dtype = DType::Float32;
    spec.training.batch_size = 100;
    spec.network = NetworkSpec{.latency_us = 50.0, .bandwidth_gbps = 1.0, .topology = NetworkTopology::Ring};
    spec.workers = std::move(workers);
    return spec;
}

/// Lesson-sized data for the measured path: moons, a 2-16-16-2 MLP.
ScalingSpec moons()
{
    ScalingSpec spec;
    spec.training.dataset = MoonsDataOptions{.n = 500};
    spec.training.model.kind = ModelKind::Mlp;
    spec.training.model.hidden = {16, 16};
    spec.training.batch_size = 32;
    spec.network = presetNetwork("10gbe");
    return spec;
}

} // namespace

class ScalingCurveTest : public QObject {
    Q_OBJECT
private slots:
    void gigabitRingByHand();
    void parameterServerByHand();
    void compressionSendsTheSparsePayload();
    void efficiencyFallsWithWorkers_data();
    void efficiencyFallsWithWorkers();
    void presetsAreOrdered();
    void refusals();
    void measuredComputeIsPositive();
};

void ScalingCurveTest::gigabitRingByHand()
{
    const ScalingResult result = scalingCurve(gigabitRing({1, 2, 8, 1024}), fashionMlpParameters, 0.002);
    QCOMPARE(result.bytes_per_worker, 318'040.0);
    QCOMPARE(result.rows.size(), std::size_t{4});
    const ScalingRow &one = result.rows[0];
    QCOMPARE(one.workers, 1);
    QCOMPARE(one.communication_seconds, 0.0); // one worker exchanges nothing
    QCOMPARE(one.update_seconds, 0.002);
    QCOMPARE(one.speedup, 1.0);
    QCOMPARE(one.efficiency, 1.0);
    QCOMPARE(one.samples_per_second, 50'000.0); // 100 samples in 2 ms
    const ScalingRow &two = result.rows[1];
    QCOMPARE(two.communication_seconds, 0.00264432); // 2·1/2 · 318040/1.25e8 + 2·50e-6
    const ScalingRow &eight = result.rows[2];
    QCOMPARE(eight.communication_seconds, 0.00515256);
    QCOMPARE(eight.update_seconds, 0.00715256);
    QCOMPARE(eight.speedup, 0.016 / 0.00715256);
    QVERIFY(qAbs(eight.speedup - 2.2369613) < 1e-6);
    QCOMPARE(eight.efficiency, eight.speedup / 8);
    QCOMPARE(eight.samples_per_second, 800 / 0.00715256);
    // 1024 workers: 2·1023/1024 · 2.54432 ms + 102.3 ms of latency; the latency dominates.
    const ScalingRow &many = result.rows[3];
    QVERIFY(qAbs(many.communication_seconds - 0.107383670625) < 1e-15);
    QVERIFY(qAbs(many.speedup - 18.723087) < 1e-5);
}

void ScalingCurveTest::parameterServerByHand()
{
    ScalingSpec spec = gigabitRing({8});
    spec.network = presetNetwork("10gbe");
    spec.network.topology = NetworkTopology::ParameterServer;
    // 8 · 318040 / 1.25e9 + 2·10e-6
    const ScalingRow row = scalingCurve(spec, fashionMlpParameters, 0.002).rows.front();
    QVERIFY(qAbs(row.communication_seconds - 0.002055456) < 1e-15);
    spec.training.dtype = DType::Float64; // twice the bytes
    QVERIFY(qAbs(scalingCurve(spec, fashionMlpParameters, 0.002).rows.front().communication_seconds - 0.004090912) <
            1e-15);
}

void ScalingCurveTest::compressionSendsTheSparsePayload()
{
    ScalingSpec spec = gigabitRing({1, 8});
    spec.compression = CompressionSpec{.top_k = 0.01, .error_feedback = true};
    // k = ⌊0.01 · 79510⌋ = 795 values of 4 bytes and 795 indices of 4 bytes.
    const ScalingResult result = scalingCurve(spec, fashionMlpParameters, 0.002);
    QCOMPARE(result.bytes_per_worker, 795.0 * 8);
    QCOMPARE(result.rows[1].communication_seconds, 2.0 * 7 / 8 * 6360 / 1.25e8 + 2 * 7 * 50e-6);
}

void ScalingCurveTest::efficiencyFallsWithWorkers_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<int>("topology");
    for (const NetworkPreset &preset : networkPresets())
        for (int topology : {0, 1}) {
            const QString name = QString::fromLatin1(preset.name.data(), preset.name.size());
            QTest::newRow(qPrintable(name + QString::number(topology))) << name << topology;
        }
}

void ScalingCurveTest::efficiencyFallsWithWorkers()
{
    QFETCH(QString, preset);
    QFETCH(int, topology);
    ScalingSpec spec = gigabitRing(ScalingSpec::defaultScalingWorkers());
    spec.network = presetNetwork(preset.toStdString());
    spec.network.topology = static_cast<NetworkTopology>(topology);
    const ScalingResult result = scalingCurve(spec, fashionMlpParameters, 0.002);
    QCOMPARE(result.rows.size(), std::size_t{11});
    for (std::size_t i = 1; i < result.rows.size(); ++i) {
        const ScalingRow &row = result.rows[i];
        QVERIFY2(row.efficiency < result.rows[i - 1].efficiency, qPrintable(QString::number(row.workers)));
        QVERIFY(row.speedup <= row.workers);
        QCOMPARE(row.update_seconds, row.compute_seconds + row.communication_seconds);
    }
}

void ScalingCurveTest::presetsAreOrdered()
{
    const auto presets = networkPresets();
    QCOMPARE(presets.size(), std::size_t{4});
    for (std::size_t i = 1; i < presets.size(); ++i)
        QVERIFY(presets[i].bandwidth_gbps > presets[i - 1].bandwidth_gbps);
    QCOMPARE(findNetworkPreset("nvlink")->bandwidth_gbps, 2400.0); // 300 GB/s per direction
    QVERIFY(!findNetworkPreset("wifi"));
}

void ScalingCurveTest::refusals()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, scalingCurve(gigabitRing({1, 2}), 10, 0.0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, scalingCurve(gigabitRing({}), 10, 1.0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, scalingCurve(gigabitRing({4, 2}), 10, 1.0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, scalingCurve(gigabitRing({0}), 10, 1.0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, scalingCurve(gigabitRing({65537}), 10, 1.0));
}

void ScalingCurveTest::measuredComputeIsPositive()
{
    const ScalingSpec spec = moons();
    const Dataset data = makeDataset(spec.training.dataset, spec.training.seed);
    const ScalingResult result = runScaling(spec, data);
    QCOMPARE(result.status, RunStatus::Finished);
    QVERIFY(result.compute_measured);
    QVERIFY(result.compute_passes >= 3);
    QVERIFY(result.compute_seconds > 0.0);
    QCOMPARE(result.parameters, 2 * 16 + 16 + 16 * 16 + 16 + 16 * 2 + 2);
    QCOMPARE(result.rows.front().compute_seconds, result.compute_seconds);
    // A stated t_c is used as it is, not measured.
    ScalingSpec stated = spec;
    stated.compute_seconds = 0.5;
    const ScalingResult fixed = runScaling(stated, data);
    QVERIFY(!fixed.compute_measured);
    QCOMPARE(fixed.rows.back().compute_seconds, 0.5);
    // A cancel before the first pass ends the measurement without a curve.
    std::atomic<bool> cancel{true};
    QCOMPARE(runScaling(spec, data, &cancel).status, RunStatus::Cancelled);
}

QTEST_GUILESS_MAIN(ScalingCurveTest)
#include "tst_scaling_curve.moc"
