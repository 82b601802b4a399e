"""Typed errors of the inspection engine.

Each is a ``UserError(code, **data)`` (engine.errors): a user interface phrases the code's template
in its own language, ``str(err)`` is the English sentence for the CLI and logs.
"""
from __future__ import annotations

from engine.errors import UserError


class InspectError(UserError, ValueError):
    """Base class: something asked of the inspection engine cannot be done."""

    code = "inspect_error"
    templates = {
        "inspect_error": "This cannot be inspected.",
        "no_such_method": "There is no method {method!r}; choose cam or gradcam.",
    }


class LayerChoiceError(InspectError):
    """The chosen layer does not exist or cannot be used for the requested view."""

    code = "bad_layer"
    templates = {
        "bad_layer": "This layer cannot be used here; choose a layer with feature maps "
                     "(before the Flatten or global pooling).",
        "inspect_one_input": "Inspection needs a network with exactly one Input layer; this "
                             "one has {count}.",
        "no_such_layer": "There is no layer {layer!r} in this network.",
        "not_inspectable": "{name} cannot be inspected.",
        "no_filters": "{layer} is not a convolution, so it has no filters; choose a Conv2d "
                      "layer.",
        "cell_outside": "Cell ({y}, {x}) is outside {layer}'s {height}x{width} feature map.",
        "cam_layer_fixed": "CAM is defined only at {cam_layer}, the layer feeding global "
                           "average pooling; choose Grad-CAM to look at {layer}.",
        "flat_layer": "{name} outputs a flat vector, not feature maps; choose a layer before "
                      "the Flatten or global pooling.",
        "no_output_scores": "The network has no output, so there are no class scores to "
                            "explain; connect its last layer to an Output.",
        "no_cam_layer": "The network has no convolution with an output larger than 1x1, so "
                        "there is no layer to compute a class activation map on.",
        "no_receptive_box": "Every output of {name} sees the whole image, so it has no "
                            "receptive-field box.",
    }


class NoCamHeadError(InspectError):
    """CAM needs global average pooling followed by one Linear layer at the end."""

    code = "no_cam_head"
    templates = {
        "no_cam_head": "CAM needs global average pooling right before the last Linear layer; "
                       "this network has something else there, so use Grad-CAM instead.",
        "cam_no_classifier": "CAM needs a network that ends in global average pooling and one "
                             "Linear layer; this one does not, so use Grad-CAM instead.",
        "cam_flat_features": "CAM needs image-shaped features before global average pooling.",
    }


class ClassIndexError(InspectError):
    code = "bad_class"
    templates = {
        "bad_class": "There is no such class; choose one the network predicts.",
        "class_count": "Give one class per image ({images}) or one class for all.",
        "class_not_whole": "Classes must be whole numbers: one per image, or one for all.",
        "no_such_class": "Class {cls} does not exist; this network has {classes} classes (0 to "
                         "{last}).",
    }


class ImageInputError(InspectError):
    """An image file or array cannot be used as network input."""

    code = "bad_image"
    templates = {
        "bad_image": "The network takes images of {expected} (channels x height x width) but "
                     "got {got}; resize or convert them first.",
        "image_not_found": "The image {path} does not exist.",
        "image_unreadable": "{path} is not an image ConvStudio can read, or it is damaged; use "
                            "a PNG, JPEG or BMP file.",
        "image_too_large": "{path} is {width} x {height} pixels, more than the {limit} pixels "
                           "an image may have; use a smaller image.",
        "image_too_many_pixels": "{path} has {pixels} pixels, more than the {limit} pixels an "
                                 "image may have; use a smaller image.",
        "image_channels": "The network takes {channels}-channel input; only grayscale (1) and "
                          "RGB (3) networks can read image files.",
        "image_write_failed": "Cannot write {path}: {reason}; choose another folder.",
    }


class WeightsFileError(InspectError):
    """A weights file is missing, unreadable, or does not fit the network.

    ``code`` is one of ``weights_not_found``, ``weights_unreadable``, ``weights_mismatch``;
    for a mismatch ``data`` holds ``missing``, ``unexpected`` and ``wrong_shape`` key lists.
    """

    code = "weights_unreadable"
    templates = {
        "weights_not_found": "The weights file {path} does not exist; choose the .safetensors "
                             "or .pt file saved after training.",
        "weights_is_folder": "The weights file {path} is a folder, not a weights file; choose "
                             "the .safetensors or .pt file saved after training.",
        "weights_mismatch": "These weights do not fit this network ({count} tensors differ: "
                            "{detail}); load the weights saved for this network, or train it "
                            "first.",
        "weights_unreadable": "{file} is not a weights file ConvStudio can read (safetensors or "
                              "a PyTorch state_dict), or it is damaged; save the weights again "
                              "from the training panel.",
        "weights_not_finite": "{file} holds weights that are not numbers (NaN or infinite, in "
                              "{tensor}): the training that saved them diverged; train again "
                              "with a lower learning rate.",
        "weights_wrong_dtype": "{source} store {tensor} as {dtype}, not as decimal numbers; "
                               "these are not trained weights of this network.",
        "bad_normalisation": "The mean/std stored in {file} cannot be read; give them with "
                             "--mean and --std (one number per channel).",
        "normalisation_channels": "{file} stores the mean/std of {count} "
                                  "{count:channel|channels} but the network takes {channels}; "
                                  "these weights were trained for another input.",
        "absurd_normalisation": "The mean/std stored in {file} (mean {mean}, std {std}) are not "
                                "statistics of images; give them with --mean and --std.",
    }

    def __init__(self, code: str | None = None, /, *legacy, **data):
        if data.get("path") and "file" not in data:
            data["file"] = data["path"].replace("\\", "/").rsplit("/", 1)[-1]
        super().__init__(code, *legacy, **data)
