"""Turns of an interview or a transcript: a speaker's label at the start of a paragraph ("Q:", "A.", "HOST:",
"MR. LEE:", "Ana Ruiz:") makes the rest of the paragraph that speaker's own words (quotation kind ``turn``).

Who speaks a turn:

- "Q" / "Question" is the interviewer and "A" / "Answer" the interviewee that the paragraphs before the first
  turn name (:func:`interview_roles`); a court transcript's "BY MS. LEE:" line names the questioner of the
  "Q." lines after it. When nobody is named they stay "interviewer" and "interviewee".
- A name ("VALLIER", "De VALLIER", "MAYOR ODETTE VALLIER", "Ana Ruiz") is matched to the article's people
  and organisations case-insensitively, whole or by its last words (the surname); titles are dropped.
- A role ("HOST", "MODERATOR", "THE WITNESS", "THE COURT") is the one person the article gives that role
  ("host Wendell Marsh", "the moderator, Ana Ruiz", "Judge Lee": the court is the judge); else the role
  itself, in lower case ("reporter").
- A label no actor matches is the name as written, in ordinary case ("GREEN" -> "Green").

In a transcript (two turns or more, and at least half the paragraphs from the first turn to the last
open with a label), paragraphs with no label between two turns continue the earlier turn, unless they hold a
quotation of their own (narration between the turns); elsewhere a turn is its paragraph.

Not turns: "Q:" and "A:" after an introduction that speaks of no interview (the writer's own explainer), or
without both a question and an answer; a box's or a note's label ("UPDATE:", "WHAT:", :data:`NOT_SPEAKER_LABELS`);
a lone name label heading a summary ("Okafor: ...", a reported statement); a dateline ("NAIROBI:"), which is
page furniture set apart before this runs (:mod:`analysis.text.furniture`) unless the story is a transcript.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from analysis.measures.entities import TITLES
from analysis.text.article import Article

QUESTION_LABELS = frozenset({"q", "question"})
ANSWER_LABELS = frozenset({"a", "answer"})
INTERVIEWER = "interviewer"
INTERVIEWEE = "interviewee"

ROLE_LABELS = {
    "host": "host", "co-host": "co-host", "moderator": "moderator", "interviewer": "interviewer",
    "reporter": "reporter", "questioner": "questioner", "journalist": "journalist", "anchor": "anchor",
    "presenter": "presenter", "correspondent": "correspondent", "announcer": "announcer", "narrator": "narrator",
    "caller": "caller", "guest": "guest", "panelist": "panelist", "panellist": "panellist", "chair": "chair",
    "court": "judge", "judge": "judge", "witness": "witness", "defendant": "defendant", "prosecutor": "prosecutor",
    "counsel": "counsel", "clerk": "clerk", "interpreter": "interpreter", "juror": "juror", "bailiff": "bailiff",
    "audience": "audience", "audience member": "audience member", "crowd": "crowd", "spokesperson": "spokesperson",
    "unidentified male": "unidentified male", "unidentified female": "unidentified female",
    "unidentified man": "unidentified man", "unidentified woman": "unidentified woman",
    "chairman": "chairman", "chairwoman": "chairwoman", "speaker": "speaker", "president": "president",
    "operator": "operator", "mayor": "mayor", "governor": "governor", "minister": "minister",
    "prime minister": "prime minister", "senator": "senator", "representative": "representative",
}
"""A label that names a role, not a person (compared in lower case without "the") -> the role noun by which
the article may name the person who holds it (transcripts print "THE COURT" for the judge)."""
ROLE_SYNONYMS = {"anchor": ("host", "presenter"), "host": ("anchor", "presenter"), "presenter": ("host", "anchor"),
                 "moderator": ("chair", "host"), "chair": ("moderator", "chairman", "chairwoman"),
                 "judge": ("justice",)}
"""Other role nouns that name the holder of a label's role ("ANCHOR:" for the programme's host)."""
ROLE_VERBS = {"host": "host", "moderate": "moderator", "present": "presenter", "chair": "chair",
              "anchor": "anchor", "interview": "interviewer"}
"""Verbs that give their subject (or the agent of the passive) a role: "hosted by Ana Ruiz" is the host."""

NOT_SPEAKER_LABELS = frozenset("""
update updated breaking note editor's note correction clarification photo photos video watch listen warning alert
tip tips what when where who why how cost costs price tickets info information pros cons verdict ingredients
method score result results bottom line takeaway takeaways source sources read more related exclusive analysis
opinion live factbox explainer summary background context key points fact check caption credit advertisement
sponsored disclosure transcript spoiler update
""".replace("editor's note", "editor's_note").replace("bottom line", "bottom_line").replace("read more", "read_more")
    .replace("key points", "key_points").replace("fact check", "fact_check").split())
"""Labels of boxes, notes and page sections, never a speaker ("UPDATE:", "WHAT:", "Pros:", "Ingredients:");
several-word ones are joined by "_" (compared with the label's words so joined)."""

ASKING_ROLES = frozenset({"interviewer", "reporter", "journalist", "editor", "correspondent", "host", "co-host",
                          "anchor", "presenter", "moderator", "columnist", "writer", "questioner", "prosecutor",
                          "counsel", "lawyer", "attorney"})
"""Role nouns of a person who asks the questions in an interview or an examination."""

INTERVIEW_VERBS = frozenset({"interview", "question", "quiz", "ask", "examine"})
"""Verbs whose subject asks and whose object answers ("Ana Ruiz interviewed Tom Hill"; passive: the other way)."""
CONVERSATION_VERBS = frozenset({"speak", "talk", "chat", "sit", "meet"})
"""Verbs of a conversation "with" or "to" someone ("X spoke with Y", "X sat down with Y")."""
CONVERSATION_NOUNS = frozenset({"interview", "conversation", "chat", "discussion", "exchange", "q&a"})
"""Nouns of an interview "with" someone ("in an interview with Y", "X's conversation with Y")."""
INTERVIEW_WORDS = INTERVIEW_VERBS | CONVERSATION_VERBS | CONVERSATION_NOUNS | frozenset({
    "answer", "reply", "respond", "tell", "examination", "testimony", "transcript", "hearing", "trial",
    "excerpt", "broadcast", "programme", "program", "show", "podcast", "panel", "debate", "press", "briefing"})
"""Words by which an introduction says that questions were put to someone: without one of them, "Q:" and
"A:" after an introduction are the writer's own questions and answers (an explainer), not turns."""

EXAMINER = re.compile(r"\s*BY\s+(?P<name>[A-Z][A-Za-z.'\u2019 -]{1,60}?)\s*:\s*$")
"""A court transcript's line naming who asks the next questions ("BY MS. LEE:")."""
BOLD_LABEL = re.compile(r"\s*\*\*(?P<label>[^*\n:]{1,40}?)(?:(?P<mark>:)\*\*|\*\*(?P<mark2>:))\s+\S")
"""A label in Markdown bold, the colon inside or after the asterisks ("**Q:** ...", "**Ana Ruiz**: ...")."""
QA_PERIOD = re.compile(r"\s*(?P<label>Q|A)\.\s+(?![A-Z]\.)\S")
"""A question or answer label with a full stop, as court transcripts print them ("Q. Where were you?")."""


FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
"""Tags of a finite verb: what a headline's label introduces says something ("Okafor: Harbour Deal Has
Collapsed"); a list's head introduces none ("Price drop: a watch for $99")."""


@dataclass(frozen=True)
class Label:
    """A speaker's label opening a paragraph: its text and offsets, and the mark after it (":" or ".")."""

    paragraph: int
    text: str
    start: int
    end: int
    mark_start: int
    turn: bool = True
    """A turn of an interview or transcript; else a headline's or a summary's label ("Okafor camp: ..."), a
    reported statement (:func:`find_labels` says which)."""


def speaker_label(doc, names: frozenset[str] = frozenset()):
    """``(start, end, mark)`` character offsets in the paragraph of the label and its mark when a paragraph
    opens with a speaker's label, a colon, then words that are not a direct quotation; else None. The label is
    a person's or an organisation's name; a role ("Moderator", "Audience member", :data:`ROLE_LABELS`); a
    name in capitals ("OKAFOR: I think ...", as transcripts print it); up to four capitalised words with a
    proper noun among them or a word that names an actor elsewhere in the article (``names``, lower-case:
    the tagger often reads a lone "Brandt" as a common noun); such a name and up to two common nouns
    ("Okafor camp: ..."); or "Q." / "A." with a full stop, as court transcripts print them. A label in
    Markdown bold ("**Q:**", "**Ana Ruiz:**", as text copied from some pages keeps it) is read without the
    asterisks."""
    text = doc.text  # spaCy joins the tokens anew at every read
    m = QA_PERIOD.match(text)
    if m is not None:
        return m.start("label"), m.end("label"), m.end("label")
    head_words = "_".join(_words(text.split(":", 1)[0].replace("*", ""))) if ":" in text[:60] else ""
    if head_words in NOT_SPEAKER_LABELS or head_words.startswith("dear_") or text.lstrip()[:1] in "([":
        return None  # "UPDATE: ...", "DEAR ANA: ..." (a letter's greeting), "(Graphic: ...)": no speaker
    m = BOLD_LABEL.match(text)
    if m is not None:
        label = m.group("label").strip()
        ok = (" ".join(_words(label)) in QUESTION_LABELS | ANSWER_LABELS | ROLE_LABELS.keys() or _capitals(label)
              or (len(label.split()) <= 4 and all(w[:1].isupper() for w in label.split())))
        return (m.start("label"), m.start("label") + len(label), m.start("mark")) if ok else None
    colon = next((t for t in doc[:7] if t.text == ":"), None)
    if colon is None or colon.i == 0 or colon.i + 1 >= len(doc) or doc[colon.i + 1].text in ("\"", "\u201c", "''"):
        return None
    head = doc[: colon.i]
    found = doc[0].idx, doc[colon.i - 1].idx + len(doc[colon.i - 1].text), colon.idx
    if " ".join(_words(head.text)) in ROLE_LABELS and head.text[:1].isupper():
        return found  # "Moderator: ...", "Audience member: ..."
    if any(t.pos_ in ("VERB", "AUX") and not t.is_upper for t in head):
        return None
    ents = [e for e in doc.ents if e.end <= colon.i and e.label_ in ("PERSON", "ORG")]
    if ents and ents[0].start == 0 and ents[-1].end == colon.i:
        return found
    if _capitals(head.text) and len(head) <= 6:
        return found
    after = [t for t in doc[colon.i + 1 :] if t.is_alpha]
    if len(head) > 4 or len(after) < 3:
        return None
    named = [t for t in head if t.pos_ == "PROPN" or t.lower_ in names]
    capitals = [t for t in head if t.text[:1].isupper()]
    if named and all(t.text[:1].isupper() or t.is_punct for t in head):
        return found
    if named and head[0] in named and len(head) - len(capitals) <= 2 and all(
            t.pos_ == "NOUN" and t.is_lower for t in head if not t.text[:1].isupper()):
        return found  # "Okafor camp: ..."
    return None


def _capitals(text: str) -> bool:
    """A label printed in capitals: every word in capitals but name particles ("De VALLIER", "MR. LEE",
    "JANE DOE (host)": a bracketed description after it is allowed)."""
    text = re.sub(r"\s*\([^)]{0,40}\)\s*$", "", text.strip())
    words = text.replace("\u2019", "'").split()
    if not words or not any(ch.isalpha() for ch in text):
        return False
    last = words[-1]
    return last.isupper() and all(w.isupper() or w.lower() in ("de", "da", "del", "van", "von", "la", "le", "di")
                                  or (w[:1].isupper() and w[1:].islower() and len(w) <= 3 and w != last)
                                  for w in words if any(ch.isalpha() for ch in w))


def _words(label: str) -> list[str]:
    """A label's words in lower case, without a bracketed description, dots, "the" and leading titles."""
    text = re.sub(r"\([^)]*\)", " ", label).replace("\u2019", "'").lower()
    words = [w.strip(".,'") for w in text.split()]
    words = [w for w in words if w]
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and (words[0] in TITLES or words[0] in ("chief", "police", "councillor", "councilman",
                                                                 "councilwoman", "commissioner")):
        words = words[1:]
    return words


def match_actor(label: str, people: list[tuple[str, str]]) -> str | None:
    """The actor a label names: ``people`` are ``(name, entity label)`` of the article's actors in text order.
    The label's words (:func:`_words`) must be the whole name or its last words (the surname, "de Vallier");
    a surname two people share names neither, unless one of them is named whole."""
    words = _words(label)
    if not words:
        return None
    wanted = " ".join(words)
    whole = [n for n, lab in people if lab in ("PERSON", "ORG") and " ".join(_words(n)) == wanted]
    if whole:
        return whole[0]
    ending = {n for n, lab in people if lab in ("PERSON", "ORG") and len(_words(n)) > len(words)
              and _words(n)[-len(words):] == words}
    return next(iter(ending)) if len(ending) == 1 else None


def _name_case(word: str) -> str:
    """One word in capitals in a name's case: each run of letters capitalised, but a letter alone after an
    apostrophe ("O'FARREN" -> "O'Farren", "JOHN'S" -> "John's")."""
    return re.sub(r"[A-Za-z]+", lambda m: m.group().lower() if len(m.group()) == 1 and m.start() > 0
                  and word[m.start() - 1] in "'\u2019" else m.group().capitalize(), word)


def ordinary_case(label: str) -> str:
    """A label printed in capitals, in the case of a name ("MAYOR ODETTE VALLIER" -> "Odette Vallier",
    "O'FARREN" -> "O'Farren"); titles dropped."""
    words = [w for w in re.sub(r"\([^)]*\)", " ", label).split()]
    if words and words[0].lower() == "the":
        words = words[1:]
    named = [w for w in words if w.strip(".").lower() not in TITLES]
    if not named:  # "THE CHAIRMAN": a title alone is a role
        return " ".join(w.strip(".").lower() for w in words)
    if _capitals(" ".join(named)):
        named = [_name_case(w) if w.isupper() else w for w in named]
    return " ".join(named)


@dataclass
class InterviewRoles:
    """Who asks and who answers, as the introduction names them (actor names; None when nobody is named)."""

    interviewer: str | None = None
    interviewee: str | None = None


def _pobj(token, preps: tuple[str, ...]):
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def interview_roles(docs: list, actor_of, role_of) -> InterviewRoles:
    """Interviewer and interviewee as the paragraphs before the first turn name them: the subject and
    object of *interview*, *ask*, *question* (passive: the other way round); the two sides of a conversation
    "with" or "to" someone (*speak*, *talk*, *sit down*, "an interview with"), where a person with an asking
    role ("editor", "host", ``ASKING_ROLES``) or the subject of the clause asks, and an outlet or "reporters"
    on the other side makes the person the one who answers; the latest such sentence decides.
    Without one, the one person given an asking role asks. ``actor_of(token)``: the person or organisation a
    token's phrase names and its label, or None; ``role_of(actor)``: the role nouns the article gives a person."""
    found = InterviewRoles()
    people = []
    for doc in docs:
        for t in doc:
            lemma = t.lemma_.lower()
            asker = answerer = None
            if t.pos_ == "VERB" and lemma in INTERVIEW_VERBS:
                subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                obj = next((c for c in t.children if c.dep_ == "dobj"), None)
                agent = next((g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
                             None)
                if subj is not None and subj.dep_ == "nsubjpass":
                    asker, answerer = agent, subj
                else:
                    asker, answerer = subj, obj
            elif t.pos_ == "VERB" and lemma in CONVERSATION_VERBS:
                if lemma == "sit" and not any(c.dep_ == "prt" and c.lower_ == "down" for c in t.children):
                    continue
                other = _pobj(t, ("with", "to"))
                subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
                if other is None or subj is None:
                    continue
                asker, answerer = subj, other
            elif t.pos_ == "NOUN" and lemma in CONVERSATION_NOUNS:
                other = _pobj(t, ("with",))
                if other is None:
                    continue
                poss = next((c for c in t.children if c.dep_ == "poss"), None)
                clause = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
                subj = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
                asker, answerer = poss, other
                if actor_of(other) is None or actor_of(other)[1] != "PERSON":
                    asker, answerer = other, subj  # "In an interview with the Gazette, Okoye said"
            else:
                continue
            a, b = (actor_of(asker) if asker is not None else None), (actor_of(answerer) if answerer is not None
                                                                      else None)
            a_person = a is not None and a[1] == "PERSON"
            b_person = b is not None and b[1] == "PERSON"
            if not b_person and a_person and lemma in CONVERSATION_VERBS:
                found = InterviewRoles(None, a[0])  # "Mayor Lee spoke to reporters", "... talked to the Gazette"
            elif b_person and a_person and lemma in CONVERSATION_VERBS and ASKING_ROLES & role_of(b[0]) \
                    and not ASKING_ROLES & role_of(a[0]):
                found = InterviewRoles(b[0], a[0])  # "Tom Hill spoke with our editor, Ana Ruiz"
            elif b_person:
                found = InterviewRoles(a[0] if a_person else None, b[0])
        people += [x for x in (actor_of(t) for t in doc if t.ent_iob_ == "B") if x is not None and x[1] == "PERSON"]
    if found.interviewer is None and found.interviewee is None:
        askers = sorted({p for p, _ in people if ASKING_ROLES & role_of(p)})
        if len(askers) == 1:
            found.interviewer = askers[0]
            others = sorted({p for p, _ in people if p != askers[0]})
            found.interviewee = others[0] if len(others) == 1 else None
    return found


def turn_speaker(label: str, roles: InterviewRoles, examiner: str | None, people: list[tuple[str, str]],
                 holder_of) -> str:
    """Who speaks a turn with this label (module docstring). ``holder_of(role noun)``: the one person the
    article gives that role, or None."""
    words = _words(label)
    key = " ".join(words)
    if key in QUESTION_LABELS:
        return examiner or roles.interviewer or INTERVIEWER
    if key in ANSWER_LABELS:
        return roles.interviewee or holder_of("witness") or INTERVIEWEE
    if key in ROLE_LABELS:  # before names: "THE COURT" is the judge, not "the District Court"
        role = ROLE_LABELS[key]
        holder = next((h for h in map(holder_of, (role, *ROLE_SYNONYMS.get(role, ()))) if h is not None), None)
        return holder or (roles.interviewer if role in ("interviewer", "questioner") else None) or role
    named = match_actor(label, people)
    if named is not None:
        return named
    return ordinary_case(label)


def stage_direction(text: str) -> bool:
    """A transcript's stage direction or heading, nobody's words: in brackets ("(Laughter.)", "[inaudible]",
    "(BEGIN VIDEOTAPE)") or a short line in capitals without a colon ("DIRECT EXAMINATION")."""
    text = text.strip()
    return text[:1] in "([" or (text.isupper() and ":" not in text and len(text.split()) <= 6)


def continues(article: Article, paragraph: int) -> bool:
    """Whether an unlabelled paragraph between two turns continues the earlier one: not when it holds a
    quotation of its own (narration between the turns)."""
    return not any(q.first_paragraph <= paragraph <= q.last_paragraph for q in article.quotes)


def examiner_line(text: str) -> str | None:
    """The name of a "BY MS. LEE:" line, or None."""
    m = EXAMINER.fullmatch(text)
    return m.group("name") if m else None


def turn_row(article: Article, label: Label, speaker: str, end: int, words, cue_class: str | None
             ) -> dict[str, Any]:
    """A quotes-table row of kind ``turn`` (or ``indirect`` for a label that is not a turn's, "Okafor camp:
    ..."): the label is the speaker's words in the text, its mark the cue; ``words(start, end)`` counts the
    article's words in a span."""
    s = label.mark_start + 1
    s += len(article.raw[s:end]) - len(article.raw[s:end].lstrip())
    return {"kind": "turn" if label.turn else "indirect", "speaker": speaker, "speaker_text": label.text,
            "speaker_start": label.start,
            "speaker_end": label.end, "channel": None, "cue": ":", "cue_class": cue_class,
            "cue_text": article.raw[label.mark_start], "cue_start": label.mark_start,
            "cue_end": label.mark_start + 1, "paragraph": label.paragraph, "start": s, "end": end,
            "words": words(s, end), "text": article.raw[s:end]}


def role_words(article: Article, docs: tuple, mentions: list[tuple[int, int, str, str]]) -> dict[str, set[str]]:
    """The role nouns the article gives each person: the nouns and titles right before a mention of the name
    in its sentence ("host Wendell Marsh", "the moderator, Ana Ruiz", "Judge Tom Hill", "the witness, the
    night watchman Lee"), back to a verb, a preposition, a conjunction or another name; and the title words
    inside the mention. ``mentions``: ``(start, end, actor, label)``."""
    out: dict[str, set[str]] = {}
    for start, end, actor, label in mentions:
        if label != "PERSON":
            continue
        words = out.setdefault(actor, set())
        para = next((p for p in article.paragraphs if p.start <= start < p.end), None)
        if para is None:
            continue
        doc = docs[para.index - 1]
        inside = [t for t in doc if start <= para.start + t.idx < end]
        if not inside:
            continue
        words.update(t.lower_.rstrip(".") for t in inside if t.lower_.rstrip(".") in TITLES or t.pos_ == "NOUN")
        i = inside[0].i - 1
        while i >= inside[0].sent.start:
            t = doc[i]
            if t.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ") or (t.ent_type_ == "PERSON" and t.ent_iob_) \
                    or t.text in (":", ";", "(", ")"):
                break
            if t.pos_ in ("NOUN", "PROPN"):
                words.add(t.lemma_.lower())
            i -= 1
        head = inside[-1]
        while head.head.i != head.i and start <= para.start + head.head.idx < end:
            head = head.head
        verb = head.head
        if head.dep_ == "attr" and verb.lemma_ == "be":  # "The witness is Ana Ruiz"
            words.update(c.lemma_.lower() for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN")
        if head.dep_ == "nsubj" and verb.lemma_ == "be":  # "Ana Ruiz is the witness"
            words.update(c.lemma_.lower() for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN")
        if head.dep_ == "pobj" and verb.dep_ == "agent":  # "hosted by Ana Ruiz"
            verb = verb.head
        elif head.dep_ != "nsubj":
            continue
        if verb.lemma_.lower() in ROLE_VERBS:
            words.add(ROLE_VERBS[verb.lemma_.lower()])
    return out


def find_labels(article: Article, docs: tuple, names: frozenset[str], outside=None
                ) -> tuple[list[Label], list[tuple[int, str]], list[tuple[int, int]]]:
    """The speakers' labels opening the article's paragraphs (:func:`speaker_label`), the examination lines
    ``(paragraph, name)`` ("BY MS. LEE:") and those lines' ``(start, end)``. ``names``: the lower-case words
    of the article's names; ``outside(char)``: whether a character lies outside every direct quotation.

    A label is a turn's (``Label.turn``) when it is "Q" or "A" (in an article that has both), or, in an
    article with at least two such labels (a transcript), a name in capitals, a role ("Host") or a person's
    name. A lone "Okafor:" heading a summary, or "Okafor camp:", is a reported statement, as headlines print
    them; a box's or a note's label ("UPDATE:", "WHAT:", :data:`NOT_SPEAKER_LABELS`) is no label at all."""
    labels: list[Label] = []
    kinds: list[str] = []
    examiners: list[tuple[int, str]] = []
    lines: list[tuple[int, int]] = []  # the examination lines: no mention there names an actor
    for para, doc in zip(article.paragraphs, docs, strict=True):
        ex = examiner_line(para.text)
        if ex is not None:
            examiners.append((para.index, ex))
            lines.append((para.start, para.end))
            continue
        found = speaker_label(doc, names)
        if found is None or (outside is not None and not outside(para.start + found[0])):
            continue
        s, e, mark = (para.start + x for x in found)
        text = article.raw[s:e]
        key = " ".join(_words(text))
        person = any(ent.label_ == "PERSON" and ent.start_char <= found[0] and ent.end_char >= found[1]
                     for ent in doc.ents) or (bool(key) and all(w in names for w in key.split()))
        kind = ("qa" if key in QUESTION_LABELS | ANSWER_LABELS else
                "speaker" if key in ROLE_LABELS or _capitals(text) or person else "other")
        if kind == "other" and not any(t.tag_ in FINITE for t in doc if t.idx > found[2]):
            continue  # "Price drop: Kesh watch for $99", "Serves: 1 cup, 2 tsp.": a list's head, nobody speaking
        if kind == "other" and not any(t.ent_type_ in ("PERSON", "ORG", "NORP") or t.lower_ in names
                                       for t in doc if t.idx < found[1]):
            continue  # "Moon rush: private landers plan ...": a topic heading a related story, not a speaker
        kinds.append(kind)
        labels.append(Label(para.index, text, s, e, mark))
    keys = [" ".join(_words(x.text)) for x in labels]
    asked = any(k in QUESTION_LABELS for k in keys) and any(k in ANSWER_LABELS for k in keys)
    first_q = next((x.paragraph for x, k in zip(labels, keys, strict=True) if k in QUESTION_LABELS), None)
    intro = [d for p, d in zip(article.paragraphs, docs, strict=True) if first_q is not None and p.index < first_q]
    if asked and intro and not examiners and not any(t.lemma_.lower() in INTERVIEW_WORDS for d in intro for t in d):
        asked = False  # "What changes on Monday? ... ": the writer's questions and answers, nobody interviewed
    if not asked:  # "A. J. Brandt won ...", a lone "A:": no exchange of questions and answers
        kept = [(x, k) for x, k, key in zip(labels, kinds, keys, strict=True) if k != "qa"]
        labels, kinds = [x for x, _ in kept], [k for _, k in kept]
    transcript = sum(k != "other" for k in kinds) >= 2
    labels = [Label(x.paragraph, x.text, x.start, x.end, x.mark_start, k == "qa" or (k == "speaker" and transcript))
              for x, k in zip(labels, kinds, strict=True)]
    return labels, examiners, lines


def names_a_person(label: str) -> bool:
    """Whether a label is a name (not "Q", "A" or a role such as "HOST" or "THE COURT")."""
    key = " ".join(_words(label))
    return bool(key) and key not in QUESTION_LABELS | ANSWER_LABELS and key not in ROLE_LABELS


def turn_ends(article: Article, labels: list[Label], examiners: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """``(label start, end offset)`` of each turn: its paragraph, and in a transcript (at least half the
    paragraphs from its first turn to its last open with a label or an examination line) the unlabelled
    paragraphs after it up to the next label that hold no quotation of their own, up to a stage direction
    (:func:`stage_direction`)."""
    by_paragraph = {p.index: p for p in article.paragraphs}
    lined = {p for p, _ in examiners}
    turn_labels = [lab for lab in labels if lab.turn]
    dense = len(turn_labels) > 1 and 2 * len({lab.paragraph for lab in turn_labels} | lined) >= (
        turn_labels[-1].paragraph - turn_labels[0].paragraph + 1)
    out = []
    for k, lab in enumerate(turn_labels):
        end = by_paragraph[lab.paragraph].end
        if dense and k + 1 < len(turn_labels):
            for p in range(lab.paragraph + 1, turn_labels[k + 1].paragraph):
                if p in lined or not continues(article, p) or any(x.paragraph == p for x in labels) \
                        or stage_direction(by_paragraph[p].text):
                    break
                end = by_paragraph[p].end
        out.append((lab.start, end))
    return out


def turn_spans(article: Article, found) -> tuple[tuple[int, int], ...]:
    """The ``(start, end)`` of every turn's words (after its label): what the pronoun resolver reads as a
    speaker's own words, like a quotation (:func:`analysis.measures.pronouns.resolve_article`).
    ``found``: the article's labels (:func:`find_labels`)."""
    labels, examiners, _ = found
    marks = {lab.start: lab.mark_start for lab in labels}
    return tuple((marks[s] + 1, e) for s, e in turn_ends(article, labels, examiners))


def find_turns(article: Article, docs: tuple, people: list[tuple[str, str]], mentions, actor_of, outside,
               found=None) -> list[tuple[Label, str, int]]:
    """The article's labels in text order: ``(label, speaker, end offset)`` (module docstring); a label that is
    not a turn's (``Label.turn`` False) ends with its paragraph and speaks for the actor it names, else its words.
    ``people``: ``(actor, label)`` in text order; ``mentions``: ``(start, end, actor, label)``;
    ``actor_of(token)``: ``(actor, label)`` a token's phrase names, or None; ``outside(char)``: whether a
    character lies outside every direct quotation; ``found``: the labels already read (:func:`find_labels`,
    ``Analysis.speaker_labels``), read here when not given."""
    if found is None:
        names = frozenset(w.lower() for name, label in people if label in ("PERSON", "ORG")
                          for w in str(name).split())
        found = find_labels(article, docs, names, outside)
    labels, examiners, lines = found
    if not labels:
        return []
    spans = [(lab.start, lab.end) for lab in labels] + lines
    outside_labels = [m for m in mentions if not any(s <= m[0] < e for s, e in spans)]
    seen: dict[str, str] = {}
    for _, _, actor, label in outside_labels:
        seen.setdefault(actor, label)
    known = list(seen.items())
    roles_of = role_words(article, docs, outside_labels)

    def holder_of(role: str) -> str | None:
        holders = sorted(a for a, words in roles_of.items() if role in words)
        return holders[0] if len(holders) == 1 else None

    qa = [lab for lab in labels if lab.turn and " ".join(_words(lab.text)) in QUESTION_LABELS | ANSWER_LABELS]
    roles = InterviewRoles()
    if qa:
        intro = [(p, d) for p, d in zip(article.paragraphs, docs, strict=True) if p.index < qa[0].paragraph]
        roles = interview_roles([d for _, d in intro], actor_of, lambda a: roles_of.get(a, set()))
    by_paragraph = {p.index: p for p in article.paragraphs}
    examiner_at = {p: ex for p, ex in examiners}
    turn_labels = [lab for lab in labels if lab.turn]
    ends = dict(turn_ends(article, labels, examiners))
    out = []
    examiner = None
    for lab in labels:
        at = next((m[2] for m in mentions if lab.start <= m[0] < lab.end), None)
        if not lab.turn:
            out.append((lab, at or lab.text, by_paragraph[lab.paragraph].end))
            continue
        k = turn_labels.index(lab)
        for p in range(turn_labels[k - 1].paragraph + 1 if k else 1, lab.paragraph):
            if p in examiner_at:
                examiner = turn_speaker(examiner_at[p], InterviewRoles(), None, known, holder_of)
        end = ends[lab.start]
        named = at if names_a_person(lab.text) else None  # the entity table's reading of the label
        speaker = named or turn_speaker(lab.text, roles, examiner, known, holder_of)
        key = " ".join(_words(lab.text))
        if key not in QUESTION_LABELS | ANSWER_LABELS and key not in ROLE_LABELS and (speaker, "PERSON") not in known:
            known.append((speaker, "PERSON"))  # "DELPHINE RUIZ:", then "RUIZ:": the same speaker
        out.append((lab, speaker, end))
    return out


def turn_label_mentions(article: Article, docs: tuple, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The speakers' labels of an interview or transcript ("RUIZ:", "MR. KALU:", "BY MS. LEE:") as mentions of
    the person they name (:mod:`analysis.measures.attribution.turns`): matched to a person or organisation of
    the article whole or by surname, else a new person named by the label in ordinary case ("DELPHINE RUIZ"
    -> "Delphine Ruiz", which a later "RUIZ:" then matches). What the entity recogniser made of a label
    ("HALLOWAY" as an organisation, "MODERATOR") is replaced; "Q", "A" and roles ("HOST") name no one here."""
    names = frozenset(w.lower() for r in rows if r["label"] in ("PERSON", "ORG") for w in r["name"].split())
    labels, examiners, lines = find_labels(article, docs, names, lambda c: not article.in_direct_quote(c, c + 1))
    if not labels and not examiners:
        return rows
    labels = [lab for lab in labels if lab.turn]
    spans = [(lab.start, lab.end) for lab in labels] + lines
    kept = [r for r in rows if not any(s <= r["start"] < e for s, e in spans)]
    people = list(dict.fromkeys((r["name"], r["label"]) for r in kept))
    found = [(lab.start, lab.end, lab.text, lab.paragraph) for lab in labels]
    for (s, e), (paragraph, name) in zip(lines, examiners, strict=True):
        at = article.raw.index(name, s, e)
        found.append((at, at + len(name), name, paragraph))
    sentences = article.sentences
    speakers: set[str] = set()
    for start, end, text, paragraph in sorted(found):
        if not names_a_person(text):
            continue
        name = match_actor(text, people)
        label = next((lab for n, lab in people if n == name), "PERSON")
        if name is None:  # a speaker: a person, whatever the model made of the name elsewhere ("Maud Ferreira" a place)
            name, label = ordinary_case(text), "PERSON"
            speakers.add(name)
            people = [(n, "PERSON" if n == name else lab) for n, lab in people]
        if (name, label) not in people:
            people.append((name, label))
        kept.append({"name": name, "label": label, "text": article.raw[start:end], "paragraph": paragraph,
                     "sentence": next((x.index for x in sentences if x.start <= start < x.end), 0),
                     "start": start, "end": end, "voice": "writer", "codebook": False})
    for r in kept:  # a speaker is a person; a place of that name stays a place ("LONDON:" does not make London one)
        if r["name"] in speakers and not r["codebook"] and r["label"] not in ("GPE", "LOC", "FAC"):
            r["label"] = "PERSON"
    return kept
