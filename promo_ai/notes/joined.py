"""Two people's steps joined in one sentence: "she'll announce it at the huddle tmrw + hr (carlo) will email the new
sched", "i'll send the deck friday and dana will book the room". Each is its own sentence, so each step has its own
owner and its own when; a sentence whose parts share one subject ("she'll announce it and she'll email it") or hang
on a condition ("if I finish the course and she agrees ...") stays whole."""

from __future__ import annotations

import re

# who can start the second part: a pronoun, a department or body, someone named (a word that is no pronoun of a
# thing, nor a verb or a word that only links), with a name in brackets after it ("hr (carlo)")
_BODY = (r"hr|payroll|finance|recruitment|l&d|ops|the\s+(?:panel|board|director|committee|partners|vp|head|ceo|md|gm|"
         r"area\s+mgr|regional\s+mgr|hiring\s+manager)")
_ANYONE = (r"(?!(?:it|that|this|which|what|who|there|nothing|everything|something|anything|one|you|u|results?|decision|"
           r"answer|outcome|letter|contract|start|role|post|job|title|pay|rise|raise|review|promo|promotion|need|needs|"
           r"want|wants|have|has|had|got|going|plan|plans|try|trying|hope|agreed|asked|told|said|able|due|back|up|how|"
           r"where|next|time|way|chance|is|are|was|were|be|been|not|also|then|just|still|now|more|less|me|him|her|them|"
           r"us|my|his|their|our|your|ur|so|and|or|but|wish|like|love|expected|supposed|used|allowed|keen|happy|ready|"
           r"likely|unlikely|about|talk|speak|go|come|get|see|send|ask|tell|book|do|make|take|give|check|look|def|defo|"
           r"deffo|definitely|probably|prob|hopefully|maybe|possibly|surely|things|stuff|everyone|everybody|people|"
           r"numbers|figures|results|costs|we)\b)"
           r"[A-Za-z][a-z-]{1,15}(?:['’](?!(?:ll|s|d|re|ve)\b)[a-z]{2,})?")  # "O'Brien", not "paul's", "priya'll"
_BRACKETED = r"(?:\s+\([^)]{1,30}\))?"
_FUTURE = (r"(?:['’]ll|\s+will|(?:\s+is|\s+are|['’]s|['’]re)\s+(?:going\s+to|gonna))")
# minutes' shapes, for a body or someone named with a capital: "hr sending contract nxt wk" (not "to": "speak to
# Mark and Jo to agree the cover" is one step)
_MINUTES = (r"(?:(?:\s+is|\s+are|['’]s|['’]re)?\s+(?:sending|emailing|booking|sorting|"
            r"writing|organising|organizing|arranging|setting\s+up|confirming|announcing|telling|raising|putting|"
            r"taking|forwarding))")
_NAME = r"(?!I['’])(?-i:[A-Z])[a-z-]*(?:['’](?!(?:ll|s|d|re|ve)\b)[a-z]{2,})?"  # not "I'm"
# a body or someone named doing it, said as minutes say it: "hr (jo) sending paperwork tmrw" after a comma is HR's
# own step, not more of the one before
DOING = re.compile(rf"(?i)^(?:{_BODY}|{_NAME}){_BRACKETED}{_MINUTES}\s+\w")
_SUBJECT_DOES = (rf"(?:(?P<who>i|she|he|they|we|{_BODY}|{_NAME}){_BRACKETED}{_FUTURE}|"
                 rf"(?P<anyone>{_ANYONE}){_BRACKETED}\s+will|"  # "dana will", not "priya'll": read as one word
                 rf"(?P<body>{_BODY}|{_NAME}){_BRACKETED}{_MINUTES})\s+\w")
_JOINT = re.compile(rf"(?i)\s+(?:and|&|\+)(?:\s+then)?\s+(?={_SUBJECT_DOES})")
_FIRST_SUBJECT = re.compile(rf"(?i)^\W*(?:(?:also|then|and|so|ok|right)\s+)*{_SUBJECT_DOES}")
# someone's words quoted or pasted ('OC: "tick both boxes and I'll grade you Outstanding"', "I'd like you to ...
# and I will nominate you"): whose "I" it is is read from the whole
_QUOTED = re.compile(r"(?i)[\"“][^\"”]*\b(?:i|i['’]\w+|me|my|you|your)\b|^\W*\w+(?:\s+\w+)?\s*:\s|"
                     r"\byou(?:r|['’]ll|['’]re)?\b")
# a sentence that hangs on a condition or a time is one thought: "if I finish the course and she agrees, ..."
_HANGS = re.compile(r"(?i)^\W*(?:if|once|when|whenever|unless|provided|assuming|as\s+soon\s+as|after|before|until|"
                    r"till|as\s+long\s+as)\b")
_MIN_WORDS = 3
_PROMOTES = re.compile(r"(?i)\b(?:put|puts|putting)\s+me\s+(?:forward|up|fwd)\b|\bpromot\w*\s+me\b|\bsign\w*\s+off\s+"
                       r"(?:my|the)\s+(?:band|grade|promotion|step|level)|\bnominat\w*\s+me\b|\brecommend\w*\s+me\b|"
                       r"\bsubmit\w*\s+me\b|\bput\s+my\s+name\b")
_ASKS_SOMEONE = re.compile(r"(?i)\b(?:ask|tell|email|call|ring|phone|message|text|chase|contact|see|speak\s+to|"
                           r"talk\s+to|check\s+with)\s+(?:the|my|our|a)\s")
_NEEDED = re.compile(r"(?i)\b(?:need\s+to|have\s+to|has\s+to|must|got\s+to|gotta|if|once|unless|(?:wants?|asked|"
                     r"expects?|needs?)\s+me\s+to)\b")
_NAMED = re.compile(r"\b(?!I\b|I['’])(?-i:[A-Z])[a-z'’-]+")


def split_joined(sentence: str) -> list[str]:
    """The sentence cut where a second person's step starts; each part keeps its own words of the notes."""
    if _HANGS.match(sentence) or _QUOTED.search(sentence):
        return [sentence]
    first = _FIRST_SUBJECT.match(sentence)
    parts: list[str] = []
    start = 0
    subject = (first["who"] or first["anyone"] or first["body"]).lower() if first else None
    for joint in _JOINT.finditer(sentence):
        who = (joint["who"] or joint["anyone"] or joint["body"]).lower()
        before = sentence[start:joint.start()]
        if who == subject or len(before.split()) < _MIN_WORDS or _HANGS.match(sentence[joint.end():]):
            continue
        if who in {"he", "she", "they"} and (_NAMED.search(before.split(None, 1)[1]) or _ASKS_SOMEONE.search(before)):
            continue  # "Sandra's telling Phil and he'll sign it off", "i'll ask the rota coordinator + she'll swap
            # my shifts": he is Phil, she the coordinator, read from the whole
        if "then" in joint.group(0).lower() and _NEEDED.search(before) and _PROMOTES.search(sentence[joint.end():]):
            continue  # "I need to finish my 360 and then she'll put me forward": what it takes, one thought
        parts.append(before)
        start, subject = joint.end(), who
    parts.append(sentence[start:])
    return [p.strip() for p in parts if p.strip()]
