// Text a file can smuggle into the generated PyTorch script (--as-pytorch, --as-pytorch-ddp,
// the app's "Show as PyTorch code"): every string field of every dataset and optimizer,
// filled with Python-breaking text, must change nothing in either script (one process,
// DistributedDataParallel) but the contents of one string literal. Python's own parser
// (ast) is the judge. Also: which of the two the app's dialog shows.
#include "ConfigError.h"
#include "Experiment.h"
#include "PyTorchScript.h"
#include "PythonLiteral.h"
#include "SpecFields.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>

using namespace kobai;
using namespace kobai::config;

namespace {

const QString python = QStringLiteral("/usr/bin/python3");

/// Text that breaks out of a naive "%1" in Python, one way each.
QStringList hostileTexts()
{
    return {
        QStringLiteral(R"(x", val_size=1) if 0 else __import__("os").system("echo injected") #)"),
        QStringLiteral("\\"),
        QStringLiteral("\\\""),
        QStringLiteral("a\nimport os\nos.system(\"echo injected\")\n#"),
        QStringLiteral("a\r__import__('os')\r"),
        QString(QChar(0)) + QStringLiteral("nul"),
        QStringLiteral("\"\"\"; __import__('os') ; \"\"\""),
        QStringLiteral("'''"),
        QStringLiteral("# comment"),
        QStringLiteral("line\u2028separator\u2029paragraph\u0085next"),
        QStringLiteral("non-BMP \U0001F600 and 勾配"),
        QStringLiteral("%1 %6 %18 placeholders"),
        QStringLiteral("{0} {!r} f-string"),
        QStringLiteral("\x7f\x1b[31m control"),
    };
}

struct Case {
    QString name;
    QJsonObject dataset;
    QJsonObject optimizer;
    QString key; ///< the string field
    QString section; ///< "dataset" or "optimizer"
};

/// Every string field an experiment file can give a dataset or an optimizer.
template <class Variant>
void addStringFields(QList<Case> &cases, const QString &section, const QStringList &names)
{
    for (std::size_t i = 0; i < std::variant_size_v<Variant>; ++i) {
        std::visit(
            [&](const auto &options) {
                for (const auto &f : fieldsOf(options))
                    if (std::holds_alternative<std::string std::remove_cvref_t<decltype(options)>::*>(f.member)) {
                        Case c{section + QLatin1Char('.') + QLatin1String(f.key), {}, {}, QLatin1String(f.key), section};
                        (section == QLatin1String("dataset") ? c.dataset : c.optimizer)
                            .insert(QStringLiteral("name"), names[static_cast<qsizetype>(i)]);
                        cases << c;
                    }
            },
            variantAlternative<Variant>(i));
    }
}

QList<Case> stringFieldCases()
{
    QList<Case> cases;
    addStringFields<DatasetSpec>(cases, QStringLiteral("dataset"), datasetNames());
    addStringFields<OptimizerSpec>(cases, QStringLiteral("optimizer"),
                                   optimizerNames(RuleVariant::PyTorch) + optimizerNames(RuleVariant::Textbook));
    return cases;
}

/// The scripts a training experiment has: one process, and DDP for a data_parallel sync run.
enum class Script { OneProcess, Ddp };

/// The experiment as a script of the kind asked for: a DDP script's experiment gets
/// data_parallel with 2 workers and per-worker batches that fit every default dataset.
QString scriptOf(QJsonObject experiment, Script kind)
{
    if (kind == Script::Ddp) {
        experiment.insert(QStringLiteral("batch_size"), 4);
        experiment.insert(QStringLiteral("data_parallel"), QJsonObject{{"workers", 2}});
    }
    const QByteArray json = QJsonDocument(experiment).toJson();
    const Experiment parsed = parseExperiment(json, QStringLiteral("e.json"));
    return kind == Script::Ddp ? pytorchDdpScript(parsed, QStringLiteral("e.json"))
                               : pytorchScript(parsed, QStringLiteral("e.json"));
}

QString scriptWith(const Case &c, const QString &value, Script kind)
{
    QJsonObject dataset = c.dataset;
    QJsonObject optimizer = c.optimizer;
    (c.section == QLatin1String("dataset") ? dataset : optimizer).insert(c.key, value);
    QJsonObject experiment{{"kind", "training"}, {"epochs", 1}};
    if (!dataset.isEmpty())
        experiment.insert(QStringLiteral("dataset"), dataset);
    if (!optimizer.isEmpty())
        experiment.insert(QStringLiteral("optimizer"), optimizer);
    return scriptOf(experiment, kind);
}

/// Runs python3 on a program with arguments, at most 60 s; its output, or a failure text.
QString runPython(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(python, QStringList{QStringLiteral("-c"), program} + arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return QStringLiteral("python3 did not finish in 60 s");
    }
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError()).trimmed();
}

QString write(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    QFile file(dir.filePath(name));
    file.open(QIODevice::WriteOnly);
    file.write(text.toUtf8());
    return file.fileName();
}

/// Given (benign script, hostile script, hostile text as UTF-8 hex) triples: the two
/// scripts' syntax trees are equal once every string constant is blanked, and the hostile
/// text is one of the hostile script's string constants, whole.
const char *astCheck = R"py(
import ast, sys
def shape(path):
    tree = ast.parse(open(path, encoding="utf-8").read(), path)
    strings = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            strings.append(node.value)
            node.value = ""
    return ast.dump(tree), strings
args = sys.argv[1:]
for benign_path, hostile_path, hexed in zip(args[0::3], args[1::3], args[2::3]):
    benign, _ = shape(benign_path)
    hostile, strings = shape(hostile_path)
    text = bytes.fromhex(hexed).decode("utf-8")
    if hostile != benign:
        print(hostile_path + ": the text changed the code, not only a string literal")
    elif text not in strings:
        print(hostile_path + ": the text is not one whole string literal")
print("checked", len(args) // 3)
)py";

} // namespace

class HostileScript : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void stringLiteralsAreOneLineOfAscii();
    void stringLiteralsReadBackExactly();
    void numbersAreValidPython();
    void everyStringFieldStaysInsideItsLiteral();
    void embeddedDataAreOnlyBase64Literals();
    void appShowsDdpForDataParallelRuns();
};

void HostileScript::initTestCase()
{
    QVERIFY2(QFileInfo(python).isExecutable(), "the test needs /usr/bin/python3");
}

void HostileScript::stringLiteralsAreOneLineOfAscii()
{
    for (const QString &text : hostileTexts()) {
        const QString literal = pythonString(text);
        for (QChar c : literal)
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'%', qPrintable(literal));
        QVERIFY(literal.startsWith(u'"') && literal.endsWith(u'"'));
    }
}

void HostileScript::stringLiteralsReadBackExactly()
{
    // Each literal is compared, by Python, with the UTF-8 bytes of the text it came from.
    QString program = QStringLiteral("bad = 0\n");
    for (const QString &text : hostileTexts())
        program += QStringLiteral("if %1 != bytes.fromhex(\"%2\").decode(\"utf-8\"): bad += 1; "
                                  "print(\"differs:\", %1.encode(\"unicode_escape\"))\n")
                       .arg(pythonString(text), QString::fromLatin1(text.toUtf8().toHex()));
    program += QStringLiteral("print(\"differ:\", bad)\n");
    QCOMPARE(runPython(program, {}), QStringLiteral("differ: 0"));
}

void HostileScript::numbersAreValidPython()
{
    const double values[] = {0.0, -0.0, 0.1, 1e308, -1.7976931348623157e308, 5e-324, 1e-300,
                             std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(),
                             std::numeric_limits<double>::quiet_NaN()};
    // Each expression is compared, by Python, with the double's own eight bytes.
    QString program = QStringLiteral("import math, struct\nbad = 0\n");
    for (double value : values) {
        QByteArray bytes(sizeof value, Qt::Uninitialized);
        std::memcpy(bytes.data(), &value, sizeof value);
        program += QStringLiteral("v = %1\nw = struct.unpack(\"=d\", bytes.fromhex(\"%2\"))[0]\n"
                                  "if not (v == w and math.copysign(1, v) == math.copysign(1, w) or math.isnan(v) "
                                  "and math.isnan(w)): bad += 1; print(\"wrong:\", %3, v)\n")
                       .arg(pythonNumber(value), QString::fromLatin1(bytes.toHex()), pythonString(pythonNumber(value)));
    }
    program += QStringLiteral("print(\"wrong:\", bad)\n");
    QCOMPARE(runPython(program, {}), QStringLiteral("wrong: 0"));
}

void HostileScript::everyStringFieldStaysInsideItsLiteral()
{
    const QList<Case> cases = stringFieldCases();
    QVERIFY2(!cases.isEmpty(), "no string field found: the dataset path at least is one");
    QTemporaryDir dir;
    QStringList arguments;
    int n = 0;
    for (const Case &c : cases)
        for (Script kind : {Script::OneProcess, Script::Ddp}) {
            const QString benign =
                write(dir, QStringLiteral("%1-benign.py").arg(n), scriptWith(c, QStringLiteral("benign"), kind));
            for (const QString &text : hostileTexts()) {
                QString script;
                try {
                    script = scriptWith(c, text, kind);
                } catch (const ConfigError &error) {
                    QFAIL(qPrintable(c.name + ": " + error.text()));
                }
                arguments << benign << write(dir, QStringLiteral("%1-%2.py").arg(c.name).arg(n++), script)
                          << QString::fromLatin1(text.toUtf8().toHex());
            }
        }
    QCOMPARE(runPython(QString::fromLatin1(astCheck), arguments),
             QStringLiteral("checked %1").arg(arguments.size() / 3));
}

/// The data a training script embeds (every synthetic set, with noise 1e300 where it has
/// noise, so that the values are extreme) are constants only: `parts` (at the top of a
/// one-process script, in experiment(rank) of a DDP one) is a list of three embedded_part
/// calls whose arguments are base64 string literals, integers and booleans.
void HostileScript::embeddedDataAreOnlyBase64Literals()
{
    QTemporaryDir dir;
    QStringList arguments;
    for (const QString &name : datasetNames()) {
        if (name == QLatin1String("fashion-mnist"))
            continue; // no embedded data: Kōbai's split of the IDX files at its path
        QJsonObject dataset{{"name", name}, {"n", 50}};
        if (name != QLatin1String("blobs"))
            dataset.insert(QStringLiteral("noise"), 1e300);
        const QJsonObject experiment{{"kind", "training"}, {"epochs", 1}, {"dataset", dataset}};
        arguments << write(dir, name + QStringLiteral(".py"), scriptOf(experiment, Script::OneProcess))
                  << write(dir, name + QStringLiteral("-ddp.py"), scriptOf(experiment, Script::Ddp));
    }
    const char *check = R"py(
import ast, re, sys
base64 = re.compile(r"[A-Za-z0-9+/=]*")
for path in sys.argv[1:]:
    tree = ast.parse(open(path, encoding="utf-8").read(), path)
    body = tree.body + [s for f in tree.body if isinstance(f, ast.FunctionDef) and f.name == "experiment" for s in f.body]
    parts = [n.value for n in body if isinstance(n, ast.Assign) and ast.unparse(n.targets[0]) == "parts"]
    assert len(parts) == 1 and isinstance(parts[0], ast.List) and len(parts[0].elts) == 3, path
    for call in parts[0].elts:
        assert isinstance(call, ast.Call) and ast.unparse(call.func) == "embedded_part" and not call.keywords, path
        for arg in call.args:
            assert isinstance(arg, ast.Constant), (path, ast.unparse(arg))
            assert not isinstance(arg.value, str) or base64.fullmatch(arg.value), path
print("checked", len(sys.argv) - 1)
)py";
    QCOMPARE(runPython(QString::fromLatin1(check), arguments), QStringLiteral("checked %1").arg(arguments.size()));
}

/// "Show as PyTorch code" (shownPytorchScript): the DDP script for a data_parallel run, so
/// that its numbers are the app's; the one-process script otherwise; for a mode DDP does
/// not have, the located refusal (the dialog shows it as a comment).
void HostileScript::appShowsDdpForDataParallelRuns()
{
    const QJsonObject plain{{"kind", "training"}, {"epochs", 1}, {"batch_size", 4}};
    QJsonObject parallel = plain;
    parallel.insert(QStringLiteral("data_parallel"), QJsonObject{{"workers", 2}});
    const auto shown = [](const QJsonObject &experiment) {
        return shownPytorchScript(parseExperiment(QJsonDocument(experiment).toJson(), QStringLiteral("e.json")),
                                  QStringLiteral("e.json"));
    };
    QVERIFY(shown(parallel).contains(QStringLiteral("launch(experiment, workers)")));
    QVERIFY(!shown(plain).contains(QStringLiteral("launch(experiment, workers)")));
    parallel.insert(QStringLiteral("data_parallel"), QJsonObject{{"workers", 2}, {"mode", "async"}});
    try {
        shown(parallel);
        QFAIL("an async run has no DDP script");
    } catch (const ConfigError &error) {
        QVERIFY2(error.text().contains(QStringLiteral("field \"data_parallel.mode\"")), qPrintable(error.text()));
    }
}

QTEST_APPLESS_MAIN(HostileScript)
#include "tst_hostile_script.moc"
