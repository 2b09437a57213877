#!/usr/bin/python3
# Records reference learning-rate schedules and scheduled trajectories for
# tst_schedule_golden and tst_trajectory_golden, run by hand:
#   /usr/bin/python3 tests/golden/generate_schedule_golden.py tests/golden
# writes schedules.json and trajectories.json there. PyTorch 1.13's
# torch.optim.lr_scheduler drives the rates; each case is a Kōbai experiment object
# (kind "schedule" or "trajectory") plus what PyTorch produced, in float64.
import json
import math
import sys

import numpy as np
import torch

torch.set_default_dtype(torch.float64)
lr_scheduler = torch.optim.lr_scheduler


def make_scheduler(optimizer, spec):
    args = {k: v for k, v in spec.items() if k != "name"}
    if spec["name"] == "SequentialLR":
        args["schedulers"] = [make_scheduler(optimizer, inner) for inner in spec["schedulers"]]
    return getattr(lr_scheduler, spec["name"])(optimizer, **args)


def step_scheduler(scheduler, metric):
    if isinstance(scheduler, lr_scheduler.ReduceLROnPlateau):
        scheduler.step(metric)
    else:
        scheduler.step()


# ---- schedules alone: the rate in effect during each epoch -----------------------------

def plateau_metrics(seed, n, rising=False):
    """A noisy learning curve with flat stretches, so patience, cooldown and threshold all act."""
    rng = np.random.default_rng(seed)
    epochs = np.arange(n)
    curve = 1.0 / (1.0 + 0.08 * epochs) + 0.3 * (epochs % 37 > 25) + 0.02 * rng.standard_normal(n)
    curve = np.round(curve, 6).tolist()
    return [2.0 - v for v in curve] if rising else curve


SCHEDULES = [
    (0.1, 120, {"name": "StepLR", "step_size": 7}),
    (0.5, 100, {"name": "StepLR", "step_size": 10, "gamma": 0.5}),
    (0.1, 100, {"name": "MultiStepLR", "milestones": [10, 25, 60]}),
    (0.3, 120, {"name": "MultiStepLR", "milestones": [5, 30, 31, 90], "gamma": 0.7}),
    (0.1, 150, {"name": "ExponentialLR", "gamma": 0.97}),
    (0.1, 150, {"name": "CosineAnnealingLR", "T_max": 30}),
    (0.05, 200, {"name": "CosineAnnealingLR", "T_max": 25, "eta_min": 0.001}),
    (1.0, 100, {"name": "CosineAnnealingLR", "T_max": 7, "eta_min": 0.01}),
    (0.1, 100, {"name": "CosineAnnealingWarmRestarts", "T_0": 10}),
    (0.2, 160, {"name": "CosineAnnealingWarmRestarts", "T_0": 5, "T_mult": 2, "eta_min": 0.005}),
    (0.1, 100, {"name": "LinearLR"}),
    (0.4, 100, {"name": "LinearLR", "start_factor": 0.1, "end_factor": 0.5, "total_iters": 30}),
    (0.4, 100, {"name": "LinearLR", "start_factor": 1.0, "end_factor": 0.2, "total_iters": 40}),
    (0.1, 120, {"name": "SequentialLR", "milestones": [10],
                "schedulers": [{"name": "LinearLR", "start_factor": 0.1, "total_iters": 10},
                               {"name": "CosineAnnealingLR", "T_max": 50, "eta_min": 0.0001}]}),
    (0.2, 150, {"name": "SequentialLR", "milestones": [20, 50],
                "schedulers": [{"name": "ExponentialLR", "gamma": 0.9},
                               {"name": "StepLR", "step_size": 5, "gamma": 0.5},
                               {"name": "CosineAnnealingWarmRestarts", "T_0": 10, "T_mult": 2}]}),
    (0.3, 100, {"name": "SequentialLR", "milestones": [15],
                "schedulers": [{"name": "MultiStepLR", "milestones": [5, 10], "gamma": 0.5},
                               {"name": "LinearLR", "start_factor": 0.5, "end_factor": 1.0, "total_iters": 20}]}),
]

PLATEAUS = [
    (0.1, {"name": "ReduceLROnPlateau"}, plateau_metrics(1, 150)),
    (0.1, {"name": "ReduceLROnPlateau", "patience": 3, "factor": 0.5, "cooldown": 4, "threshold": 0.01,
           "threshold_mode": "rel"}, plateau_metrics(2, 150)),
    (0.1, {"name": "ReduceLROnPlateau", "mode": "max", "patience": 2, "factor": 0.3, "threshold": 0.05,
           "threshold_mode": "abs", "min_lr": 0.004}, plateau_metrics(3, 150, rising=True)),
    (0.1, {"name": "ReduceLROnPlateau", "mode": "min", "patience": 4, "factor": 0.9, "threshold": 0.001,
           "threshold_mode": "abs", "cooldown": 2, "min_lr": 0.0001, "eps": 0.002}, plateau_metrics(4, 200)),
    (0.1, {"name": "ReduceLROnPlateau", "mode": "max", "patience": 5, "threshold": 0.02, "cooldown": 1},
     plateau_metrics(5, 120, rising=True)),
]


def schedule_rates(lr, epochs, spec, metrics):
    p = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.SGD([p], lr=lr)
    scheduler = make_scheduler(optimizer, spec)
    rates = []
    for epoch in range(epochs):
        rates.append(optimizer.param_groups[0]["lr"])
        optimizer.step()
        step_scheduler(scheduler, metrics[epoch] if metrics else None)
    return rates


def schedule_cases():
    cases = []
    for lr, epochs, spec in SCHEDULES:
        cases.append({"experiment": {"kind": "schedule", "lr": lr, "epochs": epochs, "scheduler": spec},
                      "rates": schedule_rates(lr, epochs, spec, None)})
    for lr, spec, metrics in PLATEAUS:
        cases.append({"experiment": {"kind": "schedule", "lr": lr, "scheduler": spec, "metrics": metrics},
                      "rates": schedule_rates(lr, len(metrics), spec, metrics)})
    return cases


# ---- trajectories: an optimizer and a schedule on a 2-D function -----------------------
# Values and analytic gradients written exactly as src/engine/trajectory/LossSurface.cpp
# writes them, so both sides feed the optimizers and ReduceLROnPlateau identical numbers.

def value(function, x, y):
    if function == "ravine":
        return x * x / 20 + y * y
    if function == "rosenbrock":
        return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x)
    if function == "beale":
        a, b, c = 1.5 - x + x * y, 2.25 - x + x * y * y, 2.625 - x + x * y * y * y
        return a * a + b * b + c * c
    if function == "saddle":
        return x * x - y * y
    if function == "himmelblau":
        a, b = x * x + y - 11, x + y * y - 7
        return a * a + b * b
    raise ValueError(function)


def gradient(function, x, y):
    if function == "ravine":
        return [x / 10, 2 * y]
    if function == "rosenbrock":
        return [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)]
    if function == "beale":
        a, b, c = 1.5 - x + x * y, 2.25 - x + x * y * y, 2.625 - x + x * y * y * y
        return [2 * a * (y - 1) + 2 * b * (y * y - 1) + 2 * c * (y * y * y - 1),
                2 * a * x + 2 * b * 2 * x * y + 2 * c * 3 * x * y * y]
    if function == "saddle":
        return [2 * x, -2 * y]
    if function == "himmelblau":
        a, b = x * x + y - 11, x + y * y - 7
        return [4 * a * x + 2 * b, 2 * a + 4 * b * y]
    raise ValueError(function)


class TextbookMomentum(torch.optim.Optimizer):
    """ゼロから作るDeep Learning §6.1.4: v ← αv − ηg, w ← w + v; η read from the group, as schedulers set it."""

    def __init__(self, params, lr, momentum):
        super().__init__(params, {"lr": lr, "momentum": momentum})

    @torch.no_grad()
    def step(self):
        for group in self.param_groups:
            for p in group["params"]:
                v = self.state[p].setdefault("v", torch.zeros_like(p))
                v.copy_(group["momentum"] * v - group["lr"] * p.grad)
                p.add_(v)


def make_optimizer(p, spec):
    args = {k: v for k, v in spec.items() if k not in ("name", "variant")}
    if spec.get("variant") == "textbook":
        return TextbookMomentum([p], **args)
    if "betas" in args:
        args["betas"] = tuple(args["betas"])
    if spec["name"] != "Adadelta":
        args["foreach"] = False
    return getattr(torch.optim, spec["name"])([p], **args)


TRAJECTORIES = [
    ("rosenbrock", [-1.2, 1.4], 150, {"name": "Adam", "lr": 0.02, "betas": [0.85, 0.995], "eps": 1e-7},
     {"name": "StepLR", "step_size": 20, "gamma": 0.6}),
    ("ravine", [-7.0, 2.0], 150, {"name": "SGD", "lr": 0.5, "momentum": 0.9},
     {"name": "CosineAnnealingLR", "T_max": 40, "eta_min": 0.01}),
    ("beale", [1.0, 1.5], 150, {"name": "Adam", "lr": 0.2, "amsgrad": True},
     {"name": "ReduceLROnPlateau", "patience": 3, "factor": 0.5, "threshold": 0.01}),
    ("beale", [2.0, -0.5], 120, {"name": "RMSprop", "lr": 0.01, "momentum": 0.5, "centered": True},
     {"name": "ReduceLROnPlateau", "mode": "min", "patience": 2, "factor": 0.7, "threshold": 0.01,
      "threshold_mode": "abs"}),
    ("himmelblau", [0.0, 0.0], 120, {"name": "Adagrad", "lr": 1.0}, {"name": "ExponentialLR", "gamma": 0.98}),
    ("ravine", [-7.0, 2.0], 130, {"name": "AdamW", "lr": 0.3, "weight_decay": 0.05},
     {"name": "CosineAnnealingWarmRestarts", "T_0": 10, "T_mult": 2, "eta_min": 0.01}),
    ("saddle", [1.0, 0.01], 100, {"name": "SGD", "lr": 0.05, "nesterov": True, "momentum": 0.5},
     {"name": "MultiStepLR", "milestones": [30, 60], "gamma": 0.5}),
    ("himmelblau", [-1.0, -1.0], 150, {"name": "Momentum", "variant": "textbook", "lr": 0.01, "momentum": 0.8},
     {"name": "SequentialLR", "milestones": [20],
      "schedulers": [{"name": "LinearLR", "start_factor": 0.2, "total_iters": 20},
                     {"name": "CosineAnnealingLR", "T_max": 60}]}),
    ("rosenbrock", [0.0, 2.0], 200, {"name": "Adadelta", "lr": 5.0},
     {"name": "ReduceLROnPlateau", "mode": "min", "patience": 10, "threshold": 0.1, "threshold_mode": "abs",
      "cooldown": 5, "min_lr": 0.5}),
]


def trajectory_points(function, start, steps, optimizer_spec, scheduler_spec):
    p = torch.tensor(start, requires_grad=True)
    optimizer = make_optimizer(p, optimizer_spec)
    scheduler = make_scheduler(optimizer, scheduler_spec)
    x, y = start
    points = [[x, y, value(function, x, y), optimizer.param_groups[0]["lr"]]]
    for _ in range(steps):
        with torch.no_grad():
            p.grad = torch.tensor(gradient(function, x, y))
        optimizer.step()
        x, y = p.tolist()
        loss = value(function, x, y)
        step_scheduler(scheduler, loss)
        points.append([x, y, loss, optimizer.param_groups[0]["lr"]])
    return points


def trajectory_cases():
    return [{"experiment": {"kind": "trajectory", "function": function, "start": start, "steps": steps,
                            "optimizer": optimizer, "scheduler": scheduler},
             "points": trajectory_points(function, start, steps, optimizer, scheduler)}
            for function, start, steps, optimizer, scheduler in TRAJECTORIES]


def write(path, cases):
    with open(path, "w") as out:
        json.dump({"generator": "generate_schedule_golden.py", "torch": torch.__version__, "cases": cases}, out)
        out.write("\n")


folder = sys.argv[1] if len(sys.argv) > 1 else "."
write(f"{folder}/schedules.json", schedule_cases())
write(f"{folder}/trajectories.json", trajectory_cases())
