'''The text of an exported ``train.py``: plain PyTorch (+ torchvision for its data sets), one
file that runs alone and under ``torchrun`` with DistributedDataParallel.

``engine.training.script`` replaces the ``#@...@`` marker lines with the run's settings and
the schedule's source; nothing else in the text is generated.
'''

TEMPLATE = '''\
"""#@TITLE@

Written by ConvStudio: the data set, normalisation, augmentation, loss, optimizer settings,
learning-rate schedule, epochs, batch size, early stopping, gradient-norm logging, the
compiled training step, the starting weights and the frozen layers chosen in the app. Needs
torch (and torchvision for torchvision data sets and image folders).

One process (a GPU when there is one, else the CPU):
    python train.py
Several GPUs of one machine (DistributedDataParallel, one process per GPU):
    torchrun --nproc_per_node=4 train.py
Several CPU processes:
    torchrun --nproc_per_node=2 train.py --backend gloo

BATCH_SIZE is the global batch: with N processes each one takes BATCH_SIZE / N images per step,
so the run learns the same as on one device. Rank 0 prints the progress and writes the
checkpoints (CHECKPOINT_DIR/last.pt, and weights.pt: a state_dict that
torch.load(..., weights_only=True), load_state_dict and ConvStudio all read).
#@RACE_NOTE@"""
from __future__ import annotations

import argparse
import json
import math
import os
import time
from pathlib import Path
from types import SimpleNamespace

import torch
import torch.distributed as dist
import torch.nn.functional as F
from torch.nn.parallel import DistributedDataParallel
from torch.utils.data import DataLoader, Dataset, DistributedSampler, TensorDataset

#@MODEL_IMPORT@

#@SETTINGS@

HERE = Path(__file__).resolve().parent


# ---------------------------------------------------------------- data

class Normalised(Dataset):
    """Images as float tensors in [0, 1], augmented (training only), then normalised."""

    def __init__(self, base, train):
        self.base, self.train = base, train

    def __len__(self):
        return len(self.base)

    def __getitem__(self, i):
        x, y = self.base[i]
        if x.dtype == torch.uint8:
            x = x.float() / 255
        if self.train:
            x = augment(x)
        mean = torch.tensor(MEAN).view(-1, 1, 1)
        std = torch.tensor(STD).view(-1, 1, 1)
        return (x - mean) / std, int(y)


def augment(x):
    """Random horizontal flip and random crop after zero-padding (black, before
    normalisation), as the app augments."""
    if AUGMENT["flip"] and torch.rand(()) < 0.5:
        x = x.flip(-1)
    p = AUGMENT["crop_padding"]
    if p:
        c, h, w = x.shape
        padded = F.pad(x, (p, p, p, p))
        top, left = torch.randint(0, 2 * p + 1, (2,)).tolist()
        x = padded[:, top:top + h, left:left + w]
    return x


def load_data(data_dir, download):
    """(training set, validation set) of images in [0, 1], not normalised."""
    kind = DATASET["kind"]
    root = Path(data_dir) if data_dir else HERE
    if kind == "tensors":
        blob = torch.load(root / DATASET["file"], weights_only=True)
        return (TensorDataset(blob["train_images"], blob["train_labels"]),
                TensorDataset(blob["val_images"], blob["val_labels"]))
    import torchvision
    from torchvision import transforms

    if kind == "torchvision":
        cls = getattr(torchvision.datasets, DATASET["class"])
        tensor = transforms.PILToTensor()
        if DATASET["class"] == "SVHN":
            folder = root / "SVHN"
            return (cls(folder, split="train", download=download, transform=tensor),
                    cls(folder, split="test", download=download, transform=tensor))
        return (cls(root, train=True, download=download, transform=tensor),
                cls(root, train=False, download=download, transform=tensor))
    size, channels = DATASET["image_size"], DATASET["channels"]
    steps = [transforms.Resize((size, size))]
    if channels == 1:
        steps.append(transforms.Grayscale(1))
    else:
        steps.append(transforms.Lambda(lambda im: im.convert("RGB")))
    steps.append(transforms.PILToTensor())
    tensor = transforms.Compose(steps)
    if kind == "folders":  # train/ and val/ folders, one sub-folder per class
        return (torchvision.datasets.ImageFolder(root / DATASET["train"], transform=tensor),
                torchvision.datasets.ImageFolder(root / DATASET["val"], transform=tensor))
    folder = Path(DATASET["path"]).expanduser() if not data_dir else root
    full = torchvision.datasets.ImageFolder(folder, transform=tensor)
    train_index, val_index = stratified_split(full.targets, DATASET["val_fraction"], SEED)
    return torch.utils.data.Subset(full, train_index), torch.utils.data.Subset(full, val_index)


def stratified_split(labels, val_fraction, seed):
    """Each class gives val_fraction of its images (at least one) to validation."""
    labels = torch.as_tensor(labels)
    gen = torch.Generator().manual_seed(seed)
    train, val = [], []
    for cls in torch.unique(labels).tolist():
        idx = torch.nonzero(labels == cls).flatten()
        idx = idx[torch.randperm(len(idx), generator=gen)]
        n_val = min(max(int(round(len(idx) * val_fraction)), 1), len(idx) - 1)
        val.append(idx[:n_val])
        train.append(idx[n_val:])
    return torch.cat(train).sort().values.tolist(), torch.cat(val).sort().values.tolist()


def channel_stats(dataset):
    """Per-channel mean and standard deviation of the training images (when not known)."""
    total = total_sq = count = 0
    for x, _ in DataLoader(dataset, batch_size=512):
        x = x.double() / 255 if x.dtype == torch.uint8 else x.double()
        total = total + x.sum(dim=(0, 2, 3))
        total_sq = total_sq + (x * x).sum(dim=(0, 2, 3))
        count += x.shape[0] * x.shape[2] * x.shape[3]
    mean = total / count
    std = (total_sq / count - mean * mean).clamp_min(0).sqrt().clamp_min(1e-6)
    return tuple(mean.tolist()), tuple(std.tolist())


# ---------------------------------------------------------------- loss and schedule

def loss_function(outputs, labels):
    if LOSS == "squared_error":  # E = 1/2 sum_k (t_k - y_k)^2, averaged over the batch
        target = F.one_hot(labels, outputs.shape[1]).to(outputs.dtype)
        return 0.5 * (outputs - target).pow(2).sum(dim=1).mean()
    return F.cross_entropy(outputs, labels)


#@SCHEDULE_SOURCE@


# ---------------------------------------------------------------- processes

def start_processes(backend):
    """(rank, world size, local rank); under torchrun joins the process group."""
    if "RANK" not in os.environ:
        return 0, 1, 0
    backend = backend or ("nccl" if torch.cuda.is_available() else "gloo")
    dist.init_process_group(backend)
    return dist.get_rank(), dist.get_world_size(), int(os.environ.get("LOCAL_RANK", 0))


def choose_device(local_rank, backend):
    if torch.cuda.is_available() and backend != "gloo":
        torch.cuda.set_device(local_rank)
        return torch.device("cuda", local_rank)
    return torch.device("cpu")


def autocast(device):
    """bfloat16 autocast on a GPU that supports it, float16 (with loss scaling) when asked,
    else float32, as the app decides."""
    if device.type != "cuda" or PRECISION == "float32":
        return None
    if PRECISION == "float16" or not torch.cuda.is_bf16_supported():
        return torch.float16
    return torch.bfloat16


def sum_over_processes(*values):
    t = torch.tensor(values, dtype=torch.float64)
    if dist.is_initialized():
        t = t.to("cuda" if dist.get_backend() == "nccl" else "cpu")
        dist.all_reduce(t)
    return t.cpu().tolist()


# ---------------------------------------------------------------- starting weights, freezing

def start_from(model, path):
    """Copy in the tensors of a state_dict file whose names and shapes fit the model (the
    others keep their fresh initialisation), as the app starts from imported or pretrained
    weights; returns (copied, of how many)."""
    state = torch.load(path, map_location="cpu", weights_only=True)
    own = model.state_dict()
    fits = {k: v for k, v in state.items() if k in own and own[k].shape == v.shape}
    model.load_state_dict(fits, strict=False)
    return len(fits), len(own)


def freeze(model):
    """The layers frozen in the app keep their weights: no gradients (so the optimizer gets
    none of them), and with FROZEN_BN_EVAL their batch norms keep their running statistics
    (evaluation mode, whatever model.train() says)."""
    for name in FROZEN:
        layer = model.get_submodule(name)
        layer.requires_grad_(False)
        if FROZEN_BN_EVAL:
            for m in layer.modules():
                if isinstance(m, torch.nn.modules.batchnorm._BatchNorm):
                    m.register_forward_pre_hook(stay_in_eval)


def stay_in_eval(module, args):
    module.training = False


# ---------------------------------------------------------------- early stopping, gradients

class EarlyStopping:
    """Stop when the validation loss has not improved by more than min_delta for `patience`
    epochs in a row (patience 0: never), as the app does. Every process sees the same
    validation loss (summed over them), so they all stop after the same epoch."""

    def __init__(self, patience, min_delta, state=None):
        self.patience, self.min_delta = patience, min_delta
        self.best, self.bad_epochs = math.inf, 0
        if state:
            self.best, self.bad_epochs = state["best"], state["bad_epochs"]

    def should_stop(self, val_loss):
        if val_loss < self.best - self.min_delta:
            self.best, self.bad_epochs = val_loss, 0
        else:
            self.bad_epochs += 1
        return bool(self.patience) and self.bad_epochs >= self.patience

    def state(self):
        return {"best": self.best, "bad_epochs": self.bad_epochs}


class GradientNorms:
    """Every GRAD_NORM_EVERY steps, the L2 norm of each layer's gradient (all the parameters
    of the layer itself), after backward and before the optimizer step, as the app samples
    them; mean() is the mean over the epoch's samples. Under DistributedDataParallel the
    gradients are already averaged over the processes, so rank 0's are the global batch's."""

    def __init__(self, model):
        self.layers = []
        for name, module in model.named_modules():
            own = [p for p in module.parameters(recurse=False) if p.requires_grad]
            if own:
                self.layers.append((name or type(model).__name__, own))
        self.reset()

    def reset(self):
        self.sums, self.samples = [0.0] * len(self.layers), 0

    def sample(self):
        norms = {}
        for i, (name, params) in enumerate(self.layers):
            squares = [p.grad.detach().float().pow(2).sum() for p in params
                       if p.grad is not None]
            norm = float(torch.stack(squares).sum().sqrt()) if squares else 0.0
            self.sums[i] += norm
            norms[name] = norm
        self.samples += 1
        return norms

    def mean(self):
        if not self.samples:
            return None
        return {name: total / self.samples
                for (name, _), total in zip(self.layers, self.sums)}


def norms_text(norms):
    return ", ".join(f"{name} {value:.3g}" for name, value in norms.items())


# ---------------------------------------------------------------- training

def evaluate(model, loader, device, dtype):
    model.eval()
    loss_sum = correct = count = 0.0
    with torch.no_grad():
        for x, y in loader:
            x, y = x.to(device, non_blocking=True), y.to(device, non_blocking=True)
            with torch.autocast(device.type, dtype=dtype, enabled=dtype is not None):
                out = model(x)
            out = out[0] if isinstance(out, (tuple, list)) else out
            loss_sum += float(loss_function(out.float(), y)) * len(y)
            correct += float((out.argmax(1) == y).sum())
            count += len(y)
    model.train()
    loss_sum, correct, count = sum_over_processes(loss_sum, correct, count)
    return loss_sum / max(count, 1), correct / max(count, 1)


def parse_arguments():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--epochs", type=int, default=EPOCHS)
    p.add_argument("--max-steps", type=int, default=0, help="stop after N steps (0: no limit)")
    p.add_argument("--batch-size", type=int, default=BATCH_SIZE, help="global batch size")
    p.add_argument("--optimizer", choices=sorted(OPTIMIZERS), default=next(iter(OPTIMIZERS)))
    p.add_argument("--data-dir", default=DATA_DIR, help="where the data set is (or goes)")
    p.add_argument("--backend", choices=("nccl", "gloo"), help="default: nccl on GPUs, else gloo")
    p.add_argument("--checkpoint-dir", default=CHECKPOINT_DIR)
    p.add_argument("--workers", type=int, default=0 if DATASET["kind"] == "tensors" else 4)
    p.add_argument("--seed", type=int, default=SEED)
    p.add_argument("--resume", action="store_true",
                   help="continue from CHECKPOINT_DIR/last.pt")
    p.add_argument("--json-log", help="also write one JSON line per step and epoch (rank 0)")
    p.add_argument("--early-stopping", type=int, default=EARLY_STOPPING["patience"],
                   metavar="PATIENCE", help="stop after PATIENCE epochs without a better "
                   "validation loss (0: off)")
    p.add_argument("--grad-norm-every", type=int, default=GRAD_NORM_EVERY, metavar="N",
                   help="log each layer's gradient norm every N steps (0: off)")
    p.add_argument("--compile", choices=("off", "default", "reduce-overhead"), default=COMPILE,
                   help="torch.compile the training step (reduce-overhead: CUDA graphs)")
    p.add_argument("--init-weights", default=INITIAL_WEIGHTS, metavar="FILE",
                   help="start from this state_dict file (tensors whose names and shapes fit)")
    return p.parse_args()


def main():
    global MEAN, STD
    args = parse_arguments()
    rank, world, local_rank = start_processes(args.backend)
    device = choose_device(local_rank, args.backend)
    say = print if rank == 0 else (lambda *a, **k: None)
    log = open(args.json_log, "w", encoding="utf-8") if args.json_log and rank == 0 else None
    if args.batch_size % world:
        raise SystemExit(f"the batch size {args.batch_size} does not divide by {world} processes")

    if rank == 0:  # one process downloads, the others wait for it
        train_set, val_set = load_data(args.data_dir, download=True)
    if dist.is_initialized():
        dist.barrier()
    if rank != 0:
        train_set, val_set = load_data(args.data_dir, download=False)
    if MEAN is None:
        MEAN, STD = channel_stats(train_set)
    train_set, val_set = Normalised(train_set, True), Normalised(val_set, False)

    torch.manual_seed(args.seed)  # identical initial weights in every process
    model = MODEL()
    if args.init_weights:
        path = Path(args.init_weights)
        copied, total = start_from(model, path if path.is_absolute() else HERE / path)
        say(f"starting from {path}: {copied} of {total} tensors")
    freeze(model)
    model = model.to(device)
    if dist.is_initialized():
        model = DistributedDataParallel(model, device_ids=[local_rank] if device.type == "cuda"
                                        else None)
    # the training step calls step_model; evaluation and checkpoints use model (no compile
    # for other batch sizes, and the state_dict names stay as they are)
    step_model, cuda_graphs = model, args.compile == "reduce-overhead" and device.type == "cuda"
    if args.compile != "off":  # full batches only (drop_last): one graph, static shapes
        step_model = torch.compile(model, mode="reduce-overhead" if cuda_graphs else None,
                                   dynamic=False)
    optimizer_class, hyper = OPTIMIZERS[args.optimizer]
    trainable = [p for p in model.parameters() if p.requires_grad]  # frozen layers: none
    optimizer = getattr(torch.optim, optimizer_class)(trainable, **hyper)

    sampler = DistributedSampler(train_set, num_replicas=world, rank=rank, shuffle=True,
                                 seed=args.seed, drop_last=True)
    val_sampler = DistributedSampler(val_set, num_replicas=world, rank=rank, shuffle=False)
    loader = DataLoader(train_set, batch_size=args.batch_size // world, sampler=sampler,
                        num_workers=args.workers, pin_memory=device.type == "cuda",
                        drop_last=True, persistent_workers=args.workers > 0)
    val_loader = DataLoader(val_set, batch_size=512, sampler=val_sampler,
                            num_workers=args.workers, pin_memory=device.type == "cuda")
    steps_per_epoch = len(loader)
    factor = lr_factor(SimpleNamespace(**SCHEDULE), args.epochs, steps_per_epoch)
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, factor)
    dtype = autocast(device)
    scaler = torch.amp.GradScaler("cuda", enabled=dtype == torch.float16)
    torch.manual_seed(args.seed + rank)  # augmentation (and dropout) differ per process

    checkpoints = Path(args.checkpoint_dir)
    start_epoch, step, early_state = 1, 0, None
    if args.resume and (checkpoints / "last.pt").is_file():
        state = torch.load(checkpoints / "last.pt", map_location=device, weights_only=True)
        unwrap(model).load_state_dict(state["model"])
        optimizer.load_state_dict(state["optimizer"])
        scheduler.load_state_dict(state["scheduler"])
        start_epoch, step = state["epoch"] + 1, state["step"]
        early_state = state.get("early_stopping")
        say(f"resuming after epoch {state['epoch']} from {checkpoints / 'last.pt'}")
    early = EarlyStopping(args.early_stopping, EARLY_STOPPING["min_delta"], early_state)
    grads = GradientNorms(unwrap(model))
    say(f"training {MODEL.__name__} with {args.optimizer} on {DATASET['title']}: "
        f"{len(train_set):,} training / {len(val_set):,} validation images, {world} "
        f"process(es) on {device.type}, batch {args.batch_size}, {steps_per_epoch} steps/epoch")

    for epoch in range(start_epoch, args.epochs + 1):
        sampler.set_epoch(epoch)
        started, seen, loss_sum, correct = time.time(), 0, 0.0, 0.0
        grads.reset()
        for x, y in loader:
            x, y = x.to(device, non_blocking=True), y.to(device, non_blocking=True)
            if cuda_graphs:
                torch.compiler.cudagraph_mark_step_begin()
            with torch.autocast(device.type, dtype=dtype, enabled=dtype is not None):
                out = step_model(x)
                out = out[0] if isinstance(out, (tuple, list)) else out
                loss = loss_function(out.float(), y)
            optimizer.zero_grad(set_to_none=True)
            scaler.scale(loss).backward()
            step += 1
            norms = None
            if args.grad_norm_every and step % args.grad_norm_every == 0:
                scaler.unscale_(optimizer)  # the true gradients (float16 scales them)
                norms = grads.sample()
            scaler.step(optimizer)
            scaler.update()
            scheduler.step()
            batch_loss, batch_correct = sum_over_processes(
                float(loss.detach()), float((out.argmax(1) == y).sum()))
            batch_loss /= world  # the loss of the global batch: equal shards, so the mean
            loss_sum += batch_loss * len(y) * world
            correct += batch_correct
            seen += len(y) * world
            if log:
                log.write(json.dumps({"step": step, "epoch": epoch, "loss": batch_loss}) + "\\n")
                if norms is not None:
                    log.write(json.dumps({"step": step, "epoch": epoch, "grad_norms": norms})
                              + "\\n")
            if step % 10 == 0 or step == 1:
                say(f"epoch {epoch} step {step} loss {batch_loss:.4f}")
            if args.max_steps and step >= args.max_steps:
                break
        val_loss, val_acc = evaluate(model, val_loader, device, dtype)
        train_loss, train_acc = loss_sum / max(seen, 1), correct / max(seen, 1)
        say(f"epoch {epoch}/{args.epochs}: train loss {train_loss:.4f} acc {train_acc:.2%}, "
            f"val loss {val_loss:.4f} acc {val_acc:.2%}, {time.time() - started:.1f} s")
        mean_norms = grads.mean()
        if mean_norms:
            say(f"  gradient norms (mean of {grads.samples}): {norms_text(mean_norms)}")
        stop = early.should_stop(val_loss)
        if log:
            log.write(json.dumps({"epoch": epoch, "train_loss": train_loss, "val_loss": val_loss,
                                  "val_acc": val_acc, "grad_norms": mean_norms}) + "\\n")
        if rank == 0:
            save_checkpoint(checkpoints, model, optimizer, scheduler, epoch, step,
                            early.state())
        if stop:
            say(f"early stop after epoch {epoch}: the validation loss has not improved for "
                f"{early.bad_epochs} epochs (best {early.best:.4f})")
            if log:
                log.write(json.dumps({"early_stopped": epoch, "best_val_loss": early.best})
                          + "\\n")
            break
        if args.max_steps and step >= args.max_steps:
            break
    if log:
        log.close()
    if dist.is_initialized():
        dist.barrier()
        dist.destroy_process_group()


def unwrap(model):
    return model.module if isinstance(model, DistributedDataParallel) else model


def save_checkpoint(folder, model, optimizer, scheduler, epoch, step, early_stopping):
    """last.pt (to continue) and weights.pt (the weights alone), written atomically."""
    folder.mkdir(parents=True, exist_ok=True)
    weights = unwrap(model).state_dict()
    for name, data in (("last.pt", {"model": weights, "optimizer": optimizer.state_dict(),
                                    "scheduler": scheduler.state_dict(), "epoch": epoch,
                                    "step": step, "early_stopping": early_stopping}),
                       ("weights.pt", weights)):
        torch.save(data, folder / (name + ".part"))
        os.replace(folder / (name + ".part"), folder / name)


if __name__ == "__main__":
    main()
'''
