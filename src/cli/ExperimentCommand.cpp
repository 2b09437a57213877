#include "ExperimentCommand.h"

#include "CommandErrors.h"
#include "ConfigError.h"
#include "ContourCommand.h"
#include "ExitCode.h"
#include "GradientNoiseCommand.h"
#include "Messages.h"
#include "PyTorchScript.h"
#include "ScalingCommand.h"
#include "ScheduleCommand.h"
#include "SearchCommand.h"
#include "SweepCommand.h"
#include "TrainingCommand.h"
#include "TrajectoryCommand.h"


namespace kobai::cli {

namespace {

/// Rejects an output option the experiment's kind does not write.
void checkOutputsFit(const config::Experiment &experiment, const RunOutputs &outputs, const QString &path)
{
    const QString kind = QLatin1Char('"') + config::kindName(experiment.kind) + QLatin1Char('"');
    if (!outputs.perUpdateCsv.isEmpty() && experiment.kind != config::ExperimentKind::Training)
        throw config::ConfigError(path, QStringLiteral("kind"), kind,
                                  QStringLiteral("training (--per-update writes mini-batch losses)"));
    if (!outputs.layerStatsCsv.isEmpty() && experiment.kind != config::ExperimentKind::Training)
        throw config::ConfigError(path, QStringLiteral("kind"), kind,
                                  QStringLiteral("training (--layer-stats writes the hidden layers' statistics)"));
    if (!outputs.stateCsv.isEmpty() && experiment.kind != config::ExperimentKind::Trajectory)
        throw config::ConfigError(path, QStringLiteral("kind"), kind,
                                  QStringLiteral("trajectory (--state writes the optimizer state per step)"));
}

} // namespace

std::unique_ptr<OutputFile> openCsv(const RunOutputs &outputs)
{
    return outputs.discardCsv ? nullptr : std::make_unique<OutputFile>(outputs.csv);
}

std::unique_ptr<OutputFile> openOptional(const QString &path)
{
    return path.isEmpty() ? nullptr : std::make_unique<OutputFile>(path);
}

int runExperimentFile(const QString &path, const RunOutputs &outputs)
{
    config::Experiment experiment;
    try {
        experiment = config::readExperimentFile(path);
        checkOutputsFit(experiment, outputs, path);
    } catch (const config::ConfigError &error) {
        reportError(error.text());
        return InvalidInput;
    }
    return runExperiment(experiment, path, outputs);
}

int runExperiment(const config::Experiment &experiment, const QString &file, const RunOutputs &outputs)
{
    switch (experiment.kind) {
    case config::ExperimentKind::Trajectory:
        return runTrajectoryExperiment(experiment, outputs);
    case config::ExperimentKind::Schedule:
        return runScheduleExperiment(experiment, outputs);
    case config::ExperimentKind::Sweep:
        return runSweepExperiment(experiment, file, outputs);
    case config::ExperimentKind::Contours:
        return runContourExperiment(experiment, outputs);
    case config::ExperimentKind::GradientNoise:
        return runGradientNoiseExperiment(experiment, file, outputs);
    case config::ExperimentKind::Search:
        return runSearchExperiment(experiment, file, outputs);
    case config::ExperimentKind::Scaling:
        return runScalingExperiment(experiment, file, outputs);
    case config::ExperimentKind::Training:
        break;
    }
    return runTrainingExperiment(experiment, file, outputs);
}

int printPytorchScript(const QString &path, PytorchProcesses processes)
{
    return reportingErrors([&] {
        const config::Experiment experiment = config::readExperimentFile(path);
        const QByteArray script = (processes == PytorchProcesses::Ddp ? config::pytorchDdpScript(experiment, path)
                                                                      : config::pytorchScript(experiment, path))
                                      .toUtf8();
        OutputFile out({});
        out.write(script);
        out.commit();
        return Success;
    });
}

} // namespace kobai::cli
