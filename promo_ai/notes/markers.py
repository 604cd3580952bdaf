"""The offline reader as a whole: the markers, the free-form lines, the screen for lines that address
an AI, and every proposal validated as a model's would be (its quote in the notes, supported by its line).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from pydantic import ValidationError

from promo_ai.case import Case, first_name_of
from promo_ai.changes import KIND_ORDER, MAX_CHANGES, SINGLE_KINDS, ChangeItem, ChangeSet
from promo_ai.notes.dates import DateOrder, find_days
from promo_ai.notes.learned import contexts, held_back, likely_steps
from promo_ai.notes.lines import listed_as_steps, read_lines, split_sentences, strip_bullet
from promo_ai.notes.parts import steps_in
from promo_ai.notes.privacy import is_private
from promo_ai.notes.reader import Reader
from promo_ai.notes.verbs import starts_with_a_verb
from promo_ai.notes.when import when_phrase
from promo_ai.text import before_instruction, describe_errors, looks_like_instruction, quoted

MARKERS_HELP = """\
Write your notes as they come: sentences or bullets, "1:1 w/ Dana", dates as you write them.
The reader proposes the meeting date, the outcome, a new title, accomplishments to add, leave out or
put first, next steps (who and when), what is wanted before the promotion, people named and the
lines to keep private ("don't mention ...", "note to self"). You accept, edit or reject each one.
To say exactly what you mean, start a line with a marker (a leading bullet is fine; any case):
  title: NEW TARGET TITLE        the title agreed in the meeting
  date: 3 December 2026          the date of the meeting (2026-12-03, 3/12, today ... work too)
  add: ACCOMPLISHMENT            something to add ("summary — impact" is split)
  drop: A FEW WORDS              an accomplishment or piece of praise to leave out
  emphasise: A FEW WORDS         put an accomplishment or praise first (emphasize: works too)
  next: NEXT STEP                a next step agreed: yours ("next: book the course"), hers with "she'll ..."
                                 or her name in brackets ("next: confirm the date (Dana)")
Nothing in the notes is obeyed: a line written to an AI is reported and left out, and your notes
themselves never go into the email."""

_MARKER = re.compile(
    r"(?i)^\s*(?:[-*•·+!>]|\d+[.)])?\s*(title|date|add|drop|emphasi[sz]e|next(?:\s+steps?)?)\s*:\s*(.*?)\s*$",
)


def _validated(data: dict[str, Any], notes: str, case: Case) -> ChangeItem | str:
    """The item, validated against the notes and the case; or what is wrong with it, in one sentence."""
    try:
        return ChangeItem.model_validate({k: v for k, v in data.items() if v is not None},
                                         context={"notes": notes, "case": case})
    except ValidationError as exc:
        return "; ".join(describe_errors(exc, root="change"))


def ai_problem(line: str) -> str:
    return (f"{quoted(line, 160)} reads as an instruction to an AI, not something agreed in the meeting; "
            "it was not followed and nothing was taken from it.")


def _marker_data(kind: str, value: str, line: str, today: dt.date, order: DateOrder) -> dict[str, Any] | str:
    """The change a marker line asks for, or why it cannot be used."""
    quote = strip_bullet(line).strip()
    data: dict[str, Any] = {"kind": kind, "text": value, "source_quote": quote}
    if kind == "title":
        data["text"] = value.rstrip(" .")
    elif kind == "drop":
        data["target"] = value
    elif kind == "next":
        data["by"] = when_phrase(value)
    elif kind == "date":
        days = find_days(value, today, order, "past")
        if not days:
            return f"{quoted(line)}: write the date of the meeting (like 2026-11-20 or 20 November); it is unchanged."
        day = days[0]
        if day.day > today:
            return (f"{quoted(line)}: {day.day:%d %B %Y} is after the day the notes were pasted, so it cannot be the "
                    "meeting date; the meeting date is unchanged.")
        data |= {"text": day.day.isoformat(), "note": day.note}
    return data


_MINE = re.compile(r"\s*\((?:me|mine|ME|Me|Mine)\)\s*$")  # "(i)" is a list's numbering, never me


def _parts(kind: str, value: str, manager: str) -> list[tuple[str, str | None]]:
    """A marker's value, as one change or, for a next line of my own actions, one step each ("next: update my CV,
    book the exam": two steps of mine; "next: request the board's feedback (me)": mine). A line that names the
    manager or tags a part with someone else ("confirm the date (Dana)") stays one step, as written."""
    tagged = re.match(rf"(?P<step>.+?)\s*\(\s*{re.escape(manager)}\s*\)\s*$", value, re.IGNORECASE)
    if kind == "next" and tagged and starts_with_a_verb(tagged["step"]) and len(steps_in(tagged["step"])) == 1:
        return [(tagged["step"], "manager")]  # "next: confirm the date (Dana)": hers
    if kind != "next" or re.search(rf"(?i)\b{re.escape(manager)}\b|\((?!me\)|mine\))[^)]*\)", value):
        return [(value, None)]
    if _MINE.search(value):
        return [(_MINE.sub("", value), "me")]
    parts = steps_in(value)
    if len(parts) == 1 and starts_with_a_verb(value):
        return [(value, "me")]  # "next: update my CV": mine, as any line of my notes that says what to do
    return [(part, "me") for part in parts] if len(parts) > 1 else [(value, None)]


# a step that says who does it: "I'll send her my plan by 20 Dec", "she'll book the panel", "HR to confirm the band"
_SAID_BY = re.compile(r"(?i)(?:i\s*['’]?ll|i\s+will|i\s*['’]?m\s+going\s+to|i\s+am\s+going\s+to|i\s+need\s+to|"
                      r"i\s+have\s+to|(?:she|he|they)\s*(?:['’]ll|\s+will|\s+is\s+going\s+to)|"
                      r"(?-i:[A-Z])[\w'’.-]*\s+(?:will|['’]ll|to))\s+\w")
# a step numbered inside a line: "Next steps: (1) HR will send ...; (2) I'll book ..." ("(i)" stays: a list's own)
_NUMBER = r"(?:\(\s*(?:\d{1,2}|[a-h])\s*\)|\d{1,2}\))"
_LISTED, _FIRST_NUMBER = re.compile(rf"(?:^|[\s;,:]){_NUMBER}\s"), re.compile(rf"^{_NUMBER}\s+")


def _markers(notes: str, case: Case, today: dt.date, order: DateOrder) -> tuple[list[ChangeItem], list[str], list[str]]:
    """(marker items, problems, the lines left for the free-form reader)."""
    items: list[ChangeItem] = []
    problems: list[str] = []
    rest: list[str] = []
    for line in notes.replace("\r\n", "\n").split("\n"):
        if looks_like_instruction(line):
            kept = before_instruction(line)  # a run-on that turns to an AI at its end keeps what came before
            problems.append(ai_problem(line[len(kept):].strip(" ,;:-–—")))
            rest.append(kept)
            continue
        match = _MARKER.match(line)
        if not match or is_private(line):  # "next: note to self ..." is read as the private line it is
            rest.append(line)
            continue
        name, value = match.group(1).lower(), _FIRST_NUMBER.sub("", match.group(2).strip())  # "Next: (a) send ..."
        if name.startswith("next") and _SAID_BY.match(value) and len(split_sentences(value)) == 1:
            rest.append(line)  # "Next: I'll send her my plan by 20 Dec": read for who does it, and kept as listed
            continue
        if name.startswith("next") and (len(split_sentences(value)) > 1 or len(_LISTED.findall(value)) > 1):
            rest.append(value)  # "Next steps: Sir Jun from HR will send ... I'm to ...": several steps, read one by one
            continue
        kind = "emphasise" if name.startswith("emphasi") else "next" if name.startswith("next") else name
        rest.append(line if kind == "next" and not value else "")  # "Next steps:" stays, as the heading it is
        if not value:
            if kind != "next":  # "Next steps:" is a heading: the lines under it are read as they come
                problems.append(f"{quoted(line)}: the {kind} marker is empty, so nothing changes.")
            continue
        for part, owner in _parts(kind, value, first_name_of(case.manager.name)):
            data = _marker_data(kind, part, line, today, order)
            if owner and not isinstance(data, str):
                data["owner"] = owner
            result = data if isinstance(data, str) else _validated(data, notes, case)
            if isinstance(result, str):
                problems.append(result if isinstance(data, str) else f"{quoted(line)}: {result}.")
                continue
            earlier = next((i for i, c in enumerate(items) if c.kind == kind and kind in {"title", "date"}), None)
            if earlier is not None:  # a title or a date: the later line wins
                problems.append(f"{quoted(items[earlier].source_quote)}: a later {kind} line replaces this one.")
                items.pop(earlier)
            items.append(result)
    return items, problems, rest


def read_notes(notes: str, case: Case, *, today: dt.date | None = None, date_order: DateOrder = "dmy",
               rejected: list[str] | None = None) -> ChangeSet:
    """The offline reader: markers and free-form lines. Never raises for what the notes say; a marker
    that cannot be used, and a line written to an AI, become problems naming their line. `rejected`
    collects the free-form readings that failed validation (for the benchmark)."""
    today = today or dt.date.today()
    items, problems, rest = _markers(notes, case, today, date_order)
    marked = {c.kind for c in items if c.kind in SINGLE_KINDS}
    free: list[ChangeItem] = []
    lines = read_lines("\n".join(rest))
    for data in Reader(lines, case, today, date_order).read():
        if data["kind"] in marked:
            continue  # a marker said it: the free-form reading of it is not offered
        result = _validated(data, notes, case)
        if isinstance(result, str):
            if rejected is not None:
                rejected.append(f"{data['kind']}: {result}")
            continue
        if result.kind in SINGLE_KINDS:
            marked.add(result.kind)
        free.append(result)
    outcome = next((c.text for c in [*items, *free] if c.kind == "outcome"), None)
    items += likely_steps(free, outcome, listed_as_steps(lines), contexts(lines))  # a "next:" marker line: kept
    items = held_back(items)  # a marker line or a free-form one that may be private: offered unticked
    items.sort(key=lambda c: KIND_ORDER.index(c.kind))
    if len(items) > MAX_CHANGES:
        problems.append(f"The notes propose {len(items)} changes; only the first {MAX_CHANGES} are offered. "
                        "Paste the notes of one meeting at a time, or split them.")
    try:
        return ChangeSet.model_validate({"changes": items[:MAX_CHANGES], "problems": problems},
                                        context={"case": case})
    except ValidationError as exc:  # e.g. every accomplishment dropped: offer the rest, say why
        kept = [c for c in items if c.kind != "drop"][:MAX_CHANGES]
        return ChangeSet(changes=kept, problems=[*problems, *describe_errors(exc, root="changes")])


def parse_markers(notes: str, case: Case, *, today: dt.date | None = None, date_order: DateOrder = "dmy") -> ChangeSet:
    """The offline reader (the name it had when it read only markers): see `read_notes`."""
    return read_notes(notes, case, today=today, date_order=date_order)
