#pragma once
// Reader of the IDX format of MNIST and Fashion-MNIST (unsigned bytes only),
// gzip-compressed or plain. Big-endian header: 0x00 0x00 0x08 <dims>, then one
// 32-bit size per dimension, then the bytes.
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace kobai {

/// A data file that is missing, truncated or malformed; the message names the file.
class DataFileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct IdxArray {
    std::vector<std::uint32_t> dims;
    std::vector<std::uint8_t> bytes;
};

/// Reads an IDX file of unsigned bytes with the expected number of dimensions.
IdxArray readIdxFile(const std::string &path, std::size_t expectedDims);

/// Finds folder/name or folder/name.gz; throws DataFileError naming both when neither exists.
std::string findIdxFile(const std::string &folder, const std::string &name);

} // namespace kobai
