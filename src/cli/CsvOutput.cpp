#include "CsvOutput.h"

#include "CsvCells.h"

namespace kobai::cli {

CsvOutput::CsvOutput(const OutputFile *epochs, const OutputFile *updates, const OutputFile *layers,
                     std::atomic<bool> &stop, bool dataParallel)
    : epochs_(epochs), updates_(updates), layers_(layers), stop_(stop)
{
    if (epochs_)
        epochs_->write(dataParallel ? "epoch,train_loss,val_loss,train_acc,val_acc,lr,updates,seconds,penalty,workers,"
                                      "global_batch,staleness_mean,staleness_max,bytes_sent,modelled_seconds\n"
                                    : "epoch,train_loss,val_loss,train_acc,val_acc,lr,updates,seconds,penalty\n");
    if (updates_)
        updates_->write("update,epoch,batch_loss\n");
    if (layers_) {
        QByteArray header = "epoch,layer,mean,std,saturated,dead,weight_grad_norm,hist_low,hist_high";
        for (int bin = 1; bin <= layerHistogramBins; ++bin)
            header += ",bin" + QByteArray::number(bin);
        header += ",weight_hist_low,weight_hist_high";
        for (int bin = 1; bin <= layerHistogramBins; ++bin)
            header += ",wbin" + QByteArray::number(bin);
        layers_->write(header + '\n');
    }
}

template <typename Write>
void CsvOutput::guarded(Write write)
{
    if (failure_)
        return;
    try {
        write();
    } catch (const OutputError &error) {
        failure_ = error;
        stop_.store(true);
    }
}

void CsvOutput::onEpoch(const EpochRecord &row)
{
    if (row.parallel) {
        const std::vector<long long> &counts = row.parallel->staleness_counts;
        if (stalenessCounts_.size() < counts.size())
            stalenessCounts_.resize(counts.size(), 0);
        for (std::size_t s = 0; s < counts.size(); ++s)
            stalenessCounts_[s] += counts[s];
    }
    writeLayers(row);
    if (!epochs_)
        return;
    guarded([&] {
        std::FILE *out = epochs_->stream();
        std::fprintf(out, "%d,%.17g,%.17g", row.epoch, row.train_loss, row.val_loss);
        writeOptionalCell(out, row.train_acc);
        writeOptionalCell(out, row.val_acc);
        std::fprintf(out, ",%.17g,%lld,%.17g,%.17g", row.lr, row.updates, row.seconds, row.penalty);
        if (const std::optional<DataParallelRecord> &p = row.parallel)
            std::fprintf(out, ",%d,%ld,%.17g,%lld,%.17g,%.17g", p->workers, p->global_batch, p->staleness_mean,
                         p->staleness_max, p->bytes_sent, p->modelled_seconds);
        std::fputc('\n', out);
        epochs_->flush(); // a watching teacher or app sees each epoch as it ends
    });
}

void CsvOutput::writeLayers(const EpochRecord &row)
{
    if (!layers_ || row.layers.empty())
        return;
    guarded([&] {
        std::FILE *out = layers_->stream();
        for (const LayerStatistics &layer : row.layers) {
            std::fprintf(out, "%d,%d,%.17g,%.17g", row.epoch, layer.layer, layer.mean, layer.std);
            writeOptionalCell(out, layer.saturated);
            writeOptionalCell(out, layer.dead);
            std::fprintf(out, ",%.17g,%.17g,%.17g", layer.weightGradientNorm, layer.histogramLow,
                         layer.histogramHigh);
            for (long long count : layer.histogram)
                std::fprintf(out, ",%lld", count);
            std::fprintf(out, ",%.17g,%.17g", layer.weightHistogramLow, layer.weightHistogramHigh);
            for (long long count : layer.weightHistogram)
                std::fprintf(out, ",%lld", count);
            std::fputc('\n', out);
        }
        layers_->flush();
    });
}

void CsvOutput::onUpdate(long long update, int epoch, double batchLoss)
{
    if (!updates_)
        return;
    guarded([&] {
        std::fprintf(updates_->stream(), "%lld,%d,%.17g\n", update, epoch, batchLoss);
        updates_->check();
    });
}

void CsvOutput::onNote(const std::string &note) { std::fprintf(stderr, "kobai-run: note: %s\n", note.c_str()); }

void CsvOutput::throwFailure() const
{
    if (failure_)
        throw *failure_;
}

} // namespace kobai::cli
