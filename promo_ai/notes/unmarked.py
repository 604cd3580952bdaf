"""Steps written with no auxiliary verb, as quick notes write them: "Theo recommending me at this year's board",
"Kerry from HR send me new contract next week", "decision ~ end of month", "results out in Sep"."""

from __future__ import annotations

import re

from promo_ai.notes.owners import BODIES, NAME, Owners
from promo_ai.notes.verbs import FORWARD, IMPERATIVE, PLAIN_VERB
from promo_ai.notes.when import when_phrase

BARE = re.compile(rf"^(?P<s>{NAME}|(?i:hr|payroll|finance)(?:\s*\([^)]*\))?)\s+"
                  r"(?:(?P<ing>(?!(?:nothing|something|anything|everything|morning|evening|during|thing|being)\b)"
                  r"[a-z]+ing\b.+)|(?P<base>[a-z]{3,}\b.+))$")
OUT_BY = re.compile(r"(?i)^(?:the\s+|an?\s+)?(?P<body>(?:panel|board|committee|hr|payroll)(?:'s)?\s+)?"
                     r"(?:[\w-]+\s+){0,2}?(?P<thing>results?|answer|decision|outcome|offer|letter|"
                     r"contract|news|confirmation|paperwork)\s+(?:(?:should\s+be\s+|is\s+|will\s+be\s+)?(?:out|due|"
                     r"expected|back|~|nlt)|(?=by\b)|from\s+(?P<src>\w+(?:\s+\w+)?(?:\s*\([^)]{1,30}\))?)"
                     r"(?=\s+(?:by|next|this|on|within|tomorrow|tmrw|eow|asap|before)\b))(?P<rest>.*)$")


SIGN_OFF = re.compile(r"^(?:the\s+)?(?P<role>[\w&' -]{1,25}?)\s+(?:sign-?off|approval)\s*"
                      r"(?:\((?P<name>[A-Z][\w'. -]+)\))?\s+"
                      r"(?P<rest>(?:after|by|before|on|in|at|next|this|within)\b.*)$", re.IGNORECASE)


def sign_off(clause: str) -> tuple[str | None, str] | None:
    """(who, the step) of a sign-off to come, said as a thing: "MD sign-off (Ingrid) after HRBP review"."""
    m = SIGN_OFF.match(clause)
    if not m or re.match(r"(?i)(?:my|her|his|their|our|your|the)$", m["role"].strip()):
        return None
    plain = re.fullmatch(r"(?i)(?:final|formal|official|initial|first|second|last|full)", m["role"].strip())
    return (m["name"] or (None if plain else m["role"].strip())), f"sign off {m['rest'].strip()}"


def unmarked(clause: str, owners: Owners, not_names: set[str]) -> tuple[str, str | None, str] | None:
    """(owner, who, the step) of a named subject followed straight by its verb, or None."""
    m = BARE.match(clause)
    if not m:
        return None
    name = re.sub(r"\s*\(.*|\s+(?:in|from|on|at)\s+.*$", "", m["s"])
    manager = owners.is_manager(name)
    if not manager and set(name.lower().split()) & not_names and name.lower() not in BODIES:
        return None
    owner, who = ("manager", None) if manager else ("me", None) if owners.is_me(name) else ("other", name)
    if m["ing"] and (FORWARD.match(m["ing"]) or when_phrase(m["ing"])):
        return owner, who, m["ing"]
    if m["base"] and when_phrase(m["base"]) and (IMPERATIVE.match(m["base"]) or PLAIN_VERB.match(m["base"])):
        return owner, who, m["base"]
    return None


def awaited_from(clause: str) -> tuple[str | None, str] | None:
    """(who, the step) of a decision, an answer or a letter to come, with its when, or None."""
    m = OUT_BY.match(clause)
    if not m or not when_phrase(m["rest"]):
        return None
    thing = m["thing"].lower()
    verb = {"answer": "give an", "decision": "make a", "letter": "send the", "contract": "send the",
            "offer": "send the", "confirmation": "send the", "paperwork": "send the"}.get(thing, "announce the")
    rest = m["rest"].strip()
    if not re.match(r"(?i)(?:by|before|in|on|at|from|after|within|next|this|early|late|mid)\b", rest):
        rest = f"by {rest}"  # "decision ~ end of month": by the end of the month
    who = m["body"] or m["src"]  # "the panel's decision", "letter from HR by EOT"
    return (who.strip().removesuffix("'s") if who else None), f"{verb} {thing} {rest}"
