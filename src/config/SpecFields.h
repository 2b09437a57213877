#pragma once
// The keys, defaults (from the engine structs) and accepted ranges of every
// dataset and optimizer an experiment file can name.
#include "FieldList.h"

#include "data/DatasetSpec.h"
#include "optim/OptimizerSpec.h"

#include <QStringList>

namespace kobai::config {

std::span<const Field<SplitOptions>> fieldsOf(const SplitOptions &);
std::span<const Field<LinearDataOptions>> fieldsOf(const LinearDataOptions &);
std::span<const Field<SineDataOptions>> fieldsOf(const SineDataOptions &);
std::span<const Field<MoonsDataOptions>> fieldsOf(const MoonsDataOptions &);
std::span<const Field<SpiralsDataOptions>> fieldsOf(const SpiralsDataOptions &);
std::span<const Field<BlobsDataOptions>> fieldsOf(const BlobsDataOptions &);
std::span<const Field<FashionMnistOptions>> fieldsOf(const FashionMnistOptions &);

std::span<const Field<SgdOptions>> fieldsOf(const SgdOptions &);
std::span<const Field<AdagradOptions>> fieldsOf(const AdagradOptions &);
std::span<const Field<RmspropOptions>> fieldsOf(const RmspropOptions &);
std::span<const Field<AdadeltaOptions>> fieldsOf(const AdadeltaOptions &);
std::span<const Field<AdamOptions>> fieldsOf(const AdamOptions &);
std::span<const Field<AdamWOptions>> fieldsOf(const AdamWOptions &);
std::span<const Field<TextbookSgdOptions>> fieldsOf(const TextbookSgdOptions &);
std::span<const Field<TextbookMomentumOptions>> fieldsOf(const TextbookMomentumOptions &);
std::span<const Field<TextbookNesterovOptions>> fieldsOf(const TextbookNesterovOptions &);
std::span<const Field<TextbookAdagradOptions>> fieldsOf(const TextbookAdagradOptions &);
std::span<const Field<TextbookRmspropOptions>> fieldsOf(const TextbookRmspropOptions &);
std::span<const Field<TextbookAdamOptions>> fieldsOf(const TextbookAdamOptions &);

/// Names in the order of the engine's enums.
const QStringList &modelNames();
const QStringList &activationNames();
const QStringList &initNames();
const QStringList &dtypeNames();

/// linear and sine are regression data; the others have classes.
bool isRegressionDataset(const DatasetSpec &dataset);

/// Names in the order of DatasetSpec's alternatives.
const QStringList &datasetNames();

/// The optional "seed" of reader: an integer 0 … 2⁵³ that JSON numbers hold exactly.
std::uint64_t readSeed(ObjectReader &reader);
/// PyTorch names in the order of OptimizerSpec's first alternatives, then the textbook ones.
const QStringList &pytorchOptimizerNames();
const QStringList &textbookOptimizerNames();

} // namespace kobai::config
