"""Output layer: the JSON summary, exported files, comparison folders, batch runs,
the command line and the notebook runner. The top of the import graph.
"""
