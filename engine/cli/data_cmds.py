"""sample: write one image of a data set to a file (a picture to try cam and features on)."""
from __future__ import annotations

import numpy as np

from engine.cli import CliError


def register(sub) -> None:
    p = sub.add_parser("sample", help="write one validation image of a data set as a PNG",
                       description="Write validation image INDEX of a data set (shapes, "
                       "shapes:rgb32, mnist, folder:PATH, ...) as a PNG and print its class: a "
                       "picture to give cam and features.")
    p.add_argument("dataset", metavar="DATASET", help="e.g. shapes, shapes:rgb32, mnist")
    p.add_argument("--out", required=True, metavar="PNG")
    p.add_argument("--index", type=int, default=0, metavar="I",
                   help="which validation image (0)")
    p.add_argument("--class", dest="cls", metavar="NAME",
                   help="the first validation image of this class instead")
    p.add_argument("--size", type=int, default=112, metavar="PX",
                   help="longer side of the written image in pixels (112)")
    p.add_argument("--data-dir", metavar="DIR", help="data set cache folder")
    p.set_defaults(func=sample)


def pick(split, class_names, index: int, cls: str | None) -> int:
    """The validation image to write: ``index``, or the first one of class ``cls``."""
    labels = np.asarray(split.labels)
    if cls is not None:
        names = [str(n) for n in class_names]
        if cls not in names:
            raise CliError("not_a_class", cls=cls, classes=names)
        hits = np.flatnonzero(labels == names.index(cls))
        if not len(hits):
            raise CliError("class_not_in_validation", cls=cls)
        return int(hits[0])
    if not 0 <= index < len(labels):
        raise CliError("bad_index", last=len(labels) - 1)
    return index


def sample(args) -> int:
    from engine.data import load_dataset
    from engine.inspect import image_to_rgb, save_png

    dataset = load_dataset(args.dataset, max_train=64, root=args.data_dir)
    i = pick(dataset.val, dataset.class_names, args.index, args.cls)
    image = dataset.val.images[i]
    rgb = image_to_rgb(np.asarray(image.numpy() if hasattr(image, "numpy") else image,
                                  dtype=np.float32))
    scale = max(1, int(args.size) // max(rgb.shape[:2]))
    rgb = np.kron(rgb, np.ones((scale, scale, 1), np.uint8))
    label = int(dataset.val.labels[i])
    name = dataset.class_names[label] if label < len(dataset.class_names) else str(label)
    print(f"wrote {save_png(rgb, args.out)}: validation image {i}, class {name}")
    return 0
