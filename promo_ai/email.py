"""PromotionEmail: the email as sections, and the checks every version must pass.

The same model is filled by the offline composer and by a language model, judged by `run_checks`,
rendered by the templates in prompts/, written by the exporters and kept by the store.
With a validation context ({"case": Case, "notes": str | None}) the model validates itself
against the case, which is how the LLM path feeds failures back for a re-ask.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator
from pydantic_core import PydanticCustomError

from promo_ai.case import Case
from promo_ai.grounding import KINDS as GROUNDING_KINDS
from promo_ai.grounding import find_ungrounded
from promo_ai.style import FAULTS as STYLE_FAULTS
from promo_ai.style import find_style_faults, requests_made

MIN_WORDS = 80
MAX_WORDS = 350  # the full email: about 300 words and a margin for hand edits
BRIEF_WORDS = (60, 180)  # the brief: about 90-150 words, more when the evidence is long

SECTION_LABELS: dict[str, str] = {
    "subject": "Subject",
    "greeting": "Greeting",
    "opening": "Opening",
    "request": "Request",
    "evidence": "Evidence",
    "praise_intro": "Praise introduction",
    "praise": "Praise",
    "context": "Context for readers up the chain",
    "closing": "Closing",
    "signature": "Signature",
}
BODY_SECTIONS = ("greeting", "opening", "request", "evidence", "praise_intro", "praise", "context",
                 "closing", "signature")

_PLACEHOLDER = re.compile(
    r"\[[^\]\n]{0,60}\]|\{\{|\}\}|\{%|%\}|\bTODO\b|\bXXX\b|\bTBD\b|\bFIXME\b|<\s*/?\s*[A-Za-z][^<>\n]{0,60}>",
)
_ASKS_FOR_MEETING = re.compile(
    r"\b(meet|meeting|time to talk|talk|chat|discuss|conversation|1-on-1|one-on-one|sit down|catch up)\b", re.I
)
_REFERS_TO_TALK = re.compile(
    r"\b(conversation|talk|talked|talking|spoke|speaking|discuss|discussed|discussing|discussion|meeting|met|"
    r"1-on-1|one-on-one|chat)\b", re.I
)
_ASKS_FOR_CRITERIA = re.compile(r"\b(criteria|expectations|what good looks like|bar for)\b", re.I)
_ASKS_WHAT_WOULD_CHANGE = re.compile(r"\bwhat (would|will) (need to )?(change|it take|make)", re.I)
_REQUEST_WORDING = re.compile(
    r"\b(I'd like to be considered|I am requesting|I'm asking to be|request(ing)? promotion)\b", re.I)


def word_limits(case: Case) -> tuple[int, int]:
    """The body's length limits for the email the case calls for: the request makes the case in full;
    the plan, the reply to a no and the thank-you are short."""
    if case.outcome in ("no", "promoted"):
        return 30, 300
    if case.outcome == "not_yet":
        return 50, MAX_WORDS
    return BRIEF_WORDS if case.length == "brief" else (MIN_WORDS, MAX_WORDS)
_REQUEST_WORDS = re.compile(r"\b(promot\w*|consider\w*|ask\w*|request\w*|put me forward|move (up|into))\b", re.I)
_THANKS = re.compile(r"\b(thank|thanks|grateful|appreciate)\w*", re.I)
_NEXT_STEP = re.compile(
    r"\b(next|follow|discuss|happy to|glad to|let me know|meet|time|questions?|review|plan|steps?|"
    r"decision|hear|update|soon|answer|share|send|approval|agreed|as we said|come back|check in|what else|"
    r"anything (?:else|further|more)|by \w+day)\b",
    re.I,
)


class Check(BaseModel):
    """One line of the checklist a person sees."""

    model_config = ConfigDict(frozen=True)

    id: str
    passed: bool
    message: str


class PromotionEmail(BaseModel):
    """A promotion-request email, section by section."""

    model_config = ConfigDict(extra="ignore")

    subject: str = Field("", description="The subject line. Must name the target title.")
    greeting: str = Field("", description="Greets the manager by name, e.g. 'Hi Priya,'.")
    opening: str = Field(
        "", description="Refers to the promotion conversation (with its date when known), or asks for one."
    )
    request: str = Field("", description="The explicit request to be promoted to the target title.")
    evidence: list[str] = Field(
        default_factory=list,
        description="One item per accomplishment: what was done, its impact, the target duty it shows.",
    )
    praise_intro: str = Field("", description="One sentence introducing the praise; empty when there is none.")
    praise: list[str] = Field(
        default_factory=list, description="Praise quoted word for word from the case, each with its author."
    )
    context: str = Field(
        "",
        description="Who the writer is (name, current title, team) so a reader up the chain needs nothing else.",
    )
    closing: str = Field("", description="Thanks and a concrete next step.")
    signature: str = Field("", description="Sign-off and the writer's name.")

    @field_validator("subject", "greeting", "opening", "request", "praise_intro", "context", "closing",
                     "signature", mode="before")
    @classmethod
    def _strip(cls, value: Any) -> Any:
        return value.strip() if isinstance(value, str) else value

    @field_validator("evidence", "praise", mode="before")
    @classmethod
    def _clean_items(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = [line for line in value.splitlines()]
        if isinstance(value, list):
            return [re.sub(r"^\s*[-*•]\s+", "", v).strip() for v in value if isinstance(v, str) and v.strip()]
        return value

    @model_validator(mode="after")
    def _judge_against_case(self, info: ValidationInfo) -> PromotionEmail:
        context = info.context or {}
        case = context.get("case")
        if isinstance(case, Case):
            failures = [c for c in run_checks(self, case, context.get("notes")) if not c.passed]
            if failures:  # as data, so instructor re-asks with the checks and the status can name them
                raise PydanticCustomError(
                    "checks_failed", "The email fails these checks; fix each one and change nothing else:\n{lines}",
                    {"lines": "\n".join(f"- [{c.id}] {c.message}" for c in failures),
                     "checks": [{"id": c.id, "message": c.message} for c in failures]})
        return self

    def section_texts(self) -> list[tuple[str, str]]:
        """(section name, text) for every non-empty section, lists flattened."""
        pairs: list[tuple[str, str]] = []
        for name in SECTION_LABELS:
            value = getattr(self, name)
            if isinstance(value, list):
                pairs += [(name, item) for item in value]
            elif value:
                pairs.append((name, value))
        return pairs

    def body_word_count(self) -> int:
        return sum(len(text.split()) for name, text in self.section_texts() if name != "subject")

    def all_text(self) -> str:
        return "\n".join(text for _, text in self.section_texts())


def _date_variants(case: Case) -> list[str]:
    day = case.meeting_date
    if day is None:
        return []
    return [
        day.isoformat(), day.strftime("%B ") + str(day.day), day.strftime("%b ") + str(day.day),
        f"{day.day} " + day.strftime("%B"), f"{day.day} " + day.strftime("%b"), f"{day.month}/{day.day}",
        f"{day.day}/{day.month}", f"{day.day}.{day.month}.",
    ]


def _mentions(text: str, phrase: str) -> bool:
    return phrase.lower() in " ".join(text.lower().split())


def run_checks(email: PromotionEmail, case: Case, notes: str | None = None) -> list[Check]:
    """Every check, in the order a person reads the email. Each says why it passed or failed."""
    checks: list[Check] = []

    def add(check_id: str, passed: bool, ok: str, problem: str) -> None:
        checks.append(Check(id=check_id, passed=passed, message=ok if passed else problem))

    outcome = case.outcome
    asking = outcome in (None, "pending")  # the request itself; afterwards, the email that fits the decision
    required = ["subject", "greeting", "opening", "closing", "signature"]
    if asking:
        required += ["request", "evidence", "context"] + (["praise"] if case.accolades else [])
    elif outcome == "not_yet":
        required += ["request", "context"] + (["evidence"] if case.plan else [])
    elif outcome == "no":
        required.append("request")
    missing = [SECTION_LABELS[name] for name in SECTION_LABELS if name in required and not getattr(email, name)]
    add("sections", not missing, "Every required section is there.",
        "Missing or empty: " + ", ".join(missing) + ".")

    add("subject", _mentions(email.subject, case.target_title),
        f"The subject names the target title ({case.target_title}).",
        f"The subject must name the target title, {case.target_title!r}.")

    manager = case.manager
    add("greeting", _mentions(email.greeting, manager.first_name) or _mentions(email.greeting, manager.name),
        f"It greets {manager.name} by name.", f"The greeting must address {manager.name} by name.")

    if outcome == "promoted":
        add("opening", bool(_THANKS.search(email.opening)), "The opening thanks your manager.",
            "The opening must thank your manager for the promotion.")
    elif case.meeting_date:
        dated = any(_mentions(email.opening, v) for v in _date_variants(case))
        add("opening", bool(_REFERS_TO_TALK.search(email.opening)) and dated,
            "The opening refers to your conversation and its date.",
            f"The opening must refer to your conversation on {case.meeting_date:%B} {case.meeting_date.day}.")
    else:
        add("opening", bool(_REFERS_TO_TALK.search(email.opening)),
            "The opening refers to the conversation it follows (ask in person first; add its date after the talk).",
            "The opening must refer to your conversation about the promotion: the email follows the talk.")

    if asking:
        add("request",
            _mentions(email.request, case.target_title) and bool(_REQUEST_WORDS.search(email.request)),
            f"It asks plainly for the {case.target_title} title.",
            f"The request must ask plainly to be promoted to {case.target_title}.")
        add("evidence", len(email.evidence) >= 1,
            f"{len(email.evidence)} accomplishment(s) show you already do the job.",
            "Add at least one accomplishment as evidence.")
        if case.accolades:
            add("praise", len(email.praise) >= 1 and any('"' in p or "“" in p for p in email.praise),
                f"{len(email.praise)} piece(s) of praise, quoted and attributed.",
                "Quote at least one piece of praise from your case, word for word, with its author.")
    elif outcome == "not_yet":
        add("request", bool(_ASKS_FOR_CRITERIA.search(email.request)),
            "It asks for the written criteria of the role.", "Ask for the written criteria of the role.")
        add("plan", len(email.evidence) >= len(case.plan),
            f"The plan you agreed is written out ({len(case.plan)} item(s)).",
            "Write out every item of the plan you agreed.")
    elif outcome == "no":
        add("request", bool(_ASKS_WHAT_WOULD_CHANGE.search(email.all_text())),
            "It asks what would change the answer.", "Ask what would need to change for the answer to be yes.")
    else:
        add("request", not _REQUEST_WORDING.search(email.all_text()),
            "A thank-you, with no request left in it.", "Take the request out: you have been promoted.")

    context_parts = [case.name, case.current_title] + ([case.team] if case.team else [])
    missing_context = [p for p in context_parts if not _mentions(email.context, p)]
    if asking or outcome == "not_yet":
        add("context", not missing_context,
            "A reader up the chain learns who you are without having been in the room.",
            "The context line must say who you are for readers up the chain; it is missing: "
            + ", ".join(missing_context) + ".")

    # A next step: in so many words, or one of the steps agreed in the talk, said in the closing.
    agreed = any(_mentions(email.closing, step.text.split(" ", 1)[-1][:40]) for step in case.next_steps)
    add("closing", bool(_THANKS.search(email.closing)) and (agreed or bool(_NEXT_STEP.search(email.closing))),
        "The closing thanks your manager and names a next step.",
        "The closing must thank your manager and name a next step.")

    add("signature", _mentions(email.signature, case.name) or _mentions(email.signature, case.first_name),
        "Signed with your name.", f"The signature must carry your name, {case.name}.")

    # "[2025] EWHC 1432" or an editorial "[has]" in a quote are the person's own words, not blanks.
    own_words = "\n".join(case.text_fields()) + "\n" + (notes or "")
    leftovers = sorted({m.group(0) for m in _PLACEHOLDER.finditer(email.all_text()) if m.group(0) not in own_words})
    add("placeholders", not leftovers, "No placeholders left.",
        "Replace the placeholders: " + ", ".join(repr(x) for x in leftovers) + ".")

    words = email.body_word_count()
    low, high = word_limits(case)
    add("length", low <= words <= high, f"{words} words: short enough to be read in full.",
        f"The body has {words} words; keep it between {low} and {high}.")

    findings = find_ungrounded(email.section_texts(), case, notes)
    sections = email.section_texts()
    style = find_style_faults(sections)
    for fault, check_id, ok in STYLE_FAULTS:
        found = [f for f in style if f.fault == fault]
        add(check_id, not found, ok, " ".join(f.message + "." for f in found))
    asks = requests_made(sections)
    add("style_request_once", asks <= 1, "The request is made once.",
        f"The request is made {asks} times; make it once, in the request.")

    for kind, ok in GROUNDING_KINDS:
        of_kind = [f for f in findings if f.kind == kind]
        add(f"grounded_{kind}", not of_kind, ok, " ".join(f.message + "." for f in of_kind))
    return checks
