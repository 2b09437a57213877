// libFuzzer target: any bytes as kobai-run's command line (arguments separated by NUL
// bytes). Parsing may only answer with a request or an OptionError, and an accepted
// request never names one file for two purposes (point 5 of issue 13). It runs nothing.
#include "CommandLine.h"

#include <cstddef>
#include <cstdint>

namespace {

/// More arguments than anyone types; keeps each input quick.
constexpr qsizetype maxArguments = 64;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QStringList arguments{QStringLiteral("kobai-run")};
    for (const QByteArray &argument : bytes.split('\0').mid(0, maxArguments))
        arguments << QString::fromUtf8(argument);
    try {
        kobai::cli::CommandLine commandLine;
        const kobai::cli::Request request = commandLine.parse(arguments);
        if (request.command != kobai::cli::Command::RunExperiment)
            return 0;
        const kobai::cli::RunOutputs &o = request.outputs;
        QStringList seen{kobai::cli::canonicalPath(request.experimentFile)};
        for (const QString &path : {o.csv, o.perUpdateCsv, o.layerStatsCsv, o.stateCsv, o.summaryJson}) {
            if (path.isEmpty())
                continue;
            const QString canonical = kobai::cli::canonicalPath(path);
            if (seen.contains(canonical))
                __builtin_trap();
            seen << canonical;
        }
    } catch (const kobai::cli::OptionError &) {
    }
    return 0;
}
