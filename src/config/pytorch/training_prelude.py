#!/usr/bin/env python3
# A Kōbai experiment as a PyTorch 1.13 script, written by `kobai-run --as-pytorch`.
# Same data kind and sizes, architecture, loss, optimizer, schedule, penalties,
# clipping, early stopping, augmentation and input noise as the Kōbai run; the modules carry Kōbai's tensor names.
# PyTorch's random numbers are not
# Kōbai's, so the curves agree in shape and level, not digit for digit.
# Prints the same CSV columns as kobai-run: epoch,train_loss,val_loss,train_acc,val_acc,lr,updates,seconds,penalty
import gzip
import math
import os
import sys
import time
from collections import OrderedDict

import numpy as np
import torch
from torch import nn


# ---- data: the generators of docs/experiments.md ---------------------------------

def split(x, y, n, val_fraction, test_fraction, standardize, rng):
    order = rng.permutation(n)
    n_val = int(math.floor(n * val_fraction + 0.5))
    n_test = int(math.floor(n * test_fraction + 0.5))
    parts = [(x[idx], y[idx]) for idx in (order[n_val + n_test:], order[:n_val], order[n_val:n_val + n_test])]
    if standardize:
        mean = parts[0][0].mean(axis=0)
        std = parts[0][0].std(axis=0)
        std[std == 0] = 1.0
        parts = [((px - mean) / std, py) for px, py in parts]
    return parts


def make_linear(rng, n, noise, slope, intercept, **split_args):
    x = rng.uniform(-1, 1, size=(n, 1))
    y = slope * x + intercept + noise * rng.standard_normal((n, 1))
    return split(x, y, n, rng=rng, **split_args)


def make_sine(rng, n, noise, degree, **split_args):
    x = rng.uniform(0, 1, size=n)
    y = np.sin(2 * np.pi * x) + noise * rng.standard_normal(n)
    features = np.stack([x ** d for d in range(1, degree + 1)], axis=1)
    return split(features, y[:, None], n, rng=rng, **split_args)


def make_moons(rng, n, noise, **split_args):
    label = (np.arange(n) * 2) // n
    t = rng.uniform(0, np.pi, size=n)
    x = np.where(label == 0, np.cos(t), 1 - np.cos(t))
    y = np.where(label == 0, np.sin(t), 0.5 - np.sin(t))
    points = np.stack([x, y], axis=1) + noise * rng.standard_normal((n, 2))
    return split(points, label, n, rng=rng, **split_args)


def make_spirals(rng, n, noise, classes, **split_args):
    label = (np.arange(n) * classes) // n
    radius = rng.uniform(0, 1, size=n)
    angle = 2 * np.pi * label / classes + 4 * radius + noise * rng.standard_normal(n)
    points = np.stack([radius * np.sin(angle), radius * np.cos(angle)], axis=1)
    return split(points, label, n, rng=rng, **split_args)


def make_blobs(rng, n, centers, std, **split_args):
    centres = rng.uniform(-10, 10, size=(centers, 2))
    label = (np.arange(n) * centers) // n
    points = centres[label] + std * rng.standard_normal((n, 2))
    return split(points, label, n, rng=rng, **split_args)


def read_idx(folder, name):
    path = os.path.join(folder, name)
    opener = open if os.path.exists(path) else gzip.open
    with opener(path if os.path.exists(path) else path + ".gz", "rb") as f:
        data = f.read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def make_fashion_mnist(rng, path, val_size, train_size, test_size):
    images = read_idx(path, "train-images-idx3-ubyte").reshape(-1, 784) / 255.0
    labels = read_idx(path, "train-labels-idx1-ubyte").astype(np.int64)
    order = rng.permutation(len(images))
    train_size = train_size if train_size is not None else len(images) - val_size
    val, train = order[:val_size], order[val_size:val_size + train_size]
    test_images = read_idx(path, "t10k-images-idx3-ubyte").reshape(-1, 784)[:test_size] / 255.0
    test_labels = read_idx(path, "t10k-labels-idx1-ubyte").astype(np.int64)[:test_size]
    return [(images[train], labels[train]), (images[val], labels[val]), (test_images, test_labels)]


# ---- augmentation and input noise: training batches only -------------------------------

class Augment:
    """Kōbai's changes to each training batch (src/engine/data/BatchAugmentation.h): per
    image a left-right flip with probability 1/2, a shift by up to `shift` pixels each way
    with zero fill (the shifts of torchvision's RandomCrop(28, padding=shift)), then
    Gaussian noise of standard deviation input_noise on every input, not clipped.
    Evaluation passes see the data as they are."""

    def __init__(self, shift, flip, input_noise):
        self.shift, self.flip, self.input_noise = shift, flip, input_noise

    def __call__(self, x):
        if self.shift or self.flip:
            side = math.isqrt(x.shape[1])
            images = x.reshape(-1, side, side).clone()
            for i in range(len(images)):
                if self.flip and torch.rand(()) < 0.5:
                    images[i] = images[i].flip(1)
                if self.shift:
                    dy, dx = torch.randint(-self.shift, self.shift + 1, (2,)).tolist()
                    moved = torch.zeros_like(images[i])
                    moved[max(dy, 0):side + min(dy, 0), max(dx, 0):side + min(dx, 0)] = \
                        images[i][max(-dy, 0):side - max(dy, 0), max(-dx, 0):side - max(dx, 0)]
                    images[i] = moved
            x = images.reshape(len(x), -1)
        if self.input_noise:
            x = x + self.input_noise * torch.randn_like(x)
        return x


# ---- training: the loop of Kōbai's trainer ---------------------------------------------

def init_weights(model, scheme, std):
    for layer in model:
        if isinstance(layer, nn.Linear):
            fan_in = layer.in_features
            if scheme == "pytorch":
                layer.reset_parameters()  # nn.Linear's own default: U(-1/sqrt(fan_in), 1/sqrt(fan_in))
                continue
            s = {"he": math.sqrt(2 / fan_in), "xavier": math.sqrt(1 / fan_in)}.get(scheme, std)
            nn.init.normal_(layer.weight, 0.0, s)
            nn.init.zeros_(layer.bias)


def penalty(model, l2, l1):
    weights = [m.weight for m in model if isinstance(m, nn.Linear)]
    return sum(0.5 * l2 * (w * w).sum() + l1 * w.abs().sum() for w in weights)


def evaluate(model, loss_fn, x, y, classification):
    model.eval()
    with torch.no_grad():
        out = model(x)
        loss = loss_fn(out, y).item()
        acc = (out.argmax(dim=1) == y).double().mean().item() if classification else None
    model.train()
    return loss, acc


def fmt(value):
    return "" if value is None else repr(float(value))


def train(model, loss_fn, optimizer, scheduler, parts, epochs, batch_size, l2, l1, clip_norm, clip_value,
          early_stopping, classification, dtype, augment=None):
    def tensors(px, py):
        x = torch.tensor(px, dtype=dtype)
        y = torch.tensor(py, dtype=torch.int64 if classification else dtype)
        return x, y

    (x, y), (x_val, y_val), (x_test, y_test) = [tensors(px, py) for px, py in parts]
    n = len(x)
    batch = n if batch_size == 0 or batch_size > n else batch_size
    print("epoch,train_loss,val_loss,train_acc,val_acc,lr,updates,seconds,penalty")
    best, best_epoch, best_state, waited, updates = math.inf, 0, None, 0, 0
    for epoch in range(epochs + 1):
        lr = optimizer.param_groups[0]["lr"]
        seconds = 0.0
        if epoch > 0:
            start = time.perf_counter()
            order = torch.randperm(n) if batch < n else torch.arange(n)
            for first in range(0, n, batch):
                rows = order[first:first + batch]
                inputs = x[rows] if augment is None else augment(x[rows])
                loss = loss_fn(model(inputs), y[rows])
                if not math.isfinite(loss.item()):
                    sys.exit(f"diverged at epoch {epoch}, update {updates + 1}")
                optimizer.zero_grad()
                (loss + penalty(model, l2, l1)).backward()
                if clip_norm is not None:
                    nn.utils.clip_grad_norm_(model.parameters(), clip_norm)
                if clip_value is not None:
                    nn.utils.clip_grad_value_(model.parameters(), clip_value)
                optimizer.step()
                updates += 1
            seconds = time.perf_counter() - start
        train_loss, train_acc = evaluate(model, loss_fn, x, y, classification)
        val_loss, val_acc = evaluate(model, loss_fn, x_val, y_val, classification)
        with torch.no_grad():
            pen = float(penalty(model, l2, l1))
        print(",".join([str(epoch), fmt(train_loss), fmt(val_loss), fmt(train_acc), fmt(val_acc), fmt(lr),
                        str(updates), fmt(seconds), fmt(pen)]))
        if epoch > 0 and scheduler is not None:
            if isinstance(scheduler, torch.optim.lr_scheduler.ReduceLROnPlateau):
                scheduler.step(val_loss)
            else:
                scheduler.step()
        min_delta = early_stopping["min_delta"] if early_stopping else 0.0
        if val_loss < best - min_delta or epoch == 0:
            best, best_epoch, waited = val_loss, epoch, 0
            best_state = {k: v.clone() for k, v in model.state_dict().items()}
        else:
            waited += 1
        if early_stopping and waited >= early_stopping["patience"] and epoch < epochs:
            print(f"early stopping at epoch {epoch}; best epoch {best_epoch}", file=sys.stderr)
            if early_stopping["restore_best"]:
                model.load_state_dict(best_state)
            break
    if len(x_test) > 0:
        test_loss, test_acc = evaluate(model, loss_fn, x_test, y_test, classification)
        print(f"test_loss={test_loss} test_acc={test_acc}", file=sys.stderr)
