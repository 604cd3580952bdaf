"""Lists of steps under a heading that says they are someone else's: "What Prof will do", "Her actions:", "Dana:",
"HR:" (a list under "Me:" or "My to-dos" is mine, as any line is read already). Each bullet under such a heading is
read as if its line said whose it is ("Dana: share the board's comments with me"), the form promo_ai.notes.labels
reads; the quote stays the person's own line.
"""

from __future__ import annotations

import re

from promo_ai.notes.lines import Line
from promo_ai.notes.verbs import starts_with_a_verb

_NAME = r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Capt|Sgt|Insp|Chef)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*)?"
_DOES = r"(?:['’]ll|\s+will|['’]s|\s+is|\s+are|['’]m|\s+am)?\s*(?:going\s+to\s+|gonna\s+|to\s+)?(?:do|doing|action)"
_LIST = r"(?:actions?|action\s+(?:items?|points?)|to-?dos?|tasks?|next\s+steps?|bits?|side)"
_HEADING = re.compile(
    r"^\W*(?:"
    rf"(?i:what|things?)\s+(?P<does>(?i:i|she|he)|{_NAME}){_DOES}"  # "What Prof will do", "What I'm doing"
    rf"|(?P<whose>(?i:my|her|his|mgr['’]?s?|manager['’]?s?|boss['’]?s?)|{_NAME}['’]s)\s+(?i:{_LIST})"  # "Her actions"
    rf"|(?i:{_LIST})\s*(?:(?i:for)\s+|[-–—:]\s*)(?P<for>(?i:me|her|him)|{_NAME})"  # "Actions for Dana", "To do - me"
    r"|(?P<alone>[^\W\d_][\w'’. -]{0,30}?)(?:\s*\([^)]{1,30}\))?\s*:"  # "Dana:", "Me:", "HR:", "Prof Mensah (HoD):"
    r")\W*$")
# what she thinks or says, under her heading, is no step of hers: "thinks my sauces are consistent now"
_SAID = re.compile(r"(?i)\W*(?:thinks|feels|says|said|reckons|likes|loves|wants|wishes|believes|knows|seems|"
                   r"agrees|hopes|mentioned|is|was|has)\b")
_ME = {"i", "me", "my", "mine", "myself"}
_MANAGER = {"she", "he", "her", "his", "him", "mgr", "mgrs", "mgr's", "manager", "managers", "manager's", "boss",
            "bosses", "boss's"}
# a title the manager may be called by ("What Prof will do"), hers only when her name in the case carries it
_TITLES = {"prof", "dr", "sir", "madam", "ma'am", "maam", "chief", "chef", "capt", "sgt", "insp"}
_BODIES = {"hr", "payroll", "admin", "finance", "people team", "people ops", "the panel", "panel", "the board", "board"}


def _owner_label(heading: str, manager: str, titled: set[str]) -> str | None:
    """How a line under this heading would say whose it is ("Dana", "HR"), or None for mine or any other heading;
    `titled`: the titles the manager's name carries in the case ("prof" for "Prof. Mensah")."""
    m = _HEADING.match(heading.strip())
    if not m:
        return None
    said = next(g for g in (m["does"], m["whose"], m["for"], m["alone"]) if g is not None)
    name = re.sub(r"['’]s$", "", said).strip()
    key = name.lower().replace("’", "'").rstrip(".")
    if key in _ME:
        return None  # "Me:", "My actions": mine, as any line is read already
    names = {manager.lower()}
    hers = _MANAGER | (_TITLES & titled)
    if m["alone"] is not None:  # a word and a colon heads many a list ("Email to Mike anyway:", "Wins:"): only the
        # manager's name (with a title: "Prof Mensah:") or HR's is read as whose the list is
        if key in names or (key.split()[-1] in names and len(key.split()) == 2) or key in hers - {"she", "he"}:
            return manager
        return name if key in _BODIES else None
    if key in hers or key in names or manager.lower() in key.split():
        return manager
    return name


def owner_headed(lines: list[Line], manager: str, full_name: str) -> dict[str, str]:
    """Each sentence of the bullets under a heading that says whose they are, as its line would say it ("Dana: ...")
    when it says what is to be done ("share the board's comments", "will raise it"; not "thinks my sauces are
    consistent now", what she said); a sentence that says who does it already ("I'll", "HR: ...") is left as it is."""
    titled = {w.lower().rstrip(".") for w in full_name.split()}
    read: dict[str, str] = {}
    label: str | None = None
    for at, line in enumerate(lines):
        over_bullets = at + 1 < len(lines) and lines[at + 1].bullet and not line.bullet
        if line.heading or over_bullets:  # "Dana's actions" with no colon, over a list
            label = _owner_label(line.text, manager, titled)
            if line.heading or label is not None:
                continue
        if label is None or not line.bullet:
            label = None
            continue
        for sentence in line.sentences:
            if re.match(r"(?i)^\W*(?:i\b|i['’]|(?-i:[A-Z])[\w'’.-]*\s*(?::|->|→|\s[-–—]\s)|(?:she|he|they|we)\b)",
                        sentence):
                continue  # "- I'll chase HR", "- HR: send the letter", "- she'll raise it": said already
            action = re.sub(r"(?i)^\W*(?:will|to|is\s+going\s+to|going\s+to)\s+", "", sentence)
            if starts_with_a_verb(action) and not _SAID.match(action):
                read[sentence] = f"{label}: {sentence}"
    return read
