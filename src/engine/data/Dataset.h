#pragma once
// A dataset split into training, validation and (optionally) test parts. Samples
// are columns. Image pixels stay uint8 until a batch is gathered, where they are
// scaled to [0, 1] in the run's scalar type.
#include "core/EigenTypes.h"
#include "core/ThreadTeam.h"

#include <cstdint>
#include <span>
#include <vector>

namespace kobai {

enum class Task { Regression, Classification };

using PixelMatrix = Eigen::Matrix<std::uint8_t, Eigen::Dynamic, Eigen::Dynamic>;

struct DataPart {
    Eigen::MatrixXd features; ///< inputs × n (synthetic data)
    PixelMatrix pixels;       ///< inputs × n (images); used when features is empty
    std::vector<int> labels;  ///< classification targets
    Eigen::MatrixXd targets;  ///< outputs × n regression targets

    Eigen::Index size() const;
    bool isImage() const { return pixels.size() > 0; }

    /// Copies the samples with the given indices into out (inputs × rows.size()); a team
    /// (optional) shares out large image batches, whose rows are scattered in memory.
    template <typename Scalar>
    void gatherFeatures(std::span<const Eigen::Index> rows, Matrix<Scalar> &out, ThreadTeam *team = nullptr) const;
    /// Copies the regression targets of the given samples into out.
    template <typename Scalar>
    void gatherTargets(std::span<const Eigen::Index> rows, Matrix<Scalar> &out) const;
};

struct Dataset {
    Task task = Task::Classification;
    Eigen::Index inputs = 0;
    Eigen::Index outputs = 0; ///< classes, or regression target dimensions
    DataPart train;
    DataPart validation;
    DataPart test;
};

} // namespace kobai
