#include "data/DatasetFactory.h"

#include "core/Overloaded.h"
#include "data/FashionMnist.h"
#include "data/SyntheticData.h"

namespace kobai {

Dataset makeDataset(const DatasetSpec &spec, std::uint64_t seed)
{
    return std::visit(Overloaded{
                          [&](const LinearDataOptions &o) { return generateLinear(o, seed); },
                          [&](const SineDataOptions &o) { return generateSine(o, seed); },
                          [&](const MoonsDataOptions &o) { return generateMoons(o, seed); },
                          [&](const SpiralsDataOptions &o) { return generateSpirals(o, seed); },
                          [&](const BlobsDataOptions &o) { return generateBlobs(o, seed); },
                          [&](const FashionMnistOptions &o) { return loadFashionMnist(o, seed); },
                      },
                      spec);
}

} // namespace kobai
