"""Presentation layer: figures, the highlighted HTML article and the written findings.

Reads the measures' tables (through :class:`analysis.measures.analysed.Analysis`)
and turns them into things a reader looks at. Computes no new measure.
"""
