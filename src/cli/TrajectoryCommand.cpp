#include "TrajectoryCommand.h"

#include "ExitCode.h"
#include "Messages.h"
#include "OutputFile.h"
#include "RunSummary.h"

#include <stdexcept>

namespace kobai::cli {

namespace {

void writePoints(std::FILE *out, const std::vector<TrajectoryPoint> &points)
{
    std::fputs("step,x,y,loss,lr\n", out);
    for (const TrajectoryPoint &p : points)
        std::fprintf(out, "%d,%.17g,%.17g,%.17g,%.17g\n", p.step, p.x, p.y, p.loss, p.lr);
}

void writeState(std::FILE *out, const std::vector<TrajectoryPoint> &points)
{
    std::fputs("step,name,index,value\n", out);
    for (const TrajectoryPoint &p : points)
        for (const OptimizerStateVector &vector : p.state)
            for (std::size_t i = 0; i < vector.values.size(); ++i)
                std::fprintf(out, "%d,%s,%zu,%.17g\n", p.step, vector.name.c_str(), i, vector.values[i]);
}

} // namespace

int runTrajectoryExperiment(const config::Experiment &experiment, const RunOutputs &outputs)
{
    try {
        FileHandle csv = openCsv(outputs);
        FileHandle state = outputs.stateCsv.isEmpty() ? FileHandle() : openOutput(outputs.stateCsv);
        const TrajectoryResult result = runTrajectory(experiment.trajectory);
        if (!result.note.empty())
            reportError(QStringLiteral("note: ") + QString::fromStdString(result.note));
        if (csv)
            writePoints(csv.get(), result.points);
        if (state)
            writeState(state.get(), result.points);
        if (result.status != RunStatus::Finished)
            reportError(QString::fromStdString(result.message));
        if (!outputs.summaryJson.isEmpty())
            writeSummary(outputs.summaryJson, runSummary(experiment, result));
        return result.status == RunStatus::Diverged ? Diverged : Success;
    } catch (const std::runtime_error &error) {
        reportError(QString::fromUtf8(error.what()));
        return Failure;
    }
}

} // namespace kobai::cli
