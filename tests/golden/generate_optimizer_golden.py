#!/usr/bin/python3
# Records reference optimizer trajectories for tst_optimizer_golden, run by hand:
#   /usr/bin/python3 tests/golden/generate_optimizer_golden.py > tests/golden/optimizers.json
# PyTorch 1.13's torch.optim (Debian python3-torch) for the PyTorch semantics, and an
# independent NumPy transcription of the textbook formulas (ゼロから作るDeep Learning ch. 6)
# for the textbook variants. Every point is a float64 position after each step.
import json
import math

import numpy as np
import torch

STEPS = 120
torch.set_default_dtype(torch.float64)


# Analytic gradients written exactly as src/engine/trajectory/LossSurface.cpp writes them, so that
# both sides feed the optimizers bit-identical gradients.
def ravine(x, y):
    return [x / 10, 2 * y]


def rosenbrock(x, y):
    return [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)]


def beale(x, y):
    a, b, c = 1.5 - x + x * y, 2.25 - x + x * y * y, 2.625 - x + x * y * y * y
    return [2 * a * (y - 1) + 2 * b * (y * y - 1) + 2 * c * (y * y * y - 1),
            2 * a * x + 2 * b * 2 * x * y + 2 * c * 3 * x * y * y]


FUNCTIONS = {"ravine": (ravine, [-7.0, 2.0]), "rosenbrock": (rosenbrock, [-1.2, 1.0]), "beale": (beale, [1.0, 1.5])}

PYTORCH = [
    ("SGD", {"lr": 0.001}),
    ("SGD", {"lr": 0.002, "momentum": 0.9}),
    ("SGD", {"lr": 0.002, "momentum": 0.9, "nesterov": True}),
    ("SGD", {"lr": 0.002, "momentum": 0.8, "dampening": 0.3, "weight_decay": 0.05}),
    ("Adagrad", {"lr": 0.5}),
    ("Adagrad", {"lr": 0.3, "lr_decay": 0.01, "weight_decay": 0.1, "initial_accumulator_value": 0.2, "eps": 1e-6}),
    ("RMSprop", {"lr": 0.01}),
    ("RMSprop", {"lr": 0.005, "alpha": 0.9, "eps": 1e-6, "weight_decay": 0.01, "momentum": 0.5}),
    ("RMSprop", {"lr": 0.005, "centered": True}),
    ("RMSprop", {"lr": 0.002, "centered": True, "momentum": 0.9, "alpha": 0.95}),
    ("Adadelta", {}),
    ("Adadelta", {"lr": 0.5, "rho": 0.95, "eps": 1e-5, "weight_decay": 0.02}),
    ("Adam", {"lr": 0.05}),
    ("Adam", {"lr": 0.02, "betas": [0.85, 0.995], "eps": 1e-7, "weight_decay": 0.01}),
    ("Adam", {"lr": 0.05, "amsgrad": True}),
    ("AdamW", {"lr": 0.05}),
    ("AdamW", {"lr": 0.03, "betas": [0.8, 0.99], "weight_decay": 0.1, "amsgrad": True}),
    ("NAdam", {"lr": 0.05}),
    ("NAdam", {"lr": 0.02, "betas": [0.85, 0.995], "eps": 1e-7, "weight_decay": 0.01, "momentum_decay": 0.01}),
    ("RAdam", {"lr": 0.002}),
    ("RAdam", {"lr": 0.001, "betas": [0.8, 0.99], "eps": 1e-6, "weight_decay": 0.05}),
    ("Adamax", {"lr": 0.05}),
    ("Adamax", {"lr": 0.02, "betas": [0.85, 0.995], "eps": 1e-6, "weight_decay": 0.02}),
]

# A scheduler stepped after every optimizer step (as a trajectory steps it), so that a
# rule's use of the current rate is checked too, not only its use of the base rate.
SCHEDULED = [
    ("Adamax", {"lr": 0.05, "weight_decay": 0.01}, {"name": "ExponentialLR", "gamma": 0.99}),
    ("RAdam", {"lr": 0.002}, {"name": "StepLR", "step_size": 30, "gamma": 0.5}),
    ("NAdam", {"lr": 0.05, "weight_decay": 0.01}, {"name": "ExponentialLR", "gamma": 0.98}),
    ("Adam", {"lr": 0.05}, {"name": "StepLR", "step_size": 40, "gamma": 0.3}),
]

TEXTBOOK = [
    ("SGD", {"lr": 0.001}),
    ("Momentum", {"lr": 0.002, "momentum": 0.9}),
    ("Nesterov", {"lr": 0.002, "momentum": 0.9}),
    ("AdaGrad", {"lr": 0.5}),
    ("RMSprop", {"lr": 0.01, "decay_rate": 0.9}),
    ("Adam", {"lr": 0.05}),
    ("Adam", {"lr": 0.02, "beta1": 0.8, "beta2": 0.99}),
]


def torch_path(function, start, name, args, scheduler=None):
    p = torch.tensor(start, requires_grad=True)
    kwargs = dict(args)
    if "betas" in kwargs:
        kwargs["betas"] = tuple(kwargs["betas"])
    if name != "Adadelta":
        kwargs.setdefault("foreach", False)
    optimizer = getattr(torch.optim, name)([p], **kwargs)
    if scheduler:
        arguments = {k: v for k, v in scheduler.items() if k != "name"}
        scheduler = getattr(torch.optim.lr_scheduler, scheduler["name"])(optimizer, **arguments)
    points = []
    for _ in range(STEPS):
        with torch.no_grad():
            p.grad = torch.tensor(function(*p.tolist()))
        optimizer.step()
        if scheduler:
            scheduler.step()
        points.append(p.detach().tolist())
    return points


def textbook_path(function, start, name, a):
    w = np.array(start)
    v = np.zeros(2); h = np.zeros(2); m = np.zeros(2); t = 0
    points = []
    for _ in range(STEPS):
        g = np.array(function(*w.tolist()))
        lr = a["lr"]
        if name == "SGD":
            w = w - lr * g
        elif name == "Momentum":
            v = a["momentum"] * v - lr * g
            w = w + v
        elif name == "Nesterov":
            al = a["momentum"]
            w = w + al * al * v - (1 + al) * lr * g
            v = al * v - lr * g
        elif name == "AdaGrad":
            h = h + g * g
            w = w - lr * g / (np.sqrt(h) + 1e-7)
        elif name == "RMSprop":
            h = a["decay_rate"] * h + (1 - a["decay_rate"]) * g * g
            w = w - lr * g / (np.sqrt(h) + 1e-7)
        elif name == "Adam":
            b1, b2 = a.get("beta1", 0.9), a.get("beta2", 0.999)
            t += 1
            lr_t = lr * math.sqrt(1 - b2 ** t) / (1 - b1 ** t)
            m = m + (1 - b1) * (g - m)
            h = h + (1 - b2) * (g * g - h)
            w = w - lr_t * m / (np.sqrt(h) + 1e-7)
        points.append(w.tolist())
    return points


cases = []
for fname, (function, start) in FUNCTIONS.items():
    for name, args in PYTORCH:
        cases.append({"function": fname, "start": start, "optimizer": dict(name=name, **args),
                      "points": torch_path(function, start, name, args)})
    for name, args, scheduler in SCHEDULED:
        cases.append({"function": fname, "start": start, "optimizer": dict(name=name, **args),
                      "scheduler": scheduler, "points": torch_path(function, start, name, args, scheduler)})
    for name, args in TEXTBOOK:
        cases.append({"function": fname, "start": start,
                      "optimizer": dict(name=name, variant="textbook", **args),
                      "points": textbook_path(function, start, name, args)})
print(json.dumps({"generator": "generate_optimizer_golden.py", "torch": torch.__version__, "steps": STEPS,
                  "cases": cases}))
