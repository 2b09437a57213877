#include "ContourCommand.h"

#include "ExitCode.h"
#include "Messages.h"
#include "OutputFile.h"
#include "RunSummary.h"

#include <stdexcept>

namespace kobai::cli {

int runContourExperiment(const config::Experiment &experiment, const RunOutputs &outputs)
{
    try {
        FileHandle csv = openCsv(outputs);
        const ContourMap map = computeContours(experiment.contours);
        if (csv) {
            std::fputs("level,x0,y0,x1,y1\n", csv.get());
            for (const ContourLevel &level : map.levels)
                for (const ContourSegment &s : level.segments)
                    std::fprintf(csv.get(), "%.17g,%.17g,%.17g,%.17g,%.17g\n", level.value, s.x0, s.y0, s.x1, s.y1);
        }
        if (!outputs.summaryJson.isEmpty())
            writeSummary(outputs.summaryJson, runSummary(experiment, map));
        return Success;
    } catch (const std::runtime_error &error) {
        reportError(QString::fromUtf8(error.what()));
        return Failure;
    }
}

} // namespace kobai::cli
