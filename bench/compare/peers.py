#!/usr/bin/python3
"""The peers of compare.py: the same two runs in PyTorch and in plain NumPy.
Usage: peers.py torch|numpy fashion|lesson THREADS [SEED]; prints one JSON line.
SEED (default 0) seeds the model's initial weights and shuffles, not the data split."""
import gzip
import json
import math
import sys
import time

import numpy as np

FASHION_DIR = "/usr/share/datasets/fashion-mnist"


def idx(name):
    with gzip.open(f"{FASHION_DIR}/{name}.gz", "rb") as f:
        data = f.read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def fashion():
    rng = np.random.default_rng(0)
    x = idx("train-images-idx3-ubyte").reshape(-1, 784).astype(np.float32) / 255
    y = idx("train-labels-idx1-ubyte").astype(np.int64)
    order = rng.permutation(len(x))
    train = order[10000:]
    x_test = idx("t10k-images-idx3-ubyte").reshape(-1, 784).astype(np.float32) / 255
    y_test = idx("t10k-labels-idx1-ubyte").astype(np.int64)
    return (x[train], y[train]), (x_test, y_test), [784, 100, 10], 100, 3


def moons():
    rng = np.random.default_rng(0)
    n = 1000
    label = (np.arange(n) * 2) // n
    t = rng.uniform(0, np.pi, n)
    pts = np.stack([np.where(label == 0, np.cos(t), 1 - np.cos(t)),
                    np.where(label == 0, np.sin(t), 0.5 - np.sin(t))], axis=1) + 0.2 * rng.standard_normal((n, 2))
    pts = ((pts - pts.mean(0)) / pts.std(0)).astype(np.float32)
    order = rng.permutation(n)
    return (pts[order[200:]], label[order[200:]]), (pts[order[:200]], label[order[:200]]), [2, 32, 32, 2], 32, 100


def run_torch(data, evaluate_each_epoch, threads, seed):
    import torch
    from torch import nn
    torch.set_num_threads(threads)
    torch.manual_seed(seed)
    (x, y), (xv, yv), sizes, batch, epochs = data
    x, y, xv, yv = map(torch.from_numpy, (x, y, xv, yv))
    layers = []
    for a, b in zip(sizes[:-1], sizes[1:]):
        layers += [nn.Linear(a, b), nn.ReLU()]
    model = nn.Sequential(*layers[:-1])
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    loss_fn = nn.CrossEntropyLoss()
    epoch_seconds, start = [], time.perf_counter()
    for _ in range(epochs):
        begin = time.perf_counter()
        order = torch.randperm(len(x))
        for i in range(0, len(x), batch):
            rows = order[i:i + batch]
            optimizer.zero_grad()
            loss_fn(model(x[rows]), y[rows]).backward()
            optimizer.step()
        epoch_seconds.append(time.perf_counter() - begin)
        if evaluate_each_epoch:
            with torch.no_grad():
                loss_fn(model(xv), yv).item()
    total = time.perf_counter() - start
    with torch.no_grad():
        accuracy = (model(xv).argmax(1) == yv).float().mean().item()
    return min(epoch_seconds), total, accuracy


def run_numpy(data, evaluate_each_epoch, threads, seed):
    (x, y), (xv, yv), sizes, batch, epochs = data
    rng = np.random.default_rng(seed)
    weights = [(rng.standard_normal((a, b)).astype(np.float32) * np.float32(math.sqrt(2 / a)),
                np.zeros(b, np.float32)) for a, b in zip(sizes[:-1], sizes[1:])]

    def forward(inputs):
        activations = [inputs]
        for i, (w, b) in enumerate(weights):
            z = activations[-1] @ w + b
            activations.append(np.maximum(z, 0) if i < len(weights) - 1 else z)
        return activations

    def softmax_loss(logits, labels):
        shifted = logits - logits.max(1, keepdims=True)
        p = np.exp(shifted)
        p /= p.sum(1, keepdims=True)
        loss = -np.log(p[np.arange(len(labels)), labels] + 1e-12).mean()
        p[np.arange(len(labels)), labels] -= 1
        return loss, p / len(labels)

    epoch_seconds, start = [], time.perf_counter()
    for _ in range(epochs):
        begin = time.perf_counter()
        order = rng.permutation(len(x))
        for i in range(0, len(x), batch):
            rows = order[i:i + batch]
            acts = forward(x[rows])
            _, delta = softmax_loss(acts[-1], y[rows])
            for layer in range(len(weights) - 1, -1, -1):
                w, b = weights[layer]
                grad_w, grad_b = acts[layer].T @ delta, delta.sum(0)
                if layer > 0:
                    delta = (delta @ w.T) * (acts[layer] > 0)
                w -= np.float32(0.1) * grad_w
                b -= np.float32(0.1) * grad_b
        epoch_seconds.append(time.perf_counter() - begin)
        if evaluate_each_epoch:
            softmax_loss(forward(xv)[-1], yv)
    total = time.perf_counter() - start
    accuracy = float((forward(xv)[-1].argmax(1) == yv).mean())
    return min(epoch_seconds), total, accuracy


def main():
    kind, case, threads = sys.argv[1], sys.argv[2], int(sys.argv[3])
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    data = fashion() if case == "fashion" else moons()
    runner = run_torch if kind == "torch" else run_numpy
    epoch_seconds, total, accuracy = runner(data, case == "lesson", threads, seed)
    print(json.dumps({"epoch_seconds": epoch_seconds, "total_seconds": total, "accuracy": accuracy}))


if __name__ == "__main__":
    main()
