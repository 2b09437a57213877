// libFuzzer target: any bytes as an IDX file (plain; the gzip layer is zlib's).
// The reader may only return an array or throw DataFileError.
#include "data/IdxFile.h"

#include <cstdio>
#include <string>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const std::string path = "/tmp/kobai-fuzz-idx-" + std::to_string(getpid());
    std::FILE *file = std::fopen(path.c_str(), "wb");
    if (!file)
        return 0;
    std::fwrite(data, 1, size, file);
    std::fclose(file);
    for (std::size_t dims : {1u, 3u}) {
        try {
            const kobai::IdxArray array = kobai::readIdxFile(path, dims);
            std::size_t total = 1;
            for (auto d : array.dims)
                total *= d;
            if (total != array.bytes.size())
                __builtin_trap();
        } catch (const kobai::DataFileError &) {
        }
    }
    return 0;
}
