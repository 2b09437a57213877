#include "data/IdxFile.h"

#include <filesystem>
#include <zlib.h>

namespace kobai {

namespace {

/// Reads exactly size bytes or reports how the file fell short.
void readExactly(gzFile file, void *out, std::size_t size, const std::string &path, const char *what,
                 std::size_t needed, std::size_t before)
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
            throw DataFileError(path + ": truncated: " + what + " needs " + std::to_string(needed) +
                                " bytes, the file ends after " + std::to_string(before + done));
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

struct IdxReader::File {
    gzFile handle;
    ~File() { gzclose(handle); }
};

IdxReader::IdxReader(const std::string &path, std::size_t expectedDims) : path_(path)
{
    gzFile handle = gzopen(path.c_str(), "rb");
    if (!handle)
        throw DataFileError(path + ": cannot open the file");
    file_.reset(new File{handle}); // File owns and closes the handle

    unsigned char header[4];
    const std::size_t headerBytes = 4 * (1 + expectedDims);
    readExactly(file_->handle, header, 4, path, "the header", headerBytes, 0);
    if (header[0] != 0 || header[1] != 0 || header[2] != 0x08 || header[3] != expectedDims)
        throw DataFileError(path + ": not an IDX file of unsigned bytes with " + std::to_string(expectedDims) +
                            " dimensions (expected magic 0x0000080" + std::to_string(expectedDims) + ")");
    // Products that stop growing past the limit, so that a damaged header cannot wrap them
    // around to a small number.
    const auto times = [](std::size_t product, std::uint32_t size) {
        return size != 0 && product > maxDataBytes / size ? maxDataBytes + 1 : product * size;
    };
    dataBytes_ = 1;
    for (std::size_t d = 0; d < expectedDims; ++d) {
        readExactly(file_->handle, header, 4, path, "the header", headerBytes, 4 * (d + 1));
        dims_.push_back(bigEndian(header));
        dataBytes_ = times(dataBytes_, dims_.back());
        if (d > 0)
            recordBytes_ = times(recordBytes_, dims_.back());
    }
    if (dataBytes_ > maxDataBytes || recordBytes_ > maxDataBytes) {
        std::string sizes;
        for (const std::uint32_t size : dims_)
            sizes += (sizes.empty() ? "" : " × ") + std::to_string(size);
        throw DataFileError(path + ": the header claims " + sizes + " bytes of data, more than " +
                            std::to_string(maxDataBytes) + " (a damaged header?)");
    }
}

IdxReader::~IdxReader() = default;

void IdxReader::read(std::uint8_t *out, std::size_t count)
{
    readBytes(out, count * recordBytes_);
}

void IdxReader::readBytes(std::uint8_t *out, std::size_t bytes)
{
    readExactly(file_->handle, out, bytes, path_, "the data", dataBytes_, bytesRead_);
    bytesRead_ += bytes;
}

void IdxReader::skip()
{
    scratch_.resize(recordBytes_);
    read(scratch_.data());
}

IdxArray readIdxFile(const std::string &path, std::size_t expectedDims)
{
    IdxReader reader(path, expectedDims);
    IdxArray array;
    array.dims = reader.dims();
    // Grow as the data really arrives, a megabyte at a time, so a damaged header cannot
    // make us allocate gigabytes for a file that holds a few bytes.
    const std::size_t total = reader.records() * reader.recordBytes();
    constexpr std::size_t chunk = std::size_t{1} << 20;
    for (std::size_t done = 0; done < total; done += chunk) {
        const std::size_t size = std::min(chunk, total - done);
        array.bytes.resize(done + size);
        reader.readBytes(array.bytes.data() + done, size);
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
