"""What a request asks of me: "she wants me to write up X" (write up X), "he asked for my publication list" (send
you my publication list); and what is not a request of me at all: where something goes in the email ("she wants
the on-call story up top"), my own notes ("want on record: ..."), an approval up the line ("needs CFO sign-off"),
something wanted from someone else ("the sign-off from Linda")."""

from __future__ import annotations

import re

_FROM_SOMEONE = re.compile(r"\bfrom\s+(?:(?i:hr|payroll|finance|the\s+(?:director|vp|panel|committee|partners))\b|"
                           r"(?:Mr|Mrs|Ms|Dr)\b|[A-Z][a-z]+\b)")
_NOT_VERB_ING = {"nothing", "something", "anything", "everything", "thing", "morning", "evening", "during", "ring",
                 "spring", "king", "string", "building", "meeting", "ceiling", "bring"}


def starts_with_ing(clause: str, after_aux: bool = False) -> bool:
    """The clause starts with a verb in -ing ('emailing her'); after 'she's', 'meeting' is a verb too."""
    first = clause.split(" ", 1)[0].lower()
    nouns = {"nothing", "something", "anything", "everything", "thing"} if after_aux else _NOT_VERB_ING
    return first.endswith("ing") and first not in nouns


# a person wanted, not a thing I can send: "a sponsor from outside the org", "his MD (Sheila) to co-sign"
_SOMEONE_WANTED = re.compile(r"(?i)(?:(?:an?|the|his|her|their|my|another|one\s+more)\s+)?(?:[\w-]+\s+)?(?:sponsor|"
                             r"referee|mentor|champion|advocate|backer|md|director|boss|vp|chief|partner)s?"
                             r"(?:\s*\([^)]*\))?(?=\s*$|\s+(?:from|outside|in|at|on|who|to\s+(?:co-?sign|countersign|"
                             r"sign|approve|agree|back|support|vouch))\b)")


def request_of_me(rest: str, verb: str) -> tuple[str, bool] | None:
    """What a request asks of me ('me to write up X' -> ('write up X', True)); the flag says it was an
    explicit 'me to' (a noun object, 'the deck from me', becomes 'send you the deck')."""
    if m := re.match(r"^(?:me|us)\s+to\s+(?:be\s+)?(?P<v>.+)", rest, re.IGNORECASE):
        return m["v"], True
    if (m := re.match(r"^me\s+(?P<v>[a-z]{3,}ing)\b(?P<rest>.+)", rest, re.IGNORECASE)) and starts_with_ing(m["v"]):
        return f"take on {m['v']}{m['rest']}", True  # "wants me editing the weekend rota": take on editing it
    if m := re.match(r"^to see me\s+(?P<v>.+)", rest, re.IGNORECASE):
        v = m["v"]
        return ("keep " + v if starts_with_ing(v) else v), True
    if verb.lower() == "suggested" and (m := re.match(r"^(?:that\s+)?i\s+(?P<v>.+)", rest, re.IGNORECASE)):
        return m["v"], True
    if verb.lower() in {"asked", "'s asked", "has asked", "requested", "has requested"} and (
            m := re.match(r"^(?:me\s+)?for\s+(?P<v>(?:my|the|a|an|some)\b.+)", rest, re.IGNORECASE)):
        return "send you " + m["v"], False
    if verb.lower() not in {"wants", "want", "would like", "'d like", "d like", "needs", "need", "would love"}:
        return None
    if re.search(r"(?i)\b(?:up\s+top|at\s+the\s+top|front\s+and\s+cent(?:er|re))\s*(?::|$)", rest):
        return None  # "she wants the on-call story up top": where it goes in the email
    if re.search(r"(?i)\bto\s+(?:lead|open|start)\s+with\b|\bto\s+(?:mention|include|highlight|say)\b", rest):
        return None  # "she wants my reply to mention the trusts income": what goes in the email, not a step
    if re.match(r"^[\w' -]{1,25}:", rest) or re.fullmatch(
            r"(?i)(?:on\s+(?:the\s+)?(?:record|file)|in|noted|included|mentioned|in\s+(?:writing|there))(?:\s+(?:anyway|too|"
            r"as\s+well))?", rest.strip()) or re.match(
            r"^(?:(?:[A-Z]{2,5}|regional|final|HR|exec|board|director)\s+)?(?:sign[- ]?off|approval|go-ahead)\b", rest):
        return None  # "want on record: ..." (my own note), "needs CFO sign-off" (an approval up the line, not mine)
    if m := re.match(r"^to see\s+(?P<v>(?:my|the|a|an|some|your|our)\b.+)", rest, re.IGNORECASE):
        return "send you " + m["v"], False
    if re.match(r"^(?:to|a word|an update|more time|(?:a\s+)?second opinion|(?:a\s+)?decision|(?:an?\s+)?answer|"
                r"(?:that|it|this|them)\b(?!.*\bin writing\b))\b", rest,
                re.IGNORECASE) or (_FROM_SOMEONE.search(rest) and not re.search(r"\bfrom me\b", rest, re.IGNORECASE)):
        return None
    rest = re.sub(r"\s+from me\b", "", rest, flags=re.IGNORECASE)
    thing = rest.strip().rstrip(".!")
    if _SOMEONE_WANTED.match(thing) or re.search(r"(?i)\bas\s+(?:the\s+)?(?:centerpiece|centrepiece|headline|lead|"
                                                 r"opener|focus|highlight)\b", thing):
        return None  # "needs a sponsor", "needs his MD to co-sign", "the RFC as the centerpiece": nothing to send
    if re.search(r"(?i)\b(?:experience|exposure|skills|knowledge|visibility|credibility|presence|track\s+record)"
                 r"\s*(?:$|\+|,|\band\b)|\bunder\s+contract\b", thing):
        return None  # "need budget formulation + supervisory experience": what I must gain, nothing to send
    if re.match(r"(?i)(?:my|the)\s+[^,;]+\s+(?:renewed|updated|done|finished|signed(?:\s+off)?|completed|passed|"
                r"sorted|current|valid|up\s+to\s+date)\b", thing):
        return "get " + thing, False  # "he wants my practising certificate renewed": mine to get done
    if re.search(r"(?i)\bto\s+(?:her|him|you)\b", rest):
        return "get " + rest, False  # "need draft to her by 15 Jan": get the draft to you, not "send you ... to you"
    return ("put " if re.search(r"\bin writing\b", rest) else "send you ") + rest, False


# what it would take, said by me: "I'd need to do the licensing course", "for that i need CISA part 1 done"
_WOULD_NEED = re.compile(r"(?i)^(?:for\s+that\s+|to\s+get\s+there\s+|so\s+)?i(?:'d|\s+would|d)\s+(?:need|have)\s+to\s+"
                         r"(?P<rest>.+)$|^(?:for\s+that\s+|to\s+get\s+there\s+)i\s+(?:need|have)\s+(?:to\s+get\s+)?"
                         r"(?P<np>(?!to\b).+?)\s+(?P<done>done|sorted|completed|passed|finished|signed\s+off)\b"
                         r"(?P<after>.*)$")


def would_need(clause: str) -> str | None:
    """What I said it would take, as something for me to do, or None."""
    m = _WOULD_NEED.match(clause)
    return (m["rest"] or f"get {m['np']} {m['done']}{m['after']}") if m else None


# "has to be signing off" is "signed off": what is done, said as what is needed
DONE = {"signing": "signed", "doing": "done", "sorting": "sorted", "renewing": "renewed", "checking": "checked",
        "finishing": "finished", "completing": "completed", "approving": "approved", "updating": "updated",
        "booking": "booked", "submitting": "submitted"}
