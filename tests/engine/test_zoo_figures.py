"""The zoo's figures table (what the start page, the zoo dialog and ``zoo list`` show without
building thirty networks) is the engine's own analysis of every model, never a stale copy."""
import pytest

from engine import zoo
from engine.zoo import figures


@pytest.mark.parametrize("name", zoo.names())
def test_the_table_holds_what_the_analysis_computes(name):
    assert figures.stored(name) == figures.compute(name), (
        f"the zoo figures table is stale for {name}: run python -m engine.zoo.figures")


def test_a_model_missing_from_the_table_is_computed(monkeypatch):
    from engine.zoo import figures_table
    monkeypatch.setattr(figures_table, "FIGURES", {})
    zoo._info.cache_clear()
    try:
        info = zoo.info("lenet5")
        assert (info.params, info.macs, info.layers) == (60850, 328096, 14)
    finally:
        zoo._info.cache_clear()


def test_listing_the_zoo_builds_no_network(monkeypatch):
    """Every card's figures come from the table: building a model is not needed to list it."""
    zoo._info.cache_clear()
    monkeypatch.setattr(figures, "compute", lambda name: pytest.fail(f"built {name}"))
    try:
        models = zoo.list_models()
        assert len(models) == len(zoo.names())
        lenet = next(m for m in models if m.name == "lenet5")
        assert lenet.params == 60850  # LeCun et al.'s LeNet-5 as the lecture counts it
    finally:
        zoo._info.cache_clear()
