"""Errors a user can cause, each with a one-line message naming the input."""

from __future__ import annotations

from pathlib import Path


class AnalysisError(Exception):
    """Base class: a problem with the user's input or options, not a bug.

    The CLI prints ``str(error)`` on one line and exits with status 2.
    """


class ArticleError(AnalysisError):
    """An article file cannot be analysed; the message names the file and the problem."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class ConfigError(AnalysisError):
    """A setting or data file of the project is wrong (for example a codebook row)."""
