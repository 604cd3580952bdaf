"""What a promotion waits on, said as a step of mine: a course, an exam, a certificate, time in a role, experience
to show ("pass the CFE", "get my OSHA 30 done", "do 3 years in grade").

Asked of me or owed by me ("she wants me to ...", "I need to ...", "I have to ..."), such a step is a condition: a
plan item, not a promise the email makes. Said as something I will do ("I'll book the exam this week") it stays a
step. Notes seldom say which they mean; a qualification or experience asked of me is what a promotion waits on.
"""

from __future__ import annotations

import re

from promo_ai.notes.verbs import starts_with_a_verb

# the thing: a qualification, or time served ("2500 block hours", "3 years in grade")
_QUALIFICATION = re.compile(
    r"(?i)\b(?:cert(?:ificate|ification|ified)?s?|course|module|exam|qualification|licen[cs]e|training|refresher|"
    r"diploma|degree|msc|mba|registration|endorsement|chartership|accreditation|level\s*\d|belt|unit\s*\d|"
    r"programme|assessment|ticket|instructor|induction|apprenticeship|nvq|cpd|(?:block\s+)?hours|"
    r"(?:years?|months?)\s+(?:in\s+(?:grade|post|role)|on\s+the)|resit|acting\s+(?:up|as)|"
    r"(?:\d+|two|three|four|six|twelve)\s+(?:months?|years?|weeks?|wks)\s+(?:as|acting|in\s+charge|on\s+(?:the|nights))\b)\b")
# admin, not a qualification: "send him my certificates", "enrol in the cert iv", "book the exam", "renew my licence"
_ADMIN = re.compile(
    r"(?i)^(?:renew|send|share|email|e-mail|forward|give|pass|ask|enrol|enroll|book|register|apply|sign\s+up|write|draft|"
    r"submit|put\s+together|prepare|pull|chase|check|find\s+out|look\s+into|update|upload|bring|get\s+(?:\S+\s+){1,6}"
    r"to\s+(?:you|him|her|them|the)\b)|.*\b(?:cop(?:y|ied)|give\s+(?:it\s+)?to)\b")
# an obligation of mine, as a clause begins: "I need to", "I've to", "must", "I'm meant to"
OBLIGED = re.compile(
    r"(?i)^\W*(?:i\s*)?(?:still\s+)?(?:need\s+to|have\s+to|must|should|'ve\s+(?:got\s+)?to|ve\s+(?:got\s+)?to|"
    r"(?:'ve\s+)?got\s+to|gotta|(?:am|'m|m)\s+(?:supposed|meant)\s+to)\b")
# "before" and what: the promotion's own steps, not a date ("before it's signed off", "before nomination goes in",
# "before the partners will agree it", "before anything's decided"); "bago" (Tagalog: before)
_BEFORE = re.compile(
    r"(?i)\b(?:before|b4|bago)\s+(?:it\b|anything|nomination|selection|sign[- ]?off|approval|(?:any\s+)?decision|dpc\b|"
    r"sew-?on|i-approve|the\s+(?:[\w'-]+\s+){0,3}?(?:review|board|panel|committee|interview|decision|promotion|"
    r"calibration|round|cycle|ranking|list|vote|partners|governors|trustees)\b|(?:she|he|they|(?-i:[A-Z])\w+)\s+"
    r"(?:can\s+|will\s+|'ll\s+|could\s+)?(?:put|puts|sign|signs|approve|approves|decide|decides|consider|considers|"
    r"promote|back|ok|agree)\b|i\s+(?:can\s+)?(?:be|get|am|'m)\s+(?:put|considered|promoted|nominated))")
_NEAR_DAY = re.compile(r"(?i)\b(?:on|by|this|next)\s+(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|"
                       r"\bby\s+the\s+\d{1,2}(?:st|nd|rd|th)\b|\b(?:tomorrow|tmrw|today|tonight|this\s+week)\b")
# the move itself: "before I start", "b4 I go", "before I take over" (handing over, not qualifying)
_THE_MOVE = re.compile(r"(?i)\b(?:before|b4)\s+i\s+(?:start|take\s+over|move|begin|go|leave)\b")


def wanted_first(step: str, sentence: str) -> bool:
    """A step asked of me or owed by me (`step`, its verb phrase) that the promotion waits on: a course, an exam,
    a certificate, time served, or anything wanted before the decision; not the admin around one ("send him my
    certificates", "enrol in the cert iv", "a one-side statement from me before SLT meets")."""
    step = re.sub(r"(?i)^(?:first\s+|also\s+)", "", step.strip())
    if _ADMIN.match(step) or not starts_with_a_verb(step) or _THE_MOVE.search(sentence) or _NEAR_DAY.search(step):
        return False  # "complete my fire marshal course on Thursday": a task this week, not what the promotion waits on
    return bool(_QUALIFICATION.search(step)) or before_the_decision(sentence)


def before_the_decision(sentence: str) -> bool:
    """'... before it's signed off', '... before the partners will agree it', '... bago i-approve': wanted before a
    step of the promotion; not before a date ('before October') nor before anything else ('before the parents'
    evening', 'before the new starters arrive')."""
    return bool(_BEFORE.search(sentence))


# "she won't put me forward till my MSc dissertation is in", "won't consider me until I'm registered for the PhD and
# have one publication", "no point applying til the audit stuff is cleared", "doesn't think I'd get it unless I get
# my RSG cert": what it waits on
_UNTIL = re.compile(
    r"(?i)^(?:.{0,60}?\b(?:won'?t|will\s+not|can'?t|cannot|wouldn'?t|would\s+not|not\s+(?:going\s+to|gonna)|"
    r"doesn'?t\s+think|don'?t\s+think)\s+(?=[\w' -]{0,30}\b(?:(?:put|consider|promote|back|support|recommend|nominate|"
    r"shortlist|appoint|move|sign|approve|progress|submit|endorse)\s+(?:me|my\s+(?:name|case|application|promotion))\b|"
    r"sign\s+(?:it|me|anything)\s+off|approve\s+(?:it|the\s+promo\w*)|go\s+(?:ahead|forward)\s+with\s+(?:my|the)\s+"
    r"(?:promo\w*|case|application)|get\s+(?:it|the\s+(?:next|job|role|post|promotion))\b))[\w' -]{2,50}?|"
    r".{0,40}?\bno\s+point\s+[\w' -]{2,40}?)\s+"
    r"(?:till?|until|unless)\s+(?P<x>.+?)\W*$")
_STATE = re.compile(r"(?i)^(?P<np>(?:my|the|our|a|an)\s+[^,;]{2,50}?)\s+(?:is|are|'s|has\s+been|have\s+been)\s+"
                    r"(?P<done>done|in|cleared|finished|passed|signed\s+off|submitted|sorted|complete|completed|"
                    r"through|back)\b(?P<rest>.*)$")


def held_up_by(clause: str) -> str | None:
    """What a clause says the promotion waits on ('she won't put me forward till my MSc dissertation is in'), as
    something I will do ('get my MSc dissertation in'), or None."""
    m = _UNTIL.match(clause)
    if not m:
        return None
    said_x = re.sub(r"\s*\([^)]*\)?", "", m["x"])  # "(hand-in May)", "(I'm booked on it)": an aside
    parts = re.split(r"(?i)\s+and\s+(?=(?:i\s+)?(?:have|get|am|'m|pass|finish|complete|do)\b)", said_x)
    said = []
    for part in parts:
        part = re.sub(r"(?i)^i(?:'ve|\s+have)\s+(?:got\s+)?", "have ", part.strip())
        part = re.sub(r"(?i)^i(?:'m|\s+am)\s+", "get ", part)  # "I'm registered for the PhD": get registered
        part = re.sub(r"(?i)^i\s+", "", part)
        if state := _STATE.match(part):
            part = f"get {state['np']} {state['done']}{state['rest']}"
        said.append(part)
    return " and ".join(said) if said and starts_with_a_verb(said[0]) else None



# handing over: "I'll dig it out and email it to her tmrw", "will send them over tonight", "send my portfolio over"
_HANDS_OVER = re.compile(r"(?i)\b(?:send|email|e-mail|forward|bring|give|drop|pass|share|show)\s+(?:\w+\s+){0,1}?"
                         r"(?P<what>it|them|that|my\s+\w+)\b(?!\s+(?:done|finished|sorted|signed|"
                         r"completed|passed)\b)")


def hands_over(step: str, wanted: str, sentence: str) -> bool:
    """A step of mine (`step`) that hands over the thing just asked for (`wanted`, "send you my certificate
    first"): "I'll dig it out and email it", "I'll send it over on Monday". The thing exists, so sending it is the
    step, and there is nothing to plan; not when it is sent once earned ("once I pass it I will send it to her")."""
    thing = re.sub(r"(?i)^send\s+you\s+", "", wanted).lower()
    if re.search(r"(?i)\b(?:once|when|after|as\s+soon\s+as|if)\s+i\b", sentence):
        return False
    made = re.sub(r"(?i)^(?:give|prepare|write(?:\s+up)?|draft)\s+(?:(?:a|an|the|my)\s+)?", "", wanted).lower()
    handed = re.match(r"(?i)(?:submit|send|share|hand\s+in|email|forward)\s+(?:(?:the|my)\s+)?(?P<what>\w+(?:\s+\w+)?)",
                      step)
    if made != wanted.lower() and handed and made.startswith(handed["what"].lower()):
        return True  # "asked me to give a one page note, I will submit by Monday": submitting it is the step
    return thing != wanted.lower() and any(m["what"].lower() in {"it", "them", "that", "this"} or thing.startswith(
        m["what"].lower()) for m in _HANDS_OVER.finditer(step))
