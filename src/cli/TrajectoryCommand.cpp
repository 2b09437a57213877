#include "TrajectoryCommand.h"

#include "ExitCode.h"
#include "Messages.h"
#include "OutputFile.h"
#include "RunSummary.h"

namespace kobai::cli {

namespace {

void writePoints(const OutputFile &out, const std::vector<TrajectoryPoint> &points)
{
    out.write("step,x,y,loss,lr\n");
    for (const TrajectoryPoint &p : points) {
        std::fprintf(out.stream(), "%d,%.17g,%.17g,%.17g,%.17g\n", p.step, p.x, p.y, p.loss, p.lr);
        out.check();
    }
}

void writeState(const OutputFile &out, const std::vector<TrajectoryPoint> &points)
{
    out.write("step,name,index,value\n");
    for (const TrajectoryPoint &p : points)
        for (const OptimizerStateVector &vector : p.state)
            for (std::size_t i = 0; i < vector.values.size(); ++i) {
                std::fprintf(out.stream(), "%d,%s,%zu,%.17g\n", p.step, vector.name.c_str(), i, vector.values[i]);
                out.check();
            }
}

} // namespace

int runTrajectoryExperiment(const config::Experiment &experiment, const RunOutputs &outputs)
{
    try {
        const std::unique_ptr<OutputFile> csv = openCsv(outputs);
        const std::unique_ptr<OutputFile> state = openOptional(outputs.stateCsv);
        const TrajectoryResult result = runTrajectory(experiment.trajectory);
        if (!result.note.empty())
            reportError(QStringLiteral("note: ") + QString::fromStdString(result.note));
        if (csv) {
            writePoints(*csv, result.points);
            csv->commit();
        }
        if (state) {
            writeState(*state, result.points);
            state->commit();
        }
        if (result.status != RunStatus::Finished)
            reportError(QString::fromStdString(result.message));
        if (!outputs.summaryJson.isEmpty())
            writeSummary(outputs.summaryJson, runSummary(experiment, result));
        return result.status == RunStatus::Diverged ? Diverged : Success;
    } catch (const OutputError &error) {
        reportError(QString::fromUtf8(error.what()));
        return Failure;
    }
}

} // namespace kobai::cli
