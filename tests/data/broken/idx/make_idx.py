#!/usr/bin/env python3
"""Writes the damaged Fashion-MNIST folders of the broken-input corpus (see ../README.md).

Each folder holds a training pair, train-images-idx3-ubyte and train-labels-idx1-ubyte,
with Fashion-MNIST's 28×28-pixel images (the loader refuses any other size) and only three
of them, so the files stay a few kilobytes long; the experiments that read them
ask for no test split, so no t10k files are needed. Run it from anywhere; it rewrites
the folders beside itself.
"""
import pathlib
import struct

HERE = pathlib.Path(__file__).resolve().parent


def idx(type_code: int, dims: list[int], data: bytes) -> bytes:
    """An IDX file of unsigned bytes: 0x00 0x00 0x08 <dims>, big-endian sizes, then data."""
    return bytes([0, 0, 0x08, type_code]) + b"".join(struct.pack(">I", d) for d in dims) + data


def images(count: int) -> bytes:
    return idx(3, [count, 28, 28], bytes(i % 256 for i in range(count * 28 * 28)))


def labels(count: int) -> bytes:
    return idx(1, [count], bytes(range(count)))


FOLDERS = {
    # The header promises 3 images of 784 pixels (2352 bytes); 5 are there.
    "truncated": {"train-images-idx3-ubyte": images(3)[:16 + 5], "train-labels-idx1-ubyte": labels(3)},
    # A PGM picture saved under the IDX name: not an IDX file at all.
    "wrong-magic": {"train-images-idx3-ubyte": b"P5\n2 2\n255\n" + bytes(4), "train-labels-idx1-ubyte": labels(1)},
    # 3 images, 2 labels.
    "count-mismatch": {"train-images-idx3-ubyte": images(3), "train-labels-idx1-ubyte": labels(2)},
}

for folder, files in FOLDERS.items():
    (HERE / folder).mkdir(exist_ok=True)
    for name, data in files.items():
        (HERE / folder / name).write_bytes(data)
