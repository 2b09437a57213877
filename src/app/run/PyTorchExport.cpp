#include "PyTorchExport.h"

#include "ConfigError.h"
#include "PyTorchScript.h"

namespace kobai::app {

QString pytorchExport(const config::Lesson &lesson, int experiment)
{
    if (experiment < 0 || experiment >= lesson.experiments.size())
        return {};
    try {
        // A data_parallel run shows its DistributedDataParallel script (--as-pytorch-ddp).
        return config::shownPytorchScript(lesson.experiments.at(experiment).experiment,
                                          lesson.folder + QStringLiteral("/lesson.json"));
    } catch (const config::ConfigError &error) {
        // A kind with no PyTorch counterpart (a contour map): the dialog says why, as a comment.
        return QStringLiteral("# ") + error.text();
    }
}

} // namespace kobai::app
