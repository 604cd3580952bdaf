"""Shapes of a clause that say a step, a wait or what it takes without a subject the reader knows: "revisit in
Q2", "offer letter comes from HR next week", "it goes to the panel on the 14th", "the panel meets on 14 Jan", "deck
from me by Fri", "HR owes me the contract", "directors want the client's sign-off", "they won't appoint without the
licence", "my application has to be in" (read by promo_ai.notes.clauses)."""

from __future__ import annotations

import re

from promo_ai.notes.patterns import compiled

(REVISIT, COMES_FROM, TO_FOLLOW, GOES_THROUGH, GOES_TO, GOES_IN, MEETS, FROM_ME, OWES_ME,
 GROUP_WANTS, WITHOUT, PASSIVE_NEED, MINE) = compiled(
    # "revisit in Q2": the manager's, with no subject
    r"^(?P<rest>(?:revisit|reconsider|re-?look|look (?:at it )?again|review (?:it|this) again|pick (?:it|"
    r"this) up again)\b.*)",
    # "offer letter comes from HR next week", "the letter from HR to follow", "it goes through payroll"
    r"^(?:the\s+|my\s+|a\s+)?(?P<thing>[\w/ -]+?)\s+(?:comes?|is coming|will come|arrives?|"
    r"will arrive)\s+from\s+(?P<who>[^,;]+?)(?P<rest>\s+(?:next|this|by|on|in|within|tomorrow|tmrw|later|"
    r"before)\b.*)?$",
    r"^(?:the\s+|an?\s+|my\s+)?(?P<thing>[\w/ -]+?)\s+from\s+(?P<who>[^,;]+?)\s+(?:to\s+follow|will\s+follow|"
    r"is\s+to\s+follow|to\s+come|is\s+coming|coming|due)\b(?P<rest>.*)$",
    r"^(?:the\s+|my\s+)?(?P<thing>[\w/ -]+?)\s+(?:goes|will go|is going|"
    r"gets put)\s+through\s+(?P<who>[\w-]+)(?P<rest>.*)$",
    # "it goes to the panel on the 14th", "the form goes in next week", "the panel meets on 14 Jan"
    r"^(?:it|this|my case|the case|my application)?\s*(?:goes|will go|is going)\s+(?:up\s+)?(?:to|"
    r"before)\s+(?P<who>(?:the\s+)?[\w' -]{2,40}?(?:\s*\([^)]{1,40}\))?)(?:,?\s+who\s+(?:decides|will\s+decide))?\s+"
    r"(?P<rest>(?:on|in|at|next|by)\b.+|\d{1,2}(?:st|nd|rd|th)?\s+"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b.*)$",  # "goes to the workforce panel 9th Dec"
    r"^(?:the\s+|my\s+)?(?P<thing>[\w/ -]{3,30}?)\s+(?:goes|will go|gets sent|will be sent)\s+(?P<how>in|off|up|"
    r"out)\b\s*(?P<rest>.+)$",
    r"^(?:the\s+)?(?P<who>(?:[\w-]+\s+){0,3}(?:panel|committee|board|calibration|review))\s+(?:only\s+)?"
    r"(?P<verb>meets|will\s+meet|sits|will\s+sit|convenes|happens|is)\s+"
    r"(?P<rest>(?:on|in|at|next|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|"
    r"aug|sep|oct|nov|dec)[a-z]*|\d{1,2}(?:st|nd|rd|th)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d|\s*$))\b.*|~?\s*\d{1,2}[/.]\d{1,2}\b.*)$",
    # "deck from me by Fri", "HR owes me the contract"
    r"^(?:the\s+|my\s+|a\s+)?(?P<thing>[\w/ -]+?)\s+from\s+me\s+(?P<rest>(?:by|before|on|in|next|this|tomorrow|tmrw|"
    r"end|early|within)\b.*)$",
    r"^(?P<who>.+?)\s+owes?\s+me\s+(?=\S)",
    # "directors want the client's sign-off", "the panel needs two more outputs": what a group requires of me
    r"^(?:the\s+)?(?:[\w-]+\s+){0,2}(?:committee|panel|board|directors|partners|trustees|governors|exec|leadership|"
    r"hr)\s+(?:also\s+)?(?:wants?|needs?|requires?|expects?|would\s+like)\s+(?P<rest>.+)$",
    # "they won't appoint without the UEFA A licence", "Hamid won't sign off unless I've got X": what it takes
    r"^(?:they|she|he|(?:the\s+)?[\w' -]{2,30}?)\s+(?:won'?t|will\s+not|can'?t|cannot|wouldn'?t|"
    r"would\s+not)\s+[\w' -]{2,40}?\s+(?:without|unless)\s+(?:i(?:'ve|\s+have)?\s+(?:got|get|have|do|"
    r"done)\s+)?(?P<x>(?:the|a|an|my)\b.+)$",
    # "my application has to be in", "competencies need signing off ... - my job": mine to get done
    r"^(?P<np>(?:my|the|our)?\s*[\w/() -]{3,50}?)\s+(?:has|have|needs?|must)\s+(?:to\s+be\s+|be\s+)?(?P<v>in|done|"
    r"ready|signed\s+off|\w+ing\s+off|\w+ed|\w+ing)\b(?P<rest>.*)$",
    # the sentence says it is mine
    r"^\W*my\b|\b(?:my\s+job|on\s+me|up\s+to\s+me|down\s+to\s+me|my\s+responsibility)\b")


# "feedback will be sent in writing by HR by end of the week", "the contract will be issued by People Ops": a step
# of whoever it is done by (not "by Friday", a when)
_DONE_BY = compiled(
    r"^(?:the\s+|my\s+|a\s+)?(?P<thing>[\w/ -]{3,40}?)\s+"
    r"(?:will\s+be|['’]ll\s+be|is\s+to\s+be|to\s+be|is\s+being|gets?)\s+"
    r"(?P<verb>sent|issued|emailed|done|processed|prepared|drafted|shared|given|confirmed|posted|completed|arranged|"
    r"organi[sz]ed|booked|set\s+up|signed\s+off)(?P<how>(?:\s+(?:out|over|across|in\s+writing|formally))?)\s+by\s+"
    r"(?P<who>(?!(?:end|eod|eow|eom|cob|close|next|this|mon|tue|wed|thu|fri|sat|sun|tomorrow|tmrw|today|mid|early|late|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|the\s+(?:end|\d)|\d|e-?mail|post|hand|courier|text|whatsapp|"
    r"teams|slack|phone|letter)\w*)(?:the\s+)?[\w&'’ -]{2,30}?)"  # not "sent by email", a how
    r"(?P<rest>\s+(?:by|before|on|in|next|this|within|after|at)\b.*)?$")[0]
_BASE = {"sent": "send", "issued": "issue", "emailed": "email", "done": "do", "processed": "process", "prepared":
         "prepare", "drafted": "draft", "shared": "share", "given": "give", "confirmed": "confirm", "posted": "post",
         "completed": "complete", "arranged": "arrange", "organised": "organise", "organized": "organize", "booked":
         "book", "set up": "set up", "signed off": "sign off"}


def done_by(clause: str) -> tuple[str, str] | None:
    """(who, the step) when the clause says what someone will do in the passive, with who does it after "by"."""
    if not (m := _DONE_BY.match(clause)):
        return None
    thing = m["thing"][:1].lower() + m["thing"][1:] if m["thing"][1:2].islower() else m["thing"]
    verb = _BASE[" ".join(m["verb"].lower().split())]
    return m["who"].strip(), f"{verb} the {thing}{m['how']}{m['rest'] or ''}"


def meets(clause: str) -> tuple[str, str] | None:
    """(who, the step) when the clause says when a panel or board meets: "committee meets 12 Feb" is "meet on 12 Feb",
    "meets Nov" "meet in Nov", "board sits 22nd" "sit 22nd", "meets ~1/15" "meet about 1/15"."""
    if not (m := MEETS.match(clause)):
        return None
    on = "" if re.match(r"(?i)(?:on|in|at|next)\b|\d{1,2}(?:st|nd|rd|th)\b(?![ ,]+(?:of\s+)?[a-z])", m["rest"]) else \
        "in " if re.match(r"(?i)[a-z]+\.?(?:\s*$|\s*,)", m["rest"]) else "on "
    rest = re.sub(r"^~\s*", "about ", m["rest"])
    # "meets 2/18 and makes the call": the second verb said as the first is ("meet ... and make the call")
    rest = re.sub(r"\b(and|then)\s+(makes|decides|votes|signs|approves|confirms|announces)\b",
                  lambda v: f"{v[1]} {v[2][:-1]}", rest)
    # the person's own verb kept: "board sits in April" is "sit in April" ("the board will sit in April")
    verb = "sit" if "sit" in m["verb"] else "convene" if m["verb"] == "convenes" else "meet"
    return m["who"].strip(), f"{verb} {'' if rest.startswith('about') else on}{rest}"
