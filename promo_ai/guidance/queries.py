"""What to look for: a person's situation (their case and the step they are at) as weighted queries.

The stage leads the ranking; the person's target job and its duties refine it. The lookup cache keys
on these queries, so everything that shapes the answer for a case goes through `stage_queries`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from promo_ai.case import Case

Stage = Literal["draft", "talk", "after"]

STAGE_WORDS: dict[str, str] = {
    "draft": "draft the promotion request email: its parts, evidence matched to the duties, praise quoted, "
             "short and forwardable up the approval chain",
    "talk": "ask the manager for the promotion in person in the 1-on-1 meeting: what to say, talking points, "
            "answering questions and objections",
    "after": "after the talk: update the drafted email with what was said in the meeting and send the "
             "follow-up email to the manager",
}
# after the talk, what was decided leads: "not yet" looks for the guide on not getting it, not on sending the email
OUTCOME_WORDS: dict[str, str] = {
    "not_yet": "when you don't get promoted yet: not this time, ask what is missing, get the written criteria, "
               "agree a plan with dates and a date to revisit",
    "no": "when the answer is no: take it graciously, ask what would change the answer, decide what to do next",
    "promoted": "when you are promoted: thank the people who backed you, settle into the new role, set the next "
                "target",
}
STAGE_WEIGHT = 0.75  # share of the stage's words; the rest is the person's target job and duties
DUTIES = 5  # the first duties of the target job that shape the query

WeightedQueries = list[tuple[str, float]]


def _check(stage: str) -> None:
    if stage not in STAGE_WORDS:
        raise ValueError(f"stage must be one of {', '.join(STAGE_WORDS)}, not {stage!r}")


def query_for(case: Case, stage: Stage) -> str:
    """The person's situation as one query: the stage first, then the target job and its duties."""
    _check(stage)
    duties = "; ".join(case.target_duties[:DUTIES])
    parts = [_stage_words(case, stage), f"promotion from {case.current_title} to {case.target_title}"]
    if duties:
        parts.append(f"duties of the target job: {duties}")
    return ". ".join(parts)


def stage_queries(case: Case, stage: Stage) -> WeightedQueries:
    """The weighted queries that rank guidance for this case at this stage (ValueError for another stage)."""
    _check(stage)
    situation = f"promotion to {case.target_title}. " + "; ".join(case.target_duties[:DUTIES])
    return normalise([(_stage_words(case, stage), STAGE_WEIGHT), (situation, 1 - STAGE_WEIGHT)])


def _stage_words(case: Case, stage: Stage) -> str:
    """The stage's words; after the talk, those of its outcome when it is known and not still pending."""
    if stage == "after" and case.outcome in OUTCOME_WORDS:
        return OUTCOME_WORDS[case.outcome]
    return STAGE_WORDS[stage]


def normalise(queries: Sequence[tuple[str, float]]) -> WeightedQueries:
    """Runs of whitespace as one space: two queries that differ only there are the same query."""
    return [(" ".join(str(query).split()), float(weight)) for query, weight in queries]
