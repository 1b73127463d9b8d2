"""Evaluation layer: the package measured on public annotated data.

Readers for the datasets' formats (brat standoff for PolNeAR), the scorers
with their exact definitions, bootstrap intervals, and the harness that runs
the package on a data folder and records the figures
(``python -m analysis.evaluation``, ``make accuracy``). Sits beside the output
layer at the top of the import graph; nothing in the package imports it.
No dataset text is ever written into the repository: the results files hold
counts, scores and cue lemmas only.
"""
