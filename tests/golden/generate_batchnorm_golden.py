#!/usr/bin/python3
# Records batch-normalised MLP steps for tst_batchnorm_golden, run by hand:
#   /usr/bin/python3 tests/golden/generate_batchnorm_golden.py > tests/golden/batchnorm.json
# PyTorch 1.13 (Debian python3-torch), float64: nn.Sequential of Linear, BatchNorm1d and an
# activation per hidden layer, named as kobai-run --as-pytorch names them, so every tensor
# is keyed by Kōbai's name. Each case starts from fixed parameters and takes fixed batches
# in order; every step records the training-mode output, the loss, the gradient of every
# parameter, and after the optimizer's step the parameters and running statistics. Then an
# evaluation-mode output (running statistics) on a held-out batch.
# Weights are stored column-major (Kōbai's layout): W (out × in) as W.T flattened.
import json
from collections import OrderedDict

import numpy as np
import torch
from torch import nn

torch.set_default_dtype(torch.float64)

ACTIVATIONS = {"relu": nn.ReLU, "sigmoid": nn.Sigmoid, "tanh": nn.Tanh}

CASES = [
    {"name": "tanh cross-entropy SGD", "sizes": [3, 5, 4, 3], "activation": "tanh", "loss": "cross_entropy",
     "batch_norm": {"eps": 1e-5, "momentum": 0.1}, "optimizer": {"name": "SGD", "lr": 0.1},
     "batches": [6, 6, 5, 7, 2], "epochs": 1},
    {"name": "relu cross-entropy Adam with weight decay, 3 epochs", "sizes": [4, 6, 6, 3], "activation": "relu",
     "loss": "cross_entropy", "batch_norm": {"eps": 1e-3, "momentum": 0.3},
     "optimizer": {"name": "Adam", "lr": 0.01, "weight_decay": 0.01}, "batches": [8, 8, 4], "epochs": 3},
    {"name": "sigmoid squared error Nesterov", "sizes": [2, 4, 1], "activation": "sigmoid", "loss": "mse",
     "batch_norm": {"eps": 1e-5, "momentum": 0.5},
     "optimizer": {"name": "SGD", "lr": 0.05, "momentum": 0.9, "nesterov": True}, "batches": [5, 5, 5], "epochs": 2},
    {"name": "relu deep RMSprop", "sizes": [3, 4, 4, 4, 4, 2], "activation": "relu", "loss": "cross_entropy",
     "batch_norm": {"eps": 1e-5, "momentum": 0.1}, "optimizer": {"name": "RMSprop", "lr": 0.01, "weight_decay": 0.1},
     "batches": [10, 10], "epochs": 2},
]


def model_of(case):
    modules = []
    sizes = case["sizes"]
    for i in range(len(sizes) - 1):
        n = str(i + 1)
        modules.append(("layer" + n, nn.Linear(sizes[i], sizes[i + 1])))
        if i + 2 < len(sizes):
            bn = case["batch_norm"]
            modules.append(("layer" + n + "_bn", nn.BatchNorm1d(sizes[i + 1], eps=bn["eps"], momentum=bn["momentum"])))
            modules.append(("act" + n, ACTIVATIONS[case["activation"]]()))
    return nn.Sequential(OrderedDict(modules))


def flat(tensor):
    t = tensor.detach()
    return (t.t() if t.dim() == 2 else t).reshape(-1).tolist()


def record(case, rng):
    model = model_of(case)
    with torch.no_grad():
        for name, p in model.named_parameters():
            if "_bn.weight" in name:
                p.copy_(torch.tensor(1 + 0.3 * rng.standard_normal(p.shape)))
            elif "_bn.bias" in name:
                p.copy_(torch.tensor(0.2 * rng.standard_normal(p.shape)))
            else:
                p.copy_(torch.tensor(0.7 * rng.standard_normal(p.shape)))
    initial = {name: flat(p) for name, p in model.named_parameters()}
    args = {k: v for k, v in case["optimizer"].items() if k != "name"}
    optimizer = getattr(torch.optim, case["optimizer"]["name"])(model.parameters(), **args)
    inputs, outputs = case["sizes"][0], case["sizes"][-1]
    classification = case["loss"] == "cross_entropy"
    loss_fn = nn.CrossEntropyLoss() if classification else nn.MSELoss()

    def batch(size):
        x = rng.standard_normal((size, inputs)) * 2 + 0.5
        y = rng.integers(0, outputs, size) if classification else rng.standard_normal((size, outputs))
        return x, y

    batches = [batch(size) for size in case["batches"]]
    steps = []
    model.train()
    for _ in range(case["epochs"]):
        for x, y in batches:
            xt = torch.tensor(x)
            yt = torch.tensor(y, dtype=torch.int64 if classification else torch.float64)
            out = model(xt)
            loss = loss_fn(out, yt)
            optimizer.zero_grad()
            loss.backward()
            gradients = {name: flat(p.grad) for name, p in model.named_parameters()}
            optimizer.step()
            steps.append({
                "output": out.detach().tolist(),
                "loss": loss.item(),
                "gradients": gradients,
                "parameters": {name: flat(p) for name, p in model.named_parameters()},
                "running": {name: flat(b) for name, b in model.named_buffers() if "running_" in name},
            })
    x_eval, _ = batch(4)
    model.eval()
    with torch.no_grad():
        eval_out = model(torch.tensor(x_eval)).tolist()
    out = dict(case)
    out.update({
        "initial": initial,
        "batches": [{"x": x.tolist(), "y": y.tolist()} for x, y in batches],
        "steps": steps,
        "eval": {"x": x_eval.tolist(), "output": eval_out},
    })
    return out


def main():
    rng = np.random.default_rng(2026)
    cases = [record(case, rng) for case in CASES]
    print(json.dumps({"generator": "tests/golden/generate_batchnorm_golden.py", "torch": torch.__version__,
                      "cases": cases}, indent=1))


if __name__ == "__main__":
    main()
