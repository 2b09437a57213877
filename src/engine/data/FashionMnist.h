#pragma once
// Fashion-MNIST from its four IDX files: 28×28 uint8 images, 10 classes.
#include "data/Dataset.h"
#include "data/DatasetSpec.h"

#include <cstdint>

namespace kobai {

/// Validation and training images are disjoint parts of the training files, chosen
/// by a permutation from the seed; test images are the first test_size of the test
/// files. Throws DataFileError for missing or malformed files and std::out_of_range
/// when a requested size exceeds what the files hold.
Dataset loadFashionMnist(const FashionMnistOptions &options, std::uint64_t seed);

/// The checks of loadFashionMnist without reading any image: the files are there, their
/// headers and labels agree, and they hold the sizes asked for. Throws as it does.
void checkFashionMnist(const FashionMnistOptions &options);

} // namespace kobai
