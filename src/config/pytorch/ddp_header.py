#!/usr/bin/env python3
# A Kōbai data-parallel experiment (data_parallel, mode sync) as a PyTorch 1.13 script with
# torch.nn.parallel.DistributedDataParallel on the gloo backend (CPU), written by
# `kobai-run --as-pytorch-ddp`. Save it to a file and run it from there: the processes it
# starts import it again.
#
# On one machine:  python3 experiment.py
#   starts K = `workers` processes with torch.multiprocessing.spawn (Debian 12's torchrun
#   fails under Python 3.11); rank r calls init_process_group("gloo", rank=r, world_size=K)
#   and meets the others at MASTER_ADDR:MASTER_PORT, by default 127.0.0.1 and a free port
#   the system picks (a bound socket on port 0, closed just before the ranks start).
# Across machines: one process per host, each started with its rank:
#   host 0:  RANK=0 WORLD_SIZE=K MASTER_ADDR=host0 MASTER_PORT=29500 python3 experiment.py
#   host r:  RANK=r WORLD_SIZE=K MASTER_ADDR=host0 MASTER_PORT=29500 python3 experiment.py
#   (or write init_method="tcp://host0:29500" into run_rank's init_process_group call).
#   Equal on every host: this script (its data, seed, workers and hyperparameters), PyTorch
#   1.13 and, for Fashion-MNIST, the IDX files at the same path; WORLD_SIZE must be the
#   script's K; MASTER_PORT must be open on host 0 (GLOO_SOCKET_IFNAME picks a host's network
#   interface). Rank 0 prints the CSV.
#
# It reproduces Kōbai's sync run, rank r being Kōbai's worker r: Kōbai's data and initial
# weights on every rank; the data shards are Kōbai's: each rank takes the same global batch
# of K × batch_size samples in Kōbai's order (with Kōbai's augmentation) and keeps rows
# ⌊N·r/K⌋ … ⌊N·(r+1)/K⌋ − 1 of its N, so the last, partial batch is cut as evenly as Kōbai
# cuts it, not padded as by DistributedSampler; a rank whose shard is empty still joins the
# all-reduce with a zero gradient. Dropout masks: rank 0 draws the one-worker run's, rank
# r ≥ 1 its own stream, as Kōbai's workers. Batch norm: each rank normalises by its own
# shard, with rank 0's running statistics (DDP's broadcast_buffers), as Kōbai's workers.
# Evaluation passes are Kōbai's: the whole set, dropout off, rank 0's statistics. In
# float64 the CSV matches kobai-run's within 1e-9 relative (PyTorch and gloo add sums up in
# another order), except the measured columns below.
# Not in the script: data_parallel.network. Kōbai models a network's cost; here a real
# network (or this machine's loopback) carries the gradients instead.
#
# Prints kobai-run's CSV columns: epoch,train_loss,val_loss,train_acc,val_acc,lr,updates,
# seconds,penalty,workers,global_batch,staleness_mean,staleness_max,bytes_sent,modelled_seconds
# - staleness_mean, staleness_max: 0, as for every sync update;
# - bytes_sent: counted as Kōbai counts them, P gradient values of 4 (float32) or 8
#   (float64) bytes per update from each worker with samples, so far; gloo's own traffic
#   differs (a ring all-reduce sends about 2(K − 1)/K of that per rank, and DDP pads buckets);
# - modelled_seconds: measured, not modelled: rank 0's seconds of forward and backward with
#   DDP's all-reduce over the epoch's updates, the time Kōbai's column models (compute plus
#   communication, without the optimizer step); seconds as in kobai-run, rank 0's.
