"""The offline composer: Case -> PromotionEmail, deterministic, no model needed.

The wording lives in prompts/email_sections.j2; this module chooses what goes in (the strongest
evidence and praise when there is too much) and tidies the rendered sections.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from promo_ai.case import Accolade, Accomplishment, Case, NextStep, PlanItem
from promo_ai.email import PromotionEmail, word_limits
from promo_ai.phrasing import article, as_written_out, duties_clause, evidence_sentence, pick, praise_groups
from promo_ai.prompts import as_sentence, template_module

MAX_EVIDENCE = 5
MAX_PRAISE = 3
_FIGURE = re.compile(r"\d")
# A team named "Cardiac Step-Down Unit" reads "in the ... Unit", not "on the ... Unit team".
_UNIT_WORDS = {"unit", "department", "ward", "group", "office", "division", "lab", "clinic", "practice", "branch"}


@dataclass(frozen=True)
class Composition:
    email: PromotionEmail
    left_out: list[str] = field(default_factory=list)


def _duty_matches(item: Accomplishment, duties: Sequence[str]) -> bool:
    duty = (item.duty or "").lower()
    return bool(duty) and any(duty == d.lower() for d in duties)


def evidence_strength(item: Accomplishment, duties: Sequence[str]) -> int:
    """Impact counts most (a figure even more), then a mapped target duty."""
    score = 0
    if item.impact:
        score += 3 + (2 if _FIGURE.search(item.impact) else 0)
    if item.duty:
        score += 2 + (1 if _duty_matches(item, duties) else 0)
    if item.when:
        score += 1
    return score


def praise_strength(accolade: Accolade) -> int:
    words = len(accolade.quote.split())
    score = 2 if accolade.role else 0
    score += 2 if 6 <= words <= 45 else 0  # a sentence or two: long enough to say something, short enough to read
    score += 1 if _FIGURE.search(accolade.quote) else 0
    return score


def _rank(items: Sequence[int], strength: dict[int, int]) -> list[int]:
    return sorted(items, key=lambda i: (-strength[i], i))


def choose_evidence(case: Case, limit: int = MAX_EVIDENCE) -> list[int]:
    """Indexes of the accomplishments to show: the first one (the person put it first, or asked to
    emphasise it), one per target duty, then the strongest."""
    strength = {i: evidence_strength(a, case.target_duties) for i, a in enumerate(case.accomplishments)}
    chosen: list[int] = [0]
    for duty in case.target_duties:
        backing = [i for i, a in enumerate(case.accomplishments) if a.duty and a.duty.lower() == duty.lower()]
        for index in _rank(backing, strength)[:1]:
            if index not in chosen and len(chosen) < limit:
                chosen.append(index)
    for index in _rank(range(len(case.accomplishments)), strength):
        if index not in chosen and len(chosen) < limit:
            chosen.append(index)
    return chosen


def choose_praise(case: Case, limit: int = MAX_PRAISE) -> list[int]:
    strength = {i: praise_strength(a) for i, a in enumerate(case.accolades)}
    chosen: list[int] = []
    authors: set[str] = set()
    # Different voices persuade more than one voice repeated.
    for index in _rank(range(len(case.accolades)), strength):
        author = case.accolades[index].author.lower()
        if author not in authors and len(chosen) < limit:
            chosen.append(index)
            authors.add(author)
    for index in _rank(range(len(case.accolades)), strength):
        if index not in chosen and len(chosen) < limit:
            chosen.append(index)
    return chosen


def _team_phrase(case: Case) -> str:
    phrase = ""
    if case.team:
        team = case.team
        last_word = team.split()[-1].lower()
        if last_word in _UNIT_WORDS:
            phrase = f" in the {team}"
        elif "," in team or team.split()[0].lower() in _UNIT_WORDS:
            phrase = f" in {team}"  # "Ward 7, Cardiology": not "on the Ward 7, Cardiology team"
        else:
            phrase = f" on the {team}" + ("" if last_word == "team" else " team")
    if case.company:
        phrase += f" at {case.company}"
    return phrase


_SUBJECT = re.compile(r"^(?:she|he|they|i|we|you)(?:'ll|’ll| will| would|'d)\s+", re.IGNORECASE)


# what notes typed fast leave in lower case, and an email never does: "since i have the log", "by friday"
_LOWER_I = re.compile(r"(?<![\w.'’-])i(?=(?:['’](?:m|ll|d|ve))?(?:\s|$|[,;:]))")
_DAY_OR_MONTH = re.compile(r"\b(?P<before>(?:by|in|of|till|until|from|mid|early|late|next)\s+)?(?P<name>(?:mon|tues|"
                           r"wednes|thurs|fri|satur|sun)day|january|february|april|june|july|august|september|october|"
                           r"november|december|may|march)\b")


def _proper_case(text: str) -> str:
    """'email them myself since i have the log by friday' -> '... since I have the log by Friday' (not "may" the
    verb)."""
    def named(m: re.Match[str]) -> str:
        plain = m["name"] in {"may", "march"} and not m["before"]
        return m[0] if plain else f"{m['before'] or ''}{m['name'].capitalize()}"

    return _DAY_OR_MONTH.sub(named, _LOWER_I.sub("I", text))


def verb_phrase(text: str) -> str:
    """'She'll Bring my case' -> 'bring my case': the subject is said by the email, and a verb written
    with a capital is lowered ('Write up the doc'); an acronym or a name ('NPS', 'Priya') keeps its capital."""
    text = _proper_case(_SUBJECT.sub("", text.strip().rstrip(" .")))
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first[0].isupper() and first[1:].islower():
        return text[0].lower() + text[1:]
    return text


# someone else's step that says its own doer ("eval board meets end of May", "interviews to be held by Zoom"): the
# notes' line as the reader offered it, when no rule could take it apart; said as it is, not "they will ..."
_OWN_DOER = re.compile(r"(?i)^(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,3}?\s+(?:is|are|will|to\s+be|meets?|sits?|decides?|"
                       r"starts?|opens?|closes?|comes?\s+out|happens?|due|expected)\b")


_INITIALS = frozenset({"hr", "it", "l&d", "hq", "smt", "slt"})


def step_phrase(step: NextStep) -> str:
    """A next step as the email says it to the manager: 'you'll bring my case to the January calibration'."""
    text = step.text.rstrip(" .")
    if step.owner is None or (step.owner == "other" and not step.who and _OWN_DOER.match(text)):
        return text
    who = step.who or "they"
    who = who.upper() if who.lower() in _INITIALS else who  # "hr will send ...": HR will send
    if re.match(r"[a-z]", who) and not re.match(r"(?:the|my|our|they|we)\b", who):
        who = f"the {who}"  # "people team sending the new job descriptions": the people team will send them
    subject = "we'll" if step.owner == "manager" and who == "we" else {"me": "I'll", "manager": "you'll"}.get(
        step.owner) or f"{who} will"
    when = f" {_when(step.by)}" if step.by and not _says_when(text, step.by) else ""
    return f"{subject} {verb_phrase(text)}{when}"


def _when(by: str) -> str:
    """A step's when after it: "by Friday", "over the next 2 months" (a stretch of time, not a deadline), "starting
    July" (said with its own word)."""
    if re.match(r"(?i)(?:the\s+)?(?:next|coming|following)\s+(?:\d+|two|three|four|six|few|couple)\b", by):
        return f"over {by}"
    if re.match(r"(?i)(?:by|before|after|from|starting|until|till|within|during|over|in|on|at)\s", by):
        return by
    return f"by {by}"


def _says_when(text: str, by: str) -> bool:
    """Whether the step says its when already, as written or written out ("by Friday 4 Dec" for "Fri 4 Dec")."""
    written = as_written_out(f"by {by}").removeprefix("by ")
    return any(b.lower() in t.lower() for b in (by, written) for t in (text, as_written_out(text)))


def plan_phrase(item: PlanItem) -> str:
    """A plan item as something I will do: 'write up the design doc by January'."""
    text = re.sub(r"\s+\+\s+", " and ", verb_phrase(item.text))  # "the ILS refresher + the rota training"
    return text + (f" {_when(item.by)}" if item.by and not _says_when(text, item.by) else "")


def _day(day: dt.date | None) -> str | None:
    return f"{day:%B} {day.day}" if day else None


def follow_up_phrase(case: Case) -> str | None:
    """'on March 1, 2027' (when the date is in another year than the meeting) or 'on December 11'."""
    day = case.follow_up_on
    if day is None:
        return None
    if day.day == 1:  # "revisit in April" was read as the first of the month: say it as it was said
        return f"in {day:%B}"
    same_year = case.meeting_date is None or case.meeting_date.year == day.year
    return f"on {_day(day)}" + ("" if same_year else f", {day.year}")


# the manager's step that only revisits ("look at it again in March", "revisit at the April round"): a not-yet
# email's request says so already ("I understand it can't happen yet, and that we'll look at it again in March")
_ONLY_REVISITS = re.compile(r"(?i)(?:revisit|review|reconsider|look\s+at|come\s+back\s+to|discuss)(?:\s+(?:it|this|"
                            r"that|my\s+case|the\s+promotion|things))?(?:\s+again)?(?:\s+(?:in|around)\s+"
                            r"(?P<when>\w+)|\s+then)?")


def _render_outcome(case: Case) -> PromotionEmail:
    """The email after the decision: a plan (not yet), a gracious reply (no) or a thank-you (promoted)."""
    plan = [plan_phrase(item) for item in case.plan]
    again = follow_up_phrase(case) if case.outcome == "not_yet" else None  # the revisit, said in the request
    module = template_module(
        "email_outcome.j2", case=case, tone=case.tone, outcome=case.outcome, meeting_day=_day(case.meeting_date),
        plan=plan, next_steps=[step_phrase(step) for step in case.next_steps
                               if not (again and step.owner == "manager" and (m := _ONLY_REVISITS.fullmatch(
                                   step.text)) and (m["when"] or "").lower() in again.lower()
                                       and (not step.by or step.by.lower() in step.text.lower()))],
        follow_up_phrase=follow_up_phrase(case),
        current_with_article=f"{article(case.current_title)} {case.current_title}", team_phrase=_team_phrase(case),
    )
    evidence = [as_sentence(p[:1].upper() + p[1:]) for p in plan] if case.outcome == "not_yet" else []
    return PromotionEmail(
        subject=_one_line(module.subject), greeting=_one_line(module.greeting), opening=_one_line(module.opening),
        request=_one_line(module.request), evidence=evidence, context=_one_line(module.context),
        closing=_one_line(module.closing), signature=_lines(module.signature),
    )


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _lines(text: str) -> str:
    return "\n".join(line.strip() for line in str(text).strip().splitlines() if line.strip())


def _render(case: Case, evidence: list[int], praise: list[int], *, expand: bool = False) -> PromotionEmail:
    chosen_evidence = [case.accomplishments[i] for i in sorted(evidence)]
    chosen_praise = [case.accolades[i] for i in sorted(praise)]
    # The duties the evidence shows lead; duties with no evidence are the person's gaps, not the reader's.
    shown = {a.duty.lower() for a in chosen_evidence if a.duty}
    duties = [d for d in case.target_duties if d.lower() in shown] or list(case.target_duties[:2])
    module = template_module(
        "email_sections.j2",
        case=case,
        tone=case.tone,
        brief=case.length == "brief",
        choose=lambda slot, count: pick(case, slot, count),
        meeting_day=_day(case.meeting_date),
        forward_to=case.forward_to,
        duties=duties_clause(duties[:3]),
        praise=chosen_praise,
        praise_groups=praise_groups(chosen_praise),
        current_with_article=f"{article(case.current_title)} {case.current_title}",
        team_phrase=_team_phrase(case),
        tenure=f", in the role since {case.in_role_since}" if case.in_role_since else "",
        plan=[plan_phrase(item) for item in case.plan],
        next_steps=[step_phrase(step) for step in case.next_steps],
        expand=expand,
    )
    return PromotionEmail(
        subject=_one_line(module.subject),
        greeting=_one_line(module.greeting),
        opening=_one_line(module.opening),
        request=_one_line(module.request),
        evidence=[evidence_sentence(a) for a in chosen_evidence],
        praise_intro=_one_line(module.praise_intro),
        praise=[_one_line(module.praise_item(a)) for a in chosen_praise],
        context=_one_line(module.context),
        closing=_one_line(module.closing),
        signature=_lines(module.signature),
    )


def compose(case: Case) -> Composition:
    """The strongest email that fits the length chosen, and a note of what was left out."""
    if case.outcome in ("not_yet", "no", "promoted"):
        return Composition(email=_render_outcome(case), left_out=[])
    brief = case.length == "brief"
    low, high = word_limits(case)
    budget = high - (10 if brief else 30)  # headroom so a small hand edit does not tip it over the limit
    evidence = choose_evidence(case, limit=3 if brief else MAX_EVIDENCE)
    praise = choose_praise(case, limit=1 if brief else MAX_PRAISE)
    email = _render(case, evidence, praise)
    if email.body_word_count() < low + 10:  # a very small case: one more sentence, no new claims
        email = _render(case, evidence, praise, expand=True)
    # Trim the weakest items until the email fits; keep at least two pieces of evidence and one quote.
    while email.body_word_count() > budget and (len(evidence) > 2 or len(praise) > 1):
        if len(praise) > 1 and (len(praise) >= len(evidence) - 1 or len(evidence) <= 2):
            praise = praise[:-1]
        else:
            evidence = evidence[:-1]
        email = _render(case, evidence, praise)
    while email.body_word_count() > budget and len(evidence) > 1:
        evidence = evidence[:-1]  # the first chosen (the person's first) goes last of all
        email = _render(case, evidence, praise)

    left_out = [f"Accomplishment: {a.summary}" for i, a in enumerate(case.accomplishments) if i not in evidence]
    left_out += [f"Praise from {a.author}: “{_short(a.quote)}”" for i, a in enumerate(case.accolades)
                 if i not in praise]
    return Composition(email=email, left_out=left_out)


def _short(text: str, words: int = 12) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")
