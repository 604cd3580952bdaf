"""Preparing the talk: talking points for asking in the 1-on-1, and a short message that asks for a
dedicated meeting when the regular 1-on-1 is missing or keeps being cancelled. Offline, from the case
and the same choice of evidence as the email; the wording lives in prompts/talk.j2."""

from __future__ import annotations

import json
import logging
from typing import Any

import yaml
from pydantic import BaseModel, Field, ValidationInfo, model_validator

from promo_ai.case import Case
from promo_ai.compose import choose_evidence, choose_praise
from promo_ai.draft import Citation
from promo_ai.errors import ModelError
from promo_ai.form import duty_coverage
from promo_ai.grounding import find_ungrounded
from promo_ai.prompts import fence_safe, render, template_module
from promo_ai.settings import OFFLINE_MODEL, Settings

log = logging.getLogger(__name__)


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

    def as_markdown(self, *, with_meeting_request: bool = True, with_heading: bool = True) -> str:
        from promo_ai.export import escape_markdown

        return render("talk_export.md.j2", prep=self, md=escape_markdown, with_meeting_request=with_meeting_request,
                      with_heading=with_heading)


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


class PolishedTalk(BaseModel):
    """What a model returns for the talk; judged against the case like the email is."""

    talking_points: list[TalkingPoint] = Field(min_length=4, max_length=9)
    meeting_request_body: str = Field(min_length=1, description="The message asking for a dedicated meeting.")

    @model_validator(mode="after")
    def _judge_against_case(self, info: ValidationInfo) -> PolishedTalk:
        case = (info.context or {}).get("case")
        if not isinstance(case, Case):
            return self
        texts = [("talking points", p.text) for p in self.talking_points]
        texts += [("talking points", d) for p in self.talking_points for d in p.details]
        texts.append(("meeting request", self.meeting_request_body))
        problems = [f.message for f in find_ungrounded(texts, case)]
        spoken = " ".join(t for _, t in texts).lower()
        if case.target_title.lower() not in spoken:
            problems.append(f"talking points: name the target title, {case.target_title!r}")
        if case.manager.first_name.lower() not in self.meeting_request_body.lower():
            problems.append(f"meeting request: greet {case.manager.first_name} by name")
        if case.first_name.lower() not in self.meeting_request_body.lower():
            problems.append(f"meeting request: sign it with {case.name}")
        if len(self.meeting_request_body.split()) > 90:
            problems.append("meeting request: keep it under 90 words")
        if problems:
            raise ValueError("Fix each of these and change nothing else:\n" + "\n".join(f"- {p}" for p in problems))
        return self


def polish_talk(prep: TalkPrep, case: Case, *, model: str, api_base: str | None = None,
                settings: Settings | None = None) -> tuple[TalkPrep, str | None]:
    """The talking points rewritten by `model`, held to the case; or the offline ones and the reason."""
    if model == OFFLINE_MODEL:
        return prep, None
    from promo_ai.llm import structured

    system = render("talk_system.j2", tone=case.tone, citations=prep.citations, data=fence_safe)
    case_yaml = yaml.safe_dump({k: v for k, v in case.to_data().items() if k != "notes"}, sort_keys=False,
                               allow_unicode=True)
    points = {"talking_points": [p.model_dump() for p in prep.talking_points],
              "meeting_request_body": prep.meeting_request_body}
    user = render("talk_user.j2", case_yaml=case_yaml, points_json=json.dumps(points, indent=2, ensure_ascii=False),
                  data=fence_safe)
    try:
        result = structured(PolishedTalk, system=system, user=user, model=model, api_base=api_base,
                            context={"case": case}, settings=settings)
    except ModelError as exc:
        log.warning("polishing the talk with %s failed (%s)", model, exc.reason)
        return prep, f"{exc.message} The talking points below are the offline ones."
    except Exception as exc:  # a library bug must not reach the page; the offline points stand
        log.exception("polishing the talk with %s failed unexpectedly", model)
        return prep, f"Polishing with {model} failed unexpectedly ({type(exc).__name__}); the offline points stand."
    polished: Any = result.value
    return prep.model_copy(update={"talking_points": polished.talking_points,
                                   "meeting_request_body": polished.meeting_request_body}), None
