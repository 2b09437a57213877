#!/usr/bin/env python3
# A Kōbai experiment as a PyTorch 1.13 script, written by `kobai-run --as-pytorch`.
# It reproduces the Kōbai run: Kōbai's data (embedded, or for Fashion-MNIST Kōbai's split
# of the IDX files), architecture with Kōbai's tensor names, initial weights, mini-batch
# order, dropout masks, augmentation and input noise (Kōbai's generator, ported below),
# loss, optimizer, schedule, penalties, clipping and early stopping. In float64 the CSV
# matches kobai-run's within 1e-9 relative (only last bits differ: PyTorch adds sums up in
# another order; seconds differ); float32 rounds more (3e-7 over 30 epochs of
# examples/fashion-mnist-augment.json).
# Prints the same CSV columns as kobai-run: epoch,train_loss,val_loss,train_acc,val_acc,lr,updates,seconds,penalty
