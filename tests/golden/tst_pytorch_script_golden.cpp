// The third golden check: kobai-run --as-pytorch turns each trajectory and schedule
// example, five float64 training examples, and each run of golden/training/ (every dataset generator, the three
// models, SGD, Momentum/Nesterov, Adam, RMSprop and textbook rules, schedulers, L2, L1,
// clipping, early stopping with restored weights, batch norm, dropout, Fashion-MNIST with
// shifts, flips and input noise), into a PyTorch 1.13 script; run with /usr/bin/python3,
// it must print the same CSV as kobai-run (same rows, same exit code, every number within
// 1e-9 relative to max(1, |value|): autograd's gradient and PyTorch's sums differ from
// Kōbai's in the last bits only), but for the seconds a training epoch took. Training
// scripts carry Kōbai's data, initial weights, mini-batch order, dropout masks and
// augmentation draws, so this holds epoch by epoch. Skipped, saying why, only when torch
// cannot be imported.
#include "KobaiRunProcess.h"

#include <QDir>
#include <QTest>

#include <cmath>

class PytorchScriptGolden : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void printsTheSameCsv_data();
    void printsTheSameCsv();
};

void PytorchScriptGolden::initTestCase()
{
    const Result probe = runProgram("/usr/bin/python3", {"-c", "import torch"});
    if (probe.exitCode != 0)
        QSKIP(qPrintable("/usr/bin/python3 cannot import torch (install python3-torch): " +
                         QString::fromUtf8(probe.err.trimmed().split('\n').last())));
}

void PytorchScriptGolden::printsTheSameCsv_data()
{
    QTest::addColumn<QString>("experiment");
    const QDir examples(QStringLiteral(KOBAI_SOURCE_DIR "/examples"));
    const QStringList files = examples.entryList({"trajectory-*.json", "schedule-*.json"}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 5);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << examples.filePath(file);
    for (const QString &file : QDir(examples.filePath("ravine-classic")).entryList({"*.json"}, QDir::Files))
        QTest::newRow(qPrintable("ravine-classic/" + file)) << examples.filePath("ravine-classic/" + file);
    // The float64 training examples (the Fashion-MNIST ones are float32 and minutes long);
    // linear-divergent stops with exit code 3 in both.
    for (const char *file : {"moons-mlp.json", "blobs-softmax.json", "linear-bgd.json", "linear-divergent.json",
                             "sine-overfit.json"})
        QTest::newRow(file) << examples.filePath(QLatin1String(file));
    const QDir training(QStringLiteral(KOBAI_TEST_DATA_DIR "/training"));
    const QStringList runs = training.entryList({"*.json"}, QDir::Files, QDir::Name);
    QVERIFY(runs.size() >= 10);
    for (const QString &file : runs)
        QTest::newRow(qPrintable("training/" + file)) << training.filePath(file);
}

void PytorchScriptGolden::printsTheSameCsv()
{
    QFETCH(QString, experiment);
    const Result kobai = run({experiment});
    const Result script = run({"--as-pytorch", experiment});
    QCOMPARE(script.exitCode, 0);
    const Result python = runProgram("/usr/bin/python3", {"-"}, script.out);
    QVERIFY2(python.exitCode == kobai.exitCode, python.err.constData());
    const QList<QByteArray> expected = kobai.out.trimmed().split('\n');
    const QList<QByteArray> got = python.out.trimmed().split('\n');
    QCOMPARE(got.first(), expected.first());
    QCOMPARE(got.size(), expected.size());
    const qsizetype seconds = expected.first().split(',').indexOf("seconds"); // -1: not a training CSV
    double largest = 0.0; // the largest difference relative to max(1, |value|), for the log
    for (qsizetype row = 1; row < expected.size(); ++row) {
        const QList<QByteArray> want = expected[row].split(',');
        const QList<QByteArray> have = got[row].split(',');
        QCOMPARE(have.size(), want.size());
        QCOMPARE(have.first(), want.first());
        for (qsizetype column = 1; column < want.size(); ++column) {
            if (column == seconds)
                continue;
            const double w = want[column].toDouble(), h = have[column].toDouble();
            largest = std::max(largest, std::abs(h - w) / std::max(1.0, std::abs(w)));
            if (!(std::abs(h - w) <= 1e-9 * std::max(1.0, std::abs(w))))
                QFAIL(qPrintable(QStringLiteral("row %1, column %2: PyTorch %3, Kōbai %4")
                                     .arg(row - 1)
                                     .arg(column)
                                     .arg(QString::fromUtf8(have[column]), QString::fromUtf8(want[column]))));
        }
    }
    qInfo("%lld rows, largest difference %.3g", static_cast<long long>(expected.size() - 1), largest);
}

QTEST_GUILESS_MAIN(PytorchScriptGolden)
#include "tst_pytorch_script_golden.moc"
