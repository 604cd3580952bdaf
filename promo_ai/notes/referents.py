"""What a step's "it", "them" or missing object points back to in the clause before it: "I asked him for a written
reference; he'll have it to me by Wednesday" (the written reference), "she needs to clear it with the partners, then
with them" (the partners), "Appointment letter – HR will issue by 24 Dec" (the appointment letter)."""

from __future__ import annotations

import re

from promo_ai.notes.verbs import starts_with_a_verb

_FOR_THING = re.compile(r"(?i)\bfor\s+(?P<np>(?:a|an|the|my|our)\s+[\w' -]+?)\s*$")
_GROUP_SUBJECT = re.compile(r"^(?P<g>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:need|needs|want|wants|have|has|will|are)\b")


def resolve(text: str, previous: str) -> str:
    """'it' and 'them' in a step: the thing asked for, or the group named, in the clause before; a verb with
    no object ("Appointment letter – HR will issue by 24 Dec") takes the thing named before it."""
    clause = re.sub(r"[\s.;,]+$", "", previous)
    thing = re.sub(r"^[^\w]*(?:\d+[.)]\s*)?", "", clause)
    if re.fullmatch(r"confirm|arrange|book|sort|send|schedule|organi[sz]e", text) and (
            named := re.fullmatch(r"(?i)(?!(?:she|he|they|i|we|it|this|that|the)\b)(?P<np>[\w' /&-]{0,30}?\b(?:"
                                  r"interview|panel|date|dates|meeting|slot|course|training|letter|contract|offer|rota|"
                                  r"schedule|paperwork|review|assessment|exam|induction|start))"
                                  r"(?:\s+(?:probably|prob|maybe|likely|hopefully)\b.*)?", re.sub(
                                      r"^[^\w]*(?:\d+[.)]\s*)?", "", clause))) and not starts_with_a_verb(named["np"]):
        return f"{text} the {named['np'][0].lower() + named['np'][1:]}"  # "panel interview prob Sept - HR to confirm"
    bare = re.match(r"^(?P<v>send|issue|share|post|submit|sign|draft|finali[sz]e|forward|circulate|book|confirm|email|"
                    r"prepare|write|arrange|update|upload|file|complete|return|approve|register|enrol|enroll|apply)\s+"
                    r"(?=(?:by|on|before|within|next|this|asap|tomorrow)\b)", text)
    named = re.fullmatch(r"(?i)(?!(?:she|he|they|i|we|it|this|that|the)\b)[\w' /&-]{2,40}", thing)
    if bare and named and not starts_with_a_verb(thing):
        written = thing[0].lower() + thing[1:] if thing[1:2].islower() else thing  # "Appointment letter", "CV"
        link = " for" if bare["v"] in {"register", "enrol", "enroll", "apply"} else ""  # "register for the induction"
        return f"{bare['v']}{link} the {written} {text[bare.end():]}"
    if re.match(r"^\w+\s+it\b", text) and (m := _FOR_THING.search(clause)):
        thing = re.sub(r"^(?:a|an)\s+", "the ", m["np"], flags=re.IGNORECASE)
        text = re.sub(r"^(\w+)\s+it\b", rf"\1 {thing}", text, count=1)
    if re.search(r"\b(?:with|to)\s+them\b", text) and (g := _GROUP_SUBJECT.match(clause)) \
            and g["g"].lower() not in {"she", "he", "they", "i", "we", "it", "there"}:
        text = re.sub(r"\b(with|to)\s+them\b", rf"\1 {g['g']}", text, count=1)
    return text
