// kobai-run: the headless runner for classroom batches, benchmarks and tests.
// stdout carries CSV (or the page asked for) and nothing else; every message goes to stderr.
#include "CommandLine.h"
#include "ExitCode.h"
#include "ExperimentCommand.h"
#include "LessonCommand.h"
#include "Messages.h"
#include "OutputFile.h"
#include "QuestionStats.h"
#include "core/AllocatorTuning.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdlib>
#include <exception>
#include <new>
#include <unistd.h>

namespace {

/// Help and version go to stdout like any output: a failed write is exit 1.
int print(const QString &text)
{
    try {
        kobai::cli::OutputFile out({});
        out.write(text.toUtf8());
        out.commit();
        return kobai::cli::Success;
    } catch (const kobai::cli::OutputError &error) {
        kobai::cli::reportError(QString::fromUtf8(error.what()));
        return kobai::cli::Failure;
    }
}

int run(const kobai::cli::Request &request, const QString &help)
{
    using kobai::cli::Command;
    switch (request.command) {
    case Command::Help:
        return print(help);
    case Command::Version:
        return print(QStringLiteral("kobai-run " KOBAI_VERSION "\n"));
    case Command::CheckLessons:
        return kobai::cli::checkLessons(request.lessonsToCheck);
    case Command::QuestionStats:
        return kobai::cli::printQuestionStats(request.lessonsToCheck);
    case Command::RunLesson:
        return kobai::cli::runLesson(request.lesson);
    case Command::PrintPytorch:
        return kobai::cli::printPytorchScript(request.experimentFile, kobai::cli::PytorchProcesses::One);
    case Command::PrintPytorchDdp:
        return kobai::cli::printPytorchScript(request.experimentFile, kobai::cli::PytorchProcesses::Ddp);
    case Command::RunExperiment:
        break;
    }
    return kobai::cli::runExperimentFile(request.experimentFile, request.outputs);
}

std::terminate_handler defaultTerminate = nullptr;

/// Out of memory ends kobai-run here, without unwinding: bad_alloc is caught nowhere, so
/// no destructor runs. Unwinding would not be safe: Eigen 3.4's DenseStorage::resize frees
/// a matrix's old buffer before allocating the new one and keeps the freed pointer when
/// the allocation throws, so the engine's destructors would free it twice (heap
/// corruption, SIGABRT). Nothing here allocates.
[[noreturn]] void onTerminate()
{
    if (const std::exception_ptr exception = std::current_exception()) {
        try {
            std::rethrow_exception(exception);
        } catch (const std::bad_alloc &) {
            kobai::cli::OutputFile::removeUnfinished();
            static const char message[] = "kobai-run: out of memory (the run asked for more than the system "
                                          "gives; see the limits in docs/experiments.md)\n";
            [[maybe_unused]] const auto written = ::write(STDERR_FILENO, message, sizeof message - 1);
            std::_Exit(kobai::cli::Failure);
        } catch (...) {
        }
    }
    defaultTerminate();
    std::abort(); // a terminate handler that returns
}

} // namespace

int main(int argc, char *argv[])
{
    kobai::keepWorkspacesInHeap();
    // Past a file-size limit (ulimit -f) a write then fails with EFBIG, which is
    // reported like a full disk, instead of the signal killing us mid-row.
    std::signal(SIGXFSZ, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kobai-run"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KOBAI_VERSION));

    defaultTerminate = std::set_terminate(onTerminate);
    kobai::cli::CommandLine commandLine;
    kobai::cli::Request request;
    try {
        request = commandLine.parse(QCoreApplication::arguments());
    } catch (const kobai::cli::OptionError &error) {
        kobai::cli::reportError(QString::fromUtf8(error.what()));
        return kobai::cli::InvalidInput;
    }
    return run(request, commandLine.helpText());
}
