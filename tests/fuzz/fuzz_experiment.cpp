// libFuzzer target: any bytes as an experiment file. The parser may only answer with
// an experiment or a ConfigError; anything else (a crash, another exception, a
// sanitizer report) is a bug.
#include "ConfigError.h"
#include "Experiment.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    try {
        const auto experiment = kobai::config::parseExperiment(
            QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)), QStringLiteral("fuzz.json"));
        // What was accepted must write back out and read back in unchanged.
        const QJsonObject json = kobai::config::toJson(experiment);
        if (kobai::config::toJson(kobai::config::parseExperimentObject(json, QString(), QStringLiteral("again"))) != json)
            __builtin_trap();
    } catch (const kobai::config::ConfigError &) {
    }
    return 0;
}
