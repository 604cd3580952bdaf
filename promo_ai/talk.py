"""Preparing the talk: talking points for asking in the 1-on-1, and a short message that asks for a
dedicated meeting when the regular 1-on-1 is missing or keeps being cancelled. Offline, from the case
and the same choice of evidence as the email; the wording lives in prompts/talk.j2."""

from __future__ import annotations

from pydantic import BaseModel, Field

from promo_ai.case import Case
from promo_ai.compose import choose_evidence, choose_praise
from promo_ai.draft import Citation
from promo_ai.form import duty_coverage
from promo_ai.prompts import render, template_module


class TalkingPoint(BaseModel):
    text: str
    details: list[str] = Field(default_factory=list)


class TalkPrep(BaseModel):
    talking_points: list[TalkingPoint]
    meeting_request_subject: str
    meeting_request_body: str
    citations: list[Citation] = Field(default_factory=list)

    def as_text(self) -> str:
        return render("talk_export.txt.j2", prep=self)

    def as_markdown(self) -> str:
        from promo_ai.export import escape_markdown

        return render("talk_export.md.j2", prep=self, md=escape_markdown)


def _tidy(text: str) -> str:
    return " ".join(str(text).split())


def prepare_talk(case: Case, citations: list[Citation] | None = None) -> TalkPrep:
    evidence = [case.accomplishments[i] for i in choose_evidence(case, limit=3)]
    praise = [case.accolades[i] for i in choose_praise(case, limit=2)]
    gaps = [c.duty for c in duty_coverage(case.to_data()) if not c.evidence]
    module = template_module("talk.j2", case=case)
    points = [
        TalkingPoint(text=_tidy(module.opener)),
        TalkingPoint(text=_tidy(module.already_doing), details=[_tidy(module.evidence_point(a)) for a in evidence]),
    ]
    if praise:
        points.append(TalkingPoint(text="Others have noticed:",
                                   details=[_tidy(module.praise_point(a)) for a in praise]))
    if gaps:
        points.append(TalkingPoint(text="Ask about the parts of the job you have less evidence for:",
                                   details=[_tidy(module.gap_question(d)) for d in gaps]))
    points += [
        TalkingPoint(text=_tidy(module.process_questions)),
        TalkingPoint(text=_tidy(module.follow_up)),
        TalkingPoint(text=_tidy(module.listen)),
    ]
    body = "\n".join(line.rstrip() for line in str(module.meeting_body).strip().splitlines())
    return TalkPrep(talking_points=points, meeting_request_subject=_tidy(module.meeting_subject),
                    meeting_request_body=body, citations=citations or [])
