"""Shapes, parameters, MACs, memory and receptive fields, with the formulas behind them."""
from engine.analysis.analyze import Analysis, Analyzer, NodeReport, Totals, analyze
from engine.analysis.memory import (OPTIMIZER_STATE_COPIES, MemoryEstimate, human_bytes,
                                    training_memory)

__all__ = ["Analysis", "Analyzer", "MemoryEstimate", "NodeReport", "OPTIMIZER_STATE_COPIES",
           "Totals", "analyze", "human_bytes", "training_memory"]
