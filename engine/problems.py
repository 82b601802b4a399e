"""Problems found in a network: an error or a warning with a code, data and an English sentence.

The engine never produces translated text. Each problem code has one English template here
(in the catalogue of engine.errors, under ``problem_<code>``, since a problem code such as
``cycle`` may also name a refused edit with another sentence); ``message`` is that template
filled from ``data`` (the CLI prints it), and a user interface translates the same template
(:func:`render_problem` with its ``translate``). A problem made from a user error (a block
whose inner layer refuses a parameter) is phrased by that error's own template.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from engine import errors
from engine.errors import Hint, UserError

ERROR = "error"
WARNING = "warning"

PREFIX = "problem_"

errors.define({f"{PREFIX}{code}": text for code, text in {
    "needs_image": "{layer} needs an image-shaped input (channels x height x width) but gets a "
                   "flat vector of {input}; {fix}",
    "needs_flat": "{layer} needs a flat vector but gets a {input} tensor; add a Flatten (or a "
                  "global average pooling) layer before it.",
    "groups_mismatch": "Conv2d with {groups} groups needs input channels ({in_channels}) and "
                       "output channels ({out_channels}) that both divide by {groups}; change "
                       "groups or the channel counts.",
    "kernel_too_large": "The {kernel}x{kernel}{dilated} {layer} window is larger than its "
                        "{extent} input{padded}; use a smaller kernel, more padding, or remove "
                        "a pooling layer before it.",
    "uneven_window": "The {kernel}x{kernel} window with stride {stride} does not tile {size} "
                     "pixels{padded}: ({size} + 2*{padding} - {eff}) / {stride} is not a whole "
                     "number, so PyTorch drops the last {dropped} {dropped:row|rows} and "
                     "{dropped:column|columns} of the image.",
    "same_padding_stride": "Padding \"same\" only works with stride 1; with stride {stride} the "
                           "size is kept by padding ((N-1)S + F - N)/2 = {padding:g}, so enter "
                           "a number instead.",
    "pool_padding": "{layer} padding ({padding}) must be at most half the window ({kernel}); "
                    "reduce the padding.",
    "add_mismatch": "Add needs inputs of the same shape: {first} from {first_from} and {other} "
                    "from {other_from}{fix}.",
    "concat_mismatch": "Concat joins channels, so its inputs need the same height and width: "
                       "{first} from {first_from} and {other} from {other_from}; make the "
                       "branches keep the same size (padding) or resize one of them.",
    "multiply_mismatch": "Multiply needs inputs of the same shape, or a C x 1 x 1 scale for a C "
                         "x H x W input: {first} and {other} from {other_from}; make the "
                         "channel counts agree.",
    "table_channels": "The {table} connection table joins {needed} input maps but the input "
                      "has {channels} channels; feed it {needed} channels.",
    "bad_slice": "ChannelSlice {start}:{end_shown} does not fit an input of {channels} "
                 "channels; choose 0 <= start < end <= {channels}.",
    "transform_channels": "The input transform maps the 3 channels of an ImageNet-normalised "
                          "RGB image, but gets {input}; put it right after a 3-channel Input.",
    "cycle": "{node} is part of a cycle; a network must flow one way — remove one of the links "
             "that loop back.",
    "missing_input": "{node} has no input; connect the output of a layer to it (or delete it).",
    "too_few_inputs": "{title} needs at least {needed} inputs but has {has}; connect another "
                      "branch to it.",
    "unused_output": "The result of {node} is not used; connect it to another layer or an "
                     "Output.",
    "inside_block": "Inside the {title}: {problem}",
    # phrases (Hint fields) of the sentences above
    "hint_before_flatten": "move it before the Flatten layer.",
    "hint_use_dropout": "use Dropout for flat vectors.",
    "hint_padded": " padded by {padding}",
    "hint_dilated": " (dilated to {eff}x{eff})",
    "hint_shortcut_stride": " — add a 1x1 convolution with stride {fix_stride} and "
                            "{fix_filters} filters on the shortcut",
    "hint_shortcut_channels": " — add a 1x1 convolution on the shortcut to match "
                              "{fix_channels} channels",
}.items()})


def hint(name: str) -> Hint:
    """The optional phrase ``name`` (``padded``, ``shortcut_stride``, ...) as a data value."""
    return Hint(f"{PREFIX}hint_{name}")


def problem_template(code: str) -> str | None:
    """The English template a problem ``code`` is phrased by (its own, else a user error's)."""
    return errors.template(PREFIX + code) or errors.template(code)


def render_problem(code: str, data: dict, translate=None) -> str | None:
    """The sentence of problem ``code`` filled from ``data``, translated by ``translate``
    (template -> translation; None: English); None when the code has no template. A problem
    inside a composite block (``within`` = the block's title) says where it is."""
    text = problem_template(code)
    if text is None:
        return None
    tr = translate or (lambda t: t)
    sentence = errors.render(tr(text), data, translate)
    if data.get("within"):
        sentence = errors.render(tr(errors.template(PREFIX + "inside_block")),
                                 {"title": data["within"], "problem": sentence})
    return sentence


@dataclass(frozen=True)
class Problem:
    code: str
    message: str
    severity: str = ERROR
    node_id: str | None = None
    data: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def at(self, node_id: str) -> "Problem":
        return Problem(self.code, self.message, self.severity, node_id, self.data)


def problem(code: str, severity: str = ERROR, node_id: str | None = None, **data) -> Problem:
    """A Problem phrased by its code's template."""
    return Problem(code, render_problem(code, data) or code, severity, node_id, data)


class ShapeError(UserError):
    """Raised by a layer's shape inference when its inputs cannot work; carries a Problem.
    ``ShapeError(code, **data)``: the sentence is the problem's template (see above)."""

    code = "shape_error"
    templates = {"shape_error": "This layer cannot work with its input."}

    def __init__(self, code: str | None = None, /, *legacy, **data):
        super().__init__(code, *legacy, **data)
        self.problem = Problem(self.code, self.message, ERROR, None, self.data)

    @property
    def template(self) -> str | None:
        return problem_template(self.code)

    @property
    def message(self) -> str:
        return render_problem(self.code, self.fields) or self.fallback or self.code


def warning(code: str, **data) -> Problem:
    return problem(code, WARNING, **data)


def fmt_shape(shape) -> str:
    """64x56x56 style, as the lecture writes shapes (C x H x W)."""
    return "x".join(str(d) for d in shape)
