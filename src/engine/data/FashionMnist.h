#pragma once
// Fashion-MNIST from its four IDX files: 28×28 uint8 images, 10 classes.
#include "data/Dataset.h"
#include "data/DatasetSpec.h"
#include "data/FashionMnistImages.h"

#include <cstdint>

namespace kobai {

/// Reads the files and draws the dataset from them (drawFashionMnist). Throws
/// DataFileError for missing or malformed files and std::out_of_range when a requested
/// size exceeds what the files hold.
Dataset loadFashionMnist(const FashionMnistOptions &options, std::uint64_t seed);

/// The dataset from files already read: validation and training images are disjoint
/// parts of the training images, chosen by a permutation from the seed; test images are
/// the first test_size of the test images (test may be null when test_size is 0).
/// Throws std::out_of_range when a requested size exceeds what the files hold.
Dataset drawFashionMnist(const FashionMnistOptions &options, std::uint64_t seed, const FashionMnistImages &train,
                         const FashionMnistImages *test);

/// The checks of loadFashionMnist without reading any image: the files are there, their
/// headers and labels agree, and they hold the sizes asked for. Throws as it does.
void checkFashionMnist(const FashionMnistOptions &options);

} // namespace kobai
