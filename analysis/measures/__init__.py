"""Measures layer: functions that compute tables and plain data from a loaded article.

Each module computes one concern (readability, sentiment, entities, actors,
quotes, framing, stance, and the side-by-side comparison); every function is a
pure function of its arguments. :class:`.analysed.Analysis` wires them for one
article, computing each table once. Nothing here draws, formats JSON or writes
files; it imports only the text layer and the base modules.
"""
