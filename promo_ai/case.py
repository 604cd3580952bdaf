"""The case for a promotion: who is asking, for what, and the evidence. Validated with pydantic.

Loading from a file lives here too (YAML or JSON text in, Case out), but nothing about LLMs or indexes.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    EmailStr,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)

from promo_ai.errors import CaseError
from promo_ai.text import describe_errors, has_control

MAX_LINE = 200
MAX_TEXT = 2_000
MAX_NOTES = 20_000
MAX_CASE_FILE_BYTES = 1_000_000

Tone = Literal["warm", "formal", "direct"]
TONES: tuple[Tone, ...] = ("warm", "formal", "direct")
# What the 1-on-1 decided; None until the talk has happened or while the notes do not say.
Outcome = Literal["pending", "not_yet", "no", "promoted"]
OUTCOMES: tuple[Outcome, ...] = ("pending", "not_yet", "no", "promoted")
Owner = Literal["me", "manager", "other"]
Length = Literal["full", "brief"]  # brief: the ask, three pieces of evidence, one line of praise, the next step
LENGTHS: tuple[Length, ...] = ("full", "brief")


def _normalise(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value).strip()
    return value


def _reject_line_breaks(value: str) -> str:
    # One-line fields end up in email headers and subject lines: a CR or LF there could add a header.
    if has_control(value):
        raise ValueError("use a single line without control characters or line breaks")
    return value


def _reject_control_characters(value: str) -> str:
    value = value.replace("\r\n", "\n")
    if any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in value):
        raise ValueError("remove the control characters (invisible characters pasted from elsewhere)")
    return value


def _empty_to_none(value: Any) -> Any:
    value = _normalise(value)
    return None if value == "" else value


OneLine = Annotated[
    str,
    BeforeValidator(_normalise),
    StringConstraints(min_length=1, max_length=MAX_LINE),
    AfterValidator(_reject_line_breaks),
]
Text = Annotated[
    str,
    BeforeValidator(_normalise),
    StringConstraints(min_length=1, max_length=MAX_TEXT),
    AfterValidator(_reject_control_characters),
]
Notes = Annotated[str, StringConstraints(max_length=MAX_NOTES), AfterValidator(_reject_control_characters)]
OptionalLine = Annotated[OneLine | None, BeforeValidator(_empty_to_none)]
OptionalText = Annotated[Text | None, BeforeValidator(_empty_to_none)]
OptionalEmail = Annotated[EmailStr | None, BeforeValidator(_empty_to_none), AfterValidator(
    lambda v: _reject_line_breaks(v) if v else v
)]


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    # A part written as one plain line in a case file ("- Led the vendor onboarding redesign", "manager:
    # Priya Shah") is read as this one field.
    plain_field: ClassVar[str | None] = None

    @model_validator(mode="before")
    @classmethod
    def _from_plain_line(cls, value: Any) -> Any:
        return {cls.plain_field: value} if isinstance(value, str) and cls.plain_field else value


_HONORIFICS = {"dr", "mr", "mrs", "ms", "mx", "miss", "prof", "professor", "sir", "dame", "rev", "fr"}


def first_name_of(full_name: str) -> str:
    """'Priya Shah' -> 'Priya'; 'Dr. Robert Kim' -> 'Dr. Kim' (a title is kept with the surname)."""
    words = full_name.split()
    if len(words) > 1 and words[0].lower().rstrip(".") in _HONORIFICS:
        return f"{words[0]} {words[-1]}"
    return words[0]


class Manager(_Part):
    plain_field = "name"
    name: OneLine
    email: OptionalEmail = None

    @property
    def first_name(self) -> str:
        return first_name_of(self.name)


class Accomplishment(_Part):
    plain_field = "summary"
    summary: Text
    impact: OptionalText = None
    duty: OptionalLine = None
    when: OptionalLine = None


class Accolade(_Part):
    quote: Text
    author: OneLine
    role: OptionalLine = None


class _Phrase(_Part):
    """A part that is mostly one phrase: a plain line in a case file is read as its `text`."""

    plain_field = "text"
    text: OneLine
    by: OptionalLine = None


class NextStep(_Phrase):
    """A step agreed in the talk. `text` is what will be done, as a verb phrase ("bring my case to the
    January calibration"), so the email can say who does it: "I'll", "you'll", or "Jenna will". A step
    written as a whole sentence ("Priya takes it to the director") has no owner and is used as written."""

    owner: Owner | None = None
    who: OptionalLine = None


class PlanItem(_Phrase):
    """Something the manager wants done before the promotion (a condition or a plan item): never evidence."""


class Case(_Part):
    """Everything the email may claim. The email and its checks never reach beyond this."""

    name: OneLine
    email: OptionalEmail = None
    current_title: OneLine
    target_title: OneLine
    team: OptionalLine = None
    company: OptionalLine = None
    manager: Manager
    meeting_date: dt.date | None = None
    target_duties: list[OneLine] = Field(default_factory=list, max_length=30)
    accomplishments: list[Accomplishment] = Field(min_length=1, max_length=50)
    accolades: list[Accolade] = Field(default_factory=list, max_length=30)
    next_steps: list[NextStep] = Field(default_factory=list, max_length=10)
    plan: list[PlanItem] = Field(default_factory=list, max_length=10)
    outcome: Outcome | None = None
    follow_up_on: dt.date | None = Field(None, description="When to check in (pending) or revisit (not yet).")
    forward_to: OptionalLine = Field(None, description="Who the manager will forward the email to.")
    next_target: OptionalLine = Field(None, description="The next title to aim for, once promoted; after a no or "
                                                        "a not yet, the role suggested instead.")
    notes: Annotated[Notes | None, BeforeValidator(_empty_to_none)] = None
    tone: Tone = "warm"
    length: Length = "full"
    salutation: OptionalLine = Field(None, description="How to greet the manager, when not by first name "
                                                       "(e.g. 'Dr. Kim').")
    in_role_since: OptionalLine = Field(None, description="Since when you have held your current title "
                                                          "(e.g. '2019').")

    @property
    def first_name(self) -> str:
        return first_name_of(self.name)

    def people(self) -> list[str]:
        """Everyone the case names: the person, the manager and whoever gave praise."""
        return [self.name, self.manager.name, *(a.author for a in self.accolades)]

    def text_fields(self) -> list[str]:
        """Every piece of free text in the case: what an email is allowed to draw on."""
        parts: list[str | None] = [
            self.name, self.current_title, self.target_title, self.team, self.company,
            self.manager.name, self.notes, *self.target_duties, self.forward_to, self.next_target,
            self.salutation, self.in_role_since,
        ]
        for step in self.next_steps:
            parts += [step.text, step.who, step.by]
        for plan_item in self.plan:
            parts += [plan_item.text, plan_item.by]
        for item in self.accomplishments:
            parts += [item.summary, item.impact, item.duty, item.when]
        for accolade in self.accolades:
            parts += [accolade.quote, accolade.author, accolade.role]
        return [p for p in parts if p]

    def to_data(self) -> dict[str, Any]:
        """A JSON-ready mapping that loads back into the same case."""
        return self.model_dump(mode="json", exclude_none=True)


def case_from_data(data: Any, *, source: str | None = None) -> Case:
    if not isinstance(data, Mapping):
        raise CaseError(["case: the file should hold fields like 'name:' and 'target_title:'"], source=source)
    try:
        return Case.model_validate(dict(data))
    except ValidationError as exc:
        raise CaseError(describe_errors(exc), source=source) from None


class _DuplicateKey(ValueError):
    pass


def _no_duplicates_json(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise _DuplicateKey(key)
        seen[key] = value
    return seen


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses a key written twice (PyYAML keeps the last one without a word)."""


def _mapping_without_duplicates(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> Any:
    keys = [loader.construct_object(key, deep=deep) for key, _ in node.value]
    for index, key in enumerate(keys):
        if isinstance(key, str) and key in keys[:index]:
            raise _DuplicateKey(key)
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates)


def _has_surrogate(value: Any, depth: int = 0) -> bool:
    if isinstance(value, str):
        return any("\ud800" <= ch <= "\udfff" for ch in value)
    if isinstance(value, Mapping):
        return any(_has_surrogate(k, depth + 1) or _has_surrogate(v, depth + 1) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_surrogate(v, depth + 1) for v in value)
    return False


def parse_case(text: str, *, source: str | None = None) -> Case:
    """Read a case from YAML or JSON text (JSON is YAML, but its errors read better as JSON)."""
    if len(text.encode("utf-8", errors="replace")) > MAX_CASE_FILE_BYTES:
        raise CaseError(["case: too large to be a case (over 1 MB)"], source=source)
    stripped = text.lstrip()
    try:
        data = (json.loads(text, object_pairs_hook=_no_duplicates_json) if stripped.startswith("{")
                else yaml.load(text, Loader=_StrictLoader))
    except _DuplicateKey as exc:
        raise CaseError([f"{exc}: written twice; keep one"], source=source) from None
    except json.JSONDecodeError as exc:
        raise CaseError([f"case: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"],
                        source=source) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        problem = getattr(exc, "problem", None) or "could not be read"
        raise CaseError([f"case: not valid YAML{where}: {problem}"], source=source) from None
    except (ValueError, RecursionError) as exc:  # YAML reads 2026-13-01 as a date and fails on it
        raise CaseError([f"case: a value could not be read ({exc}); write dates like 2026-11-20"],
                        source=source) from None
    if _has_surrogate(data):
        raise CaseError(["case: holds a broken character (a lone surrogate); save the file again as UTF-8"],
                        source=source)
    return case_from_data(data, source=source)


def load_case(path: Path | str) -> Case:
    from promo_ai.errors import PromoAIError
    from promo_ai.files import read_limited

    path = Path(path)
    try:
        raw = read_limited(path, MAX_CASE_FILE_BYTES, what="a case")
    except PromoAIError as exc:
        raise CaseError([f"case: {exc.message}"], source=str(path)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CaseError(["case: the file is not UTF-8 text; save it as UTF-8"], source=str(path)) from None
    return parse_case(text, source=str(path))


def dump_case_yaml(case: Case) -> str:
    return yaml.safe_dump(case.to_data(), sort_keys=False, allow_unicode=True, width=100)


def accomplishments_from_bullets(text: str) -> list[Accomplishment]:
    """A pasted brag document: one accomplishment per line; bullets and numbering are dropped.
    'Summary — impact' or 'Summary: impact' splits into summary and impact."""
    items: list[Accomplishment] = []
    for raw_line in text.splitlines():
        line = re.sub(r"^\s*(?:[-*•·]|\d+[.)])\s*", "", raw_line).strip()
        if not line:
            continue
        summary, impact = line, None
        parts = re.split(r"\s+[—–]\s+|\s+-\s+", line, maxsplit=1)
        if len(parts) == 2 and parts[0] and parts[1]:
            summary, impact = parts[0].strip(), parts[1].strip()
        items.append(Accomplishment.model_validate({"summary": summary[:MAX_TEXT], "impact": impact}))
    return items


def case_changes(before: Case, after: Case) -> list[str]:
    """What changed in the case, in words a person reads ('the target title', 'the next steps')."""
    labels = {"name": "your name", "current_title": "your current title", "target_title": "the target title",
              "manager": "your manager", "meeting_date": "the meeting date", "target_duties": "the duties",
              "accomplishments": "the accomplishments", "accolades": "the praise", "next_steps": "the next steps",
              "tone": "the tone", "team": "the team", "company": "the company", "email": "your email address",
              "notes": "the notes"}
    old, new = before.model_dump(), after.model_dump()
    return [labels.get(name, name.replace("_", " ")) for name in old if old[name] != new.get(name)]
