"""Small helpers for the package's tables (pandas DataFrames) shared by every layer."""

from __future__ import annotations

from typing import Any

import pandas as pd


def row_dicts(df: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows of ``df`` as dicts of plain Python values (as ``to_dict("records")``, several times faster)."""
    cols = list(df.columns)
    return [dict(zip(cols, values, strict=True)) for values in zip(*(df[c].tolist() for c in cols), strict=True)]


def rows_by(df: pd.DataFrame, column: str) -> dict[Any, list[dict[str, Any]]]:
    """:func:`row_dicts` grouped by the value of ``column``, rows in table order within each group."""
    out: dict[Any, list[dict[str, Any]]] = {}
    for row in row_dicts(df):
        out.setdefault(row[column], []).append(row)
    return out


def none_if_missing(value: Any) -> Any:
    """``None`` for a missing value (``None`` or NaN), else the value (floats made plain ``float``)."""
    if value is None:
        return None
    if isinstance(value, float):
        return None if value != value else float(value)
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        return value
    return value
