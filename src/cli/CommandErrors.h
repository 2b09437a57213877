#pragma once
// How a command ends on the errors it does not handle itself: bad input (ConfigError) is
// reported with its location and exits 2; an output that cannot be written exits 1.
#include "ConfigError.h"
#include "ExitCode.h"
#include "Messages.h"
#include "OutputFile.h"

namespace kobai::cli {

/// command() → its exit code, or the exit code of the error it threw.
template <typename Command>
int reportingErrors(Command &&command)
{
    try {
        return command();
    } catch (const config::ConfigError &error) {
        reportError(error.text());
        return InvalidInput;
    } catch (const OutputError &error) {
        reportError(QString::fromUtf8(error.what()));
        return Failure;
    }
}

} // namespace kobai::cli
