// Lesson 11's parts of the lesson format: charts against the trial number, search panels
// over two keys of a search's space, experiments that run on demand, and controls that
// reach into a search space with a bracketed key and an array index. Each read, and each
// broken one refused with the field and what was expected.
#include "ConfigError.h"
#include "Lesson.h"

#include <QTest>

using namespace kobai;
using namespace kobai::config;

class LessonSearches : public QObject
{
    Q_OBJECT

private slots:
    void readsSearchPanelsTrialChartsAndOnDemandRuns();
    void brokenSearchPartsAreLocated_data();
    void brokenSearchPartsAreLocated();
    void bracketedPathsReachIntoSearchSpaces();
};

namespace {

// A bayes function search, a random training search over two log keys and a choice, and a
// training run; a trial chart, two panels, the book-sized search on demand, a bound control.
const QByteArray searchLesson = R"({
  "format_version": 1, "id": "searching", "order": 11,
  "title": {"ja": "探索", "en": "Search"}, "try_this": {"ja": "試す", "en": "Try"},
  "experiments": [
    {"name": "branin", "label": {"ja": "ベイズ", "en": "Bayes"},
     "experiment": {"kind": "search", "strategy": "bayes", "trials": 8, "function": "branin",
                    "space": {"x": {"range": [-5, 10]}, "y": {"range": [0, 15]}}}},
    {"name": "random", "label": {"ja": "ランダム", "en": "Random"},
     "experiment": {"kind": "search", "strategy": "random", "trials": 4,
                    "space": {"optimizer.lr": {"log": [0.001, 1]}, "regularization.l2": {"log": [1e-6, 0.01]},
                              "batch_size": {"choice": [16, 32]}},
                    "experiment": {"dataset": {"name": "moons", "n": 60}, "model": {"hidden": [4]}, "epochs": 2}}},
    {"name": "book", "label": {"ja": "本の設定", "en": "The book's"}, "on_demand": true,
     "experiment": {"kind": "search", "strategy": "random", "trials": 100,
                    "space": {"optimizer.lr": {"log": [1e-6, 0.01]}, "regularization.l2": {"log": [1e-8, 1e-4]}},
                    "experiment": {"dataset": {"name": "moons", "n": 60}, "model": {"hidden": [4]}, "epochs": 2}}},
    {"name": "plain", "label": {"ja": "学習", "en": "Training"},
     "experiment": {"dataset": {"name": "moons", "n": 40}, "model": {"hidden": [3]}, "epochs": 2}}],
  "controls": [
    {"field": "space[optimizer.lr].log.1", "label": {"ja": "η の上限", "en": "Upper bound of η"},
     "experiments": ["random"], "scale": "log", "min": 0.01, "max": 10},
    {"field": "trials", "label": {"ja": "試行数", "en": "Trials"}, "experiments": ["branin", "random"],
     "min": 4, "max": 30, "step": 1}],
  "charts": [
    {"title": {"ja": "最良値", "en": "Best so far"}, "x": "trial", "series": ["best_so_far", "objective"],
     "experiments": ["branin", "random"], "log_y": true}],
  "searches": [
    {"title": {"ja": "信念", "en": "Belief"}, "experiment": "branin", "x": "x", "y": "y",
     "show": ["trials", "mean", "sd", "ei"]},
    {"title": {"ja": "試行", "en": "Trials"}, "experiment": "random", "x": "optimizer.lr", "y": "regularization.l2",
     "x_label": {"ja": "学習率 η", "en": "learning rate η"}}]})";

QByteArray broken(const QByteArray &from, const QByteArray &to)
{
    QByteArray json = searchLesson;
    const qsizetype at = json.indexOf(from);
    if (at < 0)
        qFatal("test fixture: \"%s\" is not in the lesson", from.constData());
    return json.replace(at, from.size(), to);
}

} // namespace

void LessonSearches::readsSearchPanelsTrialChartsAndOnDemandRuns()
{
    const Lesson lesson = parseLessonJson(searchLesson, "lessons/11-search");
    QCOMPARE(lesson.charts.size(), 1);
    QCOMPARE(lesson.charts[0].x, LessonChart::XAxis::Trial);
    QCOMPARE(lesson.charts[0].series, QStringList({"best_so_far", "objective"}));
    QCOMPARE(lesson.searches.size(), 2);
    const LessonSearch &belief = lesson.searches[0];
    QCOMPARE(belief.experiment, QStringLiteral("branin"));
    QCOMPARE(belief.dimensionX, 0);
    QCOMPARE(belief.dimensionY, 1);
    using Layer = LessonSearch::Layer;
    QCOMPARE(belief.show, QList<Layer>({Layer::Trials, Layer::Mean, Layer::Sd, Layer::Improvement}));
    const LessonSearch &trials = lesson.searches[1];
    QCOMPARE(trials.show, QList<Layer>({Layer::Trials}));
    // A lesson's space keys come in sorted order (batch_size, optimizer.lr, regularization.l2).
    QCOMPARE(trials.dimensionX, 1);
    QCOMPARE(trials.dimensionY, 2);
    QCOMPARE(trials.labelX.en, QStringLiteral("learning rate η"));
    QCOMPARE(trials.labelY.ja, QStringLiteral("regularization.l2"));
    QVERIFY(!lesson.experiments[0].onDemand);
    QVERIFY(lesson.experiments[2].onDemand);
    QCOMPARE(lesson.controls[0].field, QStringLiteral("space[optimizer.lr].log.1"));
}

void LessonSearches::brokenSearchPartsAreLocated_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    QTest::newRow("trial chart of a training run")
        << broken(R"("experiments": ["branin", "random"], "log_y")", R"("experiments": ["plain"], "log_y")")
        << QString("\"charts[0].experiments\"") << QString("\"plain\" is a training experiment");
    QTest::newRow("epoch series against trials") << broken(R"(["best_so_far", "objective"])", R"(["val_loss"])")
                                                 << QString("\"charts[0].series\"") << QString("objective, best_so_far");
    QTest::newRow("panel of a training run") << broken(R"("experiment": "branin", "x")", R"("experiment": "plain", "x")")
                                             << QString("\"searches[0].experiment\"")
                                             << QString("one of branin, random, book");
    QTest::newRow("key not in the space") << broken(R"("x": "optimizer.lr")", R"("x": "optimizer.momentum")")
                                          << QString("\"searches[1].x\"")
                                          << QString("batch_size, optimizer.lr, regularization.l2");
    QTest::newRow("same key twice") << broken(R"("y": "regularization.l2")", R"("y": "optimizer.lr")")
                                    << QString("\"searches[1].y\"") << QString("a key other than x");
    QTest::newRow("maps of a random search")
        << broken(R"("x_label")", R"("show": ["trials", "ei"], "x_label")") << QString("\"searches[1].show\"")
        << QString("only trials for a random search");
    QTest::newRow("unknown layer") << broken(R"("sd", "ei"])", R"("sd", "variance"])")
                                   << QString("\"searches[0].show\"") << QString("trials, mean, sd, ei");
    QTest::newRow("layer twice") << broken(R"("sd", "ei"])", R"("sd", "sd"])") << QString("\"searches[0].show\"")
                                 << QString("none twice");
    QTest::newRow("no x") << broken(R"("x": "x", )", "") << QString("\"searches[0].x\"") << QString("space keys: x, y");
    QTest::newRow("unknown key") << broken(R"("show": ["trials", "mean")", R"("colours": 3, "show": ["trials", "mean")")
                                 << QString("\"searches[0].colours\"") << QString("unknown key");
    QTest::newRow("on_demand not a boolean") << broken(R"("on_demand": true)", R"("on_demand": "yes")")
                                             << QString("\"experiments[2].on_demand\"") << QString("true or false");
    QTest::newRow("bound control past the other bound")
        << broken(R"("scale": "log", "min": 0.01, "max": 10})", R"("scale": "log", "min": 0.0001, "max": 10})")
        << QString("\"controls[0].min\"") << QString("\"space[optimizer.lr].log.1\"");
}

void LessonSearches::brokenSearchPartsAreLocated()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    try {
        parseLessonJson(json, "lessons/11-search");
        QFAIL("the broken lesson was accepted");
    } catch (const ConfigError &error) {
        QVERIFY2(error.text().startsWith("lessons/11-search/lesson.json: "), qPrintable(error.text()));
        QVERIFY2(error.text().contains(field), qPrintable(error.text()));
        QVERIFY2(error.text().contains(expected), qPrintable(error.text()));
    }
}

void LessonSearches::bracketedPathsReachIntoSearchSpaces()
{
    const QJsonObject search{{"space", QJsonObject{{"optimizer.lr", QJsonObject{{"log", QJsonArray{0.001, 1.0}}}}}}};
    QCOMPARE(fieldValue(search, "space[optimizer.lr].log.1").toDouble(), 1.0);
    QCOMPARE(fieldValue(search, "space[optimizer.lr].log.0").toDouble(), 0.001);
    const QJsonObject wider = withField(search, "space[optimizer.lr].log.1", 3.0);
    QCOMPARE(fieldValue(wider, "space[optimizer.lr].log").toArray(), QJsonArray({0.001, 3.0}));
    QVERIFY(fieldValue(search, "space[optimizer.lr].log.2").isUndefined());
    QVERIFY(fieldValue(search, "space.optimizer.lr").isUndefined()); // dots alone split the key
    // A step that is no index of an array makes an object there, which the experiment's check names.
    QVERIFY(fieldValue(withField(search, "space[optimizer.lr].log.x", 1.0), "space[optimizer.lr].log").isObject());
    // Dotted paths without brackets work as before, into arrays too.
    const QJsonObject net{{"model", QJsonObject{{"hidden", QJsonArray{8, 8}}}}};
    QCOMPARE(fieldValue(withField(net, "model.hidden.1", 4), "model.hidden").toArray(), QJsonArray({8, 4}));
    QCOMPARE(fieldValue(withField({}, "optimizer.lr", 0.5), "optimizer.lr").toDouble(), 0.5);
    // Unbalanced brackets end like any other path (the fuzzer's "early[stopping.patience" once
    // looped for ever): an unclosed '[' is a character of its step.
    QCOMPARE(fieldValue(withField({}, "early[stopping.patience", 3), "early[stopping.patience").toInt(), 3);
    const QJsonObject odd = withField({}, "early[stopping.patience", 3);
    QVERIFY(odd["early"].toObject().contains("[stopping"));
    for (const char *path : {"[", "a[", "[[", "a[b[c", "]", "a]", "[]", "a.[", "..", ".[.", "a[].b", "[a.b"}) {
        const QJsonObject set = withField({}, path, 1);
        QCOMPARE(fieldValue(set, path).toInt(), 1);
    }
}

QTEST_GUILESS_MAIN(LessonSearches)
#include "tst_lesson_searches.moc"
