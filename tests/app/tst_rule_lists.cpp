// Every update rule and schedule the engine has reaches every list a learner or teacher sees: the
// names a file may give (and the message that lists them), the effective configuration,
// the exported PyTorch script, the step-through formulas and the documentation. A rule
// added to OptimizerSpec's list and forgotten anywhere fails here.
#include "Experiment.h"
#include "PyTorchScript.h"
#include "SchedulerConfig.h"
#include "SpecFields.h"
#include "reading/UpdateFormulas.h"

#include <QFile>
#include <QJsonObject>
#include <QTest>

using namespace kobai;

class RuleLists : public QObject {
    Q_OBJECT
private slots:
    void everyRuleIsEverywhere_data();
    void everyRuleIsEverywhere();
    void everyScheduleIsEverywhere_data();
    void everyScheduleIsEverywhere();
};

void RuleLists::everyRuleIsEverywhere_data()
{
    QTest::addColumn<std::size_t>("rule");
    for (const RuleEntry &rule : allRules())
        QTest::newRow(((rule.variant == RuleVariant::Textbook ? "textbook " : "") + rule.name).c_str())
            << rule.specIndex;
}

void RuleLists::everyRuleIsEverywhere()
{
    QFETCH(std::size_t, rule);
    const RuleEntry &entry = allRules()[rule];
    const bool textbook = entry.variant == RuleVariant::Textbook;
    const QString name = QString::fromStdString(entry.name);

    QVERIFY(config::optimizerNames(entry.variant).contains(name));
    const QJsonObject optimizer{{"name", name}, {"variant", textbook ? "textbook" : "pytorch"}};
    const config::Experiment experiment =
        config::parseExperimentObject(QJsonObject{{"optimizer", optimizer}}, QString(), QStringLiteral("rule.json"));
    QCOMPARE(experiment.training.optimizer.index(), rule);

    const QJsonObject written = config::toJson(experiment)["optimizer"].toObject();
    QCOMPARE(written["name"].toString(), name);
    QCOMPARE(written["variant"].toString(), QString::fromLatin1(textbook ? "textbook" : "pytorch"));
    const config::Experiment again = config::parseExperimentObject(QJsonObject{{"optimizer", written}}, QString(),
                                                                   QStringLiteral("rule.json"));
    QCOMPARE(again.training.optimizer.index(), rule);

    const QString script = config::pytorchScript(experiment, QStringLiteral("rule.json"));
    const QString constructor = (textbook ? QStringLiteral("Textbook") : QStringLiteral("torch.optim.")) + name + '(';
    QVERIFY2(script.contains(constructor), qPrintable(constructor));
    if (textbook)
        QVERIFY2(script.contains(QStringLiteral("class Textbook") + name + '('), qPrintable(name));

    const app::UpdateFormulas formulas = app::updateFormulas(experiment.training.optimizer);
    QVERIFY(!formulas.optimizer.isEmpty());
    QVERIFY(!(textbook ? formulas.textbook : formulas.pytorch).isEmpty());

    QFile docs(QStringLiteral(KOBAI_SOURCE_DIR "/docs/experiments.md"));
    QVERIFY(docs.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(docs.readAll());
    const QString documented = textbook ? QLatin1Char('`') + name + QStringLiteral("` {")
                                        : QStringLiteral("| `") + name + QStringLiteral("` |");
    QVERIFY2(text.contains(documented), qPrintable(documented));
}

void RuleLists::everyScheduleIsEverywhere_data()
{
    QTest::addColumn<std::size_t>("schedule");
    const std::vector<std::string> names = scheduleNames();
    for (std::size_t index = 0; index < names.size(); ++index)
        QTest::newRow(names[index].c_str()) << index;
}

void RuleLists::everyScheduleIsEverywhere()
{
    QFETCH(std::size_t, schedule);
    const QString name = QString::fromStdString(scheduleNames()[schedule]);
    QCOMPARE(config::schedulerNames().at(static_cast<qsizetype>(schedule)), name);
    const ScheduleSpec spec = config::variantAlternative<ScheduleSpec>(schedule);
    QCOMPARE(config::schedulerToJson(spec).toObject()["name"].toString(), name);

    QFile docs(QStringLiteral(KOBAI_SOURCE_DIR "/docs/experiments.md"));
    QVERIFY(docs.open(QIODevice::ReadOnly));
    QVERIFY2(QString::fromUtf8(docs.readAll()).contains(QStringLiteral("| `") + name + QStringLiteral("` |")),
             qPrintable(name));
}

QTEST_APPLESS_MAIN(RuleLists)
#include "tst_rule_lists.moc"
