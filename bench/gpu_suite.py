"""One-shot GPU benchmark: the engine against hand-written PyTorch measured in the same run.

    python bench/gpu_suite.py                 # on the GPU (CUDA, else MPS, else the CPU)
    python bench/gpu_suite.py --device cpu --tiny   # tiny sizes; CI runs this so it never rots

1. LeNet-5 (modern) on MNIST-size data (Shapes 28x28, 60k/10k) until 99 % validation accuracy:
   time of the engine's Trainer vs a hand-written loop with the data resident on the device;
2. a CIFAR-10-size epoch (50k 3x32x32) of ResNet-20: images/s of the Trainer vs a hand-written
   loop with AMP and channels_last;
3. a 4-optimizer race (SGD, momentum, Adam, RMSprop) vs 4 single runs, plain and fused;
4. Grad-CAM on ResNet-18 at 224x224: the engine vs the common hook + full backward recipe;
5. the compiled training step (TrainConfig.compile default, and reduce-overhead on CUDA) vs
   the plain step, both the Trainer's epoch loop: LeNet-5 on the 60k set and the ResNet-20
   CIFAR-size epoch; steady-state images/s, the compile warm-up printed on its own line.
Rounds alternate ours / reference; the table shows best (median) and the ratio of the bests.
Whole suite: under 4 minutes on a modern GPU, plus about a minute per compiled network.

    python bench/gpu_suite.py --compile-only  # section 5 alone (on a CPU: shorter rounds)
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

from engine import zoo  # noqa: E402
from engine.build import build_module  # noqa: E402
from engine.data import make_shapes  # noqa: E402
from engine.data.dataset import ImageDataset, Split  # noqa: E402
from engine.training import EpochEnded, OptimizerConfig, TrainConfig, Trainer  # noqa: E402
from engine.training.device import select_device  # noqa: E402

RACE = ("sgd", "momentum", "adam", "rmsprop")
BATCH = 128  # 32 with --tiny


def sync(device) -> None:
    if device.kind == "cuda":
        torch.cuda.synchronize()
    elif device.kind == "mps":
        torch.mps.synchronize()


def autocast(device):
    dtype = device.autocast_dtype
    if dtype is None:
        import contextlib
        return contextlib.nullcontext()
    return torch.autocast(device.kind, dtype=dtype)


def config(device, **kw) -> TrainConfig:
    base = dict(device=device.device, batch_size=BATCH, mistakes_kept=0, seed=0,
                batch_event_every=50, batch_event_min_seconds=0.2)
    base.update(kw)
    return TrainConfig(**base)


# ---------------------------------------------------------------- 1. LeNet-5 to 99 %
def engine_to_accuracy(graph, ds, device, target, max_epochs) -> tuple[float, int]:
    """(seconds until the validation accuracy reached ``target``, epochs); inf when never."""
    cfg = config(device, optimizers=[OptimizerConfig("adam", lr=3e-3)], epochs=max_epochs,
                 schedule={"kind": "onecycle"})
    trainer = Trainer(graph, ds, cfg)
    reached = {}
    t0 = time.perf_counter()

    def on_event(event):
        if isinstance(event, EpochEnded) and event.val_acc >= target and not reached:
            reached["t"], reached["epoch"] = time.perf_counter() - t0, event.epoch
            trainer.stop()
    trainer.run(on_event)
    return reached.get("t", float("inf")), reached.get("epoch", max_epochs)


def hand_to_accuracy(graph, ds, device, target, max_epochs) -> tuple[float, int]:
    """The loop a careful engineer writes: every image on the device, indexed batches,
    the same model, optimizer, schedule and precision, evaluated after every epoch."""
    dev = device.device
    torch.manual_seed(0)
    model = build_module(graph).to(dev)
    mean = torch.tensor(ds.mean, device=dev).view(1, -1, 1, 1)
    std = torch.tensor(ds.std, device=dev).view(1, -1, 1, 1)
    xs = ((ds.train.images.to(dev) - mean) / std)
    ys = ds.train.labels.to(dev)
    xv, yv = ((ds.val.images.to(dev) - mean) / std), ds.val.labels.to(dev)
    batch = BATCH
    steps = len(ys) // batch
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, 3e-3, total_steps=steps * max_epochs)
    t0 = time.perf_counter()
    for epoch in range(1, max_epochs + 1):
        model.train()
        order = torch.randperm(len(ys), device=dev)
        for i in range(steps):
            idx = order[i * batch:(i + 1) * batch]
            with autocast(device):
                loss = F.cross_entropy(model(xs[idx]), ys[idx])
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            sched.step()
        model.eval()
        with torch.no_grad(), autocast(device):
            right = sum(int((model(xv[i:i + 1024]).argmax(1) == yv[i:i + 1024]).sum())
                        for i in range(0, len(yv), 1024))
        if right / len(yv) >= target:
            return time.perf_counter() - t0, epoch
    return float("inf"), max_epochs


# ---------------------------------------------------------------- 2. ResNet-20 epoch
def random_dataset(n_train, n_val, shape, classes=10) -> ImageDataset:
    gen = torch.Generator().manual_seed(0)

    def split(n):
        return Split(torch.rand((n, *shape), generator=gen),
                     torch.randint(0, classes, (n,), generator=gen))
    return ImageDataset("random", tuple(str(i) for i in range(classes)), split(n_train),
                        split(n_val))


def engine_images_per_s(graph, ds, device) -> float:
    cfg = config(device, optimizers=[OptimizerConfig("momentum")], epochs=1)
    speeds = []
    Trainer(graph, ds, cfg).run(lambda e: speeds.append(e.images_per_second)
                                if isinstance(e, EpochEnded) else None)
    return speeds[-1]


def hand_images_per_s(graph, ds, device) -> float:
    """A hand-written epoch with AMP (the device's autocast dtype) and channels_last."""
    dev = device.device
    torch.manual_seed(0)
    model = build_module(graph).to(dev).to(memory_format=torch.channels_last)
    xs = ds.train.images.to(dev).contiguous(memory_format=torch.channels_last)
    ys = ds.train.labels.to(dev)
    opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
    batch = BATCH
    steps = len(ys) // batch
    order = torch.randperm(len(ys), device=dev)
    sync(device)
    t0 = time.perf_counter()
    for i in range(steps):
        idx = order[i * batch:(i + 1) * batch]
        with autocast(device):
            loss = F.cross_entropy(model(xs[idx]), ys[idx])
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
    sync(device)
    return steps * batch / (time.perf_counter() - t0)


# ---------------------------------------------------------------- 3. the race
def race_seconds(graph, ds, device, steps, names, fused) -> float:
    cfg = config(device, optimizers=[OptimizerConfig(n) for n in names], epochs=1,
                 max_steps_per_epoch=steps, fused_race=fused)
    t0 = time.perf_counter()
    Trainer(graph, ds, cfg).run()
    return time.perf_counter() - t0


# ---------------------------------------------------------------- 4. Grad-CAM
def gradcam_rows(device, repeat) -> tuple:
    from engine.inspect import Inspector

    layer = "layer4_1_relu"
    torch.manual_seed(0)
    inspector = Inspector(zoo.create("resnet18"), device=device.device)
    x = torch.rand(1, 3, 224, 224).numpy()
    plain = build_module(zoo.create("resnet18")).to(device.device).eval()
    plain.load_state_dict(inspector.module.state_dict())
    xt = torch.from_numpy(x).to(device.device)

    def hook_recipe():
        store = {}

        def keep(mod, inputs, output):
            store["a"] = output
            output.register_hook(lambda g: store.__setitem__("g", g))
        handle = plain.get_submodule(layer).register_forward_hook(keep)
        plain.zero_grad(set_to_none=True)
        out = plain(xt)
        out[:, int(out.argmax())].sum().backward()
        handle.remove()
        cam = torch.relu((store["g"].mean(dim=(2, 3), keepdim=True) * store["a"]).sum(1))
        cam.cpu()

    def ours():
        inspector.cam(x, method="gradcam", layer=layer)
    return alternate({"ours": ours, "ref": hook_recipe}, repeat, device)


# ---------------------------------------------------------------- 5. the compiled step
class EpochStepper:
    """A Trainer whose training epochs are run one at a time (``Trainer._train_epoch``: the
    loop of ``Trainer.run`` with its throttled events, without the evaluation), so that a
    compiled and a plain one can alternate in the same process. One Trainer per variant for
    every round: a new Trainer builds a new module, which torch.compile traces again."""

    def __init__(self, graph, ds, device, compile_mode, steps):
        from engine.training.setup import prepare

        cfg = config(device, optimizers=[OptimizerConfig("momentum")], epochs=10**6,
                     max_steps_per_epoch=steps, compile=compile_mode)
        self.device, self.trainer = device, Trainer(graph, ds, cfg)
        self.trainer.setup = prepare(graph, ds, cfg)
        self.mode = self.trainer.setup.compile
        self.images = self.trainer.setup.train_loader.n if not steps else min(
            steps * BATCH, self.trainer.setup.train_loader.n)
        self.epoch = 0
        self.notices = []  # a compile that failed (the step then runs plain)

    def first_step_seconds(self) -> float:
        """One training step of the run on a full batch: for a compiled run, the compile of
        its forward and backward (what a user waits for before the first batch ends)."""
        x, y = next(iter(self.trainer.setup.train_loader.epoch(0)))
        sync(self.device)
        t0 = time.perf_counter()
        self.trainer.setup.runs[0].train_step(x, y)
        sync(self.device)
        seconds = time.perf_counter() - t0
        from engine import errors

        run = self.trainer.setup.runs[0]
        self.notices += [errors.message(code, data) for code, data in run.notes]
        run.notes.clear()
        return seconds

    def epoch_seconds(self) -> float:
        self.epoch += 1
        sync(self.device)
        t0 = time.perf_counter()
        assert self.trainer._train_epoch(self.epoch, lambda event: self.notices.append(
            event.message) if event.kind == "notice" else None)
        sync(self.device)
        return time.perf_counter() - t0


def compile_rows(table, device, rounds, tiny, notes) -> None:
    """Compiled vs plain step for LeNet-5 (60k 28x28) and ResNet-20 (50k 3x32x32)."""
    from engine.training import compiled

    cpu = device.kind == "cpu"
    if tiny and cpu:  # inductor's C++ compile takes 20-40 s per network on a small CPU
        compiled._BACKEND = "aot_eager"
        notes.append("compiled rows: --tiny on the CPU compiles with torch's aot_eager "
                     "backend (no C++ compile), a check that the rows run, not a speed figure")
    modes = ("default", "reduce-overhead") if device.kind == "cuda" else ("default",)
    if device.kind != "cuda":
        notes.append("compiled rows: reduce-overhead (CUDA graphs) skipped: needs CUDA")
    nets = (("LeNet-5", "lenet5_modern", (1, 28, 28), 60000, 100),
            ("ResNet-20", "resnet20_cifar", (3, 32, 32), 50000, 20))
    try:
        for title, name, shape, n, cpu_steps in nets:
            n = 4 * BATCH + 8 if tiny else n
            steps = 0 if not cpu or tiny else cpu_steps  # 0: the whole epoch
            ds = (make_shapes("gray28", n, 64, seed=0) if shape[0] == 1
                  else random_dataset(n, 64, shape))
            graph = zoo.create(name)
            for mode in modes:
                plain = EpochStepper(graph, ds, device, "off", steps)
                fast = EpochStepper(graph, ds, device, mode, steps)
                plain_first, fast_first = plain.first_step_seconds(), fast.first_step_seconds()
                plain.epoch_seconds(), fast.epoch_seconds()  # warm-up rounds, not counted
                if fast.notices:
                    notes.append(f"{title} compiled ({mode}) row skipped: {fast.notices[0]}")
                    continue
                t = {"plain": [], "fast": []}
                for _ in range(rounds):
                    t["plain"].append(plain.epoch_seconds())
                    t["fast"].append(fast.epoch_seconds())
                what = f"{title} step compiled ({fast.mode}) vs plain, " + (
                    f"{steps} steps" if steps else "an epoch")
                row(table, what, [fast.images / s for s in t["fast"]],
                    [plain.images / s for s in t["plain"]], "img/s", higher_is_better=True)
                notes.append(f"{title} compile warm-up ({fast.mode}): {fast_first:.1f} s, the "
                             f"first compiled step (a first plain step: "
                             f"{plain_first * 1e3:.0f} ms)")
    finally:
        compiled._BACKEND = "inductor"


# ---------------------------------------------------------------- running and printing
def warm_up(device) -> None:
    """Pay the once-per-process costs (torch.optim's first import of torch._dynamo, cuDNN's
    algorithm search, kernel caches) before anything is timed, for ours and the references."""
    n = 2 * BATCH
    ds = make_shapes("gray28", n, 64, seed=0)
    for graph, data in ((zoo.create("lenet5_modern"), ds),
                        (zoo.create("resnet20_cifar"), random_dataset(n, 64, (3, 32, 32)))):
        Trainer(graph, data, config(device, optimizers=[OptimizerConfig(n) for n in RACE],
                                    epochs=1, max_steps_per_epoch=2)).run()
    hand_images_per_s(zoo.create("resnet20_cifar"), random_dataset(n, 64, (3, 32, 32)), device)


def alternate(fns: dict, rounds: int, device) -> dict:
    """Seconds per call of each function, rounds alternating; {name: [times]}."""
    for fn in fns.values():
        fn()  # warm-up
    times = {name: [] for name in fns}
    for _ in range(rounds):
        for name, fn in fns.items():
            sync(device)
            t0 = time.perf_counter()
            fn()
            sync(device)
            times[name].append(time.perf_counter() - t0)
    return times


def row(table, what, ours, ref, unit, higher_is_better=False) -> None:
    """One line: best (median) of ours and the reference, and ours/ref of the bests
    (for a speed, ref/ours, so that above 1 always means slower than the reference)."""
    ours, ref = list(ours), list(ref)
    best = max if higher_is_better else min
    o, r = best(ours), best(ref)
    ratio = (r / o) if higher_is_better else (o / r)
    table.append((what, f"{o:.3g} ({statistics.median(ours):.3g}) {unit}",
                  f"{r:.3g} ({statistics.median(ref):.3g}) {unit}", f"{ratio:.2f}"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--device", default="auto", help="auto, cuda, mps or cpu")
    ap.add_argument("--tiny", action="store_true", help="tiny sizes (seconds on a CPU)")
    ap.add_argument("--rounds", type=int, default=0, help="rounds per comparison")
    ap.add_argument("--compile-only", action="store_true",
                    help="only the compiled-step rows (section 5)")
    args = ap.parse_args(argv)
    if args.device == "cpu":
        torch.set_num_threads(1)  # alternating rounds compare best against best on 1 core
    device = select_device(args.device)
    tiny = args.tiny
    global BATCH
    BATCH = 32 if tiny else 128
    rounds = args.rounds or (1 if tiny else 3)
    print(f"torch {torch.__version__} on {device.name} ({device.device}), precision "
          f"{device.precision}, channels_last {device.channels_last}"
          f"{', tiny sizes' if tiny else ''}", flush=True)
    table, notes = [], []
    warm_up(device)
    if not args.compile_only:
        other_rows(table, device, tiny, rounds)
    compile_rows(table, device, rounds, tiny, notes)
    print("5/5 done", flush=True)
    widths = [max(len(r[i]) for r in table + [("what", "ours", "reference", "ratio")])
              for i in range(4)]
    print()
    for r in [("what", "ours best (median)", "reference best (median)", "ratio")] + table:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)))
    print("ratio: ours / reference in time (below 1 is faster than the reference)")
    for note in notes:
        print(note)
    return 0


def other_rows(table, device, tiny, rounds) -> None:
    """Sections 1-4."""
    # 1
    n_train, n_val = (512, 128) if tiny else (60000, 10000)
    target, max_epochs = (0.0, 1) if tiny else (0.99, 15)
    ds28 = make_shapes("gray28", n_train, n_val, seed=0)
    lenet = zoo.create("lenet5_modern")
    eng, hand = [], []
    for _ in range(1 if tiny else 2):
        eng.append(engine_to_accuracy(lenet, ds28, device, target, max_epochs))
        hand.append(hand_to_accuracy(lenet, ds28, device, target, max_epochs))
    row(table, f"LeNet-5 to {target:.0%} (epochs {eng[0][1]} / {hand[0][1]})",
        [t for t, _ in eng], [t for t, _ in hand], "s")
    print("1/5 done", flush=True)
    # 2
    ds32 = random_dataset(128 if tiny else 50000, 64 if tiny else 1000, (3, 32, 32))
    resnet = zoo.create("resnet20_cifar")
    eng, hand = [], []
    for _ in range(rounds):
        eng.append(engine_images_per_s(resnet, ds32, device))
        hand.append(hand_images_per_s(resnet, ds32, device))
    row(table, "ResNet-20 CIFAR-size epoch (AMP, channels_last)", eng, hand, "img/s",
        higher_is_better=True)
    print("2/5 done", flush=True)
    # 3
    steps = 4 if tiny else 200
    ds_race = make_shapes("gray28", BATCH * (steps + 1), 256, seed=0)
    t = {"plain": [], "fused": [], "single": []}
    for _ in range(rounds):
        t["plain"].append(race_seconds(lenet, ds_race, device, steps, RACE, "off"))
        t["fused"].append(race_seconds(lenet, ds_race, device, steps, RACE, "on"))
        t["single"].append(sum(race_seconds(lenet, ds_race, device, steps, (n,), "off")
                               for n in RACE))
    row(table, f"race of 4 (plain) vs 4 single runs, {steps} steps", t["plain"], t["single"],
        "s")
    row(table, f"race of 4 (fused) vs 4 single runs, {steps} steps", t["fused"], t["single"],
        "s")
    print("3/5 done", flush=True)
    # 4
    t = gradcam_rows(device, 2 if tiny else 20)
    row(table, "Grad-CAM ResNet-18 224x224 vs hook recipe", [s * 1e3 for s in t["ours"]],
        [s * 1e3 for s in t["ref"]], "ms")
    print("4/5 done", flush=True)


if __name__ == "__main__":
    sys.exit(main())
