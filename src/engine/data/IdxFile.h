#pragma once
// Reader of the IDX format of MNIST and Fashion-MNIST (unsigned bytes only),
// gzip-compressed or plain. Big-endian header: 0x00 0x00 0x08 <dims>, then one
// 32-bit size per dimension, then the bytes.
#include <cstdint>
#include <memory>
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

/// Reads an IDX file of unsigned bytes one record at a time (a record is one item of the
/// first dimension: one 28 × 28 image), so that a caller keeps only the records it wants
/// and never holds the whole file (Fashion-MNIST's training images are 47 MB).
class IdxReader {
public:
    /// Opens the file and reads its header; throws DataFileError naming the file.
    IdxReader(const std::string &path, std::size_t expectedDims);
    ~IdxReader();
    IdxReader(const IdxReader &) = delete;
    IdxReader &operator=(const IdxReader &) = delete;

    const std::vector<std::uint32_t> &dims() const { return dims_; }
    std::size_t records() const { return dims_.front(); }
    std::size_t recordBytes() const { return recordBytes_; }

    /// The next `count` records into out (count · recordBytes() bytes); throws when the
    /// file ends first.
    void read(std::uint8_t *out, std::size_t count = 1);
    /// The next `bytes` bytes of the data, whatever records they belong to.
    void readBytes(std::uint8_t *out, std::size_t bytes);
    /// Passes over the next record.
    void skip();

private:
    struct File;
    std::unique_ptr<File> file_;
    std::string path_;
    std::vector<std::uint32_t> dims_;
    std::size_t recordBytes_ = 1;
    std::size_t dataBytes_ = 0; ///< of all the records together
    std::size_t bytesRead_ = 0;
    std::vector<std::uint8_t> scratch_;
};

/// Finds folder/name or folder/name.gz; throws DataFileError naming both when neither exists.
std::string findIdxFile(const std::string &folder, const std::string &name);

} // namespace kobai
