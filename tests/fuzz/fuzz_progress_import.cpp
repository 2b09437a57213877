// libFuzzer target: any bytes as a progress export given to ProgressStore::importJson.
// The store may only import them or refuse them with a message; a crash, a sanitizer
// report, a refusal without a message or an import that loses answers already kept is
// a bug. One store lives for the whole run (in /dev/shm when there is one, where syncs
// are cheap), so imports meet the answers of earlier inputs. Seeds: tests/fuzz/corpus/progress.
#include "progress/ProgressStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace {

kobai::progress::ProgressStore &store()
{
    static int argc = 1;
    static char name[] = "fuzz_progress_import";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv); // Qt SQL wants an application object
    static QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm/kobai-fuzz-XXXXXX")
                                                                      : QDir::tempPath() + QStringLiteral("/kobai-fuzz-XXXXXX"));
    // Never destroyed: at exit Qt SQL's own statics may already be gone.
    static auto *store = new kobai::progress::ProgressStore(dir.filePath(QStringLiteral("progress.sqlite")));
    static const bool opened = store->open();
    if (!opened || !store->isWritable())
        __builtin_trap(); // the fuzzer's own folder must be writable
    return *store;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    kobai::progress::ProgressStore &progress = store();
    const QJsonDocument json =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    if (!json.isObject())
        return 0;
    const qsizetype before = progress.answerCount();
    QString problem;
    const bool imported = progress.importJson(json.object(), &problem);
    if (!imported && problem.isEmpty())
        __builtin_trap(); // every refusal says why
    if (imported ? progress.answerCount() < before : progress.answerCount() != before)
        __builtin_trap(); // an import only adds; a refused one changes nothing
    return 0;
}
