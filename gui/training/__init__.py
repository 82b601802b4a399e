"""The training panel: set up a run or an optimizer race, watch its live curves, keep past runs.

Qt views over ``engine.training``: the trainer runs in a worker thread (``bridge``), its events
arrive as Qt signals and feed a Qt-free ``history`` that the plots draw from.
"""
