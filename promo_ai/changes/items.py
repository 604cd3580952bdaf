"""The change items: one change of a closed set of kinds, quoting the notes, and the set of them."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, computed_field, field_validator, model_validator
from pydantic.json_schema import SkipJsonSchema

from promo_ai.case import MAX_LINE, MAX_NOTES, MAX_TEXT, OUTCOMES, Case, Owner
from promo_ai.changes.matching import phrase_words, resolve_target, said_in_passing, shortened_in, stem
from promo_ai.text import has_control, looks_like_instruction, normalise, quoted

ChangeKind = Literal["title", "date", "outcome", "follow_up", "add", "drop", "emphasise", "next", "condition",
                     "person", "next_target", "private"]
KIND_ORDER: tuple[ChangeKind, ...] = ("title", "date", "outcome", "follow_up", "add", "emphasise", "drop", "next",
                                      "condition", "person", "next_target", "private")
MAX_CHANGES = 40
KIND_LABELS: dict[str, str] = {
    "title": "New target title", "date": "Meeting date", "outcome": "Outcome", "follow_up": "Check in or revisit on",
    "add": "Add accomplishment", "drop": "Leave out", "emphasise": "Put first", "next": "Next step agreed",
    "condition": "Wanted before the promotion (the plan)", "person": "The email may be forwarded to",
    "next_target": "The next title to aim for", "private": "Kept private (never in any email)",
}
OUTCOME_LABELS = {"pending": "pending (a decision to come)", "not_yet": "not yet", "no": "no", "promoted": "promoted"}
SINGLE_KINDS = ("title", "date", "outcome", "follow_up", "next_target")
# Verbs a reader may supply to turn a line into a step ("wants the deck from me" -> "send you the deck").
_GLUE = frozenset({"send", "give", "process", "meet", "complete", "put", "take", "tell", "raise", "bring", "read",
                   "spend", "have", "keep", "decide"})
_SPELLINGS = {"emphasize": "emphasise", "next_step": "next", "next step": "next", "remove": "drop",
              "follow-up": "follow_up", "followup": "follow_up", "plan": "condition", "people": "person"}
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_DAY_WORDS = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening|arvo)|last night|yesterday|yday|yest|"
                        r"tomorrow|tmrw|"
                        r"mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\w*", re.IGNORECASE)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_OUTCOME_CUES = {
    "promoted": r"approv|promot|got it|got the|\byes\b|official|\bmine\b|congrat|offer|effective|confirm|start|signed|"
                r"done deal|green light|i'm in|accepted|goes live|the new|through|happening|made me|moving me|moved me|"
                r"taking over|going straight|stepping up|giving me|gave me|bump|announc|now|gone through|\byes|cleared|"
                r"order came|letter came|arrived|selected|picked for|chosen",
    "pending": r"forward|rais|committee|panel|calibration|review|director|second opinion|take it|taking it|talk|"
               r"recommend|support|push|decid|decision|\bcase\b|will|'ll|pending|wait|approv|\bput\b|up for|sign|"
               r"favou?r|for it|let me know|check|yes or no|either way|who else|expect|behind me|back me|sending|think|"
               r"sleep on|run it|with \w+ now|sponsor|champion|nominat|get back|come back|yes or|loop|backing|putting|"
               r"submit|in for|pick for|clear it|bring|present|offer|principle|shortlist|between me|pitch",
    "not_yet": r"not yet|\byet\b|not this|cycle|freeze|frozen|revisit|later|next year|reconsider|for now|right now|"
               r"until|till|once|after|ready|again|budget|headcount|wait|hold|can't|cannot|\bno\b|this time|didn'?t|"
               r"defer|postpone|re-?look|another|more (?:months|years)|nothing|not before|early|soon|right time|window|"
               r"deadline|come back|hold off|round|look again|quarter|season|intake|happening|this year|session|"
               r"not possible|not now",
    "no": r"\bno\b|not going|won't|isn't|declin|reject|turned|gone|can't|cannot|never|not happen|not be|didn'?t|"
          r"went to|unsuccessful|final|delet|doesn't|refused|unable|fit|given|someone else|externa|eliminat|happening|"
          r"not supported|not getting|re-?created|scrapped|(?<!\bi\s)gave|went with|not making me|not going to me|"
          r"so no|turned down|is gone",  # "gave it to Sam", not "I gave it to Sam to proofread"
}


def _digits(text: str) -> set[str]:
    return {m.group(0).replace(",", "") for m in _DIGITS.finditer(text)}


class ChangeItem(BaseModel):
    """One thing the notes change, quoting the part of the notes it comes from (see the module)."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    kind: ChangeKind = Field(description=(
        "title: the target title agreed or suggested; date: the meeting date; outcome: pending, not_yet, no or "
        "promoted; follow_up: the date to check in on or revisit; add: a past accomplishment to add; drop: an "
        "accomplishment or praise to leave out; emphasise: one to put first; next: a next step agreed; "
        "condition: something wanted before the promotion (a plan item, never evidence); person: someone named "
        "who may see the email; private: a line that must never reach an email."))
    text: str = Field(min_length=1, max_length=MAX_NOTES, description=(
        "The change in a short phrase, in the words of its line. title: only the title; date and follow_up: "
        "YYYY-MM-DD; outcome: pending|not_yet|no|promoted; next and condition: a verb phrase without its subject "
        "('bring my case to the January calibration'); person: the name; private: the line."))
    source_quote: str = Field(min_length=1, max_length=MAX_NOTES, description=(
        "The exact words of the notes this change comes from, copied character for character."))
    target: str | None = Field(None, description=(
        "drop (required) and emphasise: the accomplishment summary or praise quote from the case it refers "
        "to, copied exactly from the case; null for other kinds."))
    owner: Owner | None = Field(None, description="next only: who does it: me, manager or other.")
    who: str | None = Field(None, description="next with owner other: the name, as the notes give it.")
    by: str | None = Field(None, description="next and condition: when, as the notes write it ('January').")
    note: SkipJsonSchema[str | None] = None  # how the reader read it ("“today” read as ..."), for the person
    # why it is offered but not accepted by default (a line that may be private, an outcome guessed): the person
    # ticks it; None for a change accepted by default
    unsure: SkipJsonSchema[str | None] = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def id(self) -> str:
        """Stable for the same change: the page keys its accept/reject boxes on it."""
        key = "\x1f".join((self.kind, normalise(self.text), normalise(self.target or ""), self.owner or ""))
        return f"{self.kind}-{hashlib.sha1(key.encode()).hexdigest()[:10]}"

    @field_validator("kind", mode="before")
    @classmethod
    def _spelling(cls, value: Any) -> Any:
        return _SPELLINGS.get(value.strip().lower(), value.strip().lower()) if isinstance(value, str) else value

    @field_validator("text", "source_quote", "target", "who", "by", "note", mode="before")
    @classmethod
    def _tidy(cls, value: Any) -> Any:
        if isinstance(value, str):
            return unicodedata.normalize("NFC", value).replace("\r\n", "\n").strip() or None
        return value

    @model_validator(mode="before")
    @classmethod
    def _resolve_target(cls, data: Any, info: ValidationInfo) -> Any:
        if isinstance(data, dict) and str(data.get("kind", "")).strip().lower() == "outcome":
            data = {**data, "text": str(data.get("text", "")).strip().lower().replace(" ", "_").replace("-", "_")}
        case = (info.context or {}).get("case")
        return resolve_target(data, case) if isinstance(data, dict) and isinstance(case, Case) else data

    @model_validator(mode="after")
    def _check(self, info: ValidationInfo) -> ChangeItem:
        kind, text = self.kind, self.text
        for name, value in (("text", text), ("who", self.who), ("by", self.by), ("note", self.note)):
            if value and "\n" in value:
                raise ValueError(f"{kind}: the {name} must be one line")
        if any(has_control(v or "", allow="\n\t") for v in (text, self.source_quote, self.who, self.by, self.note)):
            raise ValueError(f"{kind}: remove the control characters (invisible characters pasted from elsewhere)")
        limit = MAX_LINE if kind in {"title", "next", "condition", "person", "next_target"} else MAX_TEXT
        if len(text) > limit:
            raise ValueError(f"{kind}: too long; keep it under {limit} characters")
        if kind in {"date", "follow_up"}:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
                raise ValueError(f"{kind}: {quoted(text)} is not a date written as YYYY-MM-DD (like 2026-11-20)")
            try:
                dt.date.fromisoformat(text)
            except ValueError:
                raise ValueError(f"{kind}: {text} is not a real date") from None
        if kind == "outcome" and text not in OUTCOMES:
            raise ValueError(f"outcome: {quoted(text)} is not one of {', '.join(OUTCOMES)}")
        if kind == "drop" and not self.target:
            raise ValueError("drop: say which accomplishment or praise to leave out (target)")
        if kind not in {"drop", "emphasise"} and self.target is not None:
            raise ValueError(f"{kind}: target is only for drop and emphasise; leave it null")
        if kind != "next" and (self.owner or self.who):
            raise ValueError(f"{kind}: owner and who are only for next steps; leave them null")
        if self.who and self.owner != "other":
            raise ValueError("next: who names someone other than you or your manager; set owner to other")
        if kind not in {"next", "condition"} and self.by:
            raise ValueError(f"{kind}: by is only for next steps and conditions; leave it null")
        if looks_like_instruction(text) or looks_like_instruction(self.source_quote):
            raise ValueError(f"{kind}: {quoted(self.source_quote)} is an instruction written into the notes, not a "
                             "change agreed in the meeting; leave it out")
        notes, case = (info.context or {}).get("notes"), (info.context or {}).get("case")
        if isinstance(notes, str):
            _check_quote(self, notes, case if isinstance(case, Case) else None)
        return self


def _supports_day(quote: str, day: dt.date, kind: str) -> bool:
    """The quote gives this day: as ISO, by its number, as a relative day, or (follow-ups) by its month."""
    if day.isoformat() in quote or day.day in {int(n) for n in re.findall(r"\d+", quote)} or _DAY_WORDS.search(quote):
        return True
    months = re.findall(r"[a-z][a-z0-9]*", normalise(quote))  # "q3" whole, not "q"
    seasons = {"spring", "summer", "autumn", "fall", "winter", "year", "q1", "q2", "q3", "q4", "quarter", "christmas"}
    return kind == "follow_up" and any(w[:3] == _MONTHS[day.month - 1] or w in seasons for w in months)


def _supported(words: Iterable[str], quote: str, extra: str = "") -> float:
    """The share of `words` its quote (or `extra`, a target from the case) says, stems compared."""
    allowed = {stem(w) for w in phrase_words(f"{quote} {extra}")}
    counted = [w for w in words if w not in _GLUE]
    return sum(1 for w in counted if stem(w) in allowed) / len(counted) if counted else 1.0


def _plain(text: str) -> str:
    """For finding a quote in the notes: `normalise`, without markdown's bold markers and heading marks, and with a
    table's cell walls read as spaces ("| me | submit the log book |" holds "me: submit the log book")."""
    text = re.sub(r"\s*[|:]\s*", " ", re.sub(r"\*\*|__|^\s*#{1,6}\s+", "", text, flags=re.MULTILINE))
    return " ".join(normalise(text).split())


def _check_quote(item: ChangeItem, notes: str, case: Case | None) -> None:
    """The quote is in the notes, and the change says what its quote says, nothing more."""
    kind, text, quote = item.kind, item.text, item.source_quote
    lines = [_plain(line) for line in quote.splitlines() if line.strip()]
    haystack = _plain(notes)
    rows = [set(_plain(row).split()) for row in notes.splitlines() if row.count("|") >= 2]  # a table's row, any order
    if not lines or not all(line in haystack or any(set(line.split()) - {"by", "at", "the"} <= row for row in rows)
                            for line in lines):
        raise ValueError(f"{kind}: source_quote {quoted(quote)} is not in the notes; copy the words of the notes "
                         "exactly")
    said = normalise(quote).replace(".", "")
    named = normalise(notes).replace(".", "") if item.who and item.owner == "other" else ""
    for name, value in (("who", item.who), ("by", item.by)):
        # who may be named on the line above the quote: a chat's "Mark Lee 3:40 PM" over his message
        if value and normalise(value).replace(".", "") not in (said if name == "by" else f"{said}\n{named}"):
            raise ValueError(f"{kind}: {name} {quoted(value)} is not in the quote {quoted(quote)}")
    if kind in {"private", "drop"}:
        return
    if kind in {"date", "follow_up"}:
        if not _supports_day(quote, dt.date.fromisoformat(text), kind):
            raise ValueError(f"{kind}: the quote {quoted(quote)} does not give the date {text}")
        return
    if kind == "outcome":
        headline = text == "promoted" and case is not None and shortened_in(quote, case.target_title) and re.search(
            r"(?i)\b(?:from|starting|effective)\b", quote)  # "store mgr at Leamington from 27 April"
        if not says_outcome(quote, text) and not headline:
            raise ValueError(f"outcome: the quote {quoted(quote)} does not say the outcome is {text}")
        return
    if kind == "person":
        if normalise(text).replace(".", "") not in said:
            raise ValueError(f"person: {quoted(text)} is not named in the quote {quoted(quote)}")
        return
    if kind == "title" and case is not None and normalise(text) == normalise(case.target_title) and (shortened_in(
            quote, text) or said_in_passing(quote, text)):
        return  # the case's own title, said short ("SSG" for Staff Sergeant (E-6), "put me up for senior")
    new_figures = _digits(text) - _digits(quote)
    if new_figures:
        raise ValueError(f"{kind}: the figure(s) {', '.join(sorted(new_figures))} are not in the quote "
                         f"{quoted(quote)}; use only what the notes say")
    share = _supported(phrase_words(text), quote, (item.target or "") if kind == "emphasise" else "")
    if kind == "title" and share < 1.0 and shortened_in(quote, text):
        return  # "Senior SWE approved" names the title Senior Software Engineer
    if share < (1.0 if kind in {"title", "next_target"} else 0.6):
        raise ValueError(f"{kind}: {quoted(text)} says more than the quote {quoted(quote)}; use the words of the notes")


def _owner_phrase(change: ChangeItem) -> str:
    return {"me": "you", "manager": "your manager"}.get(change.owner or "", change.who or "someone else")


def label(change: ChangeItem) -> str:
    """One line for a person: what accepting this change does."""
    kind = change.kind
    if kind in {"drop", "emphasise"} and change.target:
        return f"{KIND_LABELS[kind]}: {quoted(change.target, 100)}"
    if kind == "emphasise":
        return f"Add and put first: {change.text}"
    if kind in {"date", "follow_up"}:
        day = dt.date.fromisoformat(change.text)
        return f"{KIND_LABELS[kind]}: {day:%A} {day.day} {day:%B %Y}"
    if kind == "outcome":
        return f"{KIND_LABELS[kind]}: {OUTCOME_LABELS.get(change.text, change.text)}"
    if kind == "next" and change.owner:
        return f"{KIND_LABELS[kind]} ({_owner_phrase(change)}): {change.text}"
    return f"{KIND_LABELS[kind]}: {change.text}"


class ChangeSet(BaseModel):
    """What the notes change, as a whole. `problems` (lines that could not become a change, lines that
    address an AI) is filled by the reader and is not part of what a model is asked for."""

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
        for kind in SINGLE_KINDS:
            values = {normalise(c.text) for c in self.changes if c.kind == kind}
            if len(values) > 1:
                raise ValueError(f"the changes give {len(values)} different {kind.replace('_', '-')}s; list only the "
                                 "one agreed")
        case = (info.context or {}).get("case")
        if isinstance(case, Case):
            dropped = {normalise(c.target or "") for c in self.changes if c.kind == "drop"}
            left = [a for a in case.accomplishments if normalise(a.summary) not in dropped]
            if not left and not any(c.kind in {"add", "emphasise"} and not c.target for c in self.changes):
                raise ValueError("the changes drop every accomplishment; the email needs at least one")
        return self


def accept_all(changes: Iterable[ChangeItem]) -> list[ChangeItem]:
    """What `--accept-all` accepts: every change but the private lines (never applied, never in an email) and
    those that quote a line that may be private (the person accepts those one by one)."""
    return [c for c in changes if c.kind != "private" and not c.unsure]


MAY_BE_PRIVATE = "This line may be private, so it is not ticked: tick it only if your manager's manager may read it."
UNREAD_STEP = ("This line reads as a step the reader could not take apart, so it is not ticked: say it as you would "
               "write it to your manager (\"send you the rota by Friday\") and tick it, or leave it.")
UNREAD_CONDITION = ("This line reads as something wanted before the promotion that the reader could not take apart, "
                    "so it is not ticked: say it as a plan item (\"get my ILS renewed by March\") and tick it, or "
                    "leave it.")
CHEER = re.compile("!!|\U0001F389|\U0001F973|\U0001F64C")  # "🎉 Assistant Store Manager!!!": news cheered


def says_outcome(quote: str, outcome: str) -> bool:
    """Whether the quote has a word that says this outcome (what an outcome's quote is checked for); a
    promotion may be cheered with no word for it, unless the quote says "not" ("Not this year!!")."""
    said = normalise(quote)
    if re.search(_OUTCOME_CUES[outcome], said):
        return True
    from promo_ai.notes.outcome import sentence_outcome  # the reader's own reading counts too (imported late: a cycle)

    if sentence_outcome(quote) == outcome:
        return True
    return outcome == "promoted" and bool(CHEER.search(quote)) and not re.search(r"\b(?:not|no|never)\b|n't\b", said)
