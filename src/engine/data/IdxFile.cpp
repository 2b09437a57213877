#include "data/IdxFile.h"

#include <filesystem>
#include <memory>
#include <zlib.h>

namespace kobai {

namespace {

struct GzCloser {
    void operator()(gzFile file) const { gzclose(file); }
};
using GzHandle = std::unique_ptr<gzFile_s, GzCloser>;

/// Reads exactly size bytes or reports how the file fell short.
void readExactly(gzFile file, void *out, std::size_t size, const std::string &path, const char *what)
{
    auto *cursor = static_cast<unsigned char *>(out);
    std::size_t done = 0;
    while (done < size) {
        const unsigned chunk = static_cast<unsigned>(std::min<std::size_t>(size - done, 1u << 30));
        const int got = gzread(file, cursor + done, chunk);
        if (got < 0) {
            int code = 0;
            throw DataFileError(path + ": cannot read " + what + ": " + gzerror(file, &code));
        }
        if (got == 0)
            throw DataFileError(path + ": truncated: " + what + " needs " + std::to_string(size) +
                                " bytes, the file ends after " + std::to_string(done));
        done += static_cast<std::size_t>(got);
    }
}

/// Larger than any dataset Kōbai reads (Fashion-MNIST's training images are 47 MB).
constexpr std::size_t maxDataBytes = std::size_t{1} << 31;

std::uint32_t bigEndian(const unsigned char *b)
{
    return (std::uint32_t{b[0]} << 24) | (std::uint32_t{b[1]} << 16) | (std::uint32_t{b[2]} << 8) | b[3];
}

} // namespace

IdxArray readIdxFile(const std::string &path, std::size_t expectedDims)
{
    GzHandle file(gzopen(path.c_str(), "rb"));
    if (!file)
        throw DataFileError(path + ": cannot open the file");

    unsigned char magic[4];
    readExactly(file.get(), magic, 4, path, "the header");
    if (magic[0] != 0 || magic[1] != 0 || magic[2] != 0x08 || magic[3] != expectedDims)
        throw DataFileError(path + ": not an IDX file of unsigned bytes with " + std::to_string(expectedDims) +
                            " dimensions (expected magic 0x0000080" + std::to_string(expectedDims) + ")");

    IdxArray array;
    std::size_t total = 1;
    for (std::size_t d = 0; d < expectedDims; ++d) {
        unsigned char size[4];
        readExactly(file.get(), size, 4, path, "the header");
        array.dims.push_back(bigEndian(size));
        total *= array.dims.back();
    }
    if (total > maxDataBytes)
        throw DataFileError(path + ": the header claims " + std::to_string(total) + " bytes of data, more than " +
                            std::to_string(maxDataBytes) + " (a damaged header?)");
    // Grow as the data really arrives, so a damaged header cannot make us allocate
    // gigabytes for a file that holds a few bytes.
    constexpr std::size_t chunk = std::size_t{1} << 20;
    for (std::size_t done = 0; done < total; done += chunk) {
        const std::size_t size = std::min(chunk, total - done);
        array.bytes.resize(done + size);
        readExactly(file.get(), array.bytes.data() + done, size, path, "the data");
    }
    return array;
}

std::string findIdxFile(const std::string &folder, const std::string &name)
{
    const std::filesystem::path plain = std::filesystem::path(folder) / name;
    if (std::filesystem::is_regular_file(plain))
        return plain.string();
    const std::filesystem::path gz = std::filesystem::path(folder) / (name + ".gz");
    if (std::filesystem::is_regular_file(gz))
        return gz.string();
    throw DataFileError(plain.string() + ": missing (neither it nor " + gz.filename().string() +
                        " exists; install the Debian package dataset-fashion-mnist or set dataset.path)");
}

} // namespace kobai
