// The third golden check: kobai-run --as-pytorch turns each trajectory and schedule
// example into a PyTorch 1.13 script; run with /usr/bin/python3, it must print the same
// CSV as kobai-run (ScriptCsvComparison.h). Training runs are tst_pytorch_training_golden.
// Skipped, saying why, only when torch cannot be imported.
#include "ScriptCsvComparison.h"

class PytorchScriptGolden : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void printsTheSameCsv_data();
    void printsTheSameCsv();
};

void PytorchScriptGolden::initTestCase()
{
    if (const QString why = torchMissing(); !why.isEmpty())
        QSKIP(qPrintable(why));
}

void PytorchScriptGolden::printsTheSameCsv_data()
{
    QTest::addColumn<QString>("experiment");
    addExperimentRows(QStringLiteral(KOBAI_SOURCE_DIR "/examples"), {"trajectory-*.json", "schedule-*.json"}, "", 5);
    addExperimentRows(QStringLiteral(KOBAI_SOURCE_DIR "/examples/ravine-classic"), {"*.json"}, "ravine-classic/", 1);
}

void PytorchScriptGolden::printsTheSameCsv()
{
    QFETCH(QString, experiment);
    compareScriptWithKobai(experiment);
}

QTEST_GUILESS_MAIN(PytorchScriptGolden)
#include "tst_pytorch_script_golden.moc"
