"""After the 1-on-1: read what the meeting notes change, let the person choose, and apply it.

Two steps. `extract_changes` turns pasted notes into a validated list of `ChangeItem`s, each
quoting the part of the notes it comes from; the person accepts or rejects each one. `revise`
applies the accepted items to the case, composes a new version (refined by a model when one is
chosen) and holds it to every check. Nothing in the notes is ever obeyed: the notes are data,
the kinds of change are a closed set, and only what the person accepts reaches the email.

Offline (no model), the changes are read from markers, one per line. A marker may follow a
bullet (``-``, ``*``, ``•``, ``1.``) and its name is case-insensitive:

``title: Senior Business Analyst``
    The title agreed in the meeting becomes the target title.
``date: 2026-11-20``
    The date of the meeting (YYYY-MM-DD); the opening then refers to that conversation.
``add: Ran the Q4 vendor review — saved 3 days a month``
    An accomplishment to add (``summary — impact`` splits into summary and impact).
``drop: reconciliation report``
    An accomplishment or a piece of praise to leave out, matched by a few of its words.
``emphasise: vendor onboarding`` (or ``emphasize:``)
    An accomplishment or praise to put first; added as an accomplishment if it matches none.
``next: Priya sends the case to the director by Friday`` (or ``next step:``)
    A next step agreed; the closing lists the next steps.

Every other line is offered as one "recap" item, which stays out of the email unless the
person accepts it. Lines that read like instructions to an AI ("ignore the above and ...")
are neither changes nor recap: they are reported as problems and never followed.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
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

from promo_ai.case import MAX_LINE, MAX_NOTES, MAX_TEXT, Case, accomplishments_from_bullets, describe_errors
from promo_ai.compose import compose
from promo_ai.draft import Draft
from promo_ai.email import PromotionEmail
from promo_ai.errors import CaseError, ModelError
from promo_ai.prompts import as_sentence, render
from promo_ai.settings import OFFLINE_MODEL, Settings

ChangeKind = Literal["title", "date", "add", "drop", "emphasise", "next", "recap"]
KIND_ORDER: tuple[ChangeKind, ...] = ("title", "date", "add", "emphasise", "drop", "next", "recap")
MAX_CHANGES = 40
MATCH_CUTOFF = 0.6

MARKERS_HELP = """\
One change per line (a leading bullet is fine; the marker's case does not matter):
  title: NEW TARGET TITLE        the title agreed in the meeting
  date: YYYY-MM-DD               the date of the meeting
  add: ACCOMPLISHMENT            something to add ("summary — impact" is split)
  drop: A FEW WORDS              an accomplishment or piece of praise to leave out
  emphasise: A FEW WORDS         put an accomplishment or praise first (emphasize: works too)
  next: NEXT STEP                a next step agreed (the closing lists them)
Every other line is offered as a recap, which stays out of the email unless you accept it."""

_MARKER = re.compile(
    r"^\s*(?:[-*•·]|\d+[.)])?\s*(title|date|add|drop|emphasi[sz]e|next(?:\s+steps?)?)\s*:\s*(.*?)\s*$",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[.)])\s+")
_ISO_DATE = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[\w'’-]+")
# Phrases that address an AI rather than record a meeting. Defence in depth: the kinds of change
# are a closed set and the person accepts each item, but such a line is never a change or a recap.
_INSTRUCTION = re.compile(
    r"\b(?:ignore|disregard|forget|override|bypass)\b[^.\n]{0,40}?"
    r"\b(?:above|previous|prior|earlier|preceding|instructions?|rules?|prompts?|everything|all of)\b"
    r"|\b(?:system|developer|hidden)\s+(?:prompt|message|instructions?)\b"
    r"|\bnew\s+instructions?\b"
    r"|\byou\s+are\s+(?:now\s+)?(?:an?\s+|the\s+)?(?:ai|assistant|chatbot|language model|llm|gpt|chatgpt)\b"
    r"|\b(?:as|you(?:'re| are))\s+an?\s+(?:ai|language model)\b"
    r"|\b(?:pretend|act)\s+(?:to\s+be|as)\s+(?:an?|the)\b"
    r"|\binstead\b[^.\n]{0,20}\b(?:write|draft|compose|produce|output|generate|reply|respond)\b"
    r"|\b(?:write|draft|compose|generate)\b[^.\n]{0,30}\b(?:resignation|poem|story|essay|song)\b"
    r"|</?\s*(?:notes|meeting_notes|case|data|system|instructions?)\s*>"
    r"|\bjailbreak\b|\bdo anything now\b",
    re.IGNORECASE,
)
_STOP_WORDS = {
    "the", "and", "for", "with", "from", "that", "this", "into", "onto", "our", "your", "their", "his", "her",
    "was", "were", "are", "has", "have", "had", "will", "would", "should", "could", "can", "not", "but",
    "about", "also", "more", "most", "its", "it's", "than", "then", "them", "they", "she", "him", "you",
    "add", "drop", "emphasise", "emphasize", "next", "mention", "include", "remove", "put", "first", "up",
}
_PUNCTUATION_MAP = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "‹": "<", "›": ">", "\u00a0": " "})

KIND_LABELS: dict[str, str] = {
    "title": "New target title",
    "date": "Meeting date",
    "add": "Add accomplishment",
    "drop": "Leave out",
    "emphasise": "Put first",
    "next": "Next step agreed",
    "recap": "Include a recap of the notes",
}


# --- text helpers -------------------------------------------------------------------------------


def normalise(text: str) -> str:
    """For comparisons: Unicode-normalised, straight quotes, case-folded, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text).translate(_PUNCTUATION_MAP)
    return " ".join(text.casefold().split())


def _key(text: str) -> str:
    """For matching a phrase to the case: `normalise` without punctuation."""
    return " ".join(re.sub(r"[^\w\s]", " ", normalise(text)).split())


def _content_words(text: str) -> list[str]:
    return [w for w in (m.group(0).strip("'’-") for m in _WORD.finditer(normalise(text)))
            if len(w) >= 3 and w not in _STOP_WORDS]


def _digits(text: str) -> set[str]:
    return {m.group(0).replace(",", "") for m in _DIGITS.finditer(text)}


def looks_like_instruction(text: str) -> bool:
    """True when a line addresses an AI ("ignore the above and ...") instead of recording a meeting."""
    return bool(_INSTRUCTION.search(unicodedata.normalize("NFKC", text).translate(_PUNCTUATION_MAP)))


def _in_notes(quote: str, notes: str) -> bool:
    haystack = normalise(notes)
    lines = [normalise(line) for line in quote.splitlines() if line.strip()]
    return bool(lines) and all(line in haystack for line in lines)


def _quoted(line: str, limit: int = 80) -> str:
    line = " ".join(line.split())
    return "“" + (line if len(line) <= limit else line[: limit - 1] + "…") + "”"


def _has_control(text: str, allow_newlines: bool = False) -> bool:
    allowed = "\n\t" if allow_newlines else ""
    return any(unicodedata.category(ch) in {"Cc", "Cf", "Zl", "Zp"} and ch not in allowed for ch in text)


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
    words_p, words_t = set(_content_words(phrase)), set(_content_words(text))
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
    authors = {normalise(case.accolades[m.index].author) for m in hits}
    return hits[0] if len(hits) == 1 and len(authors) == 1 else None


def match_target(phrase: str, case: Case, *, kinds: Iterable[str] = ("accomplishment", "accolade")) -> Match | None:
    """The one accomplishment or accolade a phrase names (normalised substring, then difflib), or None
    when nothing matches well enough or two items match equally well."""
    allowed = set(kinds)
    scored: list[Match] = []
    for candidate, texts in _candidates(case):
        if candidate.kind not in allowed:
            continue
        best = max(_score(phrase, text) for text in texts)
        if best >= MATCH_CUTOFF:
            scored.append(Match(candidate.kind, candidate.index, candidate.target, best))
    if not scored and "accolade" in allowed:
        by_author = _author_match(phrase, case)
        return by_author
    scored.sort(key=lambda m: -m.score)
    if not scored:
        return None
    if len(scored) > 1 and scored[1].score >= scored[0].score - 0.02 and scored[1].target != scored[0].target:
        return None  # ambiguous: say so rather than guess
    return scored[0]


def _ambiguous(phrase: str, case: Case) -> list[str]:
    return [
        c.target for c, texts in _candidates(case)
        if max(_score(phrase, t) for t in texts) >= MATCH_CUTOFF
    ]


# --- the change items ------------------------------------------------------------------------------------


class ChangeItem(BaseModel):
    """One thing the notes change, quoting the part of the notes it comes from.

    Validated against a context {"notes": str, "case": Case} when one is given (the extraction
    passes it; a stored item reloads without it): the quote must be in the notes, a drop target
    must be in the case, and the change must say only what its quote says.
    """

    model_config = ConfigDict(frozen=True, extra="ignore")

    kind: ChangeKind = Field(
        description=(
            "title: the target title agreed; date: the meeting date; add: an accomplishment to add; "
            "drop: an accomplishment or praise to leave out; emphasise: one to put first; next: a next step agreed."
        )
    )
    text: str = Field(
        description=(
            "The change in a short phrase, in the notes' own words. title: only the new title; "
            "date: the date as YYYY-MM-DD; next: the step, e.g. 'Priya sends the case to the director by Friday'."
        ),
        min_length=1,
        max_length=MAX_NOTES,
    )
    source_quote: str = Field(
        description="The exact words of the notes this change comes from, copied character for character.",
        min_length=1,
        max_length=MAX_NOTES,
    )
    target: str | None = Field(
        None,
        description=(
            "drop (required) and emphasise: the accomplishment summary or praise quote from the case it refers "
            "to, copied exactly from the case; null for other kinds."
        ),
    )

    @computed_field  # type: ignore[prop-decorator]
    @property
    def id(self) -> str:
        """Stable for the same change: the page keys its accept/reject boxes on it."""
        digest = hashlib.sha1(
            "\x1f".join((self.kind, normalise(self.text), normalise(self.target or ""))).encode()
        ).hexdigest()
        return f"{self.kind}-{digest[:10]}"

    @property
    def label(self) -> str:
        """One line for a person: what accepting this item does."""
        if self.kind == "drop" and self.target:
            return f"{KIND_LABELS['drop']}: {_quoted(self.target, 100)}"
        if self.kind == "emphasise" and self.target:
            return f"{KIND_LABELS['emphasise']}: {_quoted(self.target, 100)}"
        if self.kind == "emphasise":
            return f"Add and put first: {self.text}"
        if self.kind == "date":
            day = dt.date.fromisoformat(self.text)
            return f"{KIND_LABELS['date']}: {day:%A} {day.day} {day:%B %Y}"
        if self.kind == "recap":
            return f"{KIND_LABELS['recap']} ({len(self.text.split())} words; stays out unless you accept it)"
        return f"{KIND_LABELS[self.kind]}: {self.text}"

    @field_validator("kind", mode="before")
    @classmethod
    def _spelling(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = value.strip().lower()
            return {"emphasize": "emphasise", "next_step": "next", "next step": "next", "remove": "drop"}.get(
                value, value
            )
        return value

    @field_validator("text", "source_quote", "target", mode="before")
    @classmethod
    def _tidy(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = unicodedata.normalize("NFC", value).replace("\r\n", "\n").strip()
            return value or None
        return value

    @model_validator(mode="before")
    @classmethod
    def _resolve_target(cls, data: Any, info: ValidationInfo) -> Any:
        """A drop or emphasise names its item in the case; store that item's exact wording."""
        case = (info.context or {}).get("case")
        if not isinstance(data, dict) or not isinstance(case, Case):
            return data
        kind = str(data.get("kind", "")).strip().lower()
        if kind not in {"drop", "emphasise", "emphasize"}:
            return data
        wanted = [p for p in (data.get("target"), data.get("text")) if isinstance(p, str) and p.strip()]
        found = next((m for m in (match_target(p, case) for p in wanted) if m), None)
        if found:
            return {**data, "target": found.target}
        if kind == "drop":
            phrase = wanted[0] if wanted else ""
            close = _ambiguous(phrase, case) if phrase else []
            if len(close) > 1:
                raise ValueError(
                    f"drop: {_quoted(phrase)} matches more than one item in the case ("
                    + "; ".join(_quoted(c, 50) for c in close[:3]) + "); use more of its words"
                )
            raise ValueError(
                f"drop: {_quoted(phrase)} matches no accomplishment or praise in the case, so nothing would be "
                "dropped; the target must be copied from the case"
            )
        return {**data, "target": None}

    @model_validator(mode="after")
    def _check(self, info: ValidationInfo) -> ChangeItem:
        context = info.context or {}
        text = self.text
        if self.kind != "recap" and "\n" in text:
            raise ValueError(f"{self.kind}: the text must be one line")
        if _has_control(text, allow_newlines=self.kind == "recap") or _has_control(self.source_quote, True):
            raise ValueError(f"{self.kind}: remove the control characters (invisible characters pasted from elsewhere)")
        limit = MAX_NOTES if self.kind == "recap" else MAX_LINE if self.kind in {"title", "next"} else MAX_TEXT
        if len(text) > limit:
            raise ValueError(f"{self.kind}: too long; keep it under {limit} characters")
        if self.kind == "date":
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
                raise ValueError(f"date: {_quoted(text)} is not a date written as YYYY-MM-DD (like 2026-11-20)")
            try:
                dt.date.fromisoformat(text)
            except ValueError:
                raise ValueError(f"date: {text} is not a real date") from None
        if self.kind == "drop" and not self.target:
            raise ValueError("drop: say which accomplishment or praise to leave out (target)")
        if self.kind not in {"drop", "emphasise"} and self.target is not None:
            raise ValueError(f"{self.kind}: target is only for drop and emphasise; leave it null")
        if self.kind != "recap" and (looks_like_instruction(text) or looks_like_instruction(self.source_quote)):
            raise ValueError(
                f"{self.kind}: {_quoted(self.source_quote)} is an instruction written into the notes, not a change "
                "agreed in the meeting; leave it out"
            )
        notes = context.get("notes")
        if isinstance(notes, str):
            if not _in_notes(self.source_quote, notes):
                raise ValueError(
                    f"{self.kind}: source_quote {_quoted(self.source_quote)} is not in the notes; "
                    "copy the words of the notes exactly"
                )
            case = context.get("case")
            self._check_said_in_quote(case if isinstance(case, Case) else None)
        return self

    def _check_said_in_quote(self, case: Case | None) -> None:
        """The change may use the words of its quote (and of the case), nothing more: no new figures."""
        if self.kind in {"recap", "drop"}:
            return
        quote = self.source_quote
        if self.kind == "date":
            day = dt.date.fromisoformat(self.text)
            if self.text not in quote and str(day.day) not in _digits(quote):
                raise ValueError(f"date: the quote {_quoted(quote)} does not give the date {self.text}")
            return
        new_figures = _digits(self.text) - _digits(quote)
        if new_figures:
            raise ValueError(
                f"{self.kind}: the figure(s) {', '.join(sorted(new_figures))} are not in the quote {_quoted(quote)}; "
                "use only what the notes say"
            )
        allowed = set(_content_words(quote)) | (
            set(_content_words(" ".join(case.text_fields()))) if case else set()
        )
        words = _content_words(self.text)
        if not words:
            return
        said = sum(1 for w in words if w in allowed or w.rstrip("s") in allowed)
        needed = 1.0 if self.kind == "title" else 0.6
        if said / len(words) < needed:
            raise ValueError(
                f"{self.kind}: {_quoted(self.text)} says more than the quote {_quoted(quote)}; "
                "use the words of the notes"
            )


class ChangeSet(BaseModel):
    """What the notes change, as a whole. `problems` (lines that could not become a change) is filled
    by the marker parser and is not part of what a model is asked for."""

    model_config = ConfigDict(extra="ignore")

    changes: list[ChangeItem] = Field(
        default_factory=list,
        description="Every change the notes record, in the order they appear; an empty list when none.",
        max_length=MAX_CHANGES,
    )
    problems: SkipJsonSchema[list[str]] = Field(default_factory=list)

    @model_validator(mode="after")
    def _as_a_whole(self, info: ValidationInfo) -> ChangeSet:
        unique: list[ChangeItem] = []
        for item in self.changes:
            if item.id not in {u.id for u in unique}:
                unique.append(item)
        self.changes = unique
        for kind in ("title", "date", "recap"):
            values = {normalise(c.text) for c in unique if c.kind == kind}
            if len(values) > 1:
                raise ValueError(f"the changes give {len(values)} different {kind}s; list only the one agreed")
        case = (info.context or {}).get("case")
        if isinstance(case, Case):
            dropped = {normalise(c.target or "") for c in unique if c.kind == "drop"}
            left = [a for a in case.accomplishments if normalise(a.summary) not in dropped]
            if not left and not any(c.kind in {"add", "emphasise"} and not c.target for c in unique):
                raise ValueError("the changes drop every accomplishment; the email needs at least one")
        return self

    def of_kind(self, kind: ChangeKind) -> list[ChangeItem]:
        return [c for c in self.changes if c.kind == kind]


# --- offline: markers --------------------------------------------------------------------------------------


def _validate_item(data: dict[str, Any], notes: str, case: Case) -> ChangeItem | str:
    try:
        return ChangeItem.model_validate(data, context={"notes": notes, "case": case})
    except ValidationError as exc:
        return "; ".join(_messages(exc))


def _messages(exc: ValidationError) -> list[str]:
    """The validators' own sentences (they already name the kind of change), without pydantic's prefixes."""
    found: list[str] = []
    for error in exc.errors():
        if error["type"] == "value_error":
            message = str(error["msg"]).removeprefix("Value error, ")
        else:
            where = ".".join(str(p) for p in error["loc"]) or "change"
            message = f"{where}: {error['msg']}"
        if message not in found:
            found.append(message)
    return found


def _recap(lines: Sequence[str]) -> dict[str, Any] | None:
    kept = [line.strip() for line in lines if line.strip()]
    if not kept:
        return None
    text = "\n".join(kept)
    return {"kind": "recap", "text": text, "source_quote": text}


def _screen_recap(lines: Iterable[str]) -> tuple[list[str], list[str]]:
    """Split the leftover lines into recap lines and problems (lines that read as instructions)."""
    kept: list[str] = []
    problems: list[str] = []
    for line in lines:
        if not line.strip():
            continue
        if looks_like_instruction(line):
            problems.append(
                f"{_quoted(line)} reads as an instruction to an AI, not something agreed in the meeting; "
                "it was not followed and is left out of the recap."
            )
        else:
            kept.append(line)
    return kept, problems


def parse_markers(notes: str, case: Case) -> ChangeSet:
    """Read the documented markers (see the module docstring), one per line. Never raises for what
    the notes say: a marker that cannot be used becomes a problem that names its line."""
    items: list[ChangeItem] = []
    problems: list[str] = []
    rest: list[str] = []
    singles: dict[str, int] = {}
    for line in notes.replace("\r\n", "\n").split("\n"):
        match = _MARKER.match(line)
        if not match:
            rest.append(line)
            continue
        name = match.group(1).lower()
        kind = "emphasise" if name.startswith("emphasi") else "next" if name.startswith("next") else name
        value = match.group(2).strip()
        if not value:
            problems.append(f"{_quoted(line)}: the {kind} marker is empty, so nothing changes.")
            continue
        data: dict[str, Any] = {"kind": kind, "text": value, "source_quote": line.strip()}
        if kind == "title":
            data["text"] = value.rstrip(" .")
        elif kind == "date":
            found = _ISO_DATE.search(value)
            if not found:
                problems.append(f"{_quoted(line)}: write the date as YYYY-MM-DD (like 2026-11-20); "
                                "the meeting date is unchanged.")
                continue
            try:
                padded = "-".join(part.zfill(2) for part in found.group(0).split("-"))
                data["text"] = dt.date.fromisoformat(padded).isoformat()
            except ValueError:
                problems.append(f"{_quoted(line)}: {found.group(0)} is not a real date; the meeting date is unchanged.")
                continue
        elif kind == "drop":
            data["target"] = value
        result = _validate_item(data, notes, case)
        if isinstance(result, str):
            problems.append(f"{_quoted(line)}: {result}.")
            continue
        if kind in {"title", "date"}:
            if kind in singles:
                earlier = items[singles[kind]]
                problems.append(f"{_quoted(earlier.source_quote)}: a later {kind} line replaces this one.")
                items[singles[kind]] = result
                continue
            singles[kind] = len(items)
        items.append(result)
    recap_lines, screened = _screen_recap(rest)
    problems += screened
    recap = _recap(recap_lines)
    if recap:
        result = _validate_item(recap, notes, case)
        if isinstance(result, str):
            problems.append(f"The recap of the notes cannot be offered: {result}.")
        else:
            items.append(result)
    return ChangeSet.model_validate({"changes": items, "problems": problems})


# --- with a model ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExtractionResult:
    """The proposed changes, for the person to accept or reject, and what it cost to get them."""

    changes: list[ChangeItem]
    problems: list[str] = field(default_factory=list)
    tokens: int | None = None
    cost: float | None = None
    attempts: int = 0
    reason: str | None = None
    model: str = OFFLINE_MODEL


# Our fence tags and the LLM layer's (promo_ai.llm.FENCE_TAGS), plus prompt-ish tags.
_FENCE_WORDS = re.compile(
    r"<(\s*/?\s*(?:notes|case|draft|guidance|data|email|system|instructions?)\b)", re.IGNORECASE
)


def fence_safe(text: str) -> str:
    """User text inside a fenced block cannot close the fence: '<' before a fence name becomes '‹'
    (which `normalise` maps back, so quotes still match the notes)."""
    return _FENCE_WORDS.sub(r"‹\1", text).replace("```", "ʼʼʼ")


def _case_for_prompt(case: Case) -> dict[str, Any]:
    safe: Callable[[str | None], str] = lambda text: fence_safe(text or "")  # noqa: E731
    return {
        "name": safe(case.name),
        "current_title": safe(case.current_title),
        "target_title": safe(case.target_title),
        "manager": safe(case.manager.name),
        "meeting_date": case.meeting_date.isoformat() if case.meeting_date else "",
        "accomplishments": [
            {"summary": safe(a.summary), "impact": safe(a.impact)} for a in case.accomplishments
        ],
        "accolades": [{"quote": safe(a.quote), "author": safe(a.author)} for a in case.accolades],
        "next_steps": [safe(s) for s in case.next_steps],
    }


def extraction_prompts(notes: str, case: Case) -> tuple[str, str]:
    """(system, user) for the extraction, from prompts/extract_system.j2 and prompts/extract_user.j2."""
    system = render("extract_system.j2", markers=MARKERS_HELP)
    user = render("extract_user.j2", case=_case_for_prompt(case), notes=fence_safe(notes))
    return system, user


def _uncovered_lines(notes: str, items: Sequence[ChangeItem]) -> list[str]:
    quotes = [normalise(q) for item in items for q in item.source_quote.splitlines() if q.strip()]
    lines = []
    for line in notes.replace("\r\n", "\n").split("\n"):
        key = normalise(_BULLET.sub("", line))
        if key and not any(key in q or q in key for q in quotes):
            lines.append(line)
    return lines


def extract_changes(
    notes: str,
    case: Case,
    *,
    model: str,
    api_base: str | None = None,
    settings: Settings | None = None,
    on_status: Callable[[str], None] | None = None,
    cancel: threading.Event | None = None,
) -> ExtractionResult:
    """What the notes change. Offline: the markers. With a model: a validated ChangeSet (re-asked when
    a quote is not in the notes, a target not in the case, or an item says more than its quote); the
    recap is always the person's own leftover lines, never model prose. On a model failure it falls
    back to the markers and says so in `reason`. Never raises for what the notes or the model say."""
    if model == OFFLINE_MODEL:
        offline = parse_markers(notes, case)
        return ExtractionResult(changes=offline.changes, problems=offline.problems)
    from promo_ai.llm import structured  # lazy: litellm costs seconds at import

    system, user = extraction_prompts(notes, case)
    try:
        generated = structured(
            ChangeSet, system=system, user=user, model=model, api_base=api_base,
            context={"notes": notes, "case": case}, settings=settings, on_status=on_status, cancel=cancel,
        )
    except ModelError as exc:
        fallback = parse_markers(notes, case)
        return ExtractionResult(
            changes=fallback.changes,
            problems=fallback.problems,
            tokens=getattr(exc, "tokens", None),  # what the failed attempts spent, when the LLM layer knows
            cost=getattr(exc, "cost", None),
            attempts=int(getattr(exc, "attempts", 0) or 0),
            reason=f"The model could not list the changes ({exc.reason}): {exc.message.rstrip('. ')}. "
                   "The changes offered were read from the note markers instead.",
        )
    items = [c for c in generated.value.changes if c.kind != "recap"]
    recap_lines, problems = _screen_recap(_uncovered_lines(notes, items))
    recap = _recap(recap_lines)
    if recap:
        result = _validate_item(recap, notes, case)
        if isinstance(result, ChangeItem):
            items.append(result)
        else:
            problems.append(f"The recap of the notes cannot be offered: {result}.")
    return ExtractionResult(
        changes=items, problems=problems, tokens=generated.tokens, cost=generated.cost,
        attempts=generated.attempts, model=generated.model,
    )


def accept_all(changes: Iterable[ChangeItem]) -> list[ChangeItem]:
    """What `--accept-all` accepts: every change item, not the recap (raw notes stay out unless asked)."""
    return [c for c in changes if c.kind != "recap"]


# --- applying -------------------------------------------------------------------------------------------------


def _find(case_data: dict[str, Any], target: str) -> tuple[str, int] | None:
    key = normalise(target)
    for i, item in enumerate(case_data["accomplishments"]):
        if normalise(item["summary"]) == key:
            return "accomplishments", i
    for i, accolade in enumerate(case_data["accolades"]):
        if normalise(accolade["quote"]) == key:
            return "accolades", i
    return None


def _locate(case_data: dict[str, Any], change: ChangeItem) -> tuple[str, int] | None:
    for phrase in (change.target, change.text):
        if not phrase:
            continue
        exact = _find(case_data, phrase)
        if exact:
            return exact
        fuzzy = match_target(phrase, Case.model_validate(case_data))
        if fuzzy:
            return ("accomplishments" if fuzzy.kind == "accomplishment" else "accolades"), fuzzy.index
    return None


def recap_sentence(recap: str) -> str:
    """The recap as running text: bullets dropped, each line ended as a sentence, lines joined."""
    parts = [as_sentence(_BULLET.sub("", line).strip().rstrip(";,")) for line in recap.splitlines()]
    return " ".join(p for p in parts if p)


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
            field_name, index = where
            data[field_name].insert(0, data[field_name].pop(index))
    elif kind == "drop":
        where = _locate(data, change)
        if where is None:
            if normalise(change.target or change.text) in dropped:
                return  # two phrases for the same item: dropped once
            raise CaseError([f"{change.label}: it matches nothing in the case, so it cannot be dropped"])
        field_name, index = where
        removed = data[field_name].pop(index)
        dropped.add(normalise(removed.get("summary") or removed.get("quote")))
    elif kind == "next":
        if normalise(change.text) not in {normalise(s) for s in data["next_steps"]}:
            data["next_steps"].append(change.text)
    elif kind == "recap":
        data["notes"] = "\n\n".join(p for p in (data.get("notes"), change.text) if p)


def _new_accomplishment(text: str) -> dict[str, Any]:
    parsed = accomplishments_from_bullets(text)
    return parsed[0].model_dump() if parsed else {"summary": text}


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
            raise CaseError([f"{change.label}: {p}" for p in describe_errors(exc)]) from None
    return Case.model_validate(data)


# --- revising ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Revision:
    """The new version and the accepted changes that made it. The previous draft is untouched:
    the caller stores both."""

    draft: Draft
    changes: list[ChangeItem]


def _with_recap(email: PromotionEmail, recap: ChangeItem | None, tone: str) -> PromotionEmail:
    if recap is None:
        return email
    sentence = recap_sentence(recap.text)
    if not sentence:
        return email
    opening = " ".join(render("recap.j2", tone=tone, opening=email.opening, recap=sentence).split())
    return email.model_copy(update={"opening": opening})


def _emphasis_warnings(case: Case, email: PromotionEmail, accepted: Sequence[ChangeItem]) -> list[str]:
    shown = normalise(email.all_text())
    warnings = []
    for change in accepted:
        if change.kind == "emphasise" and change.target:
            words = _content_words(change.target)[:6]
            if words and not all(w in shown for w in words):
                warnings.append(f"{_quoted(change.target, 60)} was put first in the case, but the email left it "
                                "out to stay short; edit the email if it must be there.")
    return warnings


def revise(
    draft: Draft,
    notes: str,
    accepted: Sequence[ChangeItem],
    *,
    model: str = OFFLINE_MODEL,
    api_base: str | None = None,
    settings: Settings | None = None,
    on_status: Callable[[str], None] | None = None,
    cancel: threading.Event | None = None,
) -> Revision:
    """A new version from the accepted changes: applied to the case, composed (and refined with a model),
    checked against the case and the notes. Pure: `draft` is not changed. Raises CaseError when the
    accepted changes would leave an invalid case (the message names the change)."""
    if len(notes) > MAX_NOTES:
        raise CaseError([f"notes: too long; keep them under {MAX_NOTES} characters"])
    status = on_status or (lambda _message: None)
    accepted = list(accepted)
    status(f"Applying {len(accepted)} change(s) to the case")
    case = apply_changes(draft.case, accepted)
    status("Composing the revised email")
    composition = compose(case)
    recap = next((c for c in accepted if c.kind == "recap"), None)
    email = _with_recap(composition.email, recap, case.tone)
    revised = draft.with_email(
        email, case=case, notes=notes or None, model=OFFLINE_MODEL, left_out=composition.left_out,
        tokens=None, cost=None, attempts=0, reason=None,
        warnings=_emphasis_warnings(case, email, accepted),
    )
    if model != OFFLINE_MODEL:
        status("Refining the revised email with the model")
        from promo_ai.workflow import refine  # lazy: refine pulls in the model layer

        # The model sees only what the person accepted (the quotes behind the accepted changes; the
        # recap is in the case's notes when accepted), never the raw notes: an unaccepted line or a
        # planted instruction cannot reach it. The full notes are recorded on the version afterwards.
        shown = revised.model_copy(update={"notes": accepted_notes(accepted)})
        refined = refine(shown, model=model, api_base=api_base, settings=settings, on_status=on_status,
                         cancel=cancel)
        revised = refined.with_email(refined.email, notes=notes or None, created_at=refined.created_at)
    return Revision(draft=revised, changes=accepted)


def accepted_notes(accepted: Sequence[ChangeItem]) -> str | None:
    """The parts of the notes the person accepted: the quote behind each accepted change, and the
    recap when it was accepted."""
    quotes = [c.source_quote for c in accepted]
    return "\n".join(dict.fromkeys(quotes)) or None
