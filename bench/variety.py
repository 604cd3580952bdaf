"""How much the offline emails of different people share: the variety targets of issue 11.

- sentence share: after masking the person's facts (names, titles, team, company, duties, dates and
  figures), the largest fraction of the emails of one tone that contain the same sentence (target <= 1/3).
  The salutation and sign-off lines are formulae, not sentences, and are left out; so are the evidence
  and the quoted praise, which are the person's own facts.
- pair share: for two emails, the words of the first that sit in a sentence the second also has (after
  masking), over all the words of the first; the largest over every pair (target <= 1/4).

Used by tests/test_variety.py and by `make bench` (bench/bench_compose.py).
"""

from __future__ import annotations

import itertools
import random
import re
from collections import Counter
from collections.abc import Sequence

from promo_ai.case import TONES, Case
from promo_ai.compose import compose
from promo_ai.email import PromotionEmail
from promo_ai.phrasing import first_person_duty

FRAME_SECTIONS = ("subject", "opening", "request", "praise_intro", "context", "closing")
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=\S)")


def _facts(case: Case) -> list[str]:
    facts = [case.name, *case.name.split(), case.manager.name, *case.manager.name.split(), case.current_title,
             case.target_title, case.team, case.company, case.forward_to, case.in_role_since, case.salutation,
             *case.target_duties, *(first_person_duty(d) for d in case.target_duties)]
    facts += [a.author for a in case.accolades]
    return sorted({f for f in facts if f and len(f) > 1}, key=len, reverse=True)


def masked_sentences(email: PromotionEmail, case: Case) -> list[str]:
    facts = _facts(case)
    sentences = []
    for section in FRAME_SECTIONS:
        text = getattr(email, section)
        for sentence in _SPLIT.split(text.strip()) if text else []:
            for fact in facts:
                sentence = sentence.replace(fact, "<fact>")
            sentence = re.sub(r"\d+", "#", sentence)
            sentence = re.sub(r"\b(January|February|March|April|May|June|July|August|September|October|November"
                              r"|December)\b", "<month>", sentence)
            if len(re.sub(r"<\w+>|[^\w\s]", " ", sentence).split()) >= 2:  # not the person's facts alone
                sentences.append(sentence.strip())
    return sentences


def sentence_share(pairs: Sequence[tuple[PromotionEmail, Case]]) -> tuple[float, str]:
    """The largest fraction of these emails that share one masked sentence, and that sentence."""
    counts: Counter[str] = Counter()
    for email, case in pairs:
        counts.update(set(masked_sentences(email, case)))
    if not counts:
        return 0.0, ""
    sentence, count = counts.most_common(1)[0]
    return count / len(pairs), sentence


def pair_share(a: tuple[PromotionEmail, Case], b: tuple[PromotionEmail, Case]) -> float:
    shared = set(masked_sentences(*a)) & set(masked_sentences(*b))
    words = sum(len(s.split()) for s in masked_sentences(*a) if s in shared)
    return words / max(1, a[0].body_word_count() + len(a[0].subject.split()))


def max_pair_share(pairs: Sequence[tuple[PromotionEmail, Case]]) -> float:
    return max((pair_share(a, b) for a, b in itertools.permutations(pairs, 2)), default=0.0)


_FIRST = ["Amara", "Jordan", "Zoë", "Mei", "Olu", "Björn", "Priya", "Sam", "Lee", "Grace", "Mateo", "Ravi",
          "Aiko", "Fatima", "Tom", "Ines", "Kwame", "Hana", "Luis", "Nora"]
_LAST = ["Okafor", "Lee", "Martínez", "Chen", "Adeyemi", "Ødegaard", "Shah", "Ortiz", "Kim", "Rossi", "Tanaka",
         "Haddad", "Walsh", "García", "Mensah", "Novak", "Silva", "Brennan", "Kaur", "Moreau"]
_JOBS = [("Staff Nurse", "Charge Nurse", "Ward 7"), ("Teacher", "Head of Year", "Science Department"),
         ("Line Cook", "Sous Chef", "Kitchen"), ("Analyst", "Senior Analyst", "Finance"),
         ("Engineer", "Senior Engineer", "Payments"), ("Designer", "Senior Designer", "Growth"),
         ("Paralegal", "Senior Paralegal", "Litigation"), ("Pharmacist", "Lead Pharmacist", "Dispensary"),
         ("Account Manager", "Senior Account Manager", "EMEA Sales"), ("Shift Lead", "Warehouse Supervisor", "Nights")]
_DUTIES = ["Runs the team's weekly planning", "Coaches new starters", "Owns the quality audit",
           "Presents results to senior leadership", "Manages the budget for the unit", "Leads the on-call rota"]
_WORK = [("Led the rollout of the new rota", "Cut overtime by 12%"), ("Trained four new starters", None),
         ("Ran the quarterly audit", "Findings fell from 9 to 3"), ("Rebuilt the onboarding checklist",
                                                                   "Used by every new hire since May"),
         ("Covered the supervisor's shifts for a month", "No missed handovers"),
         ("Set up a weekly review with the client", "Renewal signed two months early"),
         ("Cut waste on the evening service", "Saves about 300 a week")]
_ROLES = ["Director of Operations", "Colleague", "Client", "Patient's daughter", "Student", "Head of Department"]


def generated_cases(count: int, seed: int = 11) -> list[Case]:
    """Cases as different people would write them: deterministic, so the figures are repeatable."""
    rng = random.Random(seed)
    cases = []
    for index in range(count):
        current, target, team = rng.choice(_JOBS)
        work = rng.sample(_WORK, rng.randint(2, 5))
        duties = rng.sample(_DUTIES, rng.randint(0, 3))
        cases.append(Case.model_validate({
            "name": f"{rng.choice(_FIRST)} {rng.choice(_LAST)}", "current_title": current, "target_title": target,
            "team": team, "manager": {"name": f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"},
            "meeting_date": rng.choice([None, "2026-11-20", "2026-12-03"]), "target_duties": duties,
            "accomplishments": [{"summary": s, "impact": i, "duty": rng.choice([None, *duties]) if duties else None}
                                for s, i in work],
            "accolades": [{"quote": "Always the first to help when the shift gets hard.",
                           "author": f"{rng.choice(_FIRST)} {rng.choice(_LAST)}", "role": rng.choice(_ROLES)}
                          for _ in range(rng.randint(0, 2))],
            "tone": TONES[index % 3], "length": rng.choice(["full", "brief"]),
        }))
    return cases


def by_tone(cases: Sequence[Case]) -> dict[str, list[tuple[PromotionEmail, Case]]]:
    grouped: dict[str, list[tuple[PromotionEmail, Case]]] = {tone: [] for tone in TONES}
    for case in cases:
        grouped[case.tone].append((compose(case).email, case))
    return grouped
