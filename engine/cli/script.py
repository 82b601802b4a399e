"""script: write a standalone PyTorch training script (train.py + model.py) for a setup.

    python main.py script zoo:resnet20_cifar --dataset cifar10 --optimizers sgd:0.1,adam \
        --epochs 30 --schedule cosine --augment --out resnet20_run/
    torchrun --nproc_per_node=4 resnet20_run/train.py
"""
from __future__ import annotations

from engine.cli import CliError


def register(sub) -> None:
    from engine.cli.train import add_transfer_flags

    p = sub.add_parser("script", help="write a standalone train.py (single process or torchrun "
                       "with DistributedDataParallel) for a network and a training setup",
                       description="Write DIR/train.py and DIR/model.py: plain PyTorch that "
                       "trains the network SOURCE as `train` would, alone (python train.py) "
                       "or on several GPUs or processes (torchrun --nproc_per_node=N train.py). "
                       "Several optimizers become one run each: train.py --optimizer NAME.")
    p.add_argument("source", metavar="SOURCE")
    p.add_argument("--out", required=True, metavar="DIR", help="folder to write into")
    p.add_argument("--dataset", default="shapes", metavar="NAME",
                   help="shapes, shapes:rgb32, shapes:rgb64, mnist, fashion_mnist, kmnist, "
                        "cifar10, cifar100, svhn or folder:PATH (default shapes)")
    p.add_argument("--optimizers", default="adam", metavar="LIST",
                   help="comma-separated, NAME:LR gives one its own learning rate (default adam)")
    p.add_argument("--epochs", type=int, default=5, metavar="N")
    p.add_argument("--batch-size", type=int, default=128, metavar="B",
                   help="global batch size (split across processes)")
    p.add_argument("--lr", type=float, metavar="X", help="learning rate for every optimizer")
    p.add_argument("--seed", type=int, default=0, metavar="S")
    p.add_argument("--loss", default="cross_entropy", choices=("cross_entropy", "squared_error"))
    p.add_argument("--schedule", default="constant",
                   choices=("constant", "step", "cosine", "onecycle"))
    p.add_argument("--warmup", type=float, default=0.0, metavar="EPOCHS")
    p.add_argument("--augment", action="store_true", help="random flips and 4-pixel crops")
    p.add_argument("--early-stopping", type=int, default=0, metavar="PATIENCE",
                   help="stop after PATIENCE epochs without a better validation loss (as "
                        "`train --early-stopping`; default 0: off)")
    p.add_argument("--grad-norm-every", type=int, default=0, metavar="N",
                   help="log each layer's gradient norm every N steps (default 0: off)")
    p.add_argument("--compile", default="off", choices=("off", "default", "reduce-overhead"),
                   help="COMPILE in train.py: torch.compile its training step (default off)")
    add_transfer_flags(p)
    p.add_argument("--init-weights", metavar="FILE",
                   help="start from these weights (safetensors or a state-dict .pt; the "
                        "tensors whose names and shapes fit), written next to train.py; the "
                        "project's frozen layers stay frozen")
    p.add_argument("--train-size", type=int, default=10000, metavar="N",
                   help="Shapes: images generated for training (default 10000)")
    p.add_argument("--shapes-as", choices=("tensors", "folder"), default="tensors",
                   help="write Shapes as one tensor file (default) or an image folder")
    p.set_defaults(func=script)


def script(args) -> int:
    from engine.cli.train import load_network, parse_optimizers, transfer_setup
    from engine.training import TrainConfig
    from engine.training.session import DataChoice
    from engine.training.script import write_training_script

    if args.train_size < 2:
        raise CliError("script_train_size")
    config = TrainConfig(
        optimizers=parse_optimizers(args.optimizers, args.lr), epochs=args.epochs,
        batch_size=args.batch_size, seed=args.seed, loss=args.loss,
        schedule={"kind": args.schedule, "warmup_epochs": args.warmup},
        augment={"flip": args.augment, "crop_padding": 4 if args.augment else 0},
        early_stopping_patience=args.early_stopping, grad_norm_every=args.grad_norm_every,
        compile=args.compile)
    graph, initial = load_network(args)
    data = DataChoice(args.dataset, train_images=args.train_size, seed=args.seed)
    dataset, num_classes, name = _classes(data) if args.pretrained else (None, 0, "")
    transfer_setup(graph, num_classes, name, args, initial, print)
    result = write_training_script(graph, config, data, args.out, shapes_format=args.shapes_as,
                                   initial_weights=initial, dataset=dataset)
    for note in result.notes:
        print(f"note: {note}")
    print(f"wrote {', '.join(str(f) for f in result.files)}")
    print(f"run it: python {result.folder / 'train.py'}   or   torchrun --nproc_per_node=N "
          f"{result.folder / 'train.py'}")
    return 0


def _classes(data):
    """(the loaded data set or None, its number of classes, its name) for --pretrained's new
    classifier, without downloading: a torchvision set not yet in the cache is counted from
    its description (train.py downloads it)."""
    from engine.data.classic import ALIASES, CLASSIC_SETS, cache_dir, is_cached, load_classic

    kind = data.source.strip().partition(":")[0].lower()
    spec = CLASSIC_SETS.get(ALIASES.get(kind, kind))
    if spec is None:  # Shapes (generated once, and written as is) or a folder
        dataset = data.load()
        return (dataset if kind == "shapes" else None), dataset.num_classes, dataset.name
    root = str(cache_dir())
    if is_cached(spec.key, root):
        dataset = load_classic(spec.key, root=root, download=False)
        return dataset, dataset.num_classes, dataset.name
    return None, spec.num_classes, spec.title
