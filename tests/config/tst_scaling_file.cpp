// The "scaling" experiment kind (issue 17): the training keys it reuses, its own workers,
// network, compute_seconds and compression, their defaults, the effective configuration
// reading back, and every bad value refused with the field and what was expected.
#include "ConfigError.h"
#include "Experiment.h"

#include <QJsonArray>
#include <QTest>

using namespace kobai;
using namespace kobai::config;

namespace {

QByteArray scaling(const QByteArray &keys, const QByteArray &batch = "50")
{
    return R"({"kind": "scaling", "dataset": {"name": "moons", "n": 500}, "model": {"hidden": [16]},
               "batch_size": )" + batch + R"(, "network": {"preset": "1gbe"})" + (keys.isEmpty() ? "" : ", " + keys) + "}";
}

} // namespace

class ScalingFile : public QObject {
    Q_OBJECT
private slots:
    void readsItsKeys();
    void defaults();
    void problemsAreLocated_data();
    void problemsAreLocated();
};

void ScalingFile::readsItsKeys()
{
    const Experiment experiment = parseExperiment(
        R"({"kind": "scaling", "dataset": {"name": "moons", "n": 500}, "model": {"hidden": [16]}, "dtype": "float32",
            "batch_size": 50, "workers": [1, 3, 8, 65536], "compute_seconds": 0.002,
            "network": {"latency_us": 5, "bandwidth_gbps": 25, "topology": "parameter_server"},
            "compression": {"top_k": 0.1}})",
        "e.json");
    QCOMPARE(experiment.kind, ExperimentKind::Scaling);
    const ScalingSpec &spec = experiment.scaling;
    QCOMPARE(spec.training.batch_size, 50L);
    QCOMPARE(spec.training.dtype, DType::Float32);
    QCOMPARE(spec.workers, (std::vector<int>{1, 3, 8, 65536}));
    QCOMPARE(spec.compute_seconds, std::optional<double>(0.002));
    QCOMPARE(spec.network.latency_us, 5.0);
    QCOMPARE(spec.network.bandwidth_gbps, 25.0);
    QCOMPARE(spec.network.topology, NetworkTopology::ParameterServer);
    QVERIFY(spec.compression);
    QCOMPARE(spec.compression->top_k, 0.1);
    const QJsonObject json = toJson(experiment);
    QCOMPARE(json["kind"].toString(), QStringLiteral("scaling"));
    QCOMPARE(toJson(parseExperimentObject(json, QString(), "again.json")), json);
}

void ScalingFile::defaults()
{
    const Experiment experiment = parseExperiment(scaling(""), "e.json");
    const ScalingSpec &spec = experiment.scaling;
    QCOMPARE(spec.workers, (std::vector<int>{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024}));
    QVERIFY(!spec.compute_seconds);
    QVERIFY(!spec.compression);
    QCOMPARE(spec.network.preset, std::string("1gbe"));
    QCOMPARE(spec.network.bandwidth_gbps, 1.0);
    QCOMPARE(spec.network.topology, NetworkTopology::Ring);
    const QJsonObject json = toJson(experiment);
    QCOMPARE(json["workers"].toArray().size(), 11);
    QVERIFY(json["compute_seconds"].isNull());
    QCOMPARE(json["network"].toObject()["preset"].toString(), QStringLiteral("1gbe"));
    QCOMPARE(toJson(parseExperimentObject(json, QString(), "again.json")), json);
}

void ScalingFile::problemsAreLocated_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, const QByteArray &json, const char *expected) {
        QTest::newRow(name) << json << QString::fromUtf8(expected);
    };
    row("workers 0", scaling(R"("workers": [0, 2])"), R"(field "workers[0]": value 0; expected an integer ≥ 1 and ≤ 65536)");
    row("workers above 65536", scaling(R"("workers": [1, 65537])"),
        R"(field "workers[1]": value 65537; expected an integer ≥ 1 and ≤ 65536)");
    row("workers descending", scaling(R"("workers": [1, 8, 4])"),
        R"(field "workers[2]": value 4; expected more than 8 (worker counts in increasing order))");
    row("workers repeated", scaling(R"("workers": [2, 2])"),
        R"(field "workers[1]": value 2; expected more than 2)");
    row("workers empty", scaling(R"("workers": [])"), R"(field "workers": value []; expected an array of worker counts)");
    row("workers not integers", scaling(R"("workers": [1, 2.5])"), R"(field "workers[1]": value 2.5; expected an integer)");
    row("compute_seconds zero", scaling(R"("compute_seconds": 0)"),
        R"(field "compute_seconds": value 0; expected null or a number > 0)");
    row("compute_seconds negative", scaling(R"("compute_seconds": -1)"), R"(field "compute_seconds": value -1)");
    row("no network", R"({"kind": "scaling", "dataset": {"name": "moons"}, "batch_size": 8})",
        R"(field "network": value (missing); expected an object {"preset": "10gbe")");
    row("unknown preset", scaling("").replace("1gbe", "5g"),
        R"(field "network.preset": value "5g"; expected one of 1gbe, 10gbe, infiniband, nvlink)");
    row("preset and numbers", scaling("").replace(R"("preset": "1gbe")", R"("preset": "1gbe", "bandwidth_gbps": 2)"),
        R"(field "network.bandwidth_gbps": value 2; expected no bandwidth_gbps with a preset)");
    row("zero bandwidth", scaling("").replace(R"("preset": "1gbe")", R"("bandwidth_gbps": 0)"),
        R"(field "network.bandwidth_gbps": value 0; expected a number > 0)");
    row("top_k zero", scaling(R"("compression": {"top_k": 0})"),
        R"(field "compression.top_k": value 0; expected a number > 0 and ≤ 1)");
    row("whole-set batch", scaling("", "0"), R"(field "batch_size": value 0; expected a per-worker batch of at least 1 sample)");
    row("batch larger than the set", scaling("", "401"),
        R"(field "batch_size": value 401; expected at most 400, the training samples)");
    row("batch norm on one sample",
        R"({"kind": "scaling", "dataset": {"name": "moons"}, "model": {"hidden": [4], "batch_norm": {}},
            "batch_size": 1, "network": {"preset": "nvlink"}})",
        R"(field "batch_size": value 1; expected mini-batches of at least 2 samples with model.batch_norm)");
    row("data_parallel inside", scaling(R"("data_parallel": {"workers": 2})"),
        R"(field "data_parallel": value {…}; expected no data_parallel: a scaling experiment states its own)");
    row("unknown key", scaling(R"("gpus": 4)"), R"(field "gpus": value 4; expected no such key here)");
}

void ScalingFile::problemsAreLocated()
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

QTEST_GUILESS_MAIN(ScalingFile)
#include "tst_scaling_file.moc"
