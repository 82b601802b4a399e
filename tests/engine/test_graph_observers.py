"""An observer of the graph that raises does not keep the others from hearing of a change: every
view still follows the document, and the error still reaches the caller."""
import pytest

from engine.graph import NetworkGraph
from engine.graph import events as ev


def test_a_raising_observer_does_not_silence_the_others():
    graph = NetworkGraph("observed")
    heard = {"first": [], "last": []}

    def broken(event):
        raise RuntimeError("this view is broken")

    graph.subscribe(lambda e: heard["first"].append(e))
    graph.subscribe(broken)
    graph.subscribe(lambda e: heard["last"].append(e))
    with pytest.raises(RuntimeError, match="this view is broken"):
        graph.add_node("Input", {}, node_id="x")
    assert [type(e) for e in heard["first"]] == [ev.NodeAdded]
    assert [type(e) for e in heard["last"]] == [ev.NodeAdded]
    assert "x" in graph.nodes  # the change itself stands
