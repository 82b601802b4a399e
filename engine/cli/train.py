"""train: train a network (or race optimizers) on a data set from the terminal.

    python main.py train example:tiny_cnn --dataset shapes --optimizers adam,sgd:0.05 \
        --epochs 3 --json-log run.jsonl --save-weights net.safetensors
"""
from __future__ import annotations

import json
import math
import sys
import time

from engine import errors
from engine.cli import CliError
from engine.cli import _train_weights as weights

DIVERGED = 100.0  # a final loss this many times the first one: the run diverged
errors.define({
    "bad_rate": "'{rate}' is not a learning rate; write e.g. sgd:0.05.",
    "no_optimizers": "--optimizers needs at least one name, e.g. adam,sgd.",
    "log_write_failed": "Cannot write the log {path}: {reason}.",
    "bad_train_size": "--train-size must be 0 (all images) or a positive number, not {value}.",
    "loss_diverged": "The loss of {run} grew from {first} to {last}: the run diverged; lower "
                     "the learning rate.",
})

# the keys each event writes to --json-log, in order
JSON_KEYS = {
    "run_start": ("runs", "optimizers", "device", "device_name", "device_memory", "precision",
                  "total_epochs", "steps_per_epoch", "batch_size", "train_size", "val_size",
                  "compile"),
    "batch_end": ("run", "epoch", "step", "loss"),
    "epoch_end": ("run", "epoch", "train_loss", "train_acc", "val_loss", "val_acc", "seconds",
                  "images_per_second"),
    "checkpoint": ("run", "epoch", "path"),
    "run_end": ("run", "reason", "epochs_completed", "best_epoch", "best_val_acc", "seconds"),
    "run_failed": ("run", "code", "message"),
    "notice": ("run", "code", "message"),
}


def register(sub) -> None:
    p = sub.add_parser("train", help="train a network, or race several optimizers",
                       description="Train the network SOURCE (a project file, zoo:NAME or "
                       "example:NAME) on a data set, showing progress. Several optimizers race "
                       "from identical initial weights on identical batches.")
    p.add_argument("source", metavar="SOURCE")
    p.add_argument("--dataset", default="shapes", metavar="NAME",
                   help="shapes, shapes:rgb32, mnist, fashion_mnist, kmnist, cifar10, cifar100, "
                        "svhn or folder:PATH (default shapes)")
    p.add_argument("--optimizers", default="adam", metavar="LIST",
                   help="comma-separated: sgd, momentum, nag, adagrad, adadelta, rmsprop, adam, "
                        "adamw; NAME:LR gives one its own learning rate (default adam)")
    p.add_argument("--epochs", type=int, default=5, metavar="N")
    p.add_argument("--batch-size", type=int, default=128, metavar="B")
    p.add_argument("--lr", type=float, metavar="X", help="learning rate for every optimizer")
    p.add_argument("--seed", type=int, default=0, metavar="S")
    p.add_argument("--device", default="auto", choices=("auto", "cpu", "cuda", "mps"))
    p.add_argument("--loss", default="cross_entropy", choices=("cross_entropy", "squared_error"))
    p.add_argument("--schedule", default="constant",
                   choices=("constant", "step", "cosine", "onecycle"))
    p.add_argument("--warmup", type=float, default=0.0, metavar="EPOCHS")
    p.add_argument("--augment", action="store_true", help="random flips and 4-pixel crops")
    p.add_argument("--compile", default="off", choices=("off", "default", "reduce-overhead"),
                   help="torch.compile the training step: default (inductor) or "
                        "reduce-overhead (with CUDA graphs, on NVIDIA GPUs); pays for small "
                        "networks on a GPU, costs seconds to compile first (default off)")
    p.add_argument("--train-size", type=int, default=0, metavar="N",
                   help="use only the first N training images (Shapes: generate N)")
    p.add_argument("--data-dir", metavar="DIR", help="data set cache folder")
    p.add_argument("--early-stopping", type=int, default=0, metavar="PATIENCE")
    p.add_argument("--checkpoint-dir", metavar="DIR")
    p.add_argument("--resume", metavar="DIR", help="continue from a checkpoint folder")
    p.add_argument("--json-log", metavar="FILE", help="write one JSON object per event line")
    p.add_argument("--save-weights", metavar="FILE",
                   help="save the trained weights as safetensors (one file per run in a race)")
    add_transfer_flags(p)
    p.add_argument("--init-weights", metavar="FILE",
                   help="start from these weights; those whose names and shapes still fit "
                        "are kept, the rest re-initialised")
    p.add_argument("--train-frozen-bn", action="store_true",
                   help="let batch norm in frozen layers update its statistics")
    p.add_argument("--quiet", action="store_true", help="only the final summary")
    p.set_defaults(func=train)


def parse_optimizers(text: str, lr: float | None):
    from engine.training import OptimizerConfig

    out = []
    for item in (part.strip() for part in text.split(",")):
        if not item:
            continue
        name, _, rate = item.partition(":")
        try:
            value = float(rate) if rate else lr
        except ValueError:
            raise CliError("bad_rate", rate=rate) from None
        out.append(OptimizerConfig(name.strip().lower(), value))
    if not out:
        raise CliError("no_optimizers")
    return out


def train(args) -> int:
    from engine.training.session import DataChoice, TrainingSession, shape_text

    graph, initial = load_network(args)
    config = _config(args)  # every flag checked before anything is loaded or trained
    config.frozen_bn_eval = not args.train_frozen_bn
    if args.save_weights:
        weights.check_destination(args.save_weights)
    if args.train_size < 0:
        raise CliError("bad_train_size", value=args.train_size)
    printer = Printer(args.quiet)
    data = DataChoice(args.dataset, train_images=args.train_size, seed=args.seed,
                      root=args.data_dir)
    session = TrainingSession(graph, data, config, adapt_input=True, keep_best=False,
                              initial_weights=initial)
    dataset = session.prepare(progress=printer.data_progress)
    if session.adapted is not None:
        printer.note(f"note: the Input layer was set to {shape_text(dataset.input_shape)}"
                     f" to match {dataset.name}")
    _report_skipped(dataset)
    transfer_setup(graph, dataset.num_classes, dataset.name, args, initial, printer.note)
    log = open_log(args.json_log)
    try:
        with weights.terminate_as_interrupt():
            results = session.run(lambda event: (log(event), printer(event)))
    except KeyboardInterrupt:  # Ctrl-C or SIGTERM: keep what was trained so far
        if args.save_weights and session.runs:
            weights.save(session, args.save_weights, printer.note)
        raise
    finally:
        log.close()
    failed = {name: r for name, r in results.items() if r.kind == "run_failed"}
    if failed and not session.runs:  # nothing could start: a setting or the data is wrong
        first = next(iter(failed.values()))
        if errors.template(first.code):
            raise CliError(first.code, **first.data)
        raise CliError("run_not_started", detail=first.message)
    for name, event in failed.items():
        print(f"error: {event.message}", file=sys.stderr)
    printer.warn_divergence()
    if args.save_weights:
        # printed even with --quiet: the next command (cam, features) needs these names
        weights.save(session, args.save_weights, lambda text: print(text, file=printer.out))
    return 1 if failed else 0


def _config(args):
    from engine.training import TrainConfig

    return TrainConfig(
        optimizers=parse_optimizers(args.optimizers, args.lr), epochs=args.epochs,
        batch_size=args.batch_size, seed=args.seed, device=args.device, loss=args.loss,
        schedule={"kind": args.schedule, "warmup_epochs": args.warmup},
        augment={"flip": args.augment, "crop_padding": 4 if args.augment else 0},
        early_stopping_patience=args.early_stopping, checkpoint_dir=args.checkpoint_dir,
        resume_from=args.resume, compile=args.compile,
        # a JSON log records every 10th step whatever the speed (the 50 ms spacing keeps a
        # live view calm; in a log file it made the steps logged depend on the machine)
        batch_event_min_seconds=0.0 if args.json_log else 0.05).validate()


def _report_skipped(dataset) -> None:
    """Images of a folder that could not be read were skipped: say how many, on stderr."""
    from engine.data.folder import skipped_note

    note = skipped_note(dataset)
    if note:
        print("warning: " + errors.message(*note), file=sys.stderr)


def transfer_setup(graph, num_classes: int, data_name: str, args, initial, note) -> None:
    """--pretrained: the classifier gets the data set's classes; --freeze-until: the backbone
    is frozen; with initial weights, say per layer what is kept (the rest is re-initialised).
    ``note`` prints one line; `train` and `script` share this."""
    from engine.graph import transfer

    if args.pretrained:
        fc = transfer.classifier(graph)
        if graph.nodes[fc].params["out_features"] != num_classes:
            transfer.replace_classifier(graph, num_classes)
            note(f"note: {fc} now has {num_classes} outputs for "
                 f"{data_name}'s classes (its weights start fresh)")
    if args.freeze_until:
        if args.freeze_until not in graph.nodes:
            import difflib
            close = difflib.get_close_matches(args.freeze_until, list(graph.nodes), n=3)
            raise CliError("no_freeze_layer_close" if close else "no_freeze_layer",
                           layer=args.freeze_until, close=" or ".join(close))
        frozen = transfer.freeze_up_to(graph, args.freeze_until)
        count = len(frozen)
        note(f"note: {count} {errors.plural(count, 'layer|layers')} frozen, up to "
             f"{args.freeze_until}")
    if initial:
        from engine.io.transplant import graph_shapes, plan
        note(plan(graph_shapes(graph), initial).summary())


def add_transfer_flags(p) -> None:
    """--pretrained and --freeze-until, worded the same for `train` and `script`."""
    p.add_argument("--pretrained", action="store_true",
                   help="start from torchvision's pretrained weights (SOURCE torchvision:NAME or "
                        "a zoo model with a torchvision twin); the classifier is replaced for "
                        "the data set's classes")
    p.add_argument("--freeze-until", metavar="NODE",
                   help="freeze NODE and every layer before it (transfer learning)")


def load_network(args):
    """(graph, starting weights or None) for SOURCE, --pretrained and --init-weights."""
    from engine.io.sources import load_source

    initial = None
    if args.pretrained:
        from engine.io.import_sources import pretrained_network
        graph, initial = pretrained_network(args.source)
    else:
        graph = load_source(args.source)
    if args.init_weights:
        from engine.io.weights import read_weights
        initial = read_weights(args.init_weights)
    return graph, initial


class _NoLog:
    def __call__(self, event) -> None:
        pass

    def close(self) -> None:
        pass


class JsonLog:
    """One JSON object per line, flushed per line so another program can follow it."""

    def __init__(self, path: str):
        try:
            self.fh = open(path, "w", encoding="utf-8")
        except OSError as exc:
            raise CliError("log_write_failed", path=path, reason=exc.strerror or str(exc)) from None

    def __call__(self, event) -> None:
        keys = JSON_KEYS.get(event.kind)
        if keys is None:
            return
        data = event.to_json()
        self.fh.write(json.dumps({"event": event.kind, **{k: data[k] for k in keys}}) + "\n")
        self.fh.flush()

    def close(self) -> None:
        self.fh.close()


def open_log(path: str | None):
    return JsonLog(path) if path else _NoLog()


class Printer:
    """Human progress on the terminal: a rewritten status line on a TTY, epoch lines always."""

    def __init__(self, quiet: bool = False, stream=None):
        self.quiet = quiet
        self.out = stream or sys.stdout
        self.tty = self.out.isatty()
        self.steps = 0
        self.epochs = 0
        self._last_data = 0.0
        self.losses: dict = {}  # run -> [first loss seen, latest epoch loss]

    def note(self, text: str) -> None:
        if not self.quiet:
            print(text, file=self.out)

    def data_progress(self, event) -> None:
        now = time.monotonic()
        if self.quiet or not self.tty or now - self._last_data < 0.2:
            return
        self._last_data = now
        total = f"/{event.total:,}" if event.total else ""
        print(f"\r{event.dataset}: {event.stage} {event.done:,}{total}   ", end="",
              file=self.out, flush=True)

    def __call__(self, event) -> None:
        kind = event.kind
        if kind in ("batch_end", "epoch_end"):
            self._track_loss(event)
        if kind == "run_start":
            self.steps, self.epochs = event.steps_per_epoch, event.total_epochs
            mem = f", {event.device_memory / 2**30:.1f} GiB" if event.device_memory else ""
            compiled = "" if event.compile == "off" else f", compiled: {event.compile}"
            self.note(f"training {', '.join(event.runs)} on {event.device_name}{mem} "
                      f"({event.precision}{compiled}), {event.train_size:,} training / "
                      f"{event.val_size:,} validation images, {self.steps} steps per epoch")
        elif kind == "notice":
            self._clear()
            print("note: " + event.message, file=sys.stderr)
        elif kind == "batch_end" and self.tty and not self.quiet:
            print(f"\r{event.run}: epoch {event.epoch}/{self.epochs} step "
                  f"{event.step}/{self.steps} loss {event.loss:.4f} "
                  f"({event.images_per_second:,.0f} images/s)   ", end="", file=self.out,
                  flush=True)
        elif kind == "epoch_end":
            self._clear()
            self.note(f"{event.run}: epoch {event.epoch}/{self.epochs}  train loss "
                      f"{event.train_loss:.4f} acc {event.train_acc:.2%}  val loss "
                      f"{event.val_loss:.4f} acc {event.val_acc:.2%}  {event.seconds:.1f} s  "
                      f"{event.images_per_second:,.0f} images/s"
                      + ("  (best)" if event.is_best else ""))
        elif kind == "run_end":
            self._clear()
            print(f"{event.run}: {event.reason} after {event.epochs_completed} "
                  f"{errors.plural(event.epochs_completed, 'epoch|epochs')}; best "
                  f"validation accuracy {event.best_val_acc:.2%} at epoch {event.best_epoch}",
                  file=self.out)

    def _track_loss(self, event) -> None:
        loss = event.loss if event.kind == "batch_end" else event.train_loss
        seen = self.losses.setdefault(event.run, [loss, loss])
        if event.kind == "epoch_end":
            seen[1] = loss

    def warn_divergence(self) -> None:
        """One line per run whose loss grew by orders of magnitude: it "completed" but learned
        nothing (the NaN stop catches only a loss that is no longer a number)."""
        for run, (first, last) in self.losses.items():
            if math.isfinite(first) and first > 0 and last > DIVERGED * first:
                print("warning: " + errors.message("loss_diverged", {
                    "run": run, "first": f"{first:.3g}", "last": f"{last:.3g}"}),
                    file=sys.stderr)

    def _clear(self) -> None:
        if self.tty and not self.quiet:
            print("\r" + " " * 79 + "\r", end="", file=self.out)
