#pragma once
// C = L·R in float32 for layers as narrow as a lesson's (2-32-32-2): no packing, no
// zeroing of C first, bias and ReLU applied while the result is still in registers.
//
// Why: at 32 × 32 × 32, Eigen's blocked product spends about as long packing L and R
// into its panel layout (and zeroing C) as multiplying; a lesson-sized run did so nine
// times per mini-batch. Here L's columns (a layer's W, at most a few KiB: it stays in L1)
// are read in place, and R is read one scalar at a time, with any strides, so R can be
// a transposed view (the weight gradient's inputᵀ) without a copy.
//
// Order: each C(i, j) is one chain of multiply-adds over t = 0, 1, …, depth − 1 starting
// from 0, fused (one rounding) when the CPU has FMA, as Eigen's packet multiply-add is;
// then + bias(i), then max(·, 0), then the ReLU derivative's gate (each if asked). The order does not depend on how rows and columns are
// grouped into registers, so the result is one function of the operands whatever the
// shape. Eigen's blocked kernel sums the same way for 32 and 48 rows on AVX-512 (the
// lesson's hidden layers: the same bits), in another order for other row counts.
#include <Eigen/Core>

#include <cmath>

namespace kobai {

class NarrowProduct {
public:
    /// L is rows × depth, column-major and contiguous.
    struct Left {
        const float *data;
        Eigen::Index rows;
        Eigen::Index depth;
    };
    /// R(t, j) = data[t·depthStride + j·columnStride], t < depth of L, j < columns.
    struct Right {
        const float *data;
        Eigen::Index depthStride;
        Eigen::Index columnStride;
        Eigen::Index columns;
    };

    /// The largest L it takes (64 × 256 floats: 64 KiB, about L1; the lesson's 32 × 32 is 4 KiB).
    static constexpr Eigen::Index maxRows = 64;
    static constexpr Eigen::Index maxDepth = 256;

    /// What happens to C(i, j) after its sum, in this order.
    struct Finish {
        const float *bias = nullptr; ///< + bias(i), L.rows values
        bool relu = false;           ///< max(·, 0)
        /// 0 where gate(i, j) (C's shape) is not > 0: ReLU's derivative, as backpropagation
        /// multiplies by it (Eigen's select gives the same bits).
        const float *gate = nullptr;
    };

    /// a·b + c rounded as every chain's step is: once where the CPU fuses (Eigen's packet
    /// multiply-add does), else twice.
    static float multiplyAdd(float a, float b, float c)
    {
#ifdef EIGEN_VECTORIZE_FMA
        return std::fma(a, b, c);
#else
        return a * b + c;
#endif
    }

    /// out (columns × rows, column-major) = mᵀ of m (rows × columns, column-major), by
    /// register tiles: an L for Wᵀ·δ without Eigen's scalar-at-a-time transpose.
    static void transpose(const float *m, Eigen::Index rows, Eigen::Index columns, float *out);

    /// c (L.rows × R.columns, column-major, contiguous) = L·R, then finished.
    static void multiply(const Left &l, const Right &r, float *c, const Finish &finish);
};

} // namespace kobai
