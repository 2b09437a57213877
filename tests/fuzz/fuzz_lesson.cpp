// libFuzzer target: any bytes as a lesson.json. The parser may only answer with a
// lesson or a ConfigError; anything else (a crash, another exception, a sanitizer
// report) is a bug. Seeds: the shipped lessons.
#include "ConfigError.h"
#include "Lesson.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    try {
        const kobai::config::Lesson lesson = kobai::config::parseLessonJson(
            QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)), QStringLiteral("fuzz"));
        if (lesson.experiments.isEmpty())
            __builtin_trap(); // a lesson is accepted only with something to run
    } catch (const kobai::config::ConfigError &) {
    }
    return 0;
}
