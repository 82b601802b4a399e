"""cam, features: look inside a trained network from the command line."""
from __future__ import annotations

import math

import numpy as np

from engine.cli import CliError
from engine.errors import plural
from engine.inspect.colormap import COLORMAPS


def register(sub) -> None:
    p = sub.add_parser("cam", help="write a CAM / Grad-CAM overlay and print the top classes",
                       description="Explain a prediction: overlay the class activation map on "
                       "the image (CAM for networks ending in global average pooling + Linear, "
                       "Grad-CAM for any network) and print the top-k classes. SOURCE is a "
                       "project file, zoo:NAME or example:NAME.")
    _common(p)
    p.add_argument("--method", choices=("auto", "cam", "gradcam"), default="auto",
                   help="auto (default): CAM where the network allows it, else Grad-CAM")
    p.add_argument("--layer", metavar="NODE", help="layer to explain (default: the last "
                   "convolution larger than 1x1)")
    p.add_argument("--class", dest="cls", type=int, metavar="C",
                   help="class to explain (default: the predicted one)")
    p.add_argument("--top", type=int, default=5, metavar="K", help="classes to print (5)")
    p.add_argument("--alpha", type=float, default=0.5, help="opacity of the map (0.5)")
    p.add_argument("--colormap", choices=COLORMAPS, default="jet")
    p.add_argument("--size", type=int, default=448, metavar="PX",
                   help="longer side of the written image in pixels (448)")
    p.set_defaults(func=cam)

    p = sub.add_parser("features", help="write a grid of a layer's feature maps",
                       description="Write every feature map of one layer for one image as a "
                       "grid of colour-mapped tiles, each scaled to its own range.")
    _common(p)
    p.add_argument("--layer", metavar="NODE", required=True, help="the layer to show")
    p.add_argument("--colormap", choices=COLORMAPS, default="viridis")
    p.add_argument("--tile", type=int, default=64, metavar="PX", help="tile size (64)")
    p.set_defaults(func=features)


def _common(p) -> None:
    p.add_argument("source", metavar="SOURCE")
    p.add_argument("--weights", required=True, metavar="FILE",
                   help="trained weights (.safetensors or a PyTorch state_dict)")
    p.add_argument("--image", required=True, metavar="FILE", help="any image file")
    p.add_argument("--out", required=True, metavar="PNG")
    p.add_argument("--mean", metavar="M[,M,M]", help="per-channel mean the training subtracted "
                   "(default: the mean/std stored in the weights file's metadata, if any)")
    p.add_argument("--std", metavar="S[,S,S]", help="per-channel standard deviation")


def _load(args):
    from engine.inspect import Inspector, load_image
    from engine.io.sources import load_source

    from engine.inspect import read_normalisation

    inspector = Inspector(load_source(args.source), weights=args.weights)
    channels = inspector.input_shape[0]
    given = _normalisation(args)
    if given is not None and len(given[0]) not in (1, channels):
        raise CliError("mean_std_channels", count=len(given[0]), channels=channels)
    inspector.normalize = given or read_normalisation(args.weights, channels)
    return inspector, load_image(args.image, inspector.input_shape)


def _normalisation(args):
    if not args.mean and not args.std:
        return None
    try:
        mean, std = ([float(v) for v in text.split(",")] for text in (args.mean, args.std))
    except (AttributeError, ValueError):
        raise CliError("mean_std_pair") from None
    if len(mean) != len(std) or not all(math.isfinite(v) for v in mean + std):
        raise CliError("mean_std_pair")
    if min(std) <= 0:
        raise CliError("std_not_positive")
    return mean, std


def cam(args) -> int:
    from engine.inspect import load_display, overlay, resize_map, save_png

    from engine.inspect import read_class_names

    inspector, image = _load(args)
    result = inspector.cam(image[None], method=args.method, layer=args.layer,
                           classes=args.cls, k=max(1, args.top))
    label = class_labeller(read_class_names(args.weights))
    pred = result.prediction
    print("top classes:")
    for rank, (c, p) in enumerate(zip(pred.top_classes[0], pred.top_probs[0]), 1):
        print(f"  {rank}. {label(int(c)):<24s} {p:7.2%}")
    h, w = result.maps.shape[1:]
    name = "CAM" if result.method == "cam" else "Grad-CAM"
    explained = label(int(result.classes[0]))
    print(f"{name} of {explained} at {result.layer} ({h}x{w} map upsampled "
          f"to {image.shape[1]}x{image.shape[2]})")
    if result.heat[0].max() == 0:
        print(f"note: the map is nowhere positive: nothing in the image supports {explained}")
    base = load_display(args.image, max(8, args.size))
    heat = np.clip(resize_map(result.heat[0], base.shape[:2]), 0.0, 1.0)
    picture = overlay(base, heat, args.alpha, args.colormap)
    print(f"wrote {save_png(picture, args.out)}")
    return 0


def class_labeller(names):
    """index -> "circle (class 0)" with the names the weights file recorded, else "class 0"."""
    def label(index: int) -> str:
        if 0 <= index < len(names):
            return f"{names[index]} (class {index})"
        return f"class {index}"
    return label


def features(args) -> int:
    from engine.inspect import save_png

    inspector, image = _load(args)
    maps = inspector.activations(image[None], args.layer)
    if not maps.spatial:
        from engine.inspect import LayerChoiceError
        raise LayerChoiceError("flat_layer", layer=args.layer, name=args.layer)
    values = maps.values[0]
    grid = feature_grid(values, args.colormap, max(8, args.tile))
    stats = maps.stats
    order = np.argsort(-stats.mean[0])
    dead = int((stats.max[0] == 0).sum())
    print(f"{maps.layer}: {values.shape[0]} maps of {values.shape[1]}x{values.shape[2]}; "
          f"strongest channels: " + ", ".join(f"{int(c)} (mean {stats.mean[0, c]:.3g})"
                                              for c in order[:3])
          + (f"; {dead} {plural(dead, 'channel|channels')} all zero" if dead else ""))
    print(f"wrote {save_png(grid, args.out)}")
    return 0


def feature_grid(values: np.ndarray, cmap: str, tile: int) -> np.ndarray:
    """(C, h, w) maps -> one labelled RGB grid; each map scaled to its own range."""
    from PIL import Image, ImageDraw

    from engine.inspect import apply_colormap, resize_rgb, tile_grid

    tiles = np.stack([resize_rgb(apply_colormap(m, cmap), _fit(m.shape, tile), smooth=False)
                      for m in values])
    grid, origins = tile_grid(tiles, pad=max(2, tile // 8))
    img = Image.fromarray(grid)
    draw = ImageDraw.Draw(img)
    for i, (y, x) in enumerate(origins):
        draw.text((x + 2, y + 1), str(i), fill=(255, 255, 255), stroke_width=1,
                  stroke_fill=(0, 0, 0))
    return np.asarray(img)


def _fit(shape, tile: int) -> tuple:
    h, w = shape
    scale = tile / max(h, w)
    return max(1, round(h * scale)), max(1, round(w * scale))
