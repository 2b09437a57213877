#include "PyTorchScript.h"

#include "ConfigError.h"
#include "DataParallelConfig.h"
#include "PyTorchScriptParts.h"
#include "PyTorchScriptTraining.h"
#include "SurfaceConfig.h"

#include <QRegularExpression>

namespace kobai::config {

using script::py;

namespace {

QString functionCall(const SurfaceSpec &function)
{
    const QString name = functionNames()[static_cast<int>(function.kind)];
    if (function.kind != SurfaceKind::Quadratic)
        return name;
    return QStringLiteral("lambda x, y: quadratic(x, y, a=%1, b=%2)").arg(py(function.a), py(function.b));
}

/// The trajectory prelude with only the definition of the function this walk uses: a
/// learner reading the ravine's script need not wade through Beale and Rosenbrock.
QString trajectoryPrelude(const SurfaceSpec &function)
{
    QString prelude = script::resource(QStringLiteral("trajectory_prelude.py"));
    const QString used = functionNames()[static_cast<int>(function.kind)];
    static const QRegularExpression definition(QStringLiteral("\\ndef (\\w+)\\(x, y[^\\n]*\\n    return [^\\n]*\\n\\n"));
    QRegularExpressionMatchIterator it = definition.globalMatch(prelude);
    QList<QRegularExpressionMatch> unused;
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.captured(1) != used)
            unused.prepend(match);
    }
    for (const QRegularExpressionMatch &match : std::as_const(unused))
        prelude.remove(match.capturedStart(), match.capturedLength());
    return prelude;
}

QString trajectoryScript(const TrajectorySpec &spec)
{
    QString script = trajectoryPrelude(spec.function) + script::resource(QStringLiteral("textbook_optimizers.py"));
    script += QStringLiteral(R"(

# ---- the experiment -----------------------------------------------------------------

p = torch.tensor([%1, %2], dtype=torch.float64, requires_grad=True)
optimizer = %3
scheduler = %4
walk(%5, p, optimizer, scheduler, steps=%6)
)")
                  .arg(py(spec.start[0]), py(spec.start[1]), script::optimizerCall(spec.optimizer, QStringLiteral("[p]")),
                       script::schedulerCall(spec.scheduler), functionCall(spec.function))
                  .arg(spec.steps);
    return script;
}

QString scheduleScript(const ScheduleRunSpec &spec)
{
    QStringList metrics;
    for (double value : spec.metrics)
        metrics << py(value);
    const bool plateau = !spec.metrics.empty();
    const QString metricsLine =
        plateau ? QStringLiteral("metrics = [%1]\n").arg(metrics.join(QStringLiteral(", "))) : QString();
    return QStringLiteral(R"(#!/usr/bin/env python3
# A Kōbai schedule experiment as a PyTorch 1.13 script, written by `kobai-run --as-pytorch`.
# Prints the same CSV as kobai-run: epoch,lr, the rate in effect during each epoch.
import torch

p = torch.zeros(1, requires_grad=True)
optimizer = torch.optim.SGD([p], lr=%1)
scheduler = %2
%3print("epoch,lr")
for epoch in range(%4):
    print(f"{epoch},{optimizer.param_groups[0]['lr']!r}")
    optimizer.step()  # no gradient, so no change: only PyTorch's order of calls
    %5
)")
        .arg(py(spec.lr), script::schedulerCall(spec.scheduler), metricsLine)
        .arg(spec.epochs)
        .arg(plateau ? QStringLiteral("scheduler.step(metrics[epoch])")
                     : spec.scheduler ? QStringLiteral("scheduler.step()") : QStringLiteral("pass"));
}

/// Throws for a data-parallel run: a one-process script would train another run (the
/// per-worker batch alone, one stream of dropout masks, no staleness).
void refuseDataParallel(const TrainingSpec &spec, const QString &file)
{
    if (spec.data_parallel)
        throw ConfigError(file, QStringLiteral("data_parallel"), QStringLiteral("{…}"),
                          QStringLiteral("no data_parallel (--as-pytorch writes one process; --as-pytorch-ddp writes "
                                         "the DistributedDataParallel script of a sync run)"));
}

/// Throws for what DistributedDataParallel does not do as Kōbai does: no data_parallel
/// (one process), stale or asynchronous updates (DDP all-reduces every update's gradients
/// at once), compression (DDP sends whole gradients; a comm hook could sparsify them, but
/// Kōbai's error feedback per worker is not written for it).
void refuseForDdp(const TrainingSpec &spec, const QString &file)
{
    if (!spec.data_parallel)
        throw ConfigError(file, QStringLiteral("data_parallel"), QStringLiteral("(missing)"),
                          QStringLiteral("an object with mode sync (--as-pytorch-ddp needs data_parallel with mode "
                                         "sync; use --as-pytorch)"));
    const DataParallelSpec &dp = *spec.data_parallel;
    if (dp.mode != DataParallelMode::Sync)
        throw ConfigError(file, QStringLiteral("data_parallel.mode"),
                          QLatin1Char('"') + dataParallelModeNames()[static_cast<int>(dp.mode)] + QLatin1Char('"'),
                          QStringLiteral("\"sync\" (--as-pytorch-ddp: DistributedDataParallel all-reduces every "
                                         "update's gradients, it has no stale or asynchronous updates)"));
    if (dp.compression)
        throw ConfigError(file, QStringLiteral("data_parallel.compression"), QStringLiteral("{…}"),
                          QStringLiteral("no compression (--as-pytorch-ddp: DistributedDataParallel sends whole "
                                         "gradients)"));
}

/// The comment above a sweep's script: each run of a sweep is an ordinary training
/// script, so the first is shown.
QString sweepNote(const SweepSpec &sweep)
{
    return QStringLiteral("# The first of this sweep's %1 runs (field %2 = %3); the others differ only in %2.\n")
        .arg(sweep.runs.size())
        .arg(py(sweep.field), py(sweep.values.front()));
}

/// The kind's name when it is not a training run (a sweep counts as its first run).
QString refusedKind(const Experiment &experiment)
{
    switch (experiment.kind) {
    case ExperimentKind::Training:
    case ExperimentKind::Sweep:
        return {};
    default:
        return QLatin1Char('"') + kindName(experiment.kind) + QLatin1Char('"');
    }
}

} // namespace

QString pytorchScript(const Experiment &experiment, const QString &file)
{
    switch (experiment.kind) {
    case ExperimentKind::Contours:
        throw ConfigError(file, QStringLiteral("kind"), QStringLiteral("\"contours\""),
                          QStringLiteral("training, trajectory or schedule (--as-pytorch has no contour maps)"));
    case ExperimentKind::GradientNoise:
        throw ConfigError(file, QStringLiteral("kind"), QStringLiteral("\"gradient_noise\""),
                          QStringLiteral("training, trajectory or schedule (--as-pytorch has no gradient-noise "
                                         "measurements)"));
    case ExperimentKind::Search:
        throw ConfigError(file, QStringLiteral("kind"), QStringLiteral("\"search\""),
                          QStringLiteral("training, trajectory or schedule (--as-pytorch has no searches)"));
    case ExperimentKind::Scaling:
        throw ConfigError(file, QStringLiteral("kind"), QStringLiteral("\"scaling\""),
                          QStringLiteral("training, trajectory or schedule (--as-pytorch has no cost models)"));
    case ExperimentKind::Trajectory:
        // The samples come from Kōbai's own generator, which PyTorch cannot reproduce.
        if (experiment.trajectory.function.kind == SurfaceKind::LinearRegression)
            throw ConfigError(file, QStringLiteral("function"), QStringLiteral("\"linear_regression\""),
                              QStringLiteral("a formula such as ravine (--as-pytorch has no model losses: their "
                                             "data come from Kōbai's generator)"));
        return trajectoryScript(experiment.trajectory);
    case ExperimentKind::Schedule:
        return scheduleScript(experiment.schedule);
    case ExperimentKind::Sweep:
        refuseDataParallel(experiment.sweep.runs.front(), file);
        return sweepNote(experiment.sweep) + oneProcessTrainingScript(experiment.sweep.runs.front(), file);
    case ExperimentKind::Training:
        break;
    }
    refuseDataParallel(experiment.training, file);
    return oneProcessTrainingScript(experiment.training, file);
}

QString pytorchDdpScript(const Experiment &experiment, const QString &file)
{
    if (const QString kind = refusedKind(experiment); !kind.isEmpty())
        throw ConfigError(file, QStringLiteral("kind"), kind,
                          QStringLiteral("training with data_parallel mode sync (--as-pytorch-ddp trains with "
                                         "DistributedDataParallel; use --as-pytorch)"));
    const bool sweep = experiment.kind == ExperimentKind::Sweep;
    const TrainingSpec &spec = sweep ? experiment.sweep.runs.front() : experiment.training;
    refuseForDdp(spec, file);
    return (sweep ? sweepNote(experiment.sweep) : QString()) + ddpTrainingScript(spec, file);
}

QString shownPytorchScript(const Experiment &experiment, const QString &file)
{
    const bool sweep = experiment.kind == ExperimentKind::Sweep;
    const bool training = sweep || experiment.kind == ExperimentKind::Training;
    if (training && (sweep ? experiment.sweep.runs.front() : experiment.training).data_parallel)
        return pytorchDdpScript(experiment, file);
    return pytorchScript(experiment, file);
}

} // namespace kobai::config
