"""The one error type of the teaching labs: bad input a user typed (a grid cell that is not a
number, a kernel larger than the padded input, ...).

A ``UserError`` (engine.errors) like every other: ``LabInputError(code, **data)``, phrased by one
English template, which the CLI prints and the window translates. A lab code is a family
(``bad_setting``, ``not_a_number``) whose members say different things: ``variant`` names the
member, and its template is ``lab_<code>_<variant>`` (``lab_<code>`` without one); lab codes
live under ``lab_`` because several (``kernel_too_large``, ``bad_parameter``) also name
network problems or refused edits with other sentences.
"""
from __future__ import annotations

from typing import Any

from engine import errors
from engine.errors import Hint, UserError

PREFIX = "lab_"

errors.define({PREFIX + key: text for key, text in {
    "bad_padding": "The padding {text!r} is neither a whole number nor \"same\".",
    "not_a_number": "{cell!r} in row {row} is not a number; write numbers such as 1.5 or -2.",
    "not_a_number_not_finite": "{cell!r} in row {row} is not a finite number.",
    "not_a_number_batch": "Every value of the mini-batch must be a finite number.",
    "not_a_number_gamma_beta": "{cell!r} is not a number; give gamma and beta as one number or "
                               "one per feature, e.g. 2,1.",
    "grid_shape": "The input and the kernel need to be grids of numbers.",
    "grid_shape_pool": "Pooling works on one grid of numbers.",
    "unknown_mode": "There is no pooling {name!r}; choose one of {choices}.",
    "bad_setting_window": "The window must be a whole number from {low} to {high}.",
    "bad_setting_stride": "The stride must be a whole number from {low} to {high}.",
    "bad_setting_dilation": "The dilation must be a whole number from {low} to {high}.",
    "bad_setting_padding": "The padding must be a whole number from {low} to {high}, or "
                           "\"same\".",
    "bad_setting_draws": "The number of draws must be from {low} to {high}.",
    "bad_setting_size": "Use 1 to 4096 channels and a grid of {low} to {high} pixels.",
    "bad_setting_unit": "The unit must lie on the {last}x{last} output.",
    "kernel_too_large": "The {kernel}x{kernel} kernel{dilated} is larger than the "
                        "{height}x{width} padded input; use a smaller kernel, a larger input "
                        "or more padding.",
    "kernel_too_large_pool": "The {kernel}x{kernel} window is larger than the {height}x{width} "
                             "input; use a smaller window or a larger input.",
    "hint_dilated": " (dilated to {effective}x{effective})",
    "unknown_preset": "There is no preset {name!r}; choose one of {choices}.",
    "unknown_kernel": "There is no kernel {name!r}; choose one of {choices}.",
    "no_optimizer": "Choose at least one optimizer, e.g. sgd,adam.",
    "bad_steps": "The number of steps must be between 1 and 100000, not {value}.",
    "bad_start": "The start must be two numbers x, y, not {shown}.",
    "bad_start_not_finite": "The start must be two finite numbers x, y.",
    "ragged_batch": "Every row of the mini-batch must have the same number of features.",
    "bad_batch": "Give the mini-batch as rows of numbers, one row per example, e.g. 1, 10; 2, "
                 "20.",
    "batch_too_small": "A mini-batch needs at least 2 examples: with one, its variance is 0 and "
                       "training-mode batch norm is undefined.",
    "batch_too_large": "The lab takes at most {max_rows} examples of {max_features} features, "
                       "not {rows} x {features}.",
    "bad_parameter": "{name} needs one number, or one per feature ({features}).",
    "bad_parameter_eps": "eps must be a positive number such as 1e-5.",
    "bad_parameter_momentum": "momentum must lie between 0 and 1.",
    "bad_parameter_passes": "The number of training passes must be between 1 and 1000.",
    "unknown_sample": "There is no sample image {name!r}; choose one of {choices}.",
    "image_size": "The image must be one grey plane of at most {limit}x{limit} pixels.",
    "unknown_surface": "There is no surface {name!r}; choose one of {choices}.",
    "kernel_square": "The kernel is {height}x{width}; it needs as many rows as columns.",
    "kernel_channels": "The input has {image} {image:channel|channels} but the kernel has "
                       "{kernel}; give the kernel one grid per input channel.",
    "same_padding_stride": "Padding \"same\" only works with stride 1; with stride {stride} the "
                           "size is kept by padding ((N-1)S + F - N)/2 = {padding}, so enter a "
                           "number instead.",
    "grid_value": "{text!r} is not a number; type a number such as 3, -1 or 0.5.",
    "grid_value_in": "{text!r} in the {grid} is not a number; type a number such as 3, -1 or "
                     "0.5.",
    "grid_value_not_finite": "{text!r} is not a finite number; type a number such as 3, -1 or "
                             "0.5.",
    "grid_value_not_finite_in": "{text!r} in the {grid} is not a finite number; type a number "
                                "such as 3, -1 or 0.5.",
    "grid_empty": "The {grid} is empty; type rows of numbers such as \"1,2;3,4\".",
    "grid_ragged": "Every row of the {grid} needs the same number of values ({width} in the "
                   "first row).",
    "grid_channels": "Every channel of the {grid} needs the same height and width.",
    "grid_size": "The {grid} is {height}x{width}; it can be at most {limit}x{limit}.",
    "word_input": "input",
    "word_kernel": "kernel",
    "word_grid": "grid",
    "unknown_activation": "There is no activation {name!r}; choose one of {choices}.",
    "unknown_init": "There is no initialisation {name!r}; choose one of {choices}.",
    "out_of_range": "The {name} must be a whole number from {low} to {high}, not {value}.",
    "unknown_layer": "{token!r} is not a layer; write conv3, conv5s2 (stride 2), conv3d2 "
                     "(dilation 2), pool2 or pool3s2.",
    "unknown_layer_pool_dilation": "{token!r}: a pooling has no dilation; write pool2 or "
                                   "pool3s2.",
    "unknown_layer_range": "{token!r}: use kernels 1 to 11, strides and dilations 1 to 4.",
    "empty_stack": "The stack is empty; add a layer such as conv3.",
    "long_stack": "The stack has {count} layers; use at most {limit}.",
    "stack_too_small": "The {size}x{size} grid is too small for this stack ({reason}); use a "
                       "larger grid.",
}.items()})


def grid_word(name: str) -> Any:
    """A grid's name (input, kernel, grid) as a translatable word of a sentence."""
    key = f"{PREFIX}word_{name}"
    return Hint(key) if errors.template(key) else name


class LabInputError(UserError, ValueError):
    """Input a lab cannot work with; ``code`` names the problem, ``data`` fills its sentence."""

    code = "lab_input"
    templates = {"lab_input": "The lab cannot use this input."}

    def __init__(self, code: str, /, *, variant: str = "", **data: Any):
        super().__init__(code, **data)
        self.variant = variant

    @property
    def key(self) -> str:
        """The template's code: ``lab_<code>[_<variant>]``."""
        return PREFIX + self.code + (f"_{self.variant}" if self.variant else "")

    @property
    def template(self) -> str | None:
        return errors.template(self.key)

    @property
    def message(self) -> str:
        text = self.template
        return errors.render(text, self.fields) if text else self.code
