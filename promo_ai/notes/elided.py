"""Steps said with words left out: a body doing something without "is" ("district HR sending the relocation
allowance form this week", or with the British "are": "HR are sending the new contract"), and something to be sent
without saying by whom ("the sim schedule will be sent out by end of june", "the appointment letter will be sent
from the district office")."""

from __future__ import annotations

import re

from promo_ai.notes.unmarked import BASE_OF_PARTICIPLE

# "People team (Sipho) sending the new contract", "HR doing the contract"
_BODY_DOING = re.compile(r"^(?P<body>(?:the\s+)?(?:[A-Za-z][\w'’&/-]*\s+){0,2}(?i:team|office|dept|department|desk|hr|"
                         r"payroll|committee|panel|board))(?:\s*\([^)]{1,30}\))?\s+(?:are\s+)?"  # "HR are sending"
                         r"(?P<rest>\w+ing\s.+)$")


def body_doing(clause: str) -> tuple[str, str] | None:
    """(the body, what it is doing) for "People team (Sipho) sending the new contract": the body without its
    bracket, and "sending the new contract"."""
    m = _BODY_DOING.match(clause)
    return (m["body"], m["rest"]) if m else None


_SENT_OUT = re.compile(r"(?i)^\W*(?:the\s+|an?\s+)?(?P<thing>(?!it\b|this\b|that\b|they\b|no\b|nothing\b|not\b)"
                       r"[\w' -]{2,40}?)\s+"
                       r"(?:will|should|is\s+going\s+to|(?:is|are)\s+to)\s+be\s+(?P<verb>sent|issued|emailed|posted|circulated|"
                       r"released|published|shared)(?P<out>\s+out)?(?:\s+from\s+(?P<who>my\s+(?:side|end)|myself|me|"
                       r"(?:the\s+)?[\w'’ -]{2,40}?))?"  # "from my side to the vacancy holder", "... once it's signed"
                       r"(?P<rest>(?:\s+(?:by|on|in|next|this|before|within|after|early|end|mid|later|(?(who)to|(?!x)x)|once|"
                       r"when|as\s+soon|asap)\b.*)?)\W*$")  # "to the vacancy holder" only once it says from whom


def sent_out(clause: str) -> tuple[str | None, str] | None:
    """(who or None, the step) of something to be sent, said in the passive without "by" whom: "the appointment
    letter will be sent from the district office", "the sim schedule will be sent out by end of june"."""
    m = _SENT_OUT.match(clause)
    if not m:
        return None
    thing = m["thing"].strip()
    thing = thing[0].lower() + thing[1:] if re.fullmatch(r"[A-Z][a-z]+(?:\s.*)?", thing) else thing
    owned = re.match(r"(?i)(?:my|his|her|their|our)\s|[\w-]+'s\s", thing)
    verb = BASE_OF_PARTICIPLE[m["verb"].lower()] + (" out" if m["out"] else "")
    return m["who"], f"{verb} {'' if owned else 'the '}{thing}{m['rest'].rstrip(' .,;')}"
