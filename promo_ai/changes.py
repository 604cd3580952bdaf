"""The changes meeting notes make to a case, and applying the ones the person accepts. Pure: no model,
no files, no store. A `ChangeItem` is one change of a closed set of kinds, quoting the notes. With a
context {"notes": str, "case": Case} (what reads the notes passes it; a stored item reloads without
it) an item must quote the notes, name a drop target in the case and say only what its quote says.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    computed_field,
    field_validator,
    model_validator,
)
from pydantic.json_schema import SkipJsonSchema

from promo_ai.case import MAX_LINE, MAX_NOTES, MAX_TEXT, Case, accomplishments_from_bullets
from promo_ai.errors import CaseError
from promo_ai.text import content_words, describe_errors, has_control, looks_like_instruction, normalise, quoted

ChangeKind = Literal["title", "date", "add", "drop", "emphasise", "next", "recap"]
KIND_ORDER: tuple[ChangeKind, ...] = ("title", "date", "add", "emphasise", "drop", "next", "recap")
MAX_CHANGES = 40
MATCH_CUTOFF = 0.6
KIND_LABELS: dict[str, str] = {
    "title": "New target title", "date": "Meeting date", "add": "Add accomplishment", "drop": "Leave out",
    "emphasise": "Put first", "next": "Next step agreed", "recap": "Include a recap of the notes",
}
# Words that name the change rather than what it is about ("drop the recon report").
CHANGE_WORDS = frozenset({"add", "drop", "emphasise", "emphasize", "next", "mention", "include", "remove", "put",
                          "first"})
_SPELLINGS = {"emphasize": "emphasise", "next_step": "next", "next step": "next", "remove": "drop"}
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def phrase_words(text: str) -> list[str]:
    """The content words of a phrase about a change, without the words that name the change."""
    return content_words(text, ignore=CHANGE_WORDS)


def _key(text: str) -> str:
    """For matching a phrase to the case: `normalise` without punctuation."""
    return " ".join(re.sub(r"[^\w\s]", " ", normalise(text)).split())


def _digits(text: str) -> set[str]:
    return {m.group(0).replace(",", "") for m in _DIGITS.finditer(text)}


# --- matching a phrase to the case -------------------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    """The accomplishment or accolade a phrase refers to: `target` is its summary or quote."""

    kind: Literal["accomplishment", "accolade"]
    index: int
    target: str
    score: float


def _candidates(case: Case) -> list[tuple[Match, list[str]]]:
    found: list[tuple[Match, list[str]]] = []
    for i, item in enumerate(case.accomplishments):
        texts = [item.summary] + ([f"{item.summary} {item.impact}"] if item.impact else [])
        found.append((Match("accomplishment", i, item.summary, 0.0), texts))
    for i, accolade in enumerate(case.accolades):
        texts = [accolade.quote, f"{accolade.author} {accolade.quote}"]
        found.append((Match("accolade", i, accolade.quote, 0.0), texts))
    return found


def _score(phrase: str, text: str) -> float:
    p, t = _key(phrase), _key(text)
    if not p or not t:
        return 0.0
    if p == t:
        return 1.0
    if (len(p) >= 6 and p in t) or (len(t) >= 6 and t in p):
        return 0.95
    ratio = difflib.SequenceMatcher(None, p, t, autojunk=False).ratio()
    words_p, words_t = set(phrase_words(phrase)), set(phrase_words(text))
    overlap = len(words_p & words_t) / len(words_p) if words_p else 0.0
    if overlap and len(words_p) == 1 and len(words_t) > 3:
        overlap *= 0.7  # one shared word is thin evidence against a long summary
    return max(ratio, overlap * 0.9)


def _author_match(phrase: str, case: Case) -> Match | None:
    """'drop: Sam's quote' -> the only praise from Sam."""
    key = f" {_key(phrase)} "
    hits = [
        Match("accolade", i, a.quote, 0.9) for i, a in enumerate(case.accolades)
        if f" {_key(a.author)} " in key or any(f" {_key(part)} " in key for part in a.author.split()[-1:])
    ]
    return hits[0] if len(hits) == 1 else None


def _close(phrase: str, case: Case) -> list[Match]:
    """Every item the phrase matches well enough, in the case's order."""
    scored = [Match(c.kind, c.index, c.target, max(_score(phrase, t) for t in texts)) for c, texts in _candidates(case)]
    return [m for m in scored if m.score >= MATCH_CUTOFF]


def match_target(phrase: str, case: Case) -> Match | None:
    """The one accomplishment or accolade a phrase names (normalised substring, then difflib, then the
    author of praise), or None when nothing matches well enough or two items match equally well."""
    scored = sorted(_close(phrase, case), key=lambda m: -m.score)
    if not scored:
        return _author_match(phrase, case)
    if len(scored) > 1 and scored[1].score >= scored[0].score - 0.02 and scored[1].target != scored[0].target:
        return None  # ambiguous: say so rather than guess
    return scored[0]


def resolve_target(data: dict[str, Any], case: Case) -> dict[str, Any]:
    """A drop or emphasise names its item in the case: `data` with that item's exact wording as its
    target (an emphasise that names none adds its text). Raises ValueError for a drop that names none."""
    kind = str(data.get("kind", "")).strip().lower()
    if kind not in {"drop", "emphasise", "emphasize"}:
        return data
    wanted = [p for p in (data.get("target"), data.get("text")) if isinstance(p, str) and p.strip()]
    found = next((m for m in (match_target(p, case) for p in wanted) if m), None)
    if found:
        return {**data, "target": found.target}
    if kind == "drop":
        phrase = wanted[0] if wanted else ""
        close = [m.target for m in _close(phrase, case)] if phrase else []
        if len(close) > 1:
            raise ValueError(f"drop: {quoted(phrase)} matches more than one item in the case ("
                             + "; ".join(quoted(c, 50) for c in close[:3]) + "); use more of its words")
        raise ValueError(f"drop: {quoted(phrase)} matches no accomplishment or praise in the case, so nothing would "
                         "be dropped; the target must be copied from the case")
    return {**data, "target": None}


# --- the change items ------------------------------------------------------------------------------------


class ChangeItem(BaseModel):
    """One thing the notes change, quoting the part of the notes it comes from (see the module)."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    kind: ChangeKind = Field(description=(
        "title: the target title agreed; date: the meeting date; add: an accomplishment to add; "
        "drop: an accomplishment or praise to leave out; emphasise: one to put first; next: a next step agreed."))
    text: str = Field(min_length=1, max_length=MAX_NOTES, description=(
        "The change in a short phrase, in the notes' own words. title: only the new title; "
        "date: the date as YYYY-MM-DD; next: the step, e.g. 'Priya sends the case to the director by Friday'."))
    source_quote: str = Field(min_length=1, max_length=MAX_NOTES, description=(
        "The exact words of the notes this change comes from, copied character for character."))
    target: str | None = Field(None, description=(
        "drop (required) and emphasise: the accomplishment summary or praise quote from the case it refers "
        "to, copied exactly from the case; null for other kinds."))

    @computed_field  # type: ignore[prop-decorator]
    @property
    def id(self) -> str:
        """Stable for the same change: the page keys its accept/reject boxes on it."""
        key = "\x1f".join((self.kind, normalise(self.text), normalise(self.target or "")))
        return f"{self.kind}-{hashlib.sha1(key.encode()).hexdigest()[:10]}"

    @field_validator("kind", mode="before")
    @classmethod
    def _spelling(cls, value: Any) -> Any:
        return _SPELLINGS.get(value.strip().lower(), value.strip().lower()) if isinstance(value, str) else value

    @field_validator("text", "source_quote", "target", mode="before")
    @classmethod
    def _tidy(cls, value: Any) -> Any:
        if isinstance(value, str):
            return unicodedata.normalize("NFC", value).replace("\r\n", "\n").strip() or None
        return value

    @model_validator(mode="before")
    @classmethod
    def _resolve_target(cls, data: Any, info: ValidationInfo) -> Any:
        case = (info.context or {}).get("case")
        return resolve_target(data, case) if isinstance(data, dict) and isinstance(case, Case) else data

    @model_validator(mode="after")
    def _check(self, info: ValidationInfo) -> ChangeItem:
        kind, text = self.kind, self.text
        if kind != "recap" and "\n" in text:
            raise ValueError(f"{kind}: the text must be one line")
        if has_control(text, allow="\n\t" if kind == "recap" else "") or has_control(self.source_quote, allow="\n\t"):
            raise ValueError(f"{kind}: remove the control characters (invisible characters pasted from elsewhere)")
        limit = MAX_NOTES if kind == "recap" else MAX_LINE if kind in {"title", "next"} else MAX_TEXT
        if len(text) > limit:
            raise ValueError(f"{kind}: too long; keep it under {limit} characters")
        if kind == "date":
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
                raise ValueError(f"date: {quoted(text)} is not a date written as YYYY-MM-DD (like 2026-11-20)")
            try:
                dt.date.fromisoformat(text)
            except ValueError:
                raise ValueError(f"date: {text} is not a real date") from None
        if kind == "drop" and not self.target:
            raise ValueError("drop: say which accomplishment or praise to leave out (target)")
        if kind not in {"drop", "emphasise"} and self.target is not None:
            raise ValueError(f"{kind}: target is only for drop and emphasise; leave it null")
        if kind != "recap" and (looks_like_instruction(text) or looks_like_instruction(self.source_quote)):
            raise ValueError(f"{kind}: {quoted(self.source_quote)} is an instruction written into the notes, not a "
                             "change agreed in the meeting; leave it out")
        notes, case = (info.context or {}).get("notes"), (info.context or {}).get("case")
        if isinstance(notes, str):
            _check_quote(self, notes, case if isinstance(case, Case) else None)
        return self


def _check_quote(item: ChangeItem, notes: str, case: Case | None) -> None:
    """The quote is in the notes, and the change says what its quote (and the case) says, nothing more."""
    kind, text, quote = item.kind, item.text, item.source_quote
    lines, haystack = [normalise(line) for line in quote.splitlines() if line.strip()], normalise(notes)
    if not lines or not all(line in haystack for line in lines):
        raise ValueError(f"{kind}: source_quote {quoted(quote)} is not in the notes; copy the words of the notes "
                         "exactly")
    if kind in {"recap", "drop"}:
        return
    if kind == "date":
        if text not in quote and str(dt.date.fromisoformat(text).day) not in _digits(quote):
            raise ValueError(f"date: the quote {quoted(quote)} does not give the date {text}")
        return
    new_figures = _digits(text) - _digits(quote)
    if new_figures:
        raise ValueError(f"{kind}: the figure(s) {', '.join(sorted(new_figures))} are not in the quote "
                         f"{quoted(quote)}; use only what the notes say")
    allowed = set(phrase_words(quote)) | (set(phrase_words(" ".join(case.text_fields()))) if case else set())
    words = phrase_words(text)
    said = sum(1 for w in words if w in allowed or w.rstrip("s") in allowed)
    if words and said / len(words) < (1.0 if kind == "title" else 0.6):
        raise ValueError(f"{kind}: {quoted(text)} says more than the quote {quoted(quote)}; use the words of the notes")


def label(change: ChangeItem) -> str:
    """One line for a person: what accepting this change does."""
    if change.kind in {"drop", "emphasise"} and change.target:
        return f"{KIND_LABELS[change.kind]}: {quoted(change.target, 100)}"
    if change.kind == "emphasise":
        return f"Add and put first: {change.text}"
    if change.kind == "date":
        day = dt.date.fromisoformat(change.text)
        return f"{KIND_LABELS['date']}: {day:%A} {day.day} {day:%B %Y}"
    if change.kind == "recap":
        return f"{KIND_LABELS['recap']} ({len(change.text.split())} words; stays out unless you accept it)"
    return f"{KIND_LABELS[change.kind]}: {change.text}"


class ChangeSet(BaseModel):
    """What the notes change, as a whole. `problems` (lines that could not become a change) is filled
    by the marker reader and is not part of what a model is asked for."""

    model_config = ConfigDict(extra="ignore")

    changes: list[ChangeItem] = Field(
        default_factory=list, max_length=MAX_CHANGES,
        description="Every change the notes record, in the order they appear; an empty list when none.",
    )
    problems: SkipJsonSchema[list[str]] = Field(default_factory=list)

    @model_validator(mode="after")
    def _as_a_whole(self, info: ValidationInfo) -> ChangeSet:
        unique: dict[str, ChangeItem] = {}
        for item in self.changes:
            unique.setdefault(item.id, item)
        self.changes = list(unique.values())
        for kind in ("title", "date", "recap"):
            values = {normalise(c.text) for c in self.changes if c.kind == kind}
            if len(values) > 1:
                raise ValueError(f"the changes give {len(values)} different {kind}s; list only the one agreed")
        case = (info.context or {}).get("case")
        if isinstance(case, Case):
            dropped = {normalise(c.target or "") for c in self.changes if c.kind == "drop"}
            left = [a for a in case.accomplishments if normalise(a.summary) not in dropped]
            if not left and not any(c.kind in {"add", "emphasise"} and not c.target for c in self.changes):
                raise ValueError("the changes drop every accomplishment; the email needs at least one")
        return self


def accept_all(changes: Iterable[ChangeItem]) -> list[ChangeItem]:
    """What `--accept-all` accepts: every change item, not the recap (raw notes stay out unless asked)."""
    return [c for c in changes if c.kind != "recap"]


# --- applying -------------------------------------------------------------------------------------------------


def _locate(data: dict[str, Any], change: ChangeItem) -> tuple[str, int] | None:
    """Where in the case data the change's item is: its exact wording first, then a match of its words."""
    for phrase in (change.target, change.text):
        if not phrase:
            continue
        key = normalise(phrase)
        for field_name, text_key in (("accomplishments", "summary"), ("accolades", "quote")):
            exact = next((i for i, item in enumerate(data[field_name]) if normalise(item[text_key]) == key), None)
            if exact is not None:
                return field_name, exact
        fuzzy = match_target(phrase, Case.model_validate(data))
        if fuzzy:
            return ("accomplishments" if fuzzy.kind == "accomplishment" else "accolades"), fuzzy.index
    return None


def _new_accomplishment(text: str) -> dict[str, Any]:
    parsed = accomplishments_from_bullets(text)
    return parsed[0].model_dump() if parsed else {"summary": text}


def _apply_one(data: dict[str, Any], change: ChangeItem, dropped: set[str]) -> None:
    kind = change.kind
    if kind == "title":
        data["target_title"] = change.text
    elif kind == "date":
        data["meeting_date"] = dt.date.fromisoformat(change.text)
    elif kind == "add":
        data["accomplishments"].append(_new_accomplishment(change.text))
    elif kind == "emphasise":
        where = _locate(data, change)
        if where is None:
            data["accomplishments"].insert(0, _new_accomplishment(change.text))
        else:
            data[where[0]].insert(0, data[where[0]].pop(where[1]))
    elif kind == "drop":
        where = _locate(data, change)
        if where is None:
            if normalise(change.target or change.text) in dropped:
                return  # two phrases for the same item: dropped once
            raise CaseError([f"{label(change)}: it matches nothing in the case, so it cannot be dropped"])
        removed = data[where[0]].pop(where[1])
        dropped.add(normalise(removed.get("summary") or removed.get("quote")))
    elif kind == "next":
        if normalise(change.text) not in {normalise(s["text"]) for s in data["next_steps"]}:
            data["next_steps"].append({"text": change.text})
    elif kind == "recap":
        data["notes"] = "\n\n".join(p for p in (data.get("notes"), change.text) if p)


def apply_changes(case: Case, changes: Sequence[ChangeItem]) -> Case:
    """The case with the accepted changes applied, validated. Order: title, date, add, emphasise, drop,
    next, recap (adds come before drops, so 'drop the old, add the new' never empties the list).
    A change that would make the case invalid raises CaseError naming that change."""
    data = case.model_dump()
    dropped: set[str] = set()
    for change in sorted(changes, key=lambda c: KIND_ORDER.index(c.kind)):
        _apply_one(data, change, dropped)
        try:
            Case.model_validate(data)
        except ValidationError as exc:
            raise CaseError([f"{label(change)}: {p}" for p in describe_errors(exc)]) from None
    return Case.model_validate(data)
