// --as-pytorch-ddp reproduces a data_parallel sync run: its script, run with
// /usr/bin/python3, starts K DistributedDataParallel processes on gloo at 127.0.0.1 and
// rank 0 prints kobai-run's epoch CSV (ScriptCsvComparison.h: ≤ 1e-9 relative, all but
// seconds and modelled_seconds). The runs of golden/ddp/ cover 2 workers with dropout
// (each rank its own stream), an uneven last batch of one sample (rank 0's shard empty)
// with penalties, clipping and early stopping, 3 workers with Adam, StepLR, batch norm,
// dropout, input noise and a last batch of 6/7/7, and a divergence (exit 3 from every rank).
// The same script also runs as the header tells for several hosts (RANK, WORLD_SIZE,
// MASTER_ADDR, MASTER_PORT), here two processes on 127.0.0.1. Each run imports torch
// K + 1 times: release-only. Skipped, saying why, only when torch cannot be imported.
#include "ScriptCsvComparison.h"

#include <QProcessEnvironment>

class PytorchDdpGolden : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void runsAsOneRankPerHost();
    void printsTheSameCsv_data();
    void printsTheSameCsv();
};

void PytorchDdpGolden::initTestCase()
{
    if (const QString why = torchMissing(); !why.isEmpty())
        QSKIP(qPrintable(why));
}

/// One process per "host", each given its RANK, WORLD_SIZE and the rendezvous: rank 0
/// prints kobai-run's CSV (compared on the columns kobai-run and the script share
/// exactly: epoch and losses), rank 1 nothing; a WORLD_SIZE other than the script's K is
/// refused before any rendezvous.
void PytorchDdpGolden::runsAsOneRankPerHost()
{
    const QString experiment = QStringLiteral(KOBAI_TEST_DATA_DIR "/ddp/moons-dropout-2.json");
    const Result kobai = run({experiment});
    const QTemporaryDir dir;
    const QString script = writeFile(dir, "experiment.py", run({"--as-pytorch-ddp", experiment}).out);
    const Result port = runProgram("/usr/bin/python3", {"-c", "import socket\ns = socket.socket()\n"
                                                              "s.bind(('127.0.0.1', 0))\nprint(s.getsockname()[1])"});
    QProcess ranks[2];
    for (int rank = 0; rank < 2; ++rank) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("RANK", QString::number(rank));
        environment.insert("WORLD_SIZE", "2");
        environment.insert("MASTER_ADDR", "127.0.0.1");
        environment.insert("MASTER_PORT", QString::fromLatin1(port.out.trimmed()));
        ranks[rank].setProcessEnvironment(environment);
        ranks[rank].start("/usr/bin/python3", {script});
    }
    for (QProcess &rank : ranks)
        QVERIFY(rank.waitForFinished(120000));
    QVERIFY2(ranks[0].exitCode() == 0, ranks[0].readAllStandardError().constData());
    QVERIFY2(ranks[1].exitCode() == 0, ranks[1].readAllStandardError().constData());
    QVERIFY(ranks[1].readAllStandardOutput().isEmpty());
    const QList<QByteArray> got = ranks[0].readAllStandardOutput().trimmed().split('\n');
    const QList<QByteArray> expected = kobai.out.trimmed().split('\n');
    QCOMPARE(got.size(), expected.size());
    QCOMPARE(got.first(), expected.first());
    for (qsizetype row = 1; row < expected.size(); ++row)
        for (int column : {0, 1, 2}) {
            const double w = expected[row].split(',')[column].toDouble(), h = got[row].split(',')[column].toDouble();
            QVERIFY2(std::abs(h - w) <= 1e-9 * std::max(1.0, std::abs(w)), got[row].constData());
        }

    QProcess mismatched;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("RANK", "0");
    environment.insert("WORLD_SIZE", "3");
    mismatched.setProcessEnvironment(environment);
    mismatched.start("/usr/bin/python3", {script});
    QVERIFY(mismatched.waitForFinished(120000));
    QCOMPARE(mismatched.exitCode(), 1);
    QVERIFY2(mismatched.readAllStandardError().contains("WORLD_SIZE is 3, but this experiment has 2 workers"),
             "the refusal names WORLD_SIZE and the script's workers");
}

void PytorchDdpGolden::printsTheSameCsv_data()
{
    QTest::addColumn<QString>("experiment");
    addExperimentRows(QStringLiteral(KOBAI_TEST_DATA_DIR "/ddp"), {"*.json"}, "ddp/", 4);
}

void PytorchDdpGolden::printsTheSameCsv()
{
    QFETCH(QString, experiment);
    compareScriptWithKobai(experiment, QStringLiteral("--as-pytorch-ddp"));
}

QTEST_GUILESS_MAIN(PytorchDdpGolden)
#include "tst_pytorch_ddp_golden.moc"
