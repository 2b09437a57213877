#pragma once
// One half of Fashion-MNIST ("train" or "t10k"): its 28 × 28 uint8 images and labels,
// checked against each other. Read whole, so that every split and seed drawn from it
// afterwards (DatasetCache keeps it while the process lives) costs no file reading.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace kobai {

class FashionMnistImages {
public:
    static constexpr int classCount = 10;
    static constexpr std::size_t imageBytes = 28 * 28;

    /// What to read: only the headers and labels (a check before a run), or the images too.
    enum class Read { Headers, Images };

    /// Reads folder/<prefix>-images-idx3-ubyte[.gz] and its labels; throws DataFileError
    /// naming the file when one is missing, malformed or disagrees with the other.
    FashionMnistImages(const std::string &folder, const std::string &prefix, Read read);

    std::size_t count() const { return labels_.size(); }
    /// Image i's pixels (imageBytes of them); only after Read::Images.
    const std::uint8_t *image(std::size_t i) const { return pixels_.data() + i * imageBytes; }
    int label(std::size_t i) const { return labels_[i]; }

    /// Throws std::out_of_range, naming the file, unless 0 ≤ wanted ≤ count().
    void requireAtMost(long wanted, const std::string &what) const;

private:
    std::string imagePath_;
    std::vector<std::uint8_t> labels_;
    std::vector<std::uint8_t> pixels_; ///< image after image; empty after Read::Headers
};

} // namespace kobai
