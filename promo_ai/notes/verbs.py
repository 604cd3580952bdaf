"""The verbs a step starts with: an action list's ("ask Dana ...", "send the deck"), the others an action line
may start with, mine in the present ("I send him the draft by Tue"), and what the manager or someone else is
doing for the case ("putting me forward", "sorting the rota").
"""

from __future__ import annotations

import re

# an action list's verb: "ask Dana how the interviews work", "get the data from Kelsey"
IMPERATIVE = re.compile(
    r"^(?P<rest>(?:try again|reapply|re-apply|apply again|"
    r"ask|send|email|e-mail|book|chase|follow up|update|prepare|draft|schedule|set up|call|find out|"
    r"write up|share|submit|finish|arrange|organi[sz]e|pull together|check with|sign up|apply for|register|collect|"
    r"gather|reach out|ping|confirm with|look into|sort out|line up|speak to|talk to|tell|let \w+ know|give|hand over|"
    r"hand in|cost out|cost up|renew|fill in|fill out|complete|invite|thank|meet with|find|pick up|enrol|enroll|"
    r"accept|sign|return|reread|re-read|read up on|"
    r"get(?!\s+(?:it|that|"
    r"this|them|those)\s+(?:in|up|out|first|down)\b))\b.+)", re.IGNORECASE)
# Besides an action list's verbs (IMPERATIVE), the verbs an action line may start with; any other first word
# names a thing ("allergen refresher by Fri").
MORE_VERBS = re.compile(
    r"(?i)(?:follow|set|call|write|pull|check|sign|apply|reach|confirm|look|sort|line|speak|talk|let|hand|cost|fill|"
    r"meet|get|do|take|run|lead|read|review|sit|pass|attend|start|make|have|bring|put|build|present|train|shadow|"
    r"cover|order|pay|enrol|join|learn|study|plan|agree|decide|approve|announce|raise|post|publish|upload|print|file|"
    r"move|add|drop|keep|try|go|come|visit|contact|message|text|ring|mentor|coach|own|deliver|design|test|fix|"
    r"finali[sz]e|prep|practi[sc]e|revise|redo|rewrite|record|log|note|list|map|price|hire|recruit|interview|onboard|"
    r"audit|clean|close|open|launch|host|chair|facilitate|support|help|back|nominate|recommend|propose|pitch|escalate|"
    r"introduce|intro|pair|buddy|cc|forward|loop|brief|debrief|walk|show|demo|teach|observe|mark|grade|assess|obtain|"
    r"secure|achieve|earn|handle|manage|increase|reduce|improve|grow|hit|reach|cut|fly|drive|sail|cook|serve|supervise|act|work|"
    r"spend|complete|finish|clear|renew|register|submit|send|share|email|table|consider|"
    r"think(?=\s+(?:about|over|through|on)\b))\b")
# a word before "the ..." is a verb: "transition the NDA queue to Kwame", "take on the rota"
_BEFORE_A_THING = re.compile(r"(?i)^(?!(?:by|before|after|on|in|at|for|from|to|until|till|with|of|during|about|and|but|"
                             r"or|if|when|since|via|into|within|without|between|across|around|through)\s)"
                             r"[a-z]+\s+(?:the|a|an|my|our|her|his|their|all|on|up|out|over)\s")  # not "by the 20th"


def starts_with_a_verb(phrase: str) -> bool:
    """Whether an action line or a listed item says what is done ("send the deck", "transition the queue"), or
    only names a thing ("allergen refresher by Fri", "CLM Sgt course")."""
    return bool(IMPERATIVE.match(phrase) or MORE_VERBS.match(phrase) or phrase.split(" ", 1)[0].endswith("ing")
                or _BEFORE_A_THING.match(phrase))


# a verb a step of mine starts with, in the present ("I send", "I book", "I sit the exam in March")
PLAIN_VERB = re.compile(r"(?i)^(?:send|book|sit|take|do|write|present|finish|submit|email|call|meet|run|bring|"
                        r"share|get|pass|apply|draft|hand|deliver|update|prepare|arrange|sort|give|enrol|register|"
                        r"attend|start(?=\s+(?:the|my|a|an)\s))\b")
# what the manager is doing for the case, said with no when: "putting me forward", "arranging the panel"
FORWARD = re.compile(r"(?i)(?:recommending|putting|submitting|nominating|pitching|proposing|sponsoring|escalating|"
                      r"setting\s+up|arranging|organi[sz]ing|booking|taking|bringing|raising|sending|sorting|chasing|"
                      r"checking|drafting|preparing|finding\s+out|looking\s+into|confirming|asking|e-?mailing|ringing|"
                      r"calling|phoning|messaging|contacting|writing\s+to)\b")
# what someone else is seeing to for me, with no when: "Sam's sorting the rota", "HR is checking the band"
SEEING_TO = re.compile(r"(?i)(?:sorting|chasing|checking|arranging|organi[sz]ing|booking|sending|drafting|preparing|"
                        r"confirming|finding\s+out|looking\s+into|setting\s+up|writing\s+up|issuing|processing|emailing|"
                        r"forwarding|scheduling|doing\s+(?:the|my|a|an)\s)\b")


def thing_verb(thing: str) -> str:
    """What someone else does with a thing named on their action line: a document is sent, the rest arranged."""
    paper = re.search(r"(?i)\b(?:letter|contract|offer|announcement|paperwork|pack|form|details|email|invite|"
                      r"confirmation|feedback|notes|minutes|slides|deck|report|figures|numbers|budget)\b", thing)
    if re.match(r"(?i)(?:final\s+)?say\b", thing):
        return "have the "  # "Colm - final say on the rota"
    if re.match(r"(?i)(?:final\s+)?(?:decision|call|verdict)\b", thing):
        return "make the "  # "Colm - final decision": Colm makes it
    return "send the " if paper else "arrange the "


def as_mine(thing: str) -> str:
    """A thing on my own action line, as what I will do: "CISRS supervisor card" is "complete the CISRS supervisor
    card"; "need my immunization cert renewed" is "get my immunization cert renewed"."""
    if m := re.match(r"(?i)needs?\s+to\s+(?P<rest>.+)", thing):
        return m["rest"]
    if m := re.match(r"(?i)needs?\s+(?P<rest>.+)", thing):
        return f"get {m['rest']}"
    return f"complete the {thing}"


# "going to" that says what will be done ("she's going to raise it"), not where someone goes ("going to the Dublin
# site", "going to Netcare")
GOING_TO = r"going to(?!\s+(?:the|a|an|my|our|your|his|her|their|this|that)\b|\s+(?-i:[A-Z]))"

# "she'd already told the clinical lead", "he'd just come out of a parent meeting": done, not to do (not "she'd just
# need my portfolio by Friday")
HAD_DONE = re.compile(r"(?i)(?:already|always|never|previously)\b|(?:told|sent|done|given|spoken|written|"
                      r"taken|seen|made|had|been|said|signed|shared|mentioned|raised|pushed|asked|emailed|flagged|heard|known|"
                      r"forgotten|gone|got|noticed|thought)\b|"
                      r"just\s+(?:come|been|got|gotten|had|finished|left|gone|arrived|returned|walked|done|seen|heard|"
                      r"spoken|started|sent)\b")
