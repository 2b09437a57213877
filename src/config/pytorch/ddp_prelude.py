

# ---- DistributedDataParallel: each process one of Kōbai's workers ----------------------

import socket

import torch.distributed as dist
from torch.nn.parallel import DistributedDataParallel


def worker_dropout_random(seed, rank):
    """Kōbai's dropout stream of worker `rank` (src/engine/parallel/WorkerGradients.cpp):
    worker 0 draws the one-worker run's masks, worker k ≥ 1 its own stream from seed + k."""
    if rank == 0:
        return KobaiRandom(seed, DROPOUT)
    return KobaiRandom(seed + rank, WORKER_DROPOUT)


class DdpRank:
    """train()'s update as rank `rank` of `workers` (OneProcess in training_prelude.py says
    what train() asks of it). Every rank gets the same global batch; this one keeps its
    shard, as Kōbai's ThreadTeam::share(N, rank, workers, 1) cuts it."""

    columns = ",workers,global_batch,staleness_mean,staleness_max,bytes_sent,modelled_seconds"

    def __init__(self, model, rank, workers, global_batch):
        # broadcast_buffers (the default): rank 0's batch-norm statistics before each forward.
        self.ddp = DistributedDataParallel(model)
        self.rank, self.workers, self.global_batch = rank, workers, global_batch
        self.values = sum(p.numel() for p in model.parameters())
        self.value_bytes = torch.finfo(next(model.parameters()).dtype).bits // 8
        self.bytes_sent = 0
        self.started = 0.0
        self.busy = 0.0  # this epoch's forward and backward with the all-reduce, seconds

    def losses(self, model, loss_fn, inputs, targets):
        self.started = time.perf_counter()
        n = len(inputs)
        first, end = n * self.rank // self.workers, n * (self.rank + 1) // self.workers
        out = self.ddp(inputs[first:end])
        # An empty shard (a last batch of fewer than K samples): out.sum() is 0 with every
        # parameter in its graph, so this rank joins the all-reduce with a zero gradient.
        shard_loss = loss_fn(out, targets[first:end]) if end > first else out.sum()
        share = (end - first) / n
        batch_loss = torch.tensor([share * shard_loss.item()], dtype=torch.float64)
        dist.all_reduce(batch_loss)  # Σ (nₖ/N)·lossₖ: every rank checks the same batch loss
        self.bytes_sent += min(n, self.workers) * self.values * self.value_bytes
        # DDP averages the ranks' gradients as (1/K) Σ gₖ; Kōbai weighs each worker's mean
        # gradient by its share of the batch, Σ (nₖ/N) gₖ. Scaling this rank's loss by
        # K·nₖ/N before backward turns DDP's average into Kōbai's (for an uneven last batch;
        # for full ones K·nₖ/N is 1).
        return shard_loss * (self.workers * share), batch_loss.item()

    def backward(self, objective):
        objective.backward()  # DDP all-reduces the gradients as backward produces them
        self.busy += time.perf_counter() - self.started

    def evaluating(self, model):
        # Kōbai evaluates with worker 0's running statistics; the other ranks' moved on their
        # own shards since the last forward's broadcast.
        for buffer in model.buffers():
            dist.broadcast(buffer, 0)

    def cells(self, updates):
        busy, self.busy = self.busy, 0.0
        return f",{self.workers},{self.global_batch},0,0,{self.bytes_sent},{fmt(busy)}"

    def say(self, text, file=sys.stdout):
        if self.rank == 0:
            print(text, file=file, flush=True)

    def exit(self, code):
        dist.barrier()  # every rank stops at the same check; rank 0 has written its message
        sys.exit(code)


def run_rank(rank, workers, experiment, threads=None):
    if threads:
        torch.set_num_threads(threads)
    dist.init_process_group("gloo", rank=rank, world_size=workers)  # MASTER_ADDR, MASTER_PORT
    try:
        experiment(rank)
    finally:
        dist.destroy_process_group()


def launch(experiment, workers):
    """experiment(rank) in `workers` processes on this machine, or with RANK set this host's
    one process of a run across machines (the header says how)."""
    if "RANK" in os.environ:
        world = int(os.environ.get("WORLD_SIZE", workers))
        if world != workers:
            sys.exit(f"WORLD_SIZE is {world}, but this experiment has {workers} workers (data_parallel.workers)")
        run_rank(int(os.environ["RANK"]), workers, experiment)
        return
    os.environ.setdefault("MASTER_ADDR", "127.0.0.1")
    if "MASTER_PORT" not in os.environ:
        with socket.socket() as probe:
            probe.bind((os.environ["MASTER_ADDR"], 0))
            os.environ["MASTER_PORT"] = str(probe.getsockname()[1])
    threads = max(1, (os.cpu_count() or 1) // workers)  # the ranks share this machine's cores
    try:
        torch.multiprocessing.spawn(run_rank, args=(workers, experiment, threads), nprocs=workers)
    except torch.multiprocessing.ProcessExitedException as stopped:
        sys.exit(stopped.exit_code if stopped.exit_code > 0 else 1)
