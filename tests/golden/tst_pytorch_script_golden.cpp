// The third golden check: kobai-run --as-pytorch turns each trajectory and schedule
// example into a PyTorch 1.13 script; run with /usr/bin/python3, it must print the same
// CSV as kobai-run (ScriptCsvComparison.h). Training runs are tst_pytorch_training_golden.
// Skipped, saying why, only when torch cannot be imported.
#include "ScriptCsvComparison.h"

#include <QDir>

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
    const QDir examples(QStringLiteral(KOBAI_SOURCE_DIR "/examples"));
    const QStringList files = examples.entryList({"trajectory-*.json", "schedule-*.json"}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 5);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << examples.filePath(file);
    for (const QString &file : QDir(examples.filePath("ravine-classic")).entryList({"*.json"}, QDir::Files))
        QTest::newRow(qPrintable("ravine-classic/" + file)) << examples.filePath("ravine-classic/" + file);
}

void PytorchScriptGolden::printsTheSameCsv()
{
    QFETCH(QString, experiment);
    compareScriptWithKobai(experiment);
}

QTEST_GUILESS_MAIN(PytorchScriptGolden)
#include "tst_pytorch_script_golden.moc"
