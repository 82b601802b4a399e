"""Starting weights kept beside a project (``engine.io.start_weights``): the window writes
them on save, ``import --weights`` names its weights file in the project, and both open again
with them; a file outside the project's folder is never read."""
import pytest
import torch
from safetensors.torch import save_file

from engine.cli import main
from engine.io import load_project
from engine.io.start_weights import (StartWeightsError, load_start_weights,
                                     save_start_weights, weights_file)

NET = """import torch.nn as nn
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 4, 3)
        self.fc = nn.Linear(4 * 6 * 6, 3)
    def forward(self, x):
        return self.fc(self.conv(x).flatten(1))
"""


def test_written_beside_the_project_and_read_back(tmp_path):
    project = tmp_path / "net.convstudio"
    state = {"fc.weight": torch.randn(3, 4), "fc.bias": torch.zeros(3)}
    section = save_start_weights(project, state)
    assert section == {"file": "net.weights.safetensors", "tensors": 2}
    assert weights_file(project).is_file()
    back = load_start_weights(project, section)
    assert all(torch.equal(back[k], v) for k, v in state.items())


@pytest.mark.parametrize("name", ["../other.safetensors", "/etc/passwd", ".hidden.safetensors",
                                  "weights.pt", 7])
def test_only_a_safetensors_file_beside_the_project_is_read(tmp_path, name):
    with pytest.raises(StartWeightsError) as info:
        load_start_weights(tmp_path / "net.convstudio", {"file": name})
    assert info.value.code == "start_weights_unreadable"


def test_a_missing_or_damaged_file_is_one_sentence(tmp_path):
    project = tmp_path / "net.convstudio"
    with pytest.raises(StartWeightsError, match="are not beside the project any more"):
        load_start_weights(project, {"file": "net.weights.safetensors"})
    (tmp_path / "net.weights.safetensors").write_bytes(b"damaged")
    with pytest.raises(StartWeightsError, match="cannot be read"):
        load_start_weights(project, {"file": "net.weights.safetensors"})


def test_cli_import_names_its_weights_in_the_project(tmp_path, capsys):
    (tmp_path / "net.py").write_text(NET)
    torch.manual_seed(0)
    state = {"conv.weight": torch.randn(4, 1, 3, 3), "conv.bias": torch.randn(4),
             "fc.weight": torch.randn(3, 144), "fc.bias": torch.randn(3)}
    save_file(state, str(tmp_path / "w.safetensors"))
    out = tmp_path / "net.convstudio"
    assert main(["import", f"{tmp_path / 'net.py'}:Net", "--weights",
                 str(tmp_path / "w.safetensors"), "--input", "1x8x8", "--out", str(out)]) == 0
    section = load_project(out).sections["weights"]
    assert section == {"file": "net.safetensors", "tensors": 4}
    back = load_start_weights(out, section)
    assert all(torch.equal(back[k], v) for k, v in state.items())
    # weights written elsewhere are not named (only a file beside the project is read)
    (tmp_path / "elsewhere").mkdir()
    other = tmp_path / "other.convstudio"
    assert main(["import", f"{tmp_path / 'net.py'}:Net", "--weights",
                 str(tmp_path / "w.safetensors"), "--input", "1x8x8", "--out", str(other),
                 "--weights-out", str(tmp_path / "elsewhere" / "w.safetensors")]) == 0
    assert "weights" not in load_project(other).sections
