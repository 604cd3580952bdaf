"""The reader's patterns, compiled once: case-insensitive, as notes are typed in any case."""

from __future__ import annotations

import re


def lexicon(*cues: str) -> re.Pattern[str]:
    """Cues said any of several ways, as one case-insensitive pattern."""
    return re.compile("|".join(cues), re.IGNORECASE)


def compiled(*patterns: str) -> tuple[re.Pattern[str], ...]:
    """Each pattern compiled case-insensitively, in order (for `A, B = compiled(r"...", r"...")`)."""
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


# Words that end a job title ("Head Chef", "night sister", "Sous"), for telling a title from a thing named.
ROLE_NOUNS = (r"lead|head|chef|nurse|manager|supervisor|engineer|analyst|director|officer|partner|associate|"
              r"coordinator|technician|technologist|assistant|designer|developer|teacher|foreman|forewoman|leader|specialist|"
              r"consultant|advisor|adviser|administrator|scientist|accountant|controller|planner|buyer|editor|producer|"
              r"librarian|curator|hygienist|midwife|paramedic|pharmacist|dispatcher|sergeant|inspector|captain|"
              r"principal|deputy|chargehand|sister|agent|clerk|steward|foreperson|keyholder|porter|cook|sous|ganger|"
              r"charge|hand|holder|mgr|lawyer|solicitor|attorney|counsel|registrar|instructor|trainer|surveyor|"
              r"architect|auditor|actuary|underwriter|lecturer|professor|matron|superintendent|constable|"
              r"lieutenant|commander|skipper|fellow|educator|brewer|winemaker|stylist|optometrist|dietitian|"
              r"radiographer|therapist|physiotherapist|translator|linguist|interpreter|recruiter|carer|mechanic|"
              r"electrician|plumber|chemist|journalist|reporter|photographer|sommelier|purser|receptionist|"
              r"secretary|estimator|scheduler|programmer|researcher|strategist|copywriter|illustrator|animator")
# The promotion, or a role, talked about: "promo: no", "Senior BA - no", "Sgt confirmed!!"
ROLE_TALK = (rf"(?:promo\w*|role|job|post|position|grade|band|title|regrade|upgrade|step\s+up|senior|chief|sgt|cpl|"
             rf"capt|"
             rf"superintendent|{ROLE_NOUNS})")
# what a line asks about rather than answers: "Any concerns with the redesign - no", "Questions: none"
QUESTIONS = r"(?:any|anything|concerns?|questions?|issues?|problems?|worries)"


# an idiom for who decides next, not a court case: "the ball's in HR's court", "ball is now in the DON's court"
BALL_IN_COURT = (r"ball(?:['’]?s|\s+is)\s+(?:now\s+|firmly\s+)?in\s+(?P<who>[^,;]{2,40}?)['’]s?\s+court\b")
