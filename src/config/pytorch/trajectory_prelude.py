#!/usr/bin/env python3
# A Kōbai trajectory experiment as a PyTorch 1.13 script, written by `kobai-run --as-pytorch`.
# The same function, start, optimizer and schedule as the Kōbai run; autograd gives the
# gradient, so the points agree with Kōbai's to rounding, not to the last bit.
# Prints the same CSV as kobai-run: step,x,y,loss,lr (row t's lr is the rate of the step
# from t to t + 1); exits 3 with "diverged at step S" as kobai-run does.
import math
import sys

import torch

torch.set_default_dtype(torch.float64)


# ---- the functions of docs/experiments.md ------------------------------------------------

def ravine(x, y):
    return x * x / 20 + y * y


def rosenbrock(x, y):
    return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x)


def beale(x, y):
    return (1.5 - x + x * y) ** 2 + (2.25 - x + x * y * y) ** 2 + (2.625 - x + x * y * y * y) ** 2


def saddle(x, y):
    return x * x - y * y


def himmelblau(x, y):
    return (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2


def branin(x, y):
    return (y - 5.1 * x * x / (4 * math.pi ** 2) + 5 * x / math.pi - 6) ** 2 + 10 * (1 - 1 / (8 * math.pi)) * torch.cos(x) + 10


def quadratic(x, y, a, b):
    return a * x * x + b * y * y


# ---- the walk: kobai-run's trajectory loop -----------------------------------------------

def fmt(value):
    return repr(float(value))


def walk(function, p, optimizer, scheduler, steps):
    print("step,x,y,loss,lr")
    loss = function(p[0], p[1])
    for step in range(steps + 1):
        print(",".join([str(step), fmt(p[0]), fmt(p[1]), fmt(loss), fmt(optimizer.param_groups[0]["lr"])]))
        if step == steps:
            break
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        loss = function(p[0], p[1])
        x, y, value = float(p[0]), float(p[1]), float(loss)
        if not all(math.isfinite(v) for v in (x, y, value)) or max(abs(x), abs(y)) > 1e6:
            print(f"diverged at step {step + 1}", file=sys.stderr)
            sys.exit(3)
        if isinstance(scheduler, torch.optim.lr_scheduler.ReduceLROnPlateau):
            scheduler.step(value)
        elif scheduler is not None:
            scheduler.step()
