"""Tone: insults, ultimatums, remarks about other people and shouting have no place in the email.

Insults and threats never stand, whoever wrote them first. A harsh word or two the case itself uses,
in the case's own words ('an unacceptable fall rate', 'urgent care', 'the useless alarms') is the case's;
so is a remark about someone else, only in the case's own words. Checked outside quotations (praise is
judged word for word).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from promo_ai.grounding.ownwords import composer_says
from promo_ai.grounding.source import Source

# Never in a promotion email, whoever wrote them first.
INSULTS = re.compile(
    r"\b(?:idiots?|idiotic|morons?|moronic|imbeciles?|stupid|dumb|jerks?|clowns?|losers?|dinosaurs|"
    r"cowboys?\s+outfit|crap|shit\w*|fuck\w*|damn\w*|bullshit|wtf|hell\s+no|screw\s+(?:you|this)|shut\s+up|"
    r"get\s+lost|you\s+people|a\s+bunch\s+of)\b",
    re.IGNORECASE,
)
# Rude about someone, unless the case says it in the same words ("an unacceptable fall rate").
HARSH = re.compile(
    r"\b(?:incompetent|clueless|pathetic|useless|lazy|worthless|hopeless|careless|a\s+joke|fools?|foolish|"
    r"ridiculous|absurd|disgrace(?:ful)?|shameful|insulting|outrageous|unacceptable|"
    r"(?:had|has|have)\s+no\s+(?:taste|idea|clue|vision|spine)|tired\s+of|fed\s+up|sick\s+of|"
    r"clean(?:ing)?\s+up\s+after|redo(?:ing)?\s+(?:their|his|her)|wasted\s+(?:a|an|the|our|two|three)\s+"
    r"(?:year|month|week|quarter)s?)\b",
    re.IGNORECASE,
)
_FUTURE = r"I(?:'ll|'m|\s+will|\s+am|\s+shall)"
ULTIMATUMS = re.compile(
    r"\b(?:or|otherwise|else)\s*,?\s+I(?:'ll|\s+will|\s+shall|'d|\s+would|\s+am\s+going\s+to)?\s+(?:have\s+to\s+)?"
    r"(?:leave|quit|resign|walk|go|look|start\s+looking|take|escalate|consider\s+my\s+options|move\s+on)\b"
    r"|\bor\s+(?:you(?:'ll|\s+will)|find\s+someone)\b|\bfind\s+someone\s+else\b|\bwithout\s+me\b"
    r"|\bI\s+(?:expect|need|demand|require|want)\s+(?:an?\s+)?(?:answer|decision|response|reply|confirmation|"
    r"yes)\b[^.;\n]{0,30}?\b(?:by|within|before|no\s+later\s+than|today|tomorrow|this\s+week|immediately|now)\b"
    r"|\bno\s+later\s+than\b|\bI\s+demand\b|\bnon-?negotiable\b|\bfinal\s+(?:offer|warning|notice|chance)\b"
    r"|\b(?:have|got|received|holding|considering)\s+(?:an?\s+)?(?:other|another|competing|outside|better|"
    r"external)\s+(?:job\s+)?offers?\b|\bcounter-?offer\b"
    r"|\b(?:I(?:'ll|\s+will)\s+have\s+no\s+choice|I'?m\s+prepared\s+to\s+leave|I\s+am\s+prepared\s+to\s+leave|"
    r"start\s+interviewing|look(?:ing)?\s+elsewhere|resign(?:ation)?|hand\s+in\s+my\s+notice|my\s+notice|"
    r"consider\s+this\s+my|take\s+(?:this|it)\s+to\s+(?:HR|legal|a\s+lawyer|your\s+boss|the\s+board)|"
    r"lawyer|lawsuit|tribunal|legal\s+action|act\s+accordingly|I'm\s+off\s+to|a\s+future\s+(?:here|at|with)|"
    r"no\s+future|future\s+for\s+me|(?:to|join|for)\s+(?:a|the)\s+competi(?:tor|tion)|"
    r"(?:firm|company|employer|team)\s+that\s+values)\b"
    r"|\bif\s+(?:I'?m\s+not|I\s+am\s+not|I\s+don't|I\s+do\s+not|this\s+(?:isn't|is\s+not|slips|doesn't)|"
    r"you\s+(?:don't|do\s+not|can't|cannot|won't)|there's\s+no|there\s+is\s+no|the\s+(?:promotion|title)\s+"
    rf"(?:slips|doesn't|does\s+not|isn't))\b[^.;\n]{{0,80}}\b{_FUTURE}\b"
    rf"|\bunless\b[^.;\n]{{0,80}}\b{_FUTURE}\b"
    r"|\b(?:asap|urgent(?:ly)?)\b",
    re.IGNORECASE,
)
_PERSON = (r"(?:(?!(?:It|This|That|There|Here|I|We|You|They|The|A|An|My|Our|In|On|At|For|January|February|March|"
           r"April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|"
           r"Friday|Saturday|Sunday)\b)[A-Z][a-z]+)")
_THEM = (rf"(?:{_PERSON}|(?i:my)\s+(?:colleagues?|peers?|teammates?|co-?workers?|predecessor|manager|boss)|"
         r"(?i:the)\s+(?:rest|others?|other\s+\w+(?:\s+\w+)?|previous\s+(?:analyst|manager|lead|chef|nurse|teacher|"
         r"holder|person|owner|engineer|designer))|others|(?:any|every)(?:one|body)\s+else|no\s+one\s+else|"
         r"any(?:\s+of\s+the)?\s+other|other\s+(?:analysts|engineers|nurses|teachers|chefs|designers|people|"
         r"candidates|colleagues|\w+s)|he|she|they|him|her|them|some\s+people|most\s+people)")
THIRD_PARTIES = re.compile(
    rf"\b(?i:unlike|compared\s+(?:with|to))\s+{_THEM}"
    rf"|\b(?:\w+er|more\s+\w+|less\s+\w+|fewer\s+\w+)\s+(?:[\w-]+\s+){{0,4}}?than\s+{_THEM}"
    rf"|\b{_THEM},?\s+(?:who\s+)?(?:frankly\s+|honestly\s+)?(?:never|rarely|always\s+(?:misses|fails|complains)|"
    r"can't|cannot|couldn't|didn't|doesn't|don't|failed|fails|struggled|struggles|dropped\s+the\s+ball|slacks?|"
    r"(?:was|were|got)\s+(?:fired|let\s+go|demoted|put\s+on\s+a\s+PIP)|(?:is|are)\s+(?:leaving|underperforming|"
    r"struggling|not\s+ready|not\s+up\s+to)|(?:has|have)\s+(?:been\s+)?(?:struggling|underperforming))\b"
    rf"|\b{_PERSON}\s+(?:got|made|was\s+(?:made|given|promoted(?:\s+to)?))\s+(?:an?\s+|the\s+)?[A-Z][\w-]*"
    r"[^.;\n]{0,40}\b(?:with|after|while|on\s+the\s+back\s+of|and\s+I)\b"
    r"|\bwho\s+(?:frankly\s+|honestly\s+|clearly\s+)?(?:couldn't|can't|cannot|never|wouldn't|won't)\s+\w+"
    r"|\b(?i:not\s+one\s+of\s+the\s+other|none\s+of\s+the\s+other|nobody\s+else|no\s+one\s+else)\b"
    r"|\b(?i:not\s+as\s+(?:good|strong|fast|capable|experienced|qualified)\s+as)\b|\b(?i:less|under)[\s-]qualified\b",
)
SHOUTING = re.compile(r"\b[A-Z]{4,}\b")


def _said_in_context(text: str, start: int, end: int, source: Source) -> bool:
    """A word or two of the case, with the two words before or after it as the case has them too."""
    if len(text[start:end].split()) > 2:
        return False
    before = re.split(r"[.;:!?\n]", text[max(0, start - 120):start])[-1].split()
    after = re.split(r"[.;:!?\n]", text[end:end + 120])[0].split()
    said = [f"{' '.join(before[-2:])} {text[start:end]}"] if len(before) >= 2 else []
    said += [f"{text[start:end]} {' '.join(after[:2])}"] if len(after) >= 2 else []
    return any(source.says(phrase) for phrase in said)


def check(text: str, source: Source) -> Iterator[tuple[int, str, str]]:
    """(position, claim, why) for each insult, ultimatum, remark about someone else or shouted word."""
    for m in INSULTS.finditer(text):
        yield m.start(), m.group(0), f"{m.group(0)!r} is insulting or rude; a promotion email stays courteous"
    for m in HARSH.finditer(text):
        if not (composer_says(text, m.start(), m.end()) or _said_in_context(text, m.start(), m.end(), source)):
            yield m.start(), m.group(0), f"{m.group(0)!r} is harsh about someone; a promotion email stays courteous"
    for m in ULTIMATUMS.finditer(text):
        if not (composer_says(text, m.start(), m.end()) or _said_in_context(text, m.start(), m.end(), source)):
            yield m.start(), m.group(0), f"{m.group(0)!r} reads as an ultimatum or pressure; ask, do not threaten"
    for m in THIRD_PARTIES.finditer(text):
        if not (composer_says(text, m.start(), m.end()) or source.says(m.group(0))):
            yield m.start(), m.group(0), (f"{m.group(0)!r} is a remark about someone else; make the case on your own "
                                          "work")
    for m in SHOUTING.finditer(text):
        if m.group(0).lower() not in source.vocabulary:
            yield m.start(), m.group(0), f"{m.group(0)!r} is shouted (all capitals) and is not in your case"


def sentence_faults(text: str) -> list[str]:
    """The tone faults of one sentence with no case behind it, named as the labelled style sets name
    them (insult, ultimatum, peer_comparison): what `make bench` scores."""
    faults = []
    if INSULTS.search(text) or HARSH.search(text):
        faults.append("insult")
    if ULTIMATUMS.search(text):
        faults.append("ultimatum")
    if THIRD_PARTIES.search(text):
        faults.append("peer_comparison")
    return faults

