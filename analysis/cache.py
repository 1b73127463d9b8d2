"""Per-article memoisation of the package's table builders.

Several capabilities read the same intermediate tables (quotes, mentions,
sentence sentiment); :func:`per_article` computes each once per article
object and hands out copies, so callers may modify what they get. Entries
are dropped when the article is garbage-collected.
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

import pandas as pd

F = TypeVar("F", bound=Callable[..., Any])
_store: dict[int, dict[tuple, Any]] = {}


def _forget(key: int) -> None:
    _store.pop(key, None)


def per_article(func: F) -> F:
    """Memoise ``func(article, *args, **kwargs)`` for the lifetime of ``article``; DataFrames are copied out."""

    @functools.wraps(func)
    def wrapper(article, *args, **kwargs):
        ident = id(article)
        entries = _store.get(ident)
        if entries is None:
            entries = _store[ident] = {}
            weakref.finalize(article, _forget, ident)
        key = (func.__module__, func.__qualname__, args, tuple(sorted(kwargs.items())))
        if key not in entries:
            entries[key] = func(article, *args, **kwargs)
        value = entries[key]
        return value.copy() if isinstance(value, pd.DataFrame) else value

    return wrapper  # type: ignore[return-value]
