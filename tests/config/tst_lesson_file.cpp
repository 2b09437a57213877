// Lesson folders: the shipped lessons read cleanly, and every broken lesson file is
// refused with one message naming the file, the field and what was expected.
#include "ConfigError.h"
#include "Lesson.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kobai;
using namespace kobai::config;

namespace {

// A small valid lesson; each broken case below changes one piece of it.
const QByteArray validLesson = R"({
  "format_version": 1, "id": "tiny", "order": 3,
  "title": {"ja": "小さなレッスン", "en": "A tiny lesson"},
  "try_this": {"ja": "学習率を変えてみましょう。", "en": "Change the learning rate."},
  "experiments": [
    {"name": "a", "label": {"ja": "A", "en": "A"},
     "experiment": {"dataset": {"name": "linear", "n": 40}, "model": {"name": "linear"}, "epochs": 2}},
    {"name": "b", "label": {"ja": "B", "en": "B"},
     "experiment": {"dataset": {"name": "moons", "n": 40}, "model": {"name": "softmax"}, "epochs": 2}}
  ],
  "controls": [
    {"field": "optimizer.lr", "label": {"ja": "学習率", "en": "Learning rate"}, "scale": "log", "min": 0.001, "max": 1},
    {"field": "batch_size", "label": {"ja": "B", "en": "B"}, "values": [1, 8, 0],
     "value_labels": [{"ja": "1", "en": "1"}, {"ja": "8", "en": "8"}, {"ja": "全体", "en": "full"}]},
    {"field": "seed", "label": {"ja": "シード", "en": "Seed"}, "min": 0, "max": 9, "step": 1}
  ],
  "charts": [
    {"title": {"ja": "損失", "en": "Loss"}, "x": "epoch", "series": ["train_loss", "val_loss"], "log_y": true},
    {"title": {"ja": "正解率", "en": "Accuracy"}, "series": ["val_acc"], "experiments": ["b"]},
    {"title": {"ja": "更新", "en": "Updates"}, "x": "update", "series": ["batch_loss"]}
  ],
  "questions": [
    {"id": "pick-one", "kind": "single", "syllabus": "sgd-minibatch", "difficulty": 1,
     "prompt": {"ja": "正しいものは？", "en": "Which is true?"},
     "choices": [{"ja": "甲", "en": "A"}, {"ja": "乙", "en": "B"}], "answer": 1,
     "explanation": {"ja": "乙です。", "en": "B is."}},
    {"id": "pick-all", "kind": "multiple", "syllabus": "learning-rate", "difficulty": 2,
     "prompt": {"ja": "すべて選べ", "en": "Pick all"},
     "choices": [{"ja": "甲", "en": "A"}, {"ja": "乙", "en": "B"}, {"ja": "丙", "en": "C"}], "answer": [0, 2],
     "explanation": {"ja": "甲と丙。", "en": "A and C."}},
    {"id": "count", "kind": "number", "syllabus": "sgd-minibatch", "difficulty": 1,
     "prompt": {"ja": "更新回数は？", "en": "How many updates?"}, "answer": 31250, "tolerance": 0,
     "explanation": {"ja": "1000000/32", "en": "1000000/32"}},
    {"id": "blank", "kind": "fill_code", "syllabus": "momentum", "difficulty": 2,
     "prompt": {"ja": "空欄を埋めよ", "en": "Fill the blanks"},
     "code": "v = ____ * v - lr * ____",
     "blanks": [{"choices": ["momentum", "lr"], "answer": 0}, {"choices": ["params", "grads"], "answer": 1}],
     "explanation": {"ja": "v ← αv − ηg", "en": "v ← αv − ηg"}},
    {"id": "curve", "kind": "read_curve", "syllabus": "generalization", "difficulty": 2,
     "prompt": {"ja": "この曲線の問題は？", "en": "What is wrong?"}, "experiment": "b",
     "choices": [{"ja": "過学習", "en": "Over-fitting"}, {"ja": "問題なし", "en": "Nothing"}], "answer": 1,
     "explanation": {"ja": "健全です。", "en": "It is healthy."}}
  ]
})";

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

/// A lesson folder named `name` under dir with the given lesson.json and both texts.
QString makeLesson(const QTemporaryDir &dir, const QString &name, const QByteArray &json)
{
    const QString folder = dir.filePath(name);
    QDir().mkpath(folder);
    writeFile(folder + "/lesson.json", json);
    writeFile(folder + "/text.ja.md", "# 見出し\n\n本文 w<sub>t+1</sub> = w<sub>t</sub> − η·g\n");
    writeFile(folder + "/text.en.md", "# Heading\n\nBody w<sub>t+1</sub> = w<sub>t</sub> − η·g\n");
    return folder;
}

/// A fixture with its first `from` replaced by `to`.
QByteArray changed(QByteArray json, const QByteArray &from, const QByteArray &to)
{
    const qsizetype at = json.indexOf(from);
    if (at < 0)
        qFatal("test fixture: \"%s\" is not in the lesson", from.constData());
    return json.replace(at, from.size(), to);
}

QByteArray replaced(const QByteArray &from, const QByteArray &to)
{
    return changed(validLesson, from, to);
}

// Two trajectories on the ravine, a quadratic one and a training run, for landscapes.
const QByteArray landscapeLesson = R"({
  "format_version": 1, "id": "scape", "order": 5,
  "title": {"ja": "地形", "en": "Landscape"}, "try_this": {"ja": "試す", "en": "Try"},
  "experiments": [
    {"name": "sgd", "label": {"ja": "SGD", "en": "SGD"},
     "experiment": {"kind": "trajectory", "function": "ravine", "start": [-7, 2], "steps": 30}},
    {"name": "adam", "label": {"ja": "Adam", "en": "Adam"},
     "experiment": {"kind": "trajectory", "function": "ravine", "start": [-7, 2], "steps": 30,
                    "optimizer": {"name": "Adam", "variant": "textbook", "lr": 0.3}}},
    {"name": "bowl", "label": {"ja": "お椀", "en": "Bowl"},
     "experiment": {"kind": "trajectory", "function": {"name": "quadratic", "a": 1, "b": 0}, "start": [1, 1], "steps": 10}},
    {"name": "mlp", "label": {"ja": "MLP", "en": "MLP"},
     "experiment": {"dataset": {"name": "linear", "n": 40}, "model": {"name": "linear"}, "epochs": 2}}],
  "landscapes": [
    {"title": {"ja": "谷", "en": "Ravine"}, "function": "ravine", "range": [[-10, 10], [-5, 5]], "levels": 20,
     "experiments": ["sgd", "adam"]},
    {"title": {"ja": "お椀", "en": "Bowl"}, "function": {"name": "quadratic", "a": 1, "b": 0},
     "range": [[-2, 2], [-1, 1]], "experiments": ["bowl"]}]})";

QByteArray brokenLandscape(const QByteArray &from, const QByteArray &to)
{
    return changed(landscapeLesson, from, to);
}

// Layer charts: a sigmoid net measured at epochs 0 and 2, a ReLU net measured every epoch
// whose epochs a control moves in 2 … 6, a softmax model without hidden layers, a net
// without layer_stats and a path.
const QByteArray layerLesson = R"({
  "format_version": 1, "id": "layers", "order": 10,
  "title": {"ja": "層", "en": "Layers"}, "try_this": {"ja": "試す", "en": "Try"},
  "experiments": [
    {"name": "deep", "label": {"ja": "深い", "en": "Deep"},
     "experiment": {"dataset": {"name": "moons", "n": 40}, "model": {"hidden": [4, 3], "activation": "sigmoid"},
                    "epochs": 3, "layer_stats": {"epochs": [0, 2]}}},
    {"name": "wide", "label": {"ja": "広い", "en": "Wide"},
     "experiment": {"dataset": {"name": "moons", "n": 40}, "model": {"hidden": [5, 5]}, "epochs": 3, "layer_stats": {}}},
    {"name": "plain", "label": {"ja": "線形", "en": "Linear"},
     "experiment": {"dataset": {"name": "moons", "n": 40}, "model": {"name": "softmax"}, "epochs": 3}},
    {"name": "bare", "label": {"ja": "素", "en": "Bare"},
     "experiment": {"dataset": {"name": "moons", "n": 40}, "model": {"hidden": [3]}, "epochs": 3}},
    {"name": "path", "label": {"ja": "経路", "en": "Path"},
     "experiment": {"kind": "trajectory", "function": "ravine", "start": [-7, 2], "steps": 5}}],
  "controls": [
    {"field": "epochs", "label": {"ja": "エポック", "en": "Epochs"}, "experiments": ["wide"], "min": 2, "max": 6, "step": 1},
    {"field": "model.activation", "label": {"ja": "活性化", "en": "Activation"}, "experiments": ["deep"],
     "values": ["sigmoid", "tanh"]}],
  "charts": [
    {"title": {"ja": "活性", "en": "Activations"}, "x": "activation", "epoch": 2, "series": ["layer1", "layer2"],
     "experiments": ["deep", "wide"]},
    {"title": {"ja": "重み", "en": "Weights"}, "x": "weight", "epoch": 0, "series": ["layer2"], "experiments": ["deep"]},
    {"title": {"ja": "勾配", "en": "Gradients"}, "x": "layer", "epoch": 1, "series": ["weight_grad_norm", "dead"],
     "experiments": ["wide"], "log_y": true},
    {"title": {"ja": "損失", "en": "Loss"}, "series": ["train_loss"], "experiments": ["deep"]}]})";

QByteArray brokenLayerChart(const QByteArray &from, const QByteArray &to)
{
    return changed(layerLesson, from, to);
}

/// The checker's message for the lesson in folder; a null string when it was accepted.
QString refusal(const QString &folder)
{
    try {
        readLessonFolder(folder);
        return {};
    } catch (const ConfigError &error) {
        return error.text();
    }
}

} // namespace

class LessonFile : public QObject {
    Q_OBJECT
private slots:
    void readsAValidLesson();
    void readsTrajectoryAndScheduleCharts();
    void readsLandscapes();
    void gradientNoiseChartsAreCheckedAgainstTheirExperiments_data();
    void gradientNoiseChartsAreCheckedAgainstTheirExperiments();
    void brokenLandscapesAreLocated_data();
    void brokenLandscapesAreLocated();
    void readsLayerCharts();
    void brokenLayerChartsAreLocated_data();
    void brokenLayerChartsAreLocated();
    void shippedLessonsAreValid();
    void brokenLessonsAreLocated_data();
    void brokenLessonsAreLocated();
    void missingTextIsNamed();
    void rawLatexIsRefused();
    void brokenLessonIsListedBesideGoodOnes();
    void duplicateIdMakesTheLaterFolderBroken();
    void dottedFieldsAreSetAndRead();
};

void LessonFile::readsAValidLesson()
{
    QTemporaryDir dir;
    const Lesson lesson = readLessonFolder(makeLesson(dir, "03-tiny", validLesson));
    QCOMPARE(lesson.id, QStringLiteral("tiny"));
    QCOMPARE(lesson.order, 3);
    QCOMPARE(lesson.title.in("ja"), QStringLiteral("小さなレッスン"));
    QCOMPARE(lesson.title.in("en"), QStringLiteral("A tiny lesson"));
    QCOMPARE(lesson.experiments.size(), 2);
    QCOMPARE(lesson.experiments[1].experiment.training.epochs, 2);
    QCOMPARE(lesson.controls.size(), 3);
    QCOMPARE(lesson.controls[0].scale, LessonControl::Scale::Log);
    QCOMPARE(lesson.controls[1].values.size(), 3);
    QCOMPARE(lesson.controls[1].valueLabels[2].en, QStringLiteral("full"));
    QCOMPARE(lesson.charts.size(), 3);
    QCOMPARE(lesson.charts[1].x, LessonChart::XAxis::Epoch);
    QCOMPARE(lesson.charts[2].x, LessonChart::XAxis::Update);
    QVERIFY(lesson.charts[0].logY);
    QVERIFY(lesson.text.ja.contains("本文"));
    QVERIFY(lesson.text.en.contains("Body"));
    QCOMPARE(lesson.questions.size(), 5);
    QCOMPARE(lesson.questions[1].answers, (QList<int>{0, 2}));
    QCOMPARE(lesson.questions[2].answer, 31250.0);
    QCOMPARE(lesson.questions[3].blankChoices[1], (QStringList{"params", "grads"}));
    QCOMPARE(lesson.questions[4].curve->training.model.kind, ModelKind::Softmax);
}

void LessonFile::readsTrajectoryAndScheduleCharts()
{
    QTemporaryDir dir;
    const QByteArray json = R"({
      "format_version": 1, "id": "paths", "order": 7,
      "title": {"ja": "経路", "en": "Paths"}, "try_this": {"ja": "試す", "en": "Try"},
      "experiments": [
        {"name": "sgd", "label": {"ja": "SGD", "en": "SGD"},
         "experiment": {"kind": "trajectory", "function": "ravine", "start": [-7, 2], "steps": 30}},
        {"name": "cosine", "label": {"ja": "コサイン", "en": "Cosine"},
         "experiment": {"kind": "schedule", "epochs": 50, "scheduler": {"name": "CosineAnnealingLR", "T_max": 50}}},
        {"name": "lrs", "label": {"ja": "掃引", "en": "Sweep"},
         "experiment": {"kind": "sweep", "field": "optimizer.lr", "values": [0.01, 0.1, 1], "experiment": {"epochs": 2}}}],
      "controls": [{"field": "optimizer.lr", "experiments": ["sgd"], "label": {"ja": "η", "en": "η"},
                    "scale": "log", "min": 0.01, "max": 1}],
      "charts": [
        {"title": {"ja": "損失", "en": "Loss"}, "x": "step", "series": ["loss", "x"], "experiments": ["sgd"]},
        {"title": {"ja": "学習率", "en": "Rate"}, "series": ["lr"], "experiments": ["cosine"]},
        {"title": {"ja": "最終損失", "en": "Final loss"}, "x": "value", "series": ["val_loss", "val_acc"],
         "experiments": ["lrs"], "log_x": true}]})";
    const Lesson lesson = readLessonFolder(makeLesson(dir, "07-paths", json));
    QCOMPARE(lesson.charts[0].x, LessonChart::XAxis::Step);
    QCOMPARE(lesson.experiments[0].experiment.kind, ExperimentKind::Trajectory);
    QCOMPARE(lesson.experiments[1].experiment.kind, ExperimentKind::Schedule);
    QCOMPARE(lesson.experiments[2].experiment.sweep.runs.size(), std::size_t{3});
    QCOMPARE(lesson.charts[2].x, LessonChart::XAxis::Value);
    QVERIFY(lesson.charts[2].logX);

    // A trajectory has no epochs: plotting it against epoch names the chart's experiments.
    QByteArray wrong = json;
    wrong.replace(R"("series": ["lr"], "experiments": ["cosine"])", R"("series": ["lr"], "experiments": ["sgd"])");
    try {
        readLessonFolder(makeLesson(dir, "07-wrong", wrong));
        QFAIL("a trajectory on an epoch chart was accepted");
    } catch (const ConfigError &error) {
        QVERIFY2(error.text().contains("field \"charts[1].experiments\"") &&
                     error.text().contains("\"sgd\" is a trajectory experiment"),
                 qPrintable(error.text()));
    }
}

void LessonFile::gradientNoiseChartsAreCheckedAgainstTheirExperiments_data()
{
    QTest::addColumn<QByteArray>("chart");
    QTest::addColumn<QString>("field"); // empty: the lesson reads
    QTest::addColumn<QString>("expected");

    QTest::newRow("variance against B")
        << QByteArray(R"("x": "batch_size", "series": ["gradient_variance", "predicted_variance"], "experiments": ["noise"], "log_x": true, "log_y": true)")
        << QString() << QString();
    QTest::newRow("every column")
        << QByteArray(R"("x": "batch_size", "series": ["samples_per_second", "mean_gradient_norm", "mean_deviation", "finite_population_factor"], "experiments": ["noise"])")
        << QString() << QString();
    QTest::newRow("a training run against B")
        << QByteArray(R"("x": "batch_size", "series": ["gradient_variance"], "experiments": ["noise", "train"])")
        << QString("\"charts[0].experiments\"") << QString("\"train\" is a training experiment");
    QTest::newRow("every experiment, the training run too")
        << QByteArray(R"("x": "batch_size", "series": ["gradient_variance"])")
        << QString("\"charts[0].experiments\"") << QString("experiments that have x \"batch_size\"");
    QTest::newRow("an epoch column against B")
        << QByteArray(R"("x": "batch_size", "series": ["gradient_variance", "val_loss"], "experiments": ["noise"])")
        << QString("\"charts[0].series\"") << QString("each one of gradient_variance, predicted_variance, samples_per_second, mean_gradient_norm, mean_deviation, finite_population_factor (with x \"batch_size\")");
    QTest::newRow("the CSV's repeats column")
        << QByteArray(R"("x": "batch_size", "series": ["repeats"], "experiments": ["noise"])")
        << QString("\"charts[0].series\"") << QString("(with x \"batch_size\")");
    QTest::newRow("a measurement against epochs")
        << QByteArray(R"("x": "epoch", "series": ["train_loss"], "experiments": ["noise"])")
        << QString("\"charts[0].experiments\"") << QString("\"noise\" is a gradient_noise experiment");
    QTest::newRow("a gradient-noise column against epochs")
        << QByteArray(R"("x": "epoch", "series": ["gradient_variance"], "experiments": ["train"])")
        << QString("\"charts[0].series\"") << QString("(with x \"epoch\")");
}

void LessonFile::gradientNoiseChartsAreCheckedAgainstTheirExperiments()
{
    QFETCH(QByteArray, chart);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QByteArray json = R"({
      "format_version": 1, "id": "noise", "order": 4,
      "title": {"ja": "雑音", "en": "Noise"}, "try_this": {"ja": "試す", "en": "Try"},
      "experiments": [
        {"name": "noise", "label": {"ja": "分散", "en": "Variance"},
         "experiment": {"kind": "gradient_noise", "dataset": {"name": "moons", "n": 100},
                        "batch_sizes": [1, 4, 16], "repeats": 10}},
        {"name": "train", "label": {"ja": "学習", "en": "Training"},
         "experiment": {"dataset": {"name": "moons", "n": 100}, "epochs": 2}}],
      "charts": [{"title": {"ja": "分散", "en": "Variance"}, CHART}]})";
    json.replace("CHART", chart);
    QTemporaryDir dir;
    try {
        const Lesson lesson = readLessonFolder(makeLesson(dir, "04-noise", json));
        QVERIFY2(field.isEmpty(), "a broken gradient-noise chart was accepted");
        QCOMPARE(lesson.charts[0].x, LessonChart::XAxis::BatchSize);
        QCOMPARE(lesson.experiments[0].experiment.kind, ExperimentKind::GradientNoise);
    } catch (const ConfigError &error) {
        QVERIFY2(!field.isEmpty(), qPrintable(error.text()));
        QVERIFY2(error.text().contains("lesson.json: field " + field) && error.text().contains(expected),
                 qPrintable(error.text()));
    }
}

void LessonFile::readsLandscapes()
{
    QTemporaryDir dir;
    const Lesson lesson = readLessonFolder(makeLesson(dir, "05-scape", landscapeLesson));
    QCOMPARE(lesson.landscapes.size(), 2);
    const LessonLandscape &ravine = lesson.landscapes[0];
    QCOMPARE(ravine.title.en, QStringLiteral("Ravine"));
    QCOMPARE(ravine.contours.function.kind, SurfaceKind::Ravine);
    QCOMPARE(ravine.contours.range, (ViewRange{-10, 10, -5, 5}));
    QCOMPARE(ravine.contours.levels, 20);
    QCOMPARE(ravine.experiments, (QStringList{"sgd", "adam"}));
    const LessonLandscape &bowl = lesson.landscapes[1];
    QCOMPARE(bowl.contours.function, (SurfaceSpec{SurfaceKind::Quadratic, 1, 0}));
    QCOMPARE(bowl.contours.levels, contourDefaultLevels);
}

void LessonFile::brokenLandscapesAreLocated_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    QTest::newRow("unknown experiment") << brokenLandscape(R"(["sgd", "adam"])", R"(["sgd", "nag"])")
                                        << QString("\"landscapes[0].experiments[1]\"") << QString("one of sgd, adam");
    QTest::newRow("not a trajectory") << brokenLandscape(R"(["sgd", "adam"])", R"(["sgd", "mlp"])")
                                      << QString("\"landscapes[0].experiments\"")
                                      << QString("\"mlp\" is a training experiment");
    QTest::newRow("another function") << brokenLandscape(R"(["bowl"])", R"(["sgd"])")
                                      << QString("\"landscapes[1].function\"") << QString("\"sgd\" walks on \"ravine\"");
    QTest::newRow("quadratic arguments differ") << brokenLandscape(R"("a": 1, "b": 0},
     "range")", R"("a": 1, "b": 2},
     "range")") << QString("\"landscapes[1].function\"") << QString("\"bowl\" walks on");
    QTest::newRow("reversed range") << brokenLandscape("[[-10, 10], [-5, 5]]", "[[10, -10], [-5, 5]]")
                                    << QString("\"landscapes[0].range[0]\"") << QString("x0 < x1");
    QTest::newRow("range of one interval") << brokenLandscape("[[-10, 10], [-5, 5]]", "[[-10, 10]]")
                                           << QString("\"landscapes[0].range\"") << QString("[[x0, x1], [y0, y1]]");
    QTest::newRow("no experiments") << brokenLandscape(R"(, "experiments": ["bowl"])", "")
                                    << QString("\"landscapes[1].experiments\"") << QString("required");
    QTest::newRow("too many levels") << brokenLandscape("\"levels\": 20", "\"levels\": 500")
                                     << QString("\"landscapes[0].levels\"") << QString("≤ 100");
    QTest::newRow("seven paths") << brokenLandscape(R"(["sgd", "adam"])",
                                                    R"(["sgd", "adam", "sgd", "adam", "sgd", "adam", "sgd"])")
                                 << QString("\"landscapes[0].experiments\"") << QString("at most 6");
    QTest::newRow("unknown key") << brokenLandscape("\"levels\": 20", "\"levels\": 20, \"colour\": 1")
                                 << QString("\"landscapes[0].colour\"") << QString("unknown key");
}

void LessonFile::brokenLandscapesAreLocated()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString folder = makeLesson(dir, "05-scape", json);
    const QString text = refusal(folder);
    QVERIFY2(!text.isNull(), "the broken landscape was accepted");
    QVERIFY2(text.startsWith(folder + "/lesson.json: "), qPrintable(text));
    QVERIFY2(text.contains(field), qPrintable(text));
    QVERIFY2(text.contains(expected), qPrintable(text));
}

void LessonFile::shippedLessonsAreValid()
{
    const QList<LessonLoad> loads = readLessonsUnder(KOBAI_SOURCE_DIR "/lessons");
    QVERIFY(!loads.isEmpty());
    for (const LessonLoad &load : loads)
        QVERIFY2(load.lesson, qPrintable(load.error));
}

void LessonFile::brokenLessonsAreLocated_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    QTest::newRow("not JSON") << QByteArray("{\"id\": ") << QString("not valid JSON at line 1") << QString("");
    QTest::newRow("empty") << QByteArray("") << QString("not valid JSON") << QString("");
    QTest::newRow("an array") << QByteArray("[]") << QString("(document)") << QString("one lesson");
    QTest::newRow("future format") << replaced("\"format_version\": 1", "\"format_version\": 2")
                                   << QString("\"format_version\"") << QString("newer Kōbai");
    QTest::newRow("no format") << replaced("\"format_version\": 1,", "") << QString("\"format_version\"")
                               << QString("states its format");
    QTest::newRow("bad id") << replaced("\"id\": \"tiny\"", "\"id\": \"Tiny Lesson\"") << QString("\"id\"")
                            << QString("lowercase");
    QTest::newRow("no order") << replaced("\"order\": 3,", "") << QString("\"order\"") << QString("integer");
    QTest::newRow("missing English title") << replaced("\"en\": \"A tiny lesson\"", "\"fr\": \"Une leçon\"")
                                           << QString("\"title.en\"") << QString("English");
    QTest::newRow("empty Japanese try_this") << replaced("\"ja\": \"学習率を変えてみましょう。\"", "\"ja\": \" \"")
                                             << QString("\"try_this.ja\"") << QString("Japanese");
    QTest::newRow("unknown key") << replaced("\"questions\": [", "\"quiz\": 1, \"questions\": [")
                                 << QString("\"quiz\"") << QString("unknown key");
    QTest::newRow("bad experiment inside") << replaced("\"epochs\": 2}}", "\"epochs\": 0}}")
                                           << QString("\"experiments[0].experiment.epochs\"")
                                           << QString("an integer ≥ 1");
    QTest::newRow("unknown optimizer inside")
        << replaced("\"model\": {\"name\": \"softmax\"}", "\"model\": {\"name\": \"softmax\"}, \"optimizer\": {\"name\": \"Adamm\"}")
        << QString("\"experiments[1].experiment.optimizer.name\"") << QString("one of");
    QTest::newRow("duplicate experiment name") << replaced("{\"name\": \"b\"", "{\"name\": \"a\"")
                                               << QString("\"experiments[1].name\"") << QString("no other experiment");
    QTest::newRow("no experiments") << replaced("\"experiments\": [", "\"experiments\": [], \"x\": [")
                                    << QString("\"experiments\"") << QString("at least one");
    QTest::newRow("control outside range of the field")
        << replaced("\"min\": 0.001, \"max\": 1", "\"min\": 0.001, \"max\": 5000") << QString("\"controls[0].max\"")
        << QString("optimizer.lr");
    QTest::newRow("log control from zero") << replaced("\"min\": 0.001, \"max\": 1", "\"min\": 0, \"max\": 1")
                                           << QString("\"controls[0].min\"") << QString("> 0");
    QTest::newRow("control max below min") << replaced("\"min\": 0, \"max\": 9", "\"min\": 5, \"max\": 2")
                                           << QString("\"controls[2].max\"") << QString("> min");
    QTest::newRow("integer field without a step") << replaced("\"max\": 9, \"step\": 1", "\"max\": 9")
                                                  << QString("\"controls[2].step\"") << QString("whole-number");
    QTest::newRow("control on an unknown field") << replaced("\"field\": \"seed\"", "\"field\": \"sead\"")
                                                 << QString("\"controls[2].min\"") << QString("unknown key");
    QTest::newRow("control value the field refuses") << replaced("\"values\": [1, 8, 0]", "\"values\": [1, -8, 0]")
                                                     << QString("\"controls[1].values[1]\"") << QString("batch_size");
    QTest::newRow("value labels miscounted")
        << replaced("{\"ja\": \"8\", \"en\": \"8\"}, ", "") << QString("\"controls[1].value_labels\"")
        << QString("one label per value");
    QTest::newRow("control for a missing experiment")
        << replaced("{\"field\": \"seed\",", "{\"field\": \"seed\", \"experiments\": [\"c\"],")
        << QString("\"controls[2].experiments[0]\"") << QString("one of a, b");
    QTest::newRow("unknown series") << replaced("[\"train_loss\", \"val_loss\"]", "[\"train_loss\", \"test_loss\"]")
                                    << QString("\"charts[0].series\"") << QString("one of train_loss");
    QTest::newRow("batch loss against epoch") << replaced("[\"val_acc\"]", "[\"batch_loss\"]")
                                              << QString("\"charts[1].series\"") << QString("with x \"epoch\"");
    QTest::newRow("accuracy of a regression") << replaced("\"experiments\": [\"b\"]", "\"experiments\": [\"a\"]")
                                              << QString("\"charts[1].series\"") << QString("regression");
    QTest::newRow("loss of a trajectory against epoch") << replaced("[\"val_acc\"]", "[\"loss\"]")
                                                       << QString("\"charts[1].series\"") << QString("with x \"epoch\"");
    QTest::newRow("staleness of a one-worker run")
        << replaced("\"series\": [\"val_acc\"], \"experiments\": [\"b\"]", "\"x\": \"staleness\", \"series\": [\"updates\"], \"experiments\": [\"b\"]")
        << QString("\"charts[1].experiments\"") << QString("data_parallel experiments for x \"staleness\"");
    QTest::newRow("unknown x axis") << replaced("\"x\": \"epoch\"", "\"x\": \"time\"") << QString("\"charts[0].x\"")
                                    << QString("one of epoch");
    QTest::newRow("questions not an array") << replaced("\"questions\": [", "\"questions\": {}, \"q\": [")
                                            << QString("\"questions\"") << QString("an array");
    QTest::newRow("question of unknown kind") << replaced("\"kind\": \"single\"", "\"kind\": \"essay\"")
                                              << QString("\"questions[0].kind\"") << QString("one of single");
    QTest::newRow("question without syllabus item") << replaced("\"syllabus\": \"momentum\"", "\"syllabus\": \"nlp\"")
                                                    << QString("\"questions[3].syllabus\"") << QString("gradient-descent");
    QTest::newRow("difficulty out of range") << replaced("\"difficulty\": 1,\n     \"prompt\": {\"ja\": \"更新", "\"difficulty\": 4,\n     \"prompt\": {\"ja\": \"更新")
                                             << QString("\"questions[2].difficulty\"") << QString("≤ 3");
    QTest::newRow("answer index past the choices") << replaced("\"answer\": 1,\n     \"explanation\": {\"ja\": \"乙", "\"answer\": 2,\n     \"explanation\": {\"ja\": \"乙")
                                                   << QString("\"questions[0].answer\"") << QString("0 … 1");
    QTest::newRow("multiple answer repeated") << replaced("\"answer\": [0, 2]", "\"answer\": [0, 0]")
                                              << QString("\"questions[1].answer\"") << QString("once");
    QTest::newRow("number without tolerance") << replaced("\"answer\": 31250, \"tolerance\": 0,", "\"answer\": 31250,")
                                              << QString("\"questions[2].tolerance\"") << QString("tolerance");
    QTest::newRow("blanks miscounted") << replaced("\"v = ____ * v - lr * ____\"", "\"v = ____ * v - lr * g\"")
                                       << QString("\"questions[3].blanks\"") << QString("one entry per ____");
    QTest::newRow("curve of a missing experiment") << replaced("\"experiment\": \"b\"", "\"experiment\": \"z\"")
                                                   << QString("\"questions[4].experiment\"") << QString("a, b");
    QTest::newRow("curve experiment invalid") << replaced("\"experiment\": \"b\"", "\"experiment\": {\"epochs\": 0}")
                                              << QString("\"questions[4].experiment.epochs\"") << QString("≥ 1");
    QTest::newRow("question id repeated") << replaced("\"id\": \"pick-all\"", "\"id\": \"pick-one\"")
                                          << QString("\"questions[1].id\"") << QString("no other question");
    QTest::newRow("question without explanation")
        << replaced("\"explanation\": {\"ja\": \"1000000/32\", \"en\": \"1000000/32\"}", "\"hint\": 1")
        << QString("\"questions[2].explanation\"") << QString("both languages");
}

void LessonFile::readsLayerCharts()
{
    QTemporaryDir dir;
    const Lesson lesson = readLessonFolder(makeLesson(dir, "10-layers", layerLesson));
    QCOMPARE(lesson.charts.size(), 4);
    QCOMPARE(lesson.charts[0].x, LessonChart::XAxis::Activation);
    QCOMPARE(lesson.charts[0].epoch, 2);
    QCOMPARE(lesson.charts[0].series, QStringList({"layer1", "layer2"}));
    QCOMPARE(lesson.charts[1].x, LessonChart::XAxis::Weight);
    QCOMPARE(lesson.charts[1].epoch, 0);
    QCOMPARE(lesson.charts[2].x, LessonChart::XAxis::Layer);
    QVERIFY(lesson.charts[2].logY);
    QVERIFY(lesson.charts[2].showsLayers());
    QCOMPARE(lesson.charts[3].epoch, -1);
    QVERIFY(!lesson.charts[3].showsLayers());
}

void LessonFile::brokenLayerChartsAreLocated_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    const QByteArray first = R"("x": "activation", "epoch": 2, "series": ["layer1", "layer2"])";
    QTest::newRow("epoch missing") << brokenLayerChart(first, R"("x": "activation", "series": ["layer1", "layer2"])")
                                   << QString("\"charts[0].epoch\"") << QString("required with x \"activation\"");
    QTest::newRow("epoch on an epoch chart")
        << brokenLayerChart(R"("series": ["train_loss"])", R"("series": ["train_loss"], "epoch": 1)")
        << QString("\"charts[3].epoch\"") << QString("no epoch with x \"epoch\"");
    QTest::newRow("epoch not measured") << brokenLayerChart(first, R"("x": "activation", "epoch": 1, "series": ["layer1"])")
                                        << QString("\"charts[0].epoch\"")
                                        << QString("one of the layer_stats epochs of \"deep\" (0, 2)");
    QTest::newRow("epoch past the run") << brokenLayerChart(R"("x": "layer", "epoch": 1)", R"("x": "layer", "epoch": 4)")
                                        << QString("\"charts[2].epoch\"") << QString("an epoch ≤ 3");
    QTest::newRow("negative epoch") << brokenLayerChart(R"("x": "layer", "epoch": 1)", R"("x": "layer", "epoch": -1)")
                                    << QString("\"charts[2].epoch\"") << QString("≥ 0");
    QTest::newRow("a control removes the epoch")
        << brokenLayerChart(R"("min": 2, "max": 6)", R"("min": 1, "max": 6)") << QString("\"charts[0].epoch\"")
        << QString("the control of \"epochs\" at 1");
    QTest::newRow("a control makes dead meaningless")
        << brokenLayerChart(R"("experiments": ["deep"],
     "values": ["sigmoid", "tanh"])", R"("experiments": ["wide"], "values": ["relu", "tanh"])")
        << QString("\"charts[2].series\"") << QString("the control of \"model.activation\" at \"tanh\"");
    QTest::newRow("a trajectory") << brokenLayerChart(R"("series": ["layer2"], "experiments": ["deep"])",
                                                      R"("series": ["layer2"], "experiments": ["path"])")
                                  << QString("\"charts[1].experiments\"") << QString("x \"weight\"");
    QTest::newRow("no hidden layers") << brokenLayerChart(R"("series": ["layer2"], "experiments": ["deep"])",
                                                          R"("series": ["layer2"], "experiments": ["plain"])")
                                      << QString("\"charts[1].experiments\"") << QString("hidden layers");
    QTest::newRow("no layer_stats") << brokenLayerChart(R"("series": ["layer2"], "experiments": ["deep"])",
                                                        R"("series": ["layer1"], "experiments": ["bare"])")
                                    << QString("\"charts[1].experiments\"") << QString("\"layer_stats\" (\"bare\"");
    QTest::newRow("layer past the net") << brokenLayerChart(first, R"("x": "activation", "epoch": 2, "series": ["layer3"])")
                                        << QString("\"charts[0].series\"") << QString("layer1 … layer2");
    QTest::newRow("layer 0") << brokenLayerChart(first, R"("x": "activation", "epoch": 2, "series": ["layer0"])")
                             << QString("\"charts[0].series\"") << QString("each one of layer1");
    QTest::newRow("a layer twice") << brokenLayerChart(first, R"("x": "activation", "epoch": 2, "series": ["layer1", "layer1"])")
                                   << QString("\"charts[0].series\"") << QString("none twice");
    QTest::newRow("epoch series on a layer chart")
        << brokenLayerChart(R"("weight_grad_norm", "dead")", R"("weight_grad_norm", "train_loss")")
        << QString("\"charts[2].series\"") << QString("one of weight_grad_norm, mean, std, saturated, dead");
    QTest::newRow("saturation of ReLU") << brokenLayerChart(R"("weight_grad_norm", "dead")", R"("saturated")")
                                        << QString("\"charts[2].series\"") << QString("saturated only of sigmoid or tanh");
}

void LessonFile::brokenLayerChartsAreLocated()
{
    brokenLessonsAreLocated();
}

void LessonFile::brokenLessonsAreLocated()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString folder = makeLesson(dir, "03-tiny", json);
    const QString text = refusal(folder);
    QVERIFY2(!text.isNull(), "the broken lesson was accepted");
    // One located line per problem; the first is the one the row makes (a row that moves
    // an array under an unknown key has that key as its second problem).
    const QStringList lines = text.split('\n');
    for (const QString &line : lines)
        QVERIFY2(line.startsWith(folder + "/lesson.json: "), qPrintable(text));
    QVERIFY2(lines.first().contains(field), qPrintable(text));
    QVERIFY2(lines.first().contains(expected), qPrintable(text));
    QVERIFY2(lines.size() == 1 || lines.last().contains("unknown key"), qPrintable(text));
}

void LessonFile::missingTextIsNamed()
{
    QTemporaryDir dir;
    const QString folder = makeLesson(dir, "03-tiny", validLesson);
    QFile::remove(folder + "/text.en.md");
    try {
        readLessonFolder(folder);
        QFAIL("a lesson without English text was accepted");
    } catch (const ConfigError &error) {
        QVERIFY2(error.text().startsWith(folder + "/text.en.md: missing"), qPrintable(error.text()));
    }
}

void LessonFile::rawLatexIsRefused()
{
    QTemporaryDir dir;
    const QString folder = makeLesson(dir, "03-tiny", validLesson);
    writeFile(folder + "/text.ja.md", "# 更新式\n\n説明\n\n$$w \\leftarrow w - \\eta \\nabla L$$\n");
    try {
        readLessonFolder(folder);
        QFAIL("raw LaTeX was accepted");
    } catch (const ConfigError &error) {
        QVERIFY2(error.text().startsWith(folder + "/text.ja.md: line 5: raw LaTeX"), qPrintable(error.text()));
    }
}

void LessonFile::brokenLessonIsListedBesideGoodOnes()
{
    QTemporaryDir dir;
    makeLesson(dir, "05-second", replaced("\"id\": \"tiny\", \"order\": 3", "\"id\": \"second\", \"order\": 5"));
    makeLesson(dir, "01-broken", replaced("\"epochs\": 2}}", "\"epochs\": -1}}"));
    makeLesson(dir, "03-tiny", validLesson);
    const QList<LessonLoad> loads = readLessonsUnder(dir.path());
    QCOMPARE(loads.size(), 3);
    QCOMPARE(loads[0].lesson->id, QStringLiteral("tiny"));
    QCOMPARE(loads[1].lesson->id, QStringLiteral("second"));
    QVERIFY(!loads[2].lesson);
    QVERIFY2(loads[2].error.contains("01-broken/lesson.json: field \"experiments[0].experiment.epochs\""),
             qPrintable(loads[2].error));
}

void LessonFile::duplicateIdMakesTheLaterFolderBroken()
{
    QTemporaryDir dir;
    makeLesson(dir, "03-tiny", validLesson);
    makeLesson(dir, "04-copy", validLesson);
    const QList<LessonLoad> loads = readLessonsUnder(dir.path());
    QCOMPARE(loads.size(), 2);
    QVERIFY(loads[0].lesson);
    QVERIFY(!loads[1].lesson);
    QVERIFY2(loads[1].error.contains("04-copy/lesson.json: field \"id\""), qPrintable(loads[1].error));
    QVERIFY2(loads[1].error.contains("03-tiny"), qPrintable(loads[1].error));
}

void LessonFile::dottedFieldsAreSetAndRead()
{
    const QJsonObject before{{"optimizer", QJsonObject{{"name", "SGD"}}}};
    const QJsonObject after = withField(before, "optimizer.lr", 0.3);
    QCOMPARE(fieldValue(after, "optimizer.lr").toDouble(), 0.3);
    QCOMPARE(fieldValue(after, "optimizer.name").toString(), QStringLiteral("SGD"));
    QCOMPARE(fieldValue(withField(before, "regularization.l2", 0.01), "regularization.l2").toDouble(), 0.01);
    QVERIFY(fieldValue(before, "optimizer.lr").isUndefined());
    QCOMPARE(parseExperimentObject(after, {}, "e.json").training.optimizer.index(), std::size_t{0});
}

QTEST_GUILESS_MAIN(LessonFile)
#include "tst_lesson_file.moc"
