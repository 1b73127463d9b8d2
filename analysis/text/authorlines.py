"""Author lines without "By": the names of the people who wrote a story, as a copied page gives them.

"Ana Ruiz and Tom Hill Harbour Gazette", "Rachel Stone, MS, RD", "Kevin Holt and Mary Dunn USA TODAY": names
(each with a first name from the table, :mod:`analysis.text.firstnames`) and, after them, their outlet or their
letters. Read by the furniture rules (:mod:`analysis.text.furniture`), which decide where such a line counts.
"""

from __future__ import annotations

import re

from analysis.text.firstnames import first_names

NAME_WORD = r"(?:Mc|Mac|O[’']|D[’']|De|Di|Van|Le|La)?[A-Z][a-z'’-]+"
NAME_LINE_REASON = "a name alone beside the page's time stamp, author line or handle, at the top: the author line"

PERSON = rf"({NAME_WORD}) (?:[A-Z]\. )?(?:{NAME_WORD} )?{NAME_WORD}"
"""A person's name: two or three capitalised words (a middle initial allowed; "Mary McDonald", "Ana O’Brien"),
the first a first name (:func:`names_line` checks it against the first-name table, so "Harbour Reopens" or
"Road Closures" is no name)."""
OUTLET_WORDS = ("Times", "Post", "Herald", "Leader", "News", "Journal", "Tribune", "Gazette", "Press", "Star",
                "Daily", "Media", "Globe", "Chronicle", "Observer", "Courier", "Inquirer", "Record", "Register",
                "Sun", "Telegraph", "Mail", "Express", "Standard", "Guardian", "Independent", "Today", "Review",
                "Bulletin", "Dispatch", "Examiner", "Monitor", "Reporter", "Sentinel", "Statesman", "Weekly", "Wire",
                "Network", "Radio", "Television", "Magazine", "Online", "Agency", "Service")
"""Words of our own that end an outlet's name ("Springfield Daily Herald", "Harbour Gazette")."""
NAMES_LINE = re.compile(
    rf"(?P<people>{PERSON}(?:(?:, {PERSON})*,? (?:and|&) {PERSON})?)"  # "A, B and C": a comma list ends with "and"
    rf"(?P<tail>(?:,? (?:[A-Z]{{2,5}})(?:, [A-Z]{{2,5}}){{0,3}})"  # letters after a name: "MS, RD"
    rf"|(?P<sep>,|[ \t]*\|)? (?:(?:[A-Z][\w.&'’-]*|of|the|for) ){{0,5}}(?:{'|'.join(OUTLET_WORDS)})"  # an outlet
    rf"|(?:,|[ \t]*\|)? [A-Z]{{2,}}(?: [A-Z]{{2,}}){{0,3}})?")  # an outlet in capitals: "USA TODAY"
NAMES_REASON = ("a line of people's names with their outlet or their letters after them, or of two or more "
                "names, at the top: the author line (\"Ana Ruiz and Tom Hill Harbour Gazette\")")


SIGNED_REASON = "the writer's name alone as the last line of the text, the name of its author line: the signature"


def names_line(text: str, alone: bool = True) -> bool:
    """Whether a paragraph is an author line without "By": people's names (:data:`NAMES_LINE`, each with a first
    name from the table) and, after them, their outlet or their letters; with ``alone`` false, also two or more
    names with nothing after them, or one name alone."""
    m = NAMES_LINE.fullmatch(text.strip())
    if m is None:
        return False
    firsts = [f.lower() for f in re.findall(rf"(?:^|, | and | & ){PERSON}", m.group("people"))]
    if not firsts or not all(f in first_names() for f in firsts):
        return False
    if len(firsts) == 1 and m.group("sep") is None and m.group("tail") and m.group("tail")[:1] == " " and \
            not m.group("tail").strip().isupper():
        return False  # one name and an outlet with nothing between: "Ana Lind Makes News" is a headline
    return bool(m.group("tail")) or len(firsts) > 1 or not alone
