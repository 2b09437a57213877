#!/usr/bin/python3
"""Kōbai against PyTorch and NumPy on the same machine, side by side.

  /usr/bin/python3 bench/compare/compare.py [--kobai-run build/release/src/cli/kobai-run] [--threads 1 2]
                                            [--repeats 3] [--accuracy-seeds 8]

(1) the MLP 784-100-10 (ReLU, softmax cross-entropy) on Fashion-MNIST, batch 100,
    SGD lr 0.1, 3 epochs, float32: seconds of the update loop per epoch, test accuracy;
(2) a lesson-sized run: moons, 1 000 points (800 train), MLP 2-32-32-2, batch 32,
    SGD 0.1, 100 epochs with a validation pass each epoch: seconds for all 100 epochs.
Kōbai starts from PyTorch's nn.Linear initialisation ("init": "pytorch"), as the PyTorch
peer does. One run's test accuracy after 3 epochs varies by about a point from seed to
seed, so --accuracy-seeds N also reports (1)'s mean and spread over seeds 0 … N−1 for
Kōbai and PyTorch, one thread.
Peers must use OpenBLAS (libopenblas0-pthread), or they are 10-20x slower than they
should be; this script refuses to run otherwise. Each program runs --repeats times and
keeps its fastest. Threads are pinned for everyone: the
experiment's "threads" field for kobai-run, OMP/OpenBLAS/MKL variables and
torch.set_num_threads for the peers.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

FASHION = {"kind": "training", "seed": 0,
           "dataset": {"name": "fashion-mnist", "val_size": 10000, "test_size": 10000},
           "model": {"name": "mlp", "hidden": [100], "activation": "relu", "init": "pytorch"},
           "batch_size": 100, "epochs": 3, "dtype": "float32", "optimizer": {"name": "SGD", "lr": 0.1}}
LESSON = {"kind": "training", "seed": 0,
          "dataset": {"name": "moons", "n": 1000, "val_fraction": 0.2},
          "model": {"name": "mlp", "hidden": [32, 32], "activation": "relu", "init": "pytorch"},
          "batch_size": 32, "epochs": 100, "dtype": "float32", "optimizer": {"name": "SGD", "lr": 0.1}}


def check_openblas():
    out = subprocess.run(["update-alternatives", "--query", "libblas.so.3-x86_64-linux-gnu"],
                         capture_output=True, text=True).stdout
    value = [line for line in out.splitlines() if line.startswith("Value:")]
    if not value or "openblas" not in value[0]:
        sys.exit("libblas.so.3 is not OpenBLAS: apt-get install libopenblas0-pthread (peers would be unfairly slow)")
    return value[0].split(":", 1)[1].strip()


def run_kobai(binary, experiment, threads):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "e.json")
        with open(path, "w") as f:
            json.dump(dict(experiment, threads=threads), f)
        summary = os.path.join(tmp, "s.json")
        csv = subprocess.run([binary, path, "--summary", summary], capture_output=True, text=True,
                             check=True).stdout
        with open(summary) as f:
            s = json.load(f)
    rows = [line.split(",") for line in csv.strip().splitlines()[1:]]
    epoch_seconds = [float(r[7]) for r in rows[1:]]
    return {"epoch_seconds": min(epoch_seconds), "total_seconds": s["seconds"],
            "accuracy": s["test_acc"] if s["test_acc"] is not None else float(rows[-1][4])}


def run_peer(kind, case, threads, seed=0):
    env = dict(os.environ, OMP_NUM_THREADS=str(threads), OPENBLAS_NUM_THREADS=str(threads),
               MKL_NUM_THREADS=str(threads))
    out = subprocess.run(["/usr/bin/python3", os.path.join(HERE, "peers.py"), kind, case, str(threads), str(seed)],
                         capture_output=True, text=True, env=env, check=True).stdout
    return json.loads(out)


def fastest(run, key, repeats):
    """The quickest of `repeats` runs by `key`: the same for every program, so a burst of
    load from another process on the shared machine does not decide a ratio."""
    return min((run() for _ in range(repeats)), key=lambda r: r[key])


def compare(args, threads, case, experiment, key, title):
    """One case by the three programs, side by side, timed by `key`."""
    kobai = fastest(lambda: run_kobai(args.kobai_run, experiment, threads), key, args.repeats)
    torch = fastest(lambda: run_peer("torch", case, threads), key, args.repeats)
    numpy = fastest(lambda: run_peer("numpy", case, threads), key, args.repeats)
    print(title)
    for name, r in (("kobai-run", kobai), ("PyTorch", torch), ("NumPy", numpy)):
        print(f"    {name:10s} {r[key]:8.4f} s   acc {r['accuracy']:.4f}")
    print(f"    speed-up over PyTorch {torch[key] / kobai[key]:.2f}x, over NumPy {numpy[key] / kobai[key]:.2f}x")


def accuracy_spread(binary, seeds):
    """(1)'s test accuracy over seeds 0 … seeds−1: Kōbai and PyTorch, mean and sample sd."""
    print(f"\n== (1) test accuracy over seeds 0 … {seeds - 1}, one thread")
    for name, run in (("kobai-run", lambda seed: run_kobai(binary, dict(FASHION, seed=seed), 1)),
                      ("PyTorch", lambda seed: run_peer("torch", "fashion", 1, seed))):
        values = [run(seed)["accuracy"] for seed in range(seeds)]
        print(f"    {name:10s} mean {statistics.mean(values):.4f}  sd {statistics.stdev(values):.4f}  "
              f"[{' '.join(f'{v:.4f}' for v in values)}]")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kobai-run", default=os.path.join(ROOT, "build/release/src/cli/kobai-run"))
    parser.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeats", type=int, default=3,
                        help="run each program this many times and keep its fastest (the machine is shared)")
    parser.add_argument("--accuracy-seeds", type=int, default=0, help="also (1)'s accuracy over this many seeds")
    args = parser.parse_args()
    blas = check_openblas()
    print(f"BLAS: {blas}; CPU: {os.cpu_count()} cores")
    for threads in args.threads:
        print(f"\n== {threads} thread(s)")
        compare(args, threads, "fashion", FASHION, "epoch_seconds",
                "(1) Fashion-MNIST MLP, seconds per epoch (update loop), test accuracy")
        compare(args, threads, "lesson", LESSON, "total_seconds",
                "(2) lesson-sized run (moons, 100 epochs with validation), seconds in all, validation accuracy")
    if args.accuracy_seeds > 1:
        accuracy_spread(args.kobai_run, args.accuracy_seeds)


if __name__ == "__main__":
    main()
