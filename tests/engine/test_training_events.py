"""Events are frozen plain records with JSON forms; devices are chosen and described; configs
refuse bad settings with a code and one sentence."""
import dataclasses
import json

import numpy as np
import pytest
import torch

from engine.training import (BatchEnded, ConfigError, DeviceError, EpochEnded, EventLog,
                             LossExplodedError, RunFailed, TrainConfig, select_device)
from engine.training.events import frozen_array


def test_events_are_frozen_and_serialise_to_json():
    event = EpochEnded("adam", 2, 0.5, 0.8, 0.6, 0.75, 3.0, 900.0,
                       per_class_acc=frozen_array(torch.tensor([0.5, 1.0])),
                       confusion=frozen_array(np.array([[1, 1], [0, 2]])),
                       grad_norms={"conv1": 0.1})
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.val_acc = 1.0
    with pytest.raises(ValueError):
        event.confusion[0, 0] = 5  # a read-only copy
    data = json.loads(json.dumps(event.to_json()))
    assert data["event"] == "epoch_end" and data["confusion"] == [[1, 1], [0, 2]]
    assert data["per_class_acc"] == [0.5, 1.0] and data["grad_norms"] == {"conv1": 0.1}
    assert BatchEnded("sgd", 1, 10, 10, 2.1, 0.1, 500.0).to_json()["step"] == 10


def test_a_failure_event_carries_the_errors_code_data_and_sentence():
    failed = RunFailed.from_error("sgd", LossExplodedError(312, float("inf"), 0.5, "sgd"))
    assert failed.code == "loss_exploded" and failed.data["step"] == 312
    assert failed.message.startswith("The loss for sgd exploded (became inf) at step 312")
    log = EventLog()
    log(failed)
    assert log.of(RunFailed, "sgd") == [failed] and log.kinds() == ["run_failed"]


def test_the_cpu_is_described_and_missing_gpus_are_clear_errors():
    info = select_device("auto" if not torch.cuda.is_available() else "cpu")
    if not torch.cuda.is_available():
        assert info.kind in ("cpu", "mps")
    cpu = select_device("cpu")
    assert cpu.device == "cpu" and cpu.precision == "float32" and cpu.memory > 0
    assert "CPU" in cpu.name and cpu.autocast_dtype is None
    assert select_device("cpu", precision="bfloat16").autocast_dtype == torch.bfloat16
    if not torch.cuda.is_available():
        with pytest.raises(DeviceError) as err:
            select_device("cuda")
        assert err.value.code == "device_unavailable" and "cpu" in str(err.value)
    with pytest.raises(DeviceError):
        select_device("tpu")


@pytest.mark.parametrize("change,code", [
    (dict(optimizers=[]), "no_optimizer"),
    (dict(optimizers=[{"name": "adam", "lr": -1.0}]), "bad_lr"),
    (dict(epochs=0), "bad_epochs"),
    (dict(batch_size=2.5), "bad_batch_size"),
    (dict(loss="hinge"), "unknown_loss"),
    (dict(schedule={"kind": "exp"}), "unknown_schedule"),
    (dict(device="tpu"), "unknown_device"),
])
def test_bad_settings_are_refused(change, code):
    with pytest.raises(ConfigError) as err:
        TrainConfig(**change).validate()
    assert err.value.code == code and "\n" not in str(err.value)


def test_configs_round_trip_through_plain_dicts():
    config = TrainConfig(optimizers=["adam", {"name": "sgd", "lr": 0.1}], epochs=3,
                         augment={"flip": True}, schedule={"kind": "cosine"})
    again = TrainConfig.from_dict(json.loads(json.dumps(config.to_dict())))
    assert again == config and again.optimizers[1].lr == 0.1 and again.augment.flip
