"""`zoo list`, `zoo card`, `summary zoo:NAME` and `new --from zoo:NAME`, run as a user runs them."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def cli(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def test_zoo_list_json_gives_every_model_with_its_figures():
    out = cli("zoo", "list", "--json")
    assert out.returncode == 0, out.stderr
    models = {m["name"]: m for m in json.loads(out.stdout)}
    assert models["resnet18"]["params"] == 11_689_512
    assert models["resnet18"]["input_shape"] == [3, 224, 224]
    assert models["resnet18"]["macs"] == 1_814_073_344
    assert models["resnet18"]["flops"] == 2 * models["resnet18"]["macs"]
    assert models["alexnet"]["year"] == 2012 and models["alexnet"]["title"]
    assert models["googlenet"]["options"] == {"aux": False, "num_classes": 1000}


def test_zoo_list_table_has_one_row_per_model():
    out = cli("zoo", "list")
    assert out.returncode == 0, out.stderr
    row = next(line for line in out.stdout.splitlines() if line.startswith("vgg16 "))
    assert "2014" in row and "3x224x224" in row and "138,357,544" in row and "15.47 G" in row
    assert "multiply-accumulates" in out.stdout


def test_zoo_card_in_korean_and_english():
    ko = cli("zoo", "card", "googlenet_paper", "--lang", "ko")
    assert ko.returncode == 0, ko.stderr
    assert "저자: Christian Szegedy" in ko.stdout and "6.67%" in ko.stdout
    en = cli("zoo", "card", "resnet50", "--json")
    card = json.loads(en.stdout)
    assert card["year"] == 2015 and card["ilsvrc_top5_error"] == 3.57
    assert "stride_on" in card["look_at"]


def test_a_bad_model_name_is_one_line_on_stderr_with_suggestions():
    for args in (("zoo", "card", "resnt50"), ("summary", "zoo:resnt50")):
        out = cli(*args)
        assert out.returncode == 2
        assert out.stdout == ""
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and "resnt50" in lines[0] and "resnet50" in lines[0]
        assert "Traceback" not in out.stderr
    out = cli("zoo", "card", "lenet5", "--lang", "fr")
    assert out.returncode == 2 and len(out.stderr.strip().splitlines()) == 1


def test_summary_and_new_open_a_zoo_model(tmp_path):
    out = cli("summary", "zoo:lenet5")
    assert out.returncode == 0, out.stderr
    c3 = next(line for line in out.stdout.splitlines() if line.startswith("c3 "))
    assert "TableConv2d" in c3 and "16x10x10" in c3 and "1,516" in c3
    target = tmp_path / "net.convstudio"
    out = cli("new", "--from", "zoo:resnet20_cifar", "--out", target)
    assert out.returncode == 0, out.stderr
    doc = json.loads(target.read_text())
    blocks = {b["id"]: b for b in doc["network"]["blocks"]}
    assert blocks["layer2_0"]["template"] == "ResidualBlock"
    assert blocks["layer2_0"]["params"]["stride"] == 2
    out = cli("validate", target)
    assert out.returncode == 0 and "272,474 parameters" in out.stdout
