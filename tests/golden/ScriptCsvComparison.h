#pragma once
// What the --as-pytorch and --as-pytorch-ddp golden tests share: run an experiment with
// kobai-run and its script with /usr/bin/python3, and compare the two CSVs. Same header,
// same rows, same exit code, every number within 1e-9 relative to max(1, |value|)
// (autograd's gradients and PyTorch's sums differ from Kōbai's in the last bits only),
// except a training row's seconds and a data-parallel row's modelled_seconds (measured).
// Include inside a Qt Test slot's translation unit.
#include "KobaiRunProcess.h"

#include <QDir>
#include <QTest>

#include <algorithm>
#include <cmath>

namespace {

/// Why /usr/bin/python3 cannot run the scripts (no torch: Debian's python3-torch), or
/// nothing when it can.
inline QString torchMissing()
{
    const Result probe = runProgram("/usr/bin/python3", {"-c", "import torch"});
    if (probe.exitCode == 0)
        return {};
    return "/usr/bin/python3 cannot import torch (install python3-torch): " +
           QString::fromUtf8(probe.err.trimmed().split('\n').last());
}

/// A row of the "experiment" column per file of folder matching patterns, named
/// prefix + file name, in name order; fails the _data function when fewer than least.
inline void addExperimentRows(const QString &folder, const QStringList &patterns, const QString &prefix,
                              qsizetype least)
{
    const QDir dir(folder);
    const QStringList files = dir.entryList(patterns, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= least, qPrintable(folder));
    for (const QString &file : files)
        QTest::newRow(qPrintable(prefix + file)) << dir.filePath(file);
}

/// Fails the current test function when the script's CSV is not kobai-run's; logs the
/// largest difference found. option is --as-pytorch or --as-pytorch-ddp; the script runs
/// from a file (a DDP script's processes import it again), as a learner would run it.
inline void compareScriptWithKobai(const QString &experiment, const QString &option = QStringLiteral("--as-pytorch"))
{
    const Result kobai = run({experiment});
    const Result script = run({option, experiment});
    QCOMPARE(script.exitCode, 0);
    const QTemporaryDir dir;
    const Result python = runProgram("/usr/bin/python3", {writeFile(dir, "experiment.py", script.out)});
    QVERIFY2(python.exitCode == kobai.exitCode, python.err.constData());
    const QList<QByteArray> expected = kobai.out.trimmed().split('\n');
    const QList<QByteArray> got = python.out.trimmed().split('\n');
    QCOMPARE(got.first(), expected.first());
    QCOMPARE(got.size(), expected.size());
    // -1 when not a training CSV (or not data-parallel): the measured columns are skipped.
    const QList<QByteArray> header = expected.first().split(',');
    const qsizetype seconds = header.indexOf("seconds"), modelled = header.indexOf("modelled_seconds");
    double largest = 0.0; // the largest difference relative to max(1, |value|), for the log
    for (qsizetype row = 1; row < expected.size(); ++row) {
        const QList<QByteArray> want = expected[row].split(',');
        const QList<QByteArray> have = got[row].split(',');
        QCOMPARE(have.size(), want.size());
        QCOMPARE(have.first(), want.first());
        for (qsizetype column = 1; column < want.size(); ++column) {
            if (column == seconds || column == modelled)
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

} // namespace
