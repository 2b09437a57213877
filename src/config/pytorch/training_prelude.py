import base64
import gzip
import math
import os
import sys
import time
from collections import OrderedDict

import numpy as np
import torch
from torch import nn


# ---- data: Kōbai's own ---------------------------------------------------------------

def embedded_part(features, inputs, targets, outputs, classification):
    """One part of a synthetic set as Kōbai made it (split and standardised): base64 of
    little-endian float64 features, sample by sample, and int32 labels or float64 targets."""
    x = np.frombuffer(base64.b64decode(features), dtype="<f8").reshape(-1, inputs)
    if classification:
        return x, np.frombuffer(base64.b64decode(targets), dtype="<i4").astype(np.int64)
    return x, np.frombuffer(base64.b64decode(targets), dtype="<f8").reshape(-1, outputs)


def read_idx(folder, name):
    path = os.path.join(folder, name)
    opener = open if os.path.exists(path) else gzip.open
    with opener(path if os.path.exists(path) else path + ".gz", "rb") as f:
        data = f.read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def fashion_mnist(seed, path, val_size, train_size, test_size):
    """Kōbai's split (src/engine/data/FashionMnist.cpp): one shuffle of the training file
    from the seed's DataSplit stream, validation first, then training; the first test_size
    test images. Pixels are scaled by 1/255 as Kōbai gathers them."""
    images = read_idx(path, "train-images-idx3-ubyte").reshape(-1, 784)
    labels = read_idx(path, "train-labels-idx1-ubyte").astype(np.int64)
    order = list(range(len(images)))
    KobaiRandom(seed, DATA_SPLIT).shuffle(order)
    order = np.array(order, dtype=np.int64)
    train_size = train_size if train_size is not None else len(images) - val_size
    val, train = order[:val_size], order[val_size:val_size + train_size]
    parts = [(images[train], labels[train]), (images[val], labels[val])]
    if test_size > 0:
        parts.append((read_idx(path, "t10k-images-idx3-ubyte").reshape(-1, 784)[:test_size],
                      read_idx(path, "t10k-labels-idx1-ubyte").astype(np.int64)[:test_size]))
    else:
        parts.append((np.zeros((0, 784), dtype=np.uint8), np.zeros(0, dtype=np.int64)))
    return [(px * (1.0 / 255.0), py) for px, py in parts]


# ---- training: the loop of Kōbai's trainer ---------------------------------------------

def init_weights(model, scheme, std, random):
    """Kōbai's initial weights (DenseNetwork::initialize), drawn from the seed's WeightInit
    stream: W column by column (Kōbai stores it out × in, column-major), then, for the
    "pytorch" scheme only, the bias U(-1/sqrt(fan_in), 1/sqrt(fan_in)); other biases 0."""
    for layer in model:
        if isinstance(layer, nn.Linear):
            fan_in, fan_out = layer.in_features, layer.out_features
            with torch.no_grad():
                if scheme == "pytorch":
                    bound = 1.0 / math.sqrt(fan_in)
                    w = -bound + (bound + bound) * random.uniform01s(fan_in * fan_out)
                    b = -bound + (bound + bound) * random.uniform01s(fan_out)
                else:
                    s = {"he": math.sqrt(2.0 / fan_in), "xavier": math.sqrt(1.0 / fan_in)}.get(scheme, std)
                    w = [s * z for z in random.normals(fan_in * fan_out)]
                    b = [0.0] * fan_out
                dtype = layer.weight.dtype
                layer.weight.copy_(torch.tensor(w, dtype=torch.float64).reshape(fan_in, fan_out).t().to(dtype))
                layer.bias.copy_(torch.tensor(b, dtype=torch.float64).to(dtype))


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


class OneProcess:
    """How train() takes each update's gradient and where it reports: the whole batch in
    this process, rows on stdout. The DistributedDataParallel script (--as-pytorch-ddp)
    passes a DdpRank instead: one of K processes, with its shard of each batch."""
    columns = ""

    def losses(self, model, loss_fn, inputs, targets):
        """The loss to differentiate and the batch's mean loss (a float, for the checks)."""
        loss = loss_fn(model(inputs), targets)
        return loss, loss.item()

    def backward(self, objective):
        objective.backward()

    def evaluating(self, model):
        """Called before each epoch's evaluation passes."""

    def cells(self, updates):
        """The row's cells after penalty: none."""
        return ""

    def say(self, text, file=sys.stdout):
        print(text, file=file)

    def exit(self, code):
        sys.exit(code)


def diverged(process, epoch, updates, reason):
    """Kōbai's divergence stop (src/engine/train/DivergenceWatch.cpp): its message and
    kobai-run's exit code 3, after the rows written so far."""
    process.say(f"diverged at epoch {epoch}, update {updates} ({reason})", file=sys.stderr)
    process.exit(3)


def fmt(value):
    return "" if value is None else repr(float(value))


def train(model, loss_fn, optimizer, scheduler, parts, epochs, batch_size, l2, l1, clip_norm, clip_value,
          early_stopping, classification, dtype, shuffle_random, augment=None, process=None):
    process = process or OneProcess()

    def tensors(px, py):
        x = torch.tensor(px, dtype=dtype)
        y = torch.tensor(py, dtype=torch.int64 if classification else dtype)
        return x, y

    (x, y), (x_val, y_val), (x_test, y_test) = [tensors(px, py) for px, py in parts]
    n = len(x)
    batch = n if batch_size == 0 or batch_size > n else batch_size
    process.say("epoch,train_loss,val_loss,train_acc,val_acc,lr,updates,seconds,penalty" + process.columns)
    best, best_epoch, best_state, waited, updates = math.inf, 0, None, 0, 0
    order = list(range(n))  # Kōbai reshuffles the previous epoch's order (MiniBatchOrder.h)
    for epoch in range(epochs + 1):
        lr = optimizer.param_groups[0]["lr"]
        if not math.isfinite(lr):
            diverged(process, epoch, updates, "the learning rate is not finite")
        seconds = 0.0
        if epoch > 0:
            start = time.perf_counter()
            if batch < n:
                shuffle_random.shuffle(order)
            for first in range(0, n, batch):
                rows = torch.tensor(order[first:first + batch], dtype=torch.int64)
                inputs = x[rows] if augment is None else augment(x[rows])
                objective, loss = process.losses(model, loss_fn, inputs, y[rows])
                if not math.isfinite(loss):
                    diverged(process, epoch, updates + 1, "the mini-batch loss is not finite")
                optimizer.zero_grad()
                process.backward(objective + penalty(model, l2, l1))
                if clip_norm is not None:
                    nn.utils.clip_grad_norm_(model.parameters(), clip_norm)
                if clip_value is not None:
                    nn.utils.clip_grad_value_(model.parameters(), clip_value)
                optimizer.step()
                updates += 1
            if not all(torch.isfinite(p).all() for p in model.parameters()):
                diverged(process, epoch, updates, "a parameter is not finite")
            seconds = time.perf_counter() - start
        process.evaluating(model)
        train_loss, train_acc = evaluate(model, loss_fn, x, y, classification)
        val_loss, val_acc = evaluate(model, loss_fn, x_val, y_val, classification)
        with torch.no_grad():
            pen = float(penalty(model, l2, l1))
        if not (math.isfinite(train_loss) and math.isfinite(val_loss)):
            diverged(process, epoch, updates, "the epoch loss is not finite")
        if not math.isfinite(pen):
            diverged(process, epoch, updates, "the weight penalty is not finite")
        process.say(",".join([str(epoch), fmt(train_loss), fmt(val_loss), fmt(train_acc), fmt(val_acc), fmt(lr),
                              str(updates), fmt(seconds), fmt(pen)]) + process.cells(updates))
        start_loss = train_loss if epoch == 0 else start_loss
        if train_loss > 1e6 * max(1.0, start_loss):
            diverged(process, epoch, updates, "the training loss grew above 1e6 times its start")
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
            process.say(f"early stopping at epoch {epoch}; best epoch {best_epoch}", file=sys.stderr)
            if early_stopping["restore_best"]:
                model.load_state_dict(best_state)
            break
    if len(x_test) > 0:
        test_loss, test_acc = evaluate(model, loss_fn, x_test, y_test, classification)
        process.say(f"test_loss={test_loss} test_acc={test_acc}", file=sys.stderr)
