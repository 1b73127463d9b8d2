"""Attribution: quotes and voices, who speaks, through whom, with which words.

Four kinds of row, in text order:

* **direct**: a quotation proper (the loader's quotation spans of more than
  four words or with punctuation), attributed to a speaker;
* **partial**: a short marked phrase that is someone's words quoted in part:
  it sits inside a reported statement (its speaker is the statement's
  speaker), or its words occur in a direct quotation of the same article
  (its speaker is that quotation's speaker);
* **indirect**: reported speech in the writer's words, introduced by a cue;
* **scare**: a short marked phrase that is nobody's quoted words: the
  writer's distance (no speaker).

Titles of works in quotation marks ("Fox News Sunday", "The Art of the Deal":
every word capitalised but short function words, no inner punctuation) are
not quotations and get no row. Marked phrases inside a direct quotation are
the speaker's own quoting and get no row of their own.

**Cues** come from ``analysis/data/reporting_verbs.csv``: each cue (a verb
lemma, a verb with its particle such as "point out", "express <noun>", or
"according to") has a class (neutral, assertive, distancing, tentative,
emotive, channel) and the complements with which it reports speech: a
clausal complement (``ccomp``: "said that ..."), an infinitive (``xcomp``:
"vowed to ..."), an object and an infinitive (``dobj+xcomp``: "urged X to
..."), a noun object (``dobj``: "criticised the plan"), a preposition
(``prep:about``: "talked about ..."), an interjected clause
(``parataxis``: "..., he said, ..."), or none of these where the data show
the bare verb is speech (``bare``: "as the senator noted"). A cue verb reports speech only with one
of its complements, or as the attribution of a quotation: "added 178,000
jobs" is not speech, "added that ..." is.

**Attribution of a direct quotation**, in order:

1. a cue in the sentence holding the opening or the closing mark (sentences
   are quotation-aware: the loader keeps ``.” he said`` in one sentence),
   preferring one that governs the quotation, then the nearest;
2. a colon introduction: ``X said:`` or ``X:`` right before the quotation,
   in its sentence or ending the previous paragraph;
3. a further quotation with no attribution of its own continues the
   speaker of the quotation before it, in the same paragraph or when its
   paragraph holds nothing but quotation.

The speaker is the cue's subject ("X said", "said X"); in "AFP quoted X as
saying" the object is the speaker and the subject the **channel**; in "X was
quoted as saying" the passive subject; in "according to X" the object of
"to". A verb without a subject of its own takes the subject of the verb it
hangs on. A relative pronoun ("officials, who said") stands for the noun it
modifies; a personal pronoun refers to the actor the article's one
resolver gives it (:func:`analysis.measures.pronouns.resolve_article`:
agreement, the governing subject, role nouns, salience with the current
speaker) and, in the same paragraph, keeps that speaker's channel; a role
noun the resolver ties to a person ("the prosecutor") is that person. The speaker is mapped to its
canonical actor when the subject is, contains, or is a recorded naming
phrase of an actor (:mod:`analysis.measures.actors`); otherwise the subject
phrase itself is the speaker ("top officials").

**Reported speech** is every cue with one of its complements in the
narration, except inside what another cue reports ("Lavrov said that his
country noted ...": one statement). "Reuters reported" makes Reuters the
channel of the statements it governs ("X said ..., Reuters reported"); a
channel cue that carries no other statement is one ("CNN reported that
...": CNN's statement). The credit line is the article's channel.

The package, by concern: the cue lexicon (:mod:`.lexicon`), who speaks (:mod:`.speakers`), what a statement
holds (:mod:`.statements`), the quotes table and the attribution of direct quotations (:mod:`.table`), which
rows tell one remark (:mod:`.grouping`), and the tables over it (:mod:`.voices`).
"""

from analysis.measures.attribution.lexicon import (
    CLASSES,
    COMPLEMENTS,
    REPORTING_VERBS_FILE,
    Cue,
    complements,
    cue_of,
    load_cues,
    load_reporting_verbs,
    reporting,
    reporting_complement,
)
from analysis.measures.attribution.statements import is_title
from analysis.measures.attribution.table import QUOTE_COLUMNS, quotes_table
from analysis.measures.attribution.voices import (
    AFFILIATION_COLUMNS,
    REMARK_COLUMNS,
    VOICE_BAR_COLUMNS,
    channels_table,
    enclosing_speech,
    remarks,
    speech_voice,
    unheard_actors,
    voice_bars,
    voices_by_affiliation,
    voices_by_paragraph,
    voices_table,
)

__all__ = [
    "AFFILIATION_COLUMNS", "CLASSES", "COMPLEMENTS", "QUOTE_COLUMNS", "REMARK_COLUMNS", "REPORTING_VERBS_FILE",
    "VOICE_BAR_COLUMNS", "Cue", "channels_table", "complements", "cue_of", "enclosing_speech", "is_title",
    "load_cues", "load_reporting_verbs", "quotes_table", "remarks", "reporting", "reporting_complement",
    "speech_voice", "unheard_actors", "voice_bars",
    "voices_by_affiliation", "voices_by_paragraph", "voices_table",
]
