#pragma once
// The keys, defaults (from the engine structs) and accepted ranges of every
// dataset an experiment file can name (update rules carry their own).
#include "FieldList.h"

#include "data/DatasetSpec.h"
#include "optim/OptimizerCatalog.h"

#include <QStringList>

namespace kobai::config {

std::span<const Field<SplitOptions>> fieldsOf(const SplitOptions &);
std::span<const Field<LinearDataOptions>> fieldsOf(const LinearDataOptions &);
std::span<const Field<SineDataOptions>> fieldsOf(const SineDataOptions &);
std::span<const Field<MoonsDataOptions>> fieldsOf(const MoonsDataOptions &);
std::span<const Field<SpiralsDataOptions>> fieldsOf(const SpiralsDataOptions &);
std::span<const Field<BlobsDataOptions>> fieldsOf(const BlobsDataOptions &);
std::span<const Field<FashionMnistOptions>> fieldsOf(const FashionMnistOptions &);

/// Names in the order of the engine's enums.
const QStringList &modelNames();
const QStringList &activationNames();
const QStringList &initNames();
const QStringList &dtypeNames();
/// An optimizer's "variant": pytorch (RuleVariant::PyTorch), textbook.
const QStringList &variantNames();

/// linear and sine are regression data; the others have classes.
bool isRegressionDataset(const DatasetSpec &dataset);

/// Names in the order of DatasetSpec's alternatives.
const QStringList &datasetNames();

/// The optional "seed" of reader: an integer 0 … 2⁵³ that JSON numbers hold exactly.
std::uint64_t readSeed(ObjectReader &reader);
/// The names of one variant's update rules (the engine's list, OptimizerCatalog.h).
QStringList optimizerNames(RuleVariant variant);

} // namespace kobai::config
