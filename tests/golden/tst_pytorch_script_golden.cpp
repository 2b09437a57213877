// The third golden check: kobai-run --as-pytorch turns each trajectory and schedule
// example into a PyTorch 1.13 script; run with /usr/bin/python3, it must print the same
// CSV as kobai-run (same rows, same exit code, every number within 1e-9 relative to
// max(1, |value|): autograd's gradient differs from Kōbai's analytic one in the last
// bits only). Skipped, saying why, only when torch cannot be imported.
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
}

void PytorchScriptGolden::printsTheSameCsv()
{
    QFETCH(QString, experiment);
    const Result kobai = run({experiment});
    const Result script = run({"--as-pytorch", experiment});
    QCOMPARE(script.exitCode, 0);
    const Result python = runProgram("/usr/bin/python3", {"-"}, script.out);
    QCOMPARE(python.exitCode, kobai.exitCode);
    const QList<QByteArray> expected = kobai.out.trimmed().split('\n');
    const QList<QByteArray> got = python.out.trimmed().split('\n');
    QCOMPARE(got.first(), expected.first());
    QCOMPARE(got.size(), expected.size());
    for (qsizetype row = 1; row < expected.size(); ++row) {
        const QList<QByteArray> want = expected[row].split(',');
        const QList<QByteArray> have = got[row].split(',');
        QCOMPARE(have.size(), want.size());
        QCOMPARE(have.first(), want.first());
        for (qsizetype column = 1; column < want.size(); ++column) {
            const double w = want[column].toDouble(), h = have[column].toDouble();
            if (!(std::abs(h - w) <= 1e-9 * std::max(1.0, std::abs(w))))
                QFAIL(qPrintable(QStringLiteral("row %1, column %2: PyTorch %3, Kōbai %4")
                                     .arg(row - 1)
                                     .arg(column)
                                     .arg(QString::fromUtf8(have[column]), QString::fromUtf8(want[column]))));
        }
    }
}

QTEST_GUILESS_MAIN(PytorchScriptGolden)
#include "tst_pytorch_script_golden.moc"
