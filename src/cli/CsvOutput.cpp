#include "CsvOutput.h"

namespace kobai::cli {

namespace {

void writeOptional(std::FILE *out, const std::optional<double> &value)
{
    if (value)
        std::fprintf(out, "%.17g", *value);
}

} // namespace

CsvOutput::CsvOutput(std::FILE *epochs, std::FILE *updates) : epochs_(epochs), updates_(updates)
{
    if (epochs_)
        std::fputs("epoch,train_loss,val_loss,train_acc,val_acc,lr,updates,seconds,penalty\n", epochs_);
    if (updates_)
        std::fputs("update,epoch,batch_loss\n", updates_);
}

void CsvOutput::onEpoch(const EpochRecord &row)
{
    if (!epochs_)
        return;
    std::fprintf(epochs_, "%d,%.17g,%.17g,", row.epoch, row.train_loss, row.val_loss);
    writeOptional(epochs_, row.train_acc);
    std::fputc(',', epochs_);
    writeOptional(epochs_, row.val_acc);
    std::fprintf(epochs_, ",%.17g,%lld,%.17g,%.17g\n", row.lr, row.updates, row.seconds, row.penalty);
    std::fflush(epochs_); // a watching teacher or app sees each epoch as it ends
}

void CsvOutput::onUpdate(long long update, int epoch, double batchLoss)
{
    if (updates_)
        std::fprintf(updates_, "%lld,%d,%.17g\n", update, epoch, batchLoss);
}

void CsvOutput::onNote(const std::string &note) { std::fprintf(stderr, "kobai-run: note: %s\n", note.c_str()); }

} // namespace kobai::cli
