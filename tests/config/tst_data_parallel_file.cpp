// The "data_parallel" object of a training experiment (issue 17): the issue's example (a
// network by numbers) and each network preset read into a DataParallelSpec, the effective
// configuration reads back into the same spec, and every bad object is refused with the
// file, the field, the value and what was expected.
#include "ConfigError.h"
#include "Experiment.h"

#include <QTest>

using namespace kobai;
using namespace kobai::config;

namespace {

QByteArray training(const QByteArray &dataParallel, const QByteArray &batch = "32")
{
    return R"({"kind": "training", "dataset": {"name": "moons", "n": 500}, "model": {"hidden": [16]},
               "epochs": 2, "batch_size": )" + batch + R"(, "data_parallel": )" + dataParallel + "}";
}

} // namespace

class DataParallelFile : public QObject {
    Q_OBJECT
private slots:
    void absentIsOneWorker();
    void theIssueExampleReads();
    void defaultsAreTheSpecs();
    void presetsGiveTheirNumbers_data();
    void presetsGiveTheirNumbers();
    void problemsAreLocated_data();
    void problemsAreLocated();
};

void DataParallelFile::absentIsOneWorker()
{
    const Experiment experiment = parseExperiment(R"({"kind": "training", "dataset": {"name": "moons"}})", "e.json");
    QVERIFY(!experiment.training.data_parallel);
    QVERIFY(!toJson(experiment).contains("data_parallel"));
}

void DataParallelFile::theIssueExampleReads()
{
    const Experiment experiment = parseExperiment(
        training(R"({"workers": 4, "mode": "stale", "staleness": 3,
                     "compression": {"top_k": 0.01, "error_feedback": false},
                     "network": {"latency_us": 5, "bandwidth_gbps": 100, "topology": "parameter_server"}})"),
        "e.json");
    QVERIFY(experiment.training.data_parallel);
    const DataParallelSpec &dp = *experiment.training.data_parallel;
    QCOMPARE(dp.workers, 4);
    QCOMPARE(dp.mode, DataParallelMode::Stale);
    QCOMPARE(dp.staleness, 3);
    QVERIFY(dp.compression);
    QCOMPARE(dp.compression->top_k, 0.01);
    QCOMPARE(dp.compression->error_feedback, false);
    QVERIFY(dp.network);
    QCOMPARE(dp.network->latency_us, 5.0);
    QCOMPARE(dp.network->bandwidth_gbps, 100.0);
    QCOMPARE(dp.network->topology, NetworkTopology::ParameterServer);
    // --summary's configuration reads back into the same experiment.
    const QJsonObject json = toJson(experiment);
    const Experiment again = parseExperimentObject(json, QString(), "again.json");
    QCOMPARE(toJson(again), json);
    QCOMPARE(again.training.data_parallel->staleness, 3);
    QCOMPARE(again.training.data_parallel->network->topology, NetworkTopology::ParameterServer);
}

void DataParallelFile::defaultsAreTheSpecs()
{
    QVERIFY(parseExperiment(R"({"kind": "training", "dataset": {"name": "moons", "n": 500}, "batch_size": 4,
                               "model": {"hidden": [16], "batch_norm": {}}, "data_parallel": {"workers": 8}})",
                            "e.json")
                .training.data_parallel);
    const Experiment experiment =
        parseExperiment(training(R"({"workers": 2, "compression": {}, "network": {}})"), "e.json");
    const DataParallelSpec &dp = *experiment.training.data_parallel;
    QCOMPARE(dp.mode, DataParallelMode::Sync);
    QCOMPARE(dp.staleness, DataParallelSpec{}.staleness);
    QCOMPARE(dp.compression->top_k, CompressionSpec{}.top_k);
    QCOMPARE(dp.compression->error_feedback, CompressionSpec{}.error_feedback);
    QCOMPARE(dp.network->latency_us, NetworkSpec{}.latency_us);
    QCOMPARE(dp.network->bandwidth_gbps, NetworkSpec{}.bandwidth_gbps);
    QCOMPARE(dp.network->topology, NetworkTopology::Ring);
    const QJsonObject json = toJson(experiment);
    QCOMPARE(toJson(parseExperimentObject(json, QString(), "again.json")), json);
}

void DataParallelFile::presetsGiveTheirNumbers_data()
{
    QTest::addColumn<QByteArray>("preset");
    QTest::addColumn<double>("latency");
    QTest::addColumn<double>("bandwidth");
    // The figures of NetworkPresets.cpp, written out again: changing one is a visible decision.
    QTest::newRow("1gbe") << QByteArray("1gbe") << 50.0 << 1.0;
    QTest::newRow("10gbe") << QByteArray("10gbe") << 10.0 << 10.0;
    QTest::newRow("infiniband") << QByteArray("infiniband") << 1.5 << 100.0;
    QTest::newRow("nvlink") << QByteArray("nvlink") << 2.0 << 2400.0;
}

void DataParallelFile::presetsGiveTheirNumbers()
{
    QFETCH(QByteArray, preset);
    QFETCH(double, latency);
    QFETCH(double, bandwidth);
    const Experiment experiment = parseExperiment(
        training(R"({"workers": 2, "network": {"preset": ")" + preset + R"(", "topology": "parameter_server"}})"),
        "e.json");
    const NetworkSpec &network = *experiment.training.data_parallel->network;
    QCOMPARE(network.latency_us, latency);
    QCOMPARE(network.bandwidth_gbps, bandwidth);
    QCOMPARE(network.topology, NetworkTopology::ParameterServer);
    // The configuration names the preset, not its numbers, and reads back the same.
    const QJsonObject json = toJson(experiment);
    const QJsonObject written = json["data_parallel"].toObject()["network"].toObject();
    QCOMPARE(written, (QJsonObject{{"preset", QString::fromLatin1(preset)}, {"topology", "parameter_server"}}));
    const Experiment again = parseExperimentObject(json, QString(), "again.json");
    QCOMPARE(again.training.data_parallel->network->bandwidth_gbps, bandwidth);
    QCOMPARE(toJson(again), json);
}

void DataParallelFile::problemsAreLocated_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, const QByteArray &json, const char *expected) {
        QTest::newRow(name) << json << QString::fromUtf8(expected);
    };
    row("not an object", training("4"), R"(field "data_parallel": value 4; expected an object)");
    row("no workers", training(R"({"mode": "sync"})"),
        R"(field "data_parallel.workers": value (missing); expected the number of workers, 1 … 64 (required))");
    row("workers zero", training(R"({"workers": 0})"),
        R"(field "data_parallel.workers": value 0; expected an integer ≥ 1 and ≤ 64)");
    row("workers 65", training(R"({"workers": 65})", "1"),
        R"(field "data_parallel.workers": value 65; expected an integer ≥ 1 and ≤ 64)");
    row("workers not an integer", training(R"({"workers": 2.5})"), R"(field "data_parallel.workers": value 2.5)");
    row("unknown mode", training(R"({"workers": 2, "mode": "hogwild"})"),
        R"(field "data_parallel.mode": value "hogwild"; expected one of sync, stale, async)");
    row("negative staleness", training(R"({"workers": 2, "mode": "stale", "staleness": -1})"),
        R"(field "data_parallel.staleness": value -1; expected an integer ≥ 0)");
    row("staleness of sync", training(R"({"workers": 2, "staleness": 2})"),
        R"(field "data_parallel.staleness": value 2; expected no staleness: only mode "stale" reads it)");
    row("top_k zero", training(R"({"workers": 2, "compression": {"top_k": 0}})"),
        R"(field "data_parallel.compression.top_k": value 0; expected a number > 0 and ≤ 1)");
    row("top_k above one", training(R"({"workers": 2, "compression": {"top_k": 1.5}})"),
        R"(field "data_parallel.compression.top_k": value 1.5; expected a number > 0 and ≤ 1)");
    row("unknown compression key", training(R"({"workers": 2, "compression": {"top_k": 0.1, "bits": 8}})"),
        R"(field "data_parallel.compression.bits": value 8; expected no such key here)");
    row("unknown topology", training(R"({"workers": 2, "network": {"topology": "mesh"}})"),
        R"(field "data_parallel.network.topology": value "mesh"; expected one of ring, parameter_server)");
    row("zero bandwidth", training(R"({"workers": 2, "network": {"bandwidth_gbps": 0}})"),
        R"(field "data_parallel.network.bandwidth_gbps": value 0; expected a number > 0)");
    row("negative latency", training(R"({"workers": 2, "network": {"latency_us": -1}})"),
        R"(field "data_parallel.network.latency_us": value -1; expected a number ≥ 0)");
    row("unknown preset", training(R"({"workers": 2, "network": {"preset": "wifi"}})"),
        R"(field "data_parallel.network.preset": value "wifi"; expected one of 1gbe, 10gbe, infiniband, nvlink)");
    row("preset with a latency", training(R"({"workers": 2, "network": {"preset": "10gbe", "latency_us": 3}})"),
        R"(field "data_parallel.network.latency_us": value 3; expected no latency_us with a preset: either "preset" or latency_us and bandwidth_gbps, not both)");
    row("preset with a bandwidth", training(R"({"workers": 2, "network": {"bandwidth_gbps": 40, "preset": "nvlink"}})"),
        R"(field "data_parallel.network.bandwidth_gbps": value 40; expected no bandwidth_gbps with a preset)");
    row("preset not a string", training(R"({"workers": 2, "network": {"preset": 10}})"),
        R"(field "data_parallel.network.preset": value 10; expected one of 1gbe, 10gbe, infiniband, nvlink)");
    row("unknown key", training(R"({"workers": 2, "gpus": 2})"),
        R"(field "data_parallel.gpus": value 2; expected no such key here)");
    // moons n 500: 400 training samples (the default 80 % split).
    row("batches larger than the set", training(R"({"workers": 16})", "32"),
        R"(field "data_parallel.workers": value 16; expected at most 12 workers: 16 × batch_size 32 is more than the 400 training samples)");
    // 400 = 11 × 36 + 4: the last global batch of 9 workers × 4 leaves 4 samples for 9 workers
    // (with 8 workers, 400 = 12 × 32 + 16 gives each 2, and is accepted: defaultsAreTheSpecs).
    row("batch norm on one-sample shards",
        R"({"kind": "training", "dataset": {"name": "moons", "n": 500}, "model": {"hidden": [16], "batch_norm": {}},
            "batch_size": 4, "data_parallel": {"workers": 9}})",
        R"(field "data_parallel.workers": value 9; expected fewer workers with model.batch_norm: the last global batch of 4 samples)");
    row("whole-set batches", training(R"({"workers": 2})", "0"),
        R"(field "batch_size": value 0; expected a per-worker batch of at least 1 sample with data_parallel)");
}

void DataParallelFile::problemsAreLocated()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    try {
        parseExperiment(json, "e.json");
        QFAIL("accepted");
    } catch (const ConfigError &error) {
        QVERIFY2(error.text().startsWith("e.json: "), qPrintable(error.text()));
        QVERIFY2(error.text().contains(expected), qPrintable(error.text()));
    }
}

QTEST_GUILESS_MAIN(DataParallelFile)
#include "tst_data_parallel_file.moc"
