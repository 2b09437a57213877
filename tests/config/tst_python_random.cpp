// The exported training script draws its initial weights, mini-batch orders, dropout masks
// and augmentation from KobaiRandom (src/config/pytorch/kobai_random.py), a Python port of
// the engine's Random. Both print the same draws for several seeds and streams, and the
// doubles must agree bit for bit (printed as hex), so that a script's run is Kōbai's.
#include "core/Random.h"

#include <QFile>
#include <QProcess>
#include <QTest>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <vector>

using namespace kobai;

namespace {

const std::uint64_t seeds[] = {0, 42, UINT64_MAX};
const RandomStream streams[] = {RandomStream::DataSplit, RandomStream::WeightInit, RandomStream::Shuffle,
                                RandomStream::Dropout,   RandomStream::Augmentation, RandomStream::InputNoise};

/// The double's exact value (C's %a; QString::asprintf has no %a).
QString hex(double value)
{
    char text[64];
    std::snprintf(text, sizeof text, "%a", value);
    return QString::fromLatin1(text);
}

/// What the engine draws, one line per draw, in the order the Python program below draws.
QString engineDraws()
{
    QStringList lines;
    for (std::uint64_t seed : seeds)
        for (RandomStream stream : streams) {
            Random random(seed, stream);
            for (int i = 0; i < 3; ++i)
                lines << QString::number(random.nextBits());
            lines << hex(random.uniform01()) << hex(random.uniform(-0.3, 0.3)) << hex(random.normal())
                  << QString::number(random.below(7));
            std::vector<int> items(20);
            std::iota(items.begin(), items.end(), 0);
            random.shuffle(items);
            QStringList shuffled;
            for (int item : items)
                shuffled << QString::number(item);
            lines << shuffled.join(' ');
            for (int i = 0; i < 5; ++i)
                lines << hex(random.uniform01());
            for (int i = 0; i < 5; ++i)
                lines << hex(random.normal());
        }
    return lines.join('\n');
}

const char *pythonDraws = R"py(
import math, sys
import numpy as np
import torch
from torch import nn
exec(open(sys.argv[1], encoding="utf-8").read())
for seed in (0, 42, 2 ** 64 - 1):
    for stream in (DATA_SPLIT, WEIGHT_INIT, SHUFFLE, DROPOUT, AUGMENTATION, INPUT_NOISE):
        r = KobaiRandom(seed, stream)
        lines = [str(r.next_bits()) for _ in range(3)]
        lines += [r.uniform01().hex(), r.uniform(-0.3, 0.3).hex(), r.normal().hex(), str(r.below(7))]
        items = list(range(20))
        r.shuffle(items)
        lines.append(" ".join(map(str, items)))
        lines += [float(u).hex() for u in r.uniform01s(5)]
        lines += [z.hex() for z in r.normals(5)]
        print("\n".join(lines))
)py";

/// C's %a and Python's float.hex() write the same double differently (0x1.8p+1 against
/// 0x1.8000000000000p+1, 0x0p+0 against 0x0.0p+0): compare the values they name.
QStringList normalized(const QString &text)
{
    QStringList lines = text.split('\n');
    for (QString &line : lines)
        if (line.contains(QLatin1String("0x")))
            line = hex(std::strtod(line.toLatin1().constData(), nullptr));
    return lines;
}

} // namespace

class PythonRandom : public QObject {
    Q_OBJECT
private slots:
    void pythonDrawsTheEnginesNumbers();
};

void PythonRandom::pythonDrawsTheEnginesNumbers()
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QString::fromLatin1(pythonDraws),
                  QStringLiteral(KOBAI_SOURCE_DIR "/src/config/pytorch/kobai_random.py")});
    QVERIFY(python.waitForFinished(60000));
    const QByteArray err = python.readAllStandardError();
    if (err.contains("No module named 'torch'"))
        QSKIP("/usr/bin/python3 cannot import torch (install python3-torch)");
    QVERIFY2(python.exitCode() == 0, err.constData());
    const QStringList got = normalized(QString::fromLatin1(python.readAllStandardOutput()).trimmed());
    const QStringList want = normalized(engineDraws());
    QCOMPARE(got.size(), want.size());
    for (qsizetype i = 0; i < want.size(); ++i)
        if (got[i] != want[i])
            QFAIL(qPrintable(QStringLiteral("line %1: Python %2, engine %3").arg(i).arg(got[i], want[i])));
}

QTEST_GUILESS_MAIN(PythonRandom)
#include "tst_python_random.moc"
