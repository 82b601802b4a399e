"""Probe captures during training: the same images, every epoch, per run, through the real
Trainer's callback."""
import numpy as np
import pytest

from engine.data import make_shapes
from engine.examples import tiny_cnn
from engine.inspect import Inspector, ProbeRecorder
from engine.training import TrainConfig, Trainer


@pytest.mark.slow
def test_a_race_records_every_epoch_of_every_optimizer():
    data = make_shapes("gray28", n_train=256, n_val=64, seed=0)
    probes = data.val.images[:4].numpy()
    graph = tiny_cnn()
    trainer = Trainer(graph, data, TrainConfig(optimizers=["sgd", "adam"], epochs=2,
                                               batch_size=64, device="cpu"))
    recorder = ProbeRecorder(graph, probes)
    seen = []
    trainer.run(recorder.callback(trainer, forward=seen.append))
    assert any(getattr(e, "kind", "") == "epoch_end" for e in seen)  # events pass through
    runs = recorder.runs()
    assert len(runs) == 2
    for run in runs:
        caps = recorder.captures(run)
        assert [c.epoch for c in caps] == [1, 2]
        assert set(caps[0].activations) == {"conv1", "conv2", "relu2"}
        assert caps[0].activations["conv2"].shape == (4, 16, 14, 14)
        assert caps[0].cam.layer == "relu2" and caps[0].cam.maps.shape == (4, 14, 14)
        assert not np.array_equal(caps[0].filters["conv1"], caps[1].filters["conv1"])
    # the last capture shows exactly what the trained model computes on the probes
    run = runs[-1]
    model = trainer.models()[run]
    check = Inspector(graph, normalize=(data.mean, data.std))
    check.load_weights({k: v.cpu() for k, v in model.state_dict().items()})
    last = recorder.captures(run)[-1]
    np.testing.assert_allclose(last.activations["conv2"],
                               check.activations(probes, "conv2").values, rtol=1e-4, atol=1e-5)
    np.testing.assert_allclose(last.prediction.probs, check.predict(probes).probs, atol=1e-5)
    # the two optimizers started from the same weights but took different paths
    a, b = (recorder.captures(r)[-1].filters["conv1"] for r in runs)
    assert not np.allclose(a, b)
