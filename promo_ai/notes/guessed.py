"""The outcome the trained model reads from the notes as a whole, asked only when no rule finds one. It is offered
unticked, with the reason, and only from a sentence that still has a word for it."""

from __future__ import annotations

import re

from promo_ai.changes.items import CHEER, says_outcome
from promo_ai.notes.elsewhere import about_a_thing
from promo_ai.notes.learned import outcome_of

# "no view", "a no-brainer" are no word for a no
_NO_THING = re.compile(r"(?i)\bno\s+(?!(?:for|to|this|and|but|from|way|chance|go|dice|deal)\b)[a-z]+|\bno-[a-z]+")
# gone to a body for a step of the process, not to someone else: "the post has gone to HR for grading"
_TO_A_BODY = re.compile(r"(?i)\bgone\s+(?:up\s+)?to\s+(?:hr|finance|payroll|the\s+(?:[\w-]+\s+)?(?:team|panel|"
                         r"committee|board|office))\b")
# words that name a role: a guessed promotion needs the notes to say one
PROMOTION_WORDS = {"promo", "promotion", "promoted", "title", "role", "job", "post", "position", "grade", "band",
                   "level", "offer", "offered", "regrade"}
# "they won't promote anyone without the PMP": what it takes, not a no
_ON_CONDITION = re.compile(r"(?i)\b(?:without|unless|until|till|until\s+i|once\s+i|if\s+i)\b")


# a thing chosen over another, not a person over me: "we went with another vendor for the rota app"
_ANOTHER_THING = re.compile(r"(?i)\b(?:another|a\s+different|the\s+other|a\s+cheaper|an?\s+external)\s+(?:vendor|"
                            r"supplier|provider|tool|app|system|option|contractor|agency|platform|product|software|"
                            r"company|firm|design|venue|approach|quote|bid|version)s?\b")


def guessed_outcome(said: list[str], target_title: str) -> tuple[str, str, str] | None:
    """(outcome, the sentence that says it, a note) from the trained model, when the rules found none and
    the notes read as one outcome; the sentence must still have a word for it."""
    guess = outcome_of(said)
    if guess is None:
        return None
    result, probability, ranked = guess
    role = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", target_title)} | PROMOTION_WORDS
    if result == "promoted" and not role & set(re.findall(r"[a-z]+", " ".join(said).lower())):
        return None  # only notes that name a role: not "the new dashboards went live!!"
    # a word for it, not only cheering ("🎉 the new dashboards went live!!" is not a promotion)
    sentence = next((s for s in ranked if says_outcome(_NO_THING.sub("", CHEER.sub("", s)), result)
                     and not about_a_thing(s)  # "so no view either way", "a no-brainer": no word for a no
                     and (result != "no" or not (_TO_A_BODY.search(s) or _ON_CONDITION.search(s)
                                                 or _ANOTHER_THING.search(s)))), None)
    if sentence is None:
        return None
    return result, sentence, (f"Read from the notes as a whole ({probability:.0%} sure), not from a phrase the "
                              "reader knows, so it is not ticked: check it.")
