"""Undo steps read as a person would say them, in the interface language."""
from engine.examples import tiny_cnn
from gui import i18n
from gui.commands import SetParamCommand
from gui.document import Document


def test_a_parameter_edit_is_named_by_its_label_and_layer(qapp):
    doc = Document(tiny_cnn())
    try:
        i18n.install_language(qapp, "en")
        doc.undo_stack.push(SetParamCommand(doc, "conv1", "out_channels", 12))
        assert doc.undo_stack.undoText() == "Change filters of conv1"
        i18n.install_language(qapp, "ko")
        doc.undo_stack.push(SetParamCommand(doc, "conv2", "kernel_size", 5))
        assert doc.undo_stack.undoText() == (
            "conv2의 " + i18n.layer_text("kernel") + " 변경")
        assert i18n.layer_text("kernel") != "kernel"
    finally:
        i18n.install_language(qapp, "en")
