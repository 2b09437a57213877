#include "ContourCommand.h"

#include "ExitCode.h"
#include "Messages.h"
#include "OutputFile.h"
#include "RunSummary.h"

namespace kobai::cli {

int runContourExperiment(const config::Experiment &experiment, const RunOutputs &outputs)
{
    try {
        const std::unique_ptr<OutputFile> csv = openCsv(outputs);
        const ContourMap map = computeContours(experiment.contours);
        if (csv) {
            csv->write("level,x0,y0,x1,y1\n");
            for (const ContourLevel &level : map.levels)
                for (const ContourSegment &s : level.segments) {
                    std::fprintf(csv->stream(), "%.17g,%.17g,%.17g,%.17g,%.17g\n", level.value, s.x0, s.y0, s.x1,
                                 s.y1);
                    csv->check();
                }
            csv->commit();
        }
        if (!outputs.summaryJson.isEmpty())
            writeSummary(outputs.summaryJson, runSummary(experiment, map));
        return Success;
    } catch (const OutputError &error) {
        reportError(QString::fromUtf8(error.what()));
        return Failure;
    }
}

} // namespace kobai::cli
