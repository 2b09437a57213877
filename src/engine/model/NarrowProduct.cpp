#include "model/NarrowProduct.h"

#include <algorithm>
#include <cassert>
#include <type_traits>

namespace kobai {

namespace {

using Eigen::Index;
using Packet = Eigen::internal::packet_traits<float>::type;
constexpr Index lanes = Eigen::internal::packet_traits<float>::size;

/// Columns [column, column + Columns) of C's rows [row, row + Packets·lanes), written
/// to out (leading dimension outRows) at the same row and column.
template <int Packets, int Columns>
void packetBlock(const NarrowProduct::Left &l, const NarrowProduct::Right &r, Index row, Index column,
                 const NarrowProduct::Finish &f, float *out, Index outRows)
{
    using namespace Eigen::internal;
    Packet acc[Columns][Packets];
    for (auto &sums : acc)
        for (Packet &sum : sums)
            sum = pset1<Packet>(0.0f);
    const float *right = r.data + column * r.columnStride;
    for (Index t = 0; t < l.depth; ++t, right += r.depthStride) {
        const float *left = l.data + t * l.rows + row;
        Packet w[Packets];
        for (int p = 0; p < Packets; ++p)
            w[p] = ploadu<Packet>(left + p * lanes);
        for (int j = 0; j < Columns; ++j) {
            const Packet x = pset1<Packet>(right[j * r.columnStride]);
            for (int p = 0; p < Packets; ++p)
                acc[j][p] = pmadd(w[p], x, acc[j][p]);
        }
    }
    for (int j = 0; j < Columns; ++j)
        for (int p = 0; p < Packets; ++p) {
            Packet value = acc[j][p];
            const Index at = (column + j) * outRows + row + p * lanes;
            if (f.bias)
                value = padd(value, ploadu<Packet>(f.bias + row + p * lanes));
            if (f.relu)
                value = pmax(value, pset1<Packet>(0.0f));
            if (f.gate) // all bits kept where 0 < gate, +0 elsewhere (and where gate is NaN)
                value = pand(value, pcmp_lt(pset1<Packet>(0.0f), ploadu<Packet>(f.gate + at)));
            pstoreu(out + at, value);
        }
}

/// Rows [row, rowEnd) of every column, Packets packets of rows at a time.
template <int Packets>
void packetRows(const NarrowProduct::Left &l, const NarrowProduct::Right &r, Index row, const NarrowProduct::Finish &f,
                float *out, Index outRows)
{
    constexpr int columnGroup = 4;
    Index j = 0;
    for (; j + columnGroup <= r.columns; j += columnGroup)
        packetBlock<Packets, columnGroup>(l, r, row, j, f, out, outRows);
    for (; j < r.columns; ++j)
        packetBlock<Packets, 1>(l, r, row, j, f, out, outRows);
}

/// The scalar end of a chain: C(i, j) at c[at], + bias(i), max(·, 0), the gate.
float finish(float sum, const NarrowProduct::Finish &f, Index i, Index at)
{
    if (f.bias)
        sum = Eigen::internal::padd(sum, f.bias[i]);
    if (f.relu)
        sum = Eigen::internal::pmax(sum, 0.0f);
    return f.gate && !(f.gate[at] > 0.0f) ? 0.0f : sum;
}

/// Rows [firstRow, l.rows) of columns [firstColumn, r.columns), one scalar chain each.
void scalarRows(const NarrowProduct::Left &l, const NarrowProduct::Right &r, Index firstRow, Index firstColumn,
                const NarrowProduct::Finish &f, float *c)
{
    for (Index j = firstColumn; j < r.columns; ++j)
        for (Index i = firstRow; i < l.rows; ++i) {
            const float *right = r.data + j * r.columnStride;
            float sum = 0.0f;
            for (Index t = 0; t < l.depth; ++t)
                sum = NarrowProduct::multiplyAdd(l.data[t * l.rows + i], right[t * r.depthStride], sum);
            c[j * l.rows + i] = finish(sum, f, i, j * l.rows + i);
        }
}

/// Rows [row, row + Rows) — part of the few rows below the last packet, as a 2-class
/// output layer's — of the Packets·lanes columns from `column`, vectorised along the
/// columns instead: right[t·rightStride + k] is R(t, column + k).
template <int Packets, int Rows>
void columnBlock(const NarrowProduct::Left &l, const float *right, Index rightStride, Index row, Index column,
                 const NarrowProduct::Finish &f, float *c)
{
    using namespace Eigen::internal;
    Packet acc[Rows][Packets];
    for (auto &sums : acc)
        for (Packet &sum : sums)
            sum = pset1<Packet>(0.0f);
    for (Index t = 0; t < l.depth; ++t) {
        Packet x[Packets];
        for (int p = 0; p < Packets; ++p)
            x[p] = ploadu<Packet>(right + t * rightStride + p * lanes);
        for (int k = 0; k < Rows; ++k) {
            const Packet w = pset1<Packet>(l.data[t * l.rows + row + k]);
            for (int p = 0; p < Packets; ++p)
                acc[k][p] = pmadd(w, x[p], acc[k][p]);
        }
    }
    alignas(64) float sums[Packets * lanes];
    for (int k = 0; k < Rows; ++k) {
        for (int p = 0; p < Packets; ++p)
            pstoreu(sums + p * lanes, acc[k][p]);
        for (Index q = 0; q < Packets * lanes; ++q)
        {
            const Index at = (column + q) * l.rows + row + k;
            c[at] = finish(sums[q], f, row + k, at);
        }
    }
}

/// columnBlock for every row from firstRow, two at a time (accumulators stay in registers).
template <int Packets>
void columnBlocks(const NarrowProduct::Left &l, const float *right, Index rightStride, Index firstRow, Index column,
                  const NarrowProduct::Finish &f, float *c)
{
    Index row = firstRow;
    for (; row + 2 <= l.rows; row += 2)
        columnBlock<Packets, 2>(l, right, rightStride, row, column, f, c);
    if (row < l.rows)
        columnBlock<Packets, 1>(l, right, rightStride, row, column, f, c);
}

/// copy[t·width + q] = R(t, q) for t < depth, q < width, where R's columns start at
/// right: lanes × lanes tiles turned in registers where R's columns are contiguous along
/// t (the forward pass's X, a weight matrix) and width is a multiple of lanes, one scalar
/// at a time elsewhere.
void transposeBlock(const float *right, const NarrowProduct::Right &r, Index depth, Index width, float *copy)
{
    using namespace Eigen::internal;
    Index t = 0;
    if (r.depthStride == 1 && width % lanes == 0)
        for (; t + lanes <= depth; t += lanes)
            for (Index q = 0; q < width; q += lanes) {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wignored-attributes" // Packet is __m512 & co., as inside Eigen
                PacketBlock<Packet, lanes> tile;
#pragma GCC diagnostic pop
                for (Index k = 0; k < lanes; ++k)
                    tile.packet[k] = ploadu<Packet>(right + (q + k) * r.columnStride + t);
                ptranspose(tile);
                for (Index k = 0; k < lanes; ++k)
                    pstoreu(copy + (t + k) * width + q, tile.packet[k]);
            }
    for (; t < depth; ++t)
        for (Index q = 0; q < width; ++q)
            copy[t * width + q] = right[t * r.depthStride + q * r.columnStride];
}

/// The rows below the last whole packet, for every column.
void tailRows(const NarrowProduct::Left &l, const NarrowProduct::Right &r, Index firstRow,
              const NarrowProduct::Finish &f, float *c)
{
    constexpr int widest = 4;
    // R's rows t, Packets·lanes columns wide, contiguous: in place when R's columns are
    // adjacent (the weight gradient's inputᵀ), else copied (the forward pass's X).
    alignas(64) float copy[widest * lanes * NarrowProduct::maxDepth];
    auto block = [&](auto packets, Index column) {
        constexpr int width = decltype(packets)::value * static_cast<int>(lanes);
        const float *right = r.data + column * r.columnStride;
        Index stride = r.depthStride;
        if (r.columnStride != 1) {
            transposeBlock(right, r, l.depth, width, copy);
            right = copy;
            stride = width;
        }
        columnBlocks<decltype(packets)::value>(l, right, stride, firstRow, column, f, c);
    };
    Index column = 0;
    for (; column + widest * lanes <= r.columns; column += widest * lanes)
        block(std::integral_constant<int, widest>{}, column);
    for (; column + lanes <= r.columns; column += lanes)
        block(std::integral_constant<int, 1>{}, column);
    scalarRows(l, r, firstRow, column, f, c);
}

} // namespace

void NarrowProduct::transpose(const float *m, Index rows, Index columns, float *out)
{
    // out[i·columns + j] = m(i, j): R(t, q) = m(t, q) read down its columns.
    transposeBlock(m, {m, 1, rows, columns}, rows, columns, out);
}

void NarrowProduct::multiply(const Left &l, const Right &r, float *c, const Finish &finish)
{
    assert(l.rows <= maxRows && l.depth <= maxDepth);
    Index row = 0;
    for (; row + 2 * lanes <= l.rows; row += 2 * lanes)
        packetRows<2>(l, r, row, finish, c, l.rows);
    if (row + lanes <= l.rows) {
        packetRows<1>(l, r, row, finish, c, l.rows);
        row += lanes;
    }
    if (row < l.rows)
        tailRows(l, r, row, finish, c);
}

} // namespace kobai
