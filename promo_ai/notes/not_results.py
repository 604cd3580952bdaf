"""What reads like an accomplishment to add but is not one: what is wanted and not yet done ("he wants to see me
getting full membership first"), what I must or will do ("i must present the numbers"), a target still to reach
("Plan: grow my SME book to KES 200M"), a maybe, work in progress, a result the case has already, and a figure said
in passing ("we went through the waste numbers"). The evidence reader (promo_ai.notes.reader) asks `not_a_result`
before it offers a sentence as an accomplishment, and takes what was done from an aside (`DONE_ASIDE`)."""

from __future__ import annotations

import re

from promo_ai.notes.evidence import ADD_SAY
from promo_ai.notes.when import when_phrase

# What is wanted, not yet done: "he wants to see me getting full membership first" is a plan, never evidence
WANTED = re.compile(r"(?i)\b(?:wants?|needs?|would\s+like|expects?)\s+(?:to\s+see|me\s+to)\b|"
                     r"\bbefore\s+(?:then|that)\b|\bwhat\s+(?:she|he|they)\s+wants?\b|"
                     r"\b(?:need|needs|i\s+need)\s+(?:min(?:imum)?|at\s+least|another|more|\d)|"  # "need min 3 yrs"
                     r"^\W*(?:i\s+)?(?:still\s+)?need\s+(?:the|a|an|my|some)\b|"  # "need the second book signed"
                     r"\b(?:will|would|'ll|'d)\s+want\s+(?:more|to\s+see|evidence|proof)\b|\bwants?\s+more\b|"
                     r"\b(?:must|needs?\s+to|has\s+to|have\s+to)\s+be\b|"  # "APER forms must be on file"
                     r"\bby\s+(?:the\s+)?(?:course\s+start|start(?:\s+date)?|the\s+panel|the\s+board|interview)\b|"
                     # "licence still pending - module 17 is left, exam in june": still to do, not done
                     r"\bstill\s+(?:pending|outstanding|to\s+(?:do|pass|sit|finish))\b|\b(?:is|are)\s+(?:left|outstanding)\b")


# what was done already, said beside what is wanted: "(did the pilot for 2 regions already, 40 users; she said
# include that)"
DONE_ASIDE = re.compile(r"(?i)\((?P<done>(?![^();]*(?:\bnot\b|n't\b|\bnever\b|\byet\b))[^();]*\b(?:already|did|done|"
                        r"ran|led|delivered|completed)\b[^();]*)")


# what I must or will do, said first: a plan or a step, never evidence ("i must present the numbers ...")
OWED = re.compile(r"(?i)^\W*(?:(?:and|also|then|so)\s+)?(?:i\s*(?:must|need\s+to|have\s+to|['’]ve\s+(?:got\s+)?to|"
                   r"gotta|got\s+to|should|will|['’]ll|am\s+going\s+to|['’]m\s+going\s+to)\s+\w|"
                   # a target, not what to put in: "i'd like to get turnover under 10% by Q3", "hoping to hit 95%"
                   r"(?:i\s*(?:['’]d\s+like|would\s+like|want|aim|plan|intend|hope|['’]m\s+(?:aiming|hoping|planning))|"
                   r"(?:aiming|hoping|planning))\s+to\s+(?:get|hit|reach|bring|cut|reduce|grow|increase|improve|achieve|"
                   r"lift|raise|lower|double|halve|become|make)\b)|"
                   # a to-do said bare ("need to do the FTO course before then"; not "need to mention the audit")
                   r"^\W*(?:(?:and|also|then|so)\s+)?(?:still\s+)?(?:need\s+to|have\s+to|gotta)\s+"
                   r"(?!(?:mention|include|add|put|get\s+(?:it|that|this)\s+in|say|highlight|list|note|remember)\b)\w")
# not a result to add, whatever is said with it: a maybe ("if I handle the count without variance she'll include that"),
# work in progress, a result the case has already
NOT_A_NEW_RESULT = re.compile(
    r"(?i)^\W*(?:if|once)\s+(?:i|we)\b|"
    # in progress, not done: "halfway through the brand refresh (4 of 8 markets live)"
    r"^\W*(?:i'?m\s+|im\s+)?(?:about\s+)?(?:halfway|half\s+way|part\s*way|midway)\s+(?:through|thru|into)\b|"
    # in the case already: "NEA grant closed in Aug, $50k - already on my list", "ESRC grant £310k — already in"
    r"\balready\s+(?:on\s+(?:my|the|our)\s+(?:list|cv|case|sheet|record)\b|listed\b|included\b|"
    r"in(?:\s+(?:there|it|the\s+(?:case|list|email|draft|letter)))?\W*$|there\W*(?:keep\W*)?$)")
# a target still to reach, said with no word to add it: "Plan: grow my SME book to KES 200M", "improve my dispatch
# accuracy to 99.5% over next 3 months", "2 new institutional clients by next April"
A_TARGET = re.compile(
    r"(?i)^\W*(?:(?:my|the|his|her|their|our)\s+)?(?:plan|target|goal|aim|objective|kpi|stretch)s?"
    r"(?:\s+for\s+(?:me|\w+))?\s*(?::|[–—]|\s-\s|->)|"
    r"^\W*(?:improve|grow|increase|reduce|lift|raise|build|double|halve|bring|reach|achieve|boost|lower)\s+"
    r"(?:my|our|the)\b|"
    r"\b(?:by|over|within|in)\s+(?:the\s+)?next\s+(?:\d+\s+|few\s+|couple\s+(?:of\s+)?)?(?:weeks?|months?|quarters?|"
    r"qtrs?|years?|yrs?|q[1-4]|jan|feb|mar|apr|april|may|jun|june|jul|july|aug|sep|sept|oct|nov|dec)\b")



# a figure said in passing, not an accomplishment to add: what was gone over in the meeting ("we went through the
# waste numbers, she knows the 18% was me"), a maybe ("if I get it I might ..."), advice ("she always says
# double-check every payout over R50k"), pay ("starts next week, extra 3k"), and others' past ("he said last year
# they hired 3 TLs externally"; not "billed 1,840 hrs last yr")
_IN_PASSING = re.compile(r"(?i)^\W*(?:[aq]\s*:\s*)?(?:(?:we\s+)?(?:went\s+(?:through|thru|over)|talked\s+(?:about|"
                         r"through)|discussed|reviewed|looked\s+at|covered)\b|if\b)|"
                         r"\b(?:might|someday|some\s+day|one\s+day)\b|\balways\s+(?:says|said)\b|"
                         r"\bextra\s+[£$€₹R]?\d[\d,.]*\s*k?\b|"
                         r"\b(?:said|says)\s+(?:that\s+)?last\s+(?:year|yr|restructure|reorg|cycle|round|time)\b.*\bthey\b")


def in_passing(sentence: str) -> bool:
    """A figure said in passing, not an accomplishment to add (see _IN_PASSING)."""
    return bool(_IN_PASSING.search(sentence))


def not_a_result(body: str, masked: str, cue: bool, step: bool, figures: bool) -> bool:
    """Whether a sentence offered as an accomplishment is none: `cue` when it says to add it, `step` when it gave a
    step or a plan item, `figures` when it has a result in figures; `masked` is the sentence with its dates masked."""
    return bool((WANTED.search(body) and not ADD_SAY.search(masked)) or OWED.match(body) or (not cue and in_passing(
        body)) or NOT_A_NEW_RESULT.search(body) or (not cue and A_TARGET.search(body)) or (
        step and not figures and when_phrase(body) and len(body.split()) <= 25))  # "- sepsis audit: get it in by March"
    # under "She wants before April:": a plan item with its date, not a result
