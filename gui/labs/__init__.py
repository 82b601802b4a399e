"""The Labs window: one tab per teaching lab (gui.labs.catalogue), each a view of engine.labs.

A lab tab is a QWidget built by its catalogue entry's factory the first time the tab is shown.
It may define ``set_presentation(on)`` (presentation mode changed) and ``shutdown()`` (stop its
timers and background work; called when the labs window or the main window closes).
"""
