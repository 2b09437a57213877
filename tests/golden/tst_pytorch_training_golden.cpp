// --as-pytorch reproduces a training run: the script carries Kōbai's data, initial weights,
// mini-batch order, dropout masks and augmentation draws, so run with /usr/bin/python3 it
// prints kobai-run's epoch CSV (ScriptCsvComparison.h: ≤ 1e-9 relative, all but seconds),
// epoch by epoch, and stops where Kōbai stops (early stopping, divergence with exit 3).
// The runs of golden/training/ cover every dataset generator, the three models, SGD,
// Nesterov, Adam, RMSprop and textbook rules, schedulers, L2, L1, both clippings, early
// stopping with restored weights, batch norm, dropout, and Fashion-MNIST with shifts, flips
// and input noise; five float64 training examples follow. About a minute of python3:
// release-only. Skipped, saying why, only when torch cannot be imported.
#include "ScriptCsvComparison.h"

class PytorchTrainingGolden : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void printsTheSameCsv_data();
    void printsTheSameCsv();
};

void PytorchTrainingGolden::initTestCase()
{
    if (const QString why = torchMissing(); !why.isEmpty())
        QSKIP(qPrintable(why));
}

void PytorchTrainingGolden::printsTheSameCsv_data()
{
    QTest::addColumn<QString>("experiment");
    addExperimentRows(QStringLiteral(KOBAI_TEST_DATA_DIR "/training"), {"*.json"}, "training/", 10);
    // The float64 training examples (the Fashion-MNIST ones are float32 and minutes long);
    // linear-divergent stops with exit code 3 in both.
    const QDir examples(QStringLiteral(KOBAI_SOURCE_DIR "/examples"));
    for (const char *file : {"moons-mlp.json", "blobs-softmax.json", "linear-bgd.json", "linear-divergent.json",
                             "sine-overfit.json"})
        QTest::newRow(file) << examples.filePath(QLatin1String(file));
}

void PytorchTrainingGolden::printsTheSameCsv()
{
    QFETCH(QString, experiment);
    compareScriptWithKobai(experiment);
}

QTEST_GUILESS_MAIN(PytorchTrainingGolden)
#include "tst_pytorch_training_golden.moc"
