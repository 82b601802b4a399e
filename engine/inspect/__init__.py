"""Look inside a network: feature maps, filters, CAM, Grad-CAM and receptive fields.

Qt-free. Typical use::

    insp = Inspector(graph, weights="run1.safetensors")
    maps = insp.activations(images, "conv2")          # FeatureMaps, numpy (N, C, H, W)
    result = insp.cam(images, classes=3)              # CamResult: maps, heat, top-k
    box = insp.receptive_box("conv2", y=4, x=7)       # pixels that cell sees
"""
from engine.inspect.cam import METHODS
from engine.inspect.colormap import (COLORMAPS, apply_colormap, image_to_rgb, lut, normalise,
                                     overlay, tile_grid)
from engine.inspect.errors import (ClassIndexError, ImageInputError, InspectError,
                                   LayerChoiceError, NoCamHeadError, WeightsFileError)
from engine.inspect.images import load_display, load_image, resize_map, resize_rgb, save_png
from engine.inspect.inspector import Inspector
from engine.inspect.results import prediction
from engine.inspect.locate import CamHead, default_target_layer, find_cam_head
from engine.inspect.probes import ProbeCapture, ProbeRecorder
from engine.inspect.receptive import Box, ReceptiveField, cell_box, receptive_fields
from engine.inspect.results import CamResult, ChannelStats, FeatureMaps, Filters, Prediction
from engine.inspect.weights import (apply_state_dict, clean_state_dict, load_weights,
                                    read_class_names, read_normalisation, read_state_dict)

__all__ = [
    "Box", "COLORMAPS", "CamHead", "CamResult", "ChannelStats", "ClassIndexError",
    "FeatureMaps", "Filters", "ImageInputError", "InspectError", "Inspector",
    "LayerChoiceError", "METHODS", "NoCamHeadError", "Prediction", "ProbeCapture",
    "ProbeRecorder", "ReceptiveField",
    "WeightsFileError", "apply_colormap", "apply_state_dict", "cell_box", "clean_state_dict",
    "default_target_layer", "find_cam_head", "image_to_rgb", "load_display", "load_image",
    "load_weights", "lut", "normalise", "overlay", "prediction", "read_class_names",
    "read_normalisation",
    "read_state_dict", "receptive_fields",
    "resize_map", "resize_rgb", "save_png", "tile_grid",
]
