"""The one-page case (promotion brief): a forwardable page for the approval chain.

The ask; each duty of the target job with the evidence that shows it; the praise; the timeline; the
agreed next steps. Duties with no evidence yet are the person's gaps: they are listed for the person
(`gaps`), never shown to the reader. Built only from the case, in the same sentences as the email, and
held to the same grounding checks.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from promo_ai.case import Case
from promo_ai.compose import plan_phrase, step_phrase
from promo_ai.grounding import Finding, find_ungrounded
from promo_ai.phrasing import article, evidence_sentence, upper_first
from promo_ai.prompts import as_sentence, render


class DutyEvidence(BaseModel):
    duty: str
    evidence: list[str]


class PromotionBrief(BaseModel):
    title: str
    ask: str
    who: str
    duties: list[DutyEvidence] = Field(default_factory=list)
    more_evidence: list[str] = Field(default_factory=list, description="Evidence not tied to a listed duty.")
    praise: list[str] = Field(default_factory=list)
    timeline: list[tuple[str, str]] = Field(default_factory=list, description="(when, what), as the case says.")
    next_steps: list[str] = Field(default_factory=list)
    plan: list[str] = Field(default_factory=list)
    gaps: list[str] = Field(default_factory=list, description="Duties with no evidence yet: for the person only.")

    def sections(self) -> list[tuple[str, str]]:
        """(section, text) pairs, for the grounding checks."""
        pairs = [("subject", self.title), ("request", self.ask), ("context", self.who)]
        for item in self.duties:
            pairs += [("evidence", item.duty)] + [("evidence", e) for e in item.evidence]
        pairs += [("evidence", e) for e in self.more_evidence] + [("praise", p) for p in self.praise]
        pairs += [("evidence", f"{when}: {what}") for when, what in self.timeline]
        pairs += [("closing", s) for s in self.next_steps + self.plan]
        return pairs


def build_brief(case: Case) -> PromotionBrief:
    by_duty: dict[str, list[str]] = {duty: [] for duty in case.target_duties}
    more: list[str] = []
    for item in case.accomplishments:
        duty = next((d for d in by_duty if item.duty and d.lower() == item.duty.lower()), None)
        (by_duty[duty] if duty else more).append(evidence_sentence(item))
    team = f" on the {case.team} team" if case.team and not case.team.lower().endswith("team") else (
        f" on the {case.team}" if case.team else "")
    company = f" at {case.company}" if case.company else ""
    since = f", in the role since {case.in_role_since}" if case.in_role_since else ""
    return PromotionBrief(
        title=f"{case.name}: the case for {case.target_title}",
        ask=f"I'm asking to be promoted from {case.current_title} to {case.target_title}"
            + (f", with the support of {case.manager.name}." if case.outcome == "pending" else "."),
        who=f"I'm {case.name}, {article(case.current_title)} {case.current_title}{team}{company}{since}.",
        duties=[DutyEvidence(duty=duty, evidence=items) for duty, items in by_duty.items() if items],
        more_evidence=more,
        praise=[f"“{a.quote}” — {a.author}" + (f", {a.role}" if a.role else "") for a in case.accolades],
        timeline=[(a.when, upper_first(a.summary.rstrip("."))) for a in case.accomplishments if a.when],
        next_steps=[as_sentence(upper_first(step_phrase(s).replace("you'll", f"{case.manager.first_name} will")))
                    for s in case.next_steps],
        plan=[as_sentence(upper_first(plan_phrase(p))) for p in case.plan],
        gaps=[duty for duty, items in by_duty.items() if not items],
    )


def brief_findings(brief: PromotionBrief, case: Case, notes: str | None = None) -> list[Finding]:
    """Every claim in the brief that the case (and notes) do not back: the email's grounding, applied."""
    return find_ungrounded(brief.sections(), case, notes)


def render_brief(brief: PromotionBrief, fmt: str) -> str:
    """The brief as Markdown ("md") or HTML ("html"), from prompts/brief.*.j2."""
    from promo_ai.export.text import escape_markdown

    if fmt == "md":
        return render("brief.md.j2", brief=brief, md=escape_markdown)
    return render("brief.html.j2", brief=brief)
