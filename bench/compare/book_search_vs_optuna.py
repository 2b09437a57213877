#!/usr/bin/python3
"""Kōbai's searches against Optuna 3.1 on the book's set-up (lesson 11's "book" experiment).

  /usr/bin/python3 bench/compare/book_search_vs_optuna.py [--kobai-run build/release/src/cli/kobai-run]
                                                          [--seeds 20] [--trials 30]

ゼロから作るDeep Learning's hyperparameter_optimization.py on Fashion-MNIST: 400 training and
100 validation images, 784-[100×6]-10 ReLU/He, SGD, batch 100, 50 epochs, float32; the
learning rate on 10^[−6, −2] and the L2 coefficient on 10^[−8, −4], both log-uniform; the
objective is the validation accuracy at the trial's best epoch (maximised). Every strategy
sees the same objective: a trial is one Kōbai training run, for Kōbai's searches inside
kobai-run (one worker), for Optuna's TPESampler and RandomSampler a kobai-run process per
trial. Reported: the best validation accuracy after --trials trials, mean and standard
deviation over seeds 0 … --seeds − 1, and how often each strategy beats random search.
Needs python3-optuna (Debian), a benchmark peer only.
"""
import argparse
import copy
import csv
import json
import os
import statistics
import subprocess
import tempfile

import optuna

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
LESSON = os.path.join(ROOT, "lessons/11-hyperparameter-search/lesson.json")


def book_search():
    with open(LESSON) as f:
        lesson = json.load(f)
    return next(e["experiment"] for e in lesson["experiments"] if e["name"] == "book")


def kobai_rows(kobai_run, experiment, workdir):
    """Runs an experiment with kobai-run; its CSV's rows."""
    path = os.path.join(workdir, "experiment.json")
    out = os.path.join(workdir, "experiment.csv")
    with open(path, "w") as f:
        json.dump(experiment, f)
    subprocess.run([kobai_run, path, "--out", out], check=True, stderr=subprocess.DEVNULL)
    with open(out) as f:
        return list(csv.DictReader(f))


def kobai(kobai_run, search, strategy, seed, trials, workdir):
    run = copy.deepcopy(search)
    run.update({"strategy": strategy, "seed": seed, "trials": trials, "threads": 1})
    rows = kobai_rows(kobai_run, run, workdir)
    assert len(rows) == trials, f"{len(rows)} rows"
    return max(float(r["val_acc"]) for r in rows if r["val_acc"])


def trial_accuracy(kobai_run, search, lr, l2, workdir):
    """One trial as the search runs it: the training experiment with these values, no test split."""
    experiment = copy.deepcopy(search["experiment"])
    experiment["optimizer"]["lr"] = lr
    experiment.setdefault("regularization", {})["l2"] = l2
    experiment["dataset"]["test_size"] = 0
    return max(float(r["val_acc"]) for r in kobai_rows(kobai_run, experiment, workdir))


def optuna_run(kobai_run, search, sampler, trials, workdir):
    (lr_low, lr_high), (l2_low, l2_high) = search["space"]["optimizer.lr"]["log"], search["space"]["regularization.l2"]["log"]

    def objective(trial):
        lr = trial.suggest_float("lr", lr_low, lr_high, log=True)
        l2 = trial.suggest_float("l2", l2_low, l2_high, log=True)
        return trial_accuracy(kobai_run, search, lr, l2, workdir)

    study = optuna.create_study(sampler=sampler, direction="maximize")
    study.optimize(objective, n_trials=trials)
    return study.best_value


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kobai-run", default=os.path.join(ROOT, "build/release/src/cli/kobai-run"))
    parser.add_argument("--seeds", type=int, default=20)
    parser.add_argument("--trials", type=int, default=30)
    args = parser.parse_args()
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    search = book_search()
    results = {}
    with tempfile.TemporaryDirectory() as workdir:
        for seed in range(args.seeds):
            for strategy in ("bayes", "random"):
                results.setdefault(f"Kōbai {strategy}", []).append(
                    kobai(args.kobai_run, search, strategy, seed, args.trials, workdir))
            results.setdefault("Optuna TPE", []).append(
                optuna_run(args.kobai_run, search, optuna.samplers.TPESampler(seed=seed), args.trials, workdir))
            results.setdefault("Optuna random", []).append(
                optuna_run(args.kobai_run, search, optuna.samplers.RandomSampler(seed=seed), args.trials, workdir))
    print(f"the book's set-up (Fashion-MNIST 400/100), {args.trials} trials, seeds 0 … {args.seeds - 1}\n")
    print("| strategy | best validation accuracy, mean ± sd | seeds it beats Kōbai random / ties |")
    print("|---|---|---|")
    random = results["Kōbai random"]
    for name, best in results.items():
        wins = sum(b > r for b, r in zip(best, random))
        ties = sum(b == r for b, r in zip(best, random))
        print(f"| {name} | {statistics.mean(best):.4f} ± {statistics.stdev(best):.4f} | {wins} / {ties} |")


if __name__ == "__main__":
    main()
