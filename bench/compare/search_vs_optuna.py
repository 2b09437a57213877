#!/usr/bin/python3
"""Kōbai's searches against Optuna 3.1 on the same objective and budget.

  /usr/bin/python3 bench/compare/search_vs_optuna.py [--kobai-run build/release/src/cli/kobai-run]
                                                     [--seeds 20] [--trials 30]

Branin on x ∈ [−5, 10], y ∈ [0, 15] (minimum 0.397887): the best value after --trials
trials, mean and standard deviation over seeds 0 … --seeds − 1, for Kōbai's bayes and
random strategies (kind "search" with "function": "branin", one worker) and Optuna's
TPESampler and RandomSampler (seeded the same). Overhead per trial: Kōbai's whole
kobai-run process (start, proposals, CSV) divided by the trials, since a branin value
costs nothing; Optuna's study.optimize time minus the time spent in the objective.
Needs python3-optuna (Debian), a test oracle and benchmark peer only.
"""
import argparse
import csv
import json
import math
import os
import statistics
import subprocess
import tempfile
import time

import optuna

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
MINIMUM = 0.397887


def branin(x, y):
    b = 5.1 / (4 * math.pi ** 2)
    c = 5 / math.pi
    t = 1 / (8 * math.pi)
    return (y - b * x * x + c * x - 6) ** 2 + 10 * (1 - t) * math.cos(x) + 10


def kobai(kobai_run, strategy, seed, trials, workdir):
    search = {"kind": "search", "strategy": strategy, "trials": trials, "seed": seed, "threads": 1,
              "function": "branin", "space": {"x": {"range": [-5, 10]}, "y": {"range": [0, 15]}}}
    path = os.path.join(workdir, "search.json")
    out = os.path.join(workdir, "search.csv")
    with open(path, "w") as f:
        json.dump(search, f)
    start = time.perf_counter()
    subprocess.run([kobai_run, path, "--out", out], check=True)
    elapsed = time.perf_counter() - start
    with open(out) as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == trials, f"{len(rows)} rows"
    return float(rows[-1]["best_so_far"]), elapsed / trials


def optuna_run(sampler, trials):
    inside = 0.0

    def objective(trial):
        nonlocal inside
        x = trial.suggest_float("x", -5, 10)
        y = trial.suggest_float("y", 0, 15)
        start = time.perf_counter()
        value = branin(x, y)
        inside += time.perf_counter() - start
        return value

    study = optuna.create_study(sampler=sampler, direction="minimize")
    start = time.perf_counter()
    study.optimize(objective, n_trials=trials)
    return study.best_value, (time.perf_counter() - start - inside) / trials


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kobai-run", default=os.path.join(ROOT, "build/release/src/cli/kobai-run"))
    parser.add_argument("--seeds", type=int, default=20)
    parser.add_argument("--trials", type=int, default=30)
    args = parser.parse_args()
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    results = {}
    with tempfile.TemporaryDirectory() as workdir:
        for seed in range(args.seeds):
            for strategy in ("bayes", "random"):
                results.setdefault(f"Kōbai {strategy}", []).append(
                    kobai(args.kobai_run, strategy, seed, args.trials, workdir))
            results.setdefault("Optuna TPE", []).append(
                optuna_run(optuna.samplers.TPESampler(seed=seed), args.trials))
            results.setdefault("Optuna random", []).append(
                optuna_run(optuna.samplers.RandomSampler(seed=seed), args.trials))
    print(f"branin, {args.trials} trials, seeds 0 … {args.seeds - 1} (minimum {MINIMUM})\n")
    print("| strategy | best value, mean ± sd | excess over the minimum, mean | overhead per trial, mean |")
    print("|---|---|---|---|")
    for name, runs in results.items():
        best = [b for b, _ in runs]
        overhead = [o for _, o in runs]
        print(f"| {name} | {statistics.mean(best):.4f} ± {statistics.stdev(best):.4f} | "
              f"{statistics.mean(best) - MINIMUM:.4f} | {1000 * statistics.mean(overhead):.2f} ms |")


if __name__ == "__main__":
    main()
