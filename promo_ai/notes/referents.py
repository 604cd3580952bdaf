"""What a step's "it", "them" or missing object points back to in the clause before it: "I asked him for a written
reference; he'll have it to me by Wednesday" (the written reference), "she needs to clear it with the partners, then
with them" (the partners), "Appointment letter – HR will issue by 24 Dec" (the appointment letter)."""

from __future__ import annotations

import re

from promo_ai.notes.dates import DATE_WORDS
from promo_ai.notes.verbs import starts_with_a_verb

# the thing asked for: "I asked him for a written reference" (not "it needs a business case for the post")
_FOR_THING = re.compile(r"(?i)\b(?:ask(?:ed|s)?|request(?:ed|s)?|wait(?:ing|ed)?|appl(?:y|ied|ies)|push(?:ed|ing)?|"
                        r"pressed|chas(?:e|ed|ing)|begged)\b[^,;]*?\bfor\s+(?P<np>(?:a|an|the|my|our)\s+[\w' -]+?|"
                        # with no determiner, a thing that is sent: "Asked her for interview feedback, HR will send it"
                        r"(?P<bare>(?:[\w'-]+\s+){0,3}(?:feedback|reference|references|letter|report|breakdown|criteria|"
                        r"summary|notes|figures|numbers|details|form|forms|confirmation)(?:\s+in\s+writing)?))\s*$")
# a step whose object is "it" or "that": "Claire's booking it", "greg sets it up", "bev booking me on it for may"
_IT_OBJECT = re.compile(r"(?i)^(?P<v>[a-z]+)(?P<me>\s+me\s+(?:on|onto|in|for)|\s+(?:him|her|you)(?=\s+(?:it|that)\b))?"
                        r"\s+(?P<it>it|that|them)\b"
                        r"(?P<particle>\s+(?:up|out|off|"
                        r"through|in))?(?P<rest>.*)$")
_NO_OBJECT = re.compile(r"(?i)^(?P<v>submit|send|share|hand\s+in)\s+(?=(?:by|before|on|tomorrow|tmrw|today|asap|eow|"
                        r"end\s+of|(?:this|next)\s+(?:week|wk|month|\w+day)))")
# a clause that only names a thing: "Store Manager Academy in May", "next quarterly review", "new hire dispatcher"
_NAMED_THING = re.compile(r"(?i)(?!(?:she|he|they|i|we|it|this|that|there|so|and|but|then|also|plus|me|my|if|when|"
                          r"once|after|before|until|till|revisit|plan|pay|date|dates|when|not|no|yes|pending|"
                          r"promoted)\b)"  # "not yet, she'll revisit it in April": "it" is not "the not yet"
                          r"(?P<np>[\w'/&+-]+(?:\s+[\w'/&+-]+){0,6})")
# the thing someone wants to see or have done, in a clause: "wants to see my incident command assessment", "needs
# me to do medication competency training first", "I gotta do the lead training in Newark": what a later "it" is
_WANTED_THING = re.compile(r"(?i)(?:\b(?:wants?|needs?|would\s+like|asked)\s+(?:me\s+)?to\s+(?:see|have|get|prepare|"
                           r"write|give|draft|do|sit|complete|attend|take|finish|pass)|^(?:also\s+)?(?:i(?:\s*(?:'ll|will|must|have\s+to|"
                           r"need\s+to|gotta|got\s+to|['’]?ve\s+(?:got\s+)?to))?|gotta|got\s+to)\s+(?:do|sit|complete|"
                           r"attend|take))\s+(?!(?:down|up|in|on|out|with|through|over)\b)"
                           r"(?!(?:what|how|why|where|when|who|which|whether|if|something|anything)\b)(?P<np>(?:(?:my|the|a|an|his|her|their)\s+)?[\w'/&+-]+(?:\s+(?!first\b|"
                           r"before\b|by\b|in\b|for\b|from\b|next\b|this\b|asap\b|over\b)[\w'/&+-]+){0,5})")
# the thing someone wants, needs or is waiting on: "Nadia wants a quick intro chat in Jan", "the panel will want a
# 10 min presentation", "waiting on my APER forms" (not "wants the CEO to meet me": one who is to do something)
_WANTED_NP = re.compile(r"(?i)\b(?:wants?|wanted|needs?|needed|would\s+like|ask(?:ed)?\s+(?:me\s+)?for|"
                        r"waiting\s+(?:on|for)|chasing)\s+(?P<np>(?:a|an|the|my|some|\d+)\s+[\w'/&+-]+(?:\s+(?!(?:first|before|by|for|from|"
                        r"next|this|asap|over|to|so|and|but|then|at|with|w/|if|when|off|back|done|redone|\w+ed|ready|"
                        r"in(?!\s+writing)|on(?!\s+(?:the|my|our|how|what|why)\b))\b)"
                        r"[\w'/&+-]+){0,6})(?P<after>.*)$")
# one who wants to meet me first: what "she'll set that up" then arranges ("Darren wants to meet me first")
_WHO = (r"(?P<who>(?:(?i:mr|mrs|ms|dr|prof)\.?\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?(?:\s*\([^)]*\))?|"
        r"(?i:the\s+(?:[\w-]+\s+){0,2}(?:director|gm|ceo|head|manager|vp|chief|owners?|partner|principal|"
        r"matron|lead|chair|dean|superintendent|commander))(?:\s*\([^)]*\))?)")
_TO_MEET = re.compile(_WHO + r"\s+(?i:(?:would\s+like|wants?|needs?|will\s+(?:prob(?:ably)?\s+)?want|might\s+want|"
                      r"may\s+want)\s+to\s+(?:meet|see|talk\s+to|chat\s+(?:to|with)|interview)\s+(?:me|us)\b)")
# one I am to meet: "she wants me to meet Declan (GM) re: the kitchen budget - I'll book that in"
_ME_TO_MEET = re.compile(r"(?i:\b(?:wants?|asked|would\s+like|needs?)\s+me\s+to\s+(?:meet|see|sit\s+down\s+with|"
                         r"talk\s+to|chat\s+(?:to|with))\s+)" + _WHO)
_FINITE = re.compile(r"(?i)\b(?:is|are|was|were|will|would|wants?|needs?|has|have|had|said|says|thinks?|can|could|"
                     r"should|might|must|did|does|do)\b|'(?:s|ll|d|re)\b")
_A_BODY = re.compile(r"(?i)\bthe\s+(?:[\w'’-]+\s+){0,2}(?:committee|panel|board|partners|governors|trustees|council|"
                     r"directors|principals)\b")
_GROUP_SUBJECT = re.compile(r"^(?P<g>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:need|needs|want|wants|have|has|will|are)\b")


def resolve(text: str, previous: str) -> str:
    """'it' and 'them' in a step: the thing asked for, or the group named, in the clause before; a verb with
    no object ("Appointment letter – HR will issue by 24 Dec") takes the thing named before it."""
    clause = re.sub(r"[\s.;,]+$", "", previous)
    thing = re.sub(r"^[^\w]*(?:\d+[.)]\s*)?", "", clause)
    thing = re.sub(r"(?i)^(?:i\s+)?(?:asked|requested)\s+(?:(?:her|him|them)\s+)?for\s+", "", thing)  # asked for it
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
    if bare and bare["v"] in {"register", "enrol", "enroll", "book"} and (wanted := _WANTED_THING.search(clause)) and (
            re.search(r"(?i)\b(?:course|module|training|programme|program|class|exam|workshop)\b", wanted["np"])):
        # "he wants me to do the herd course first, i'll enrol next week": enrol in that course
        link = " on" if bare["v"] == "book" else " for" if bare["v"] == "register" else " in"
        return f"{bare['v']}{link} {wanted['np']} {text[bare.end():]}"
    if bare and named and not starts_with_a_verb(thing):
        written = thing[0].lower() + thing[1:] if thing[1:2].islower() else thing  # "Appointment letter", "CV"
        link = " for" if bare["v"] in {"register", "enrol", "enroll", "apply"} else ""  # "register for the induction"
        return f"{bare['v']}{link} the {written} {text[bare.end():]}"
    if re.match(r"^\w+\s+it\b", text) and (m := _FOR_THING.search(clause)):
        thing = m["np"] if m["bare"] and re.match(r"(?i)(?:[\w-]+['’]s|this|that|his|her|their|your)\b", m["bare"]) \
            else f"the {m['bare']}" if m["bare"] else re.sub(r"^(?:a|an)\s+", "the ", m["np"], flags=re.IGNORECASE)
        text = re.sub(r"^(\w+)\s+it\b", rf"\1 {thing}", text, count=1)
    if re.search(r"\b(?:with|to)\s+them\b", text) and (g := _GROUP_SUBJECT.match(clause)) \
            and g["g"].lower() not in {"she", "he", "they", "i", "we", "it", "there"}:
        text = re.sub(r"\b(with|to)\s+them\b", rf"\1 {g['g']}", text, count=1)
    elif re.search(r"\bto\s+them\b", text) and (bodies := _A_BODY.findall(clause)):
        # "but the governors' pay committee has to approve any regrading so she'll take it to them": that committee
        text = re.sub(r"\bto\s+them\b", f"to {bodies[-1]}", text, count=1)
    return text


def the_thing_before(earlier: list[str], across: bool = False, wanted: bool = True) -> str | None:
    """The thing an "it" or "that" points back to, in the clauses before it (nearest first): a clause that only
    names a thing ("Store Manager Academy in May, Claire's booking it"), or the thing a clause wants seen or done
    ("... wants to see my incident command assessment - Davies will set that up")."""
    for clause in reversed(earlier):
        clause = re.sub(r"^[^\w]*(?:\d+[.)]\s*)?", "", re.sub(r"[\s.;,]+$", "", clause))
        if not clause or re.fullmatch(r"(?i)(?:by|before|on|in|from|due|for)?\s*(?:(?:mon|tues?|wed(?:nes)?|"
                                      r"thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|jan\w*|feb\w*|mar\w*|apr\w*|may|june?|"
                                      r"july?|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|tomorrow|tmrw|today|next\s+week|"
                                      r"this\s+week|[\d/.-]+)\W*", clause):
            continue  # "next quarterly review -> June, greg sets it up": the thing is before the month
        if re.fullmatch(r"(?i)(?:ok(?:ay)?|right|yeah|yes|well|basically|anyway|so|fine|great|good|cool|lol|tbh)\W*",
                        clause):
            return None  # "ok so she'll raise it at the panel": no thing named
        if need := re.match(r"(?i)(?:i\s+)?(?:still\s+)?need\s+(?P<np>(?:my|the|a|an)\s+[^,;]{3,60})$", clause):
            return need["np"]  # "need my level 3 food hygiene cert - I'll book it": book the cert
        if ((met := _TO_MEET.search(clause) or _ME_TO_MEET.search(clause))
                and met["who"].split()[0].lower() not in {"she", "he", "they", "i", "we"}):
            return f"a meeting with {met['who']}"
        if across and re.search(r"(?i)\b(?:ask|request)(?:ed)?\s+(?:\w+\s+)?for\s", clause) and (
                asked := _FOR_THING.search(clause)):  # "I asked for written feedback. HR will send it"
            return asked["np"] or asked["bare"]
        if (m := _WANTED_THING.search(clause)):
            one = re.match(r"(?-i:[A-Z])[a-z]+\s+(?P<rest>\w.*)", m["np"])  # "wants to see Kyle act up": no thing
            return None if one and starts_with_a_verb(one["rest"]) else m["np"]
        bare = re.sub(r"\s*\([^()]{1,40}\)", "", clause)  # "coaching with the Chief Engineer (Pieter)"
        if not across and _NAMED_THING.fullmatch(bare) and not _FINITE.search(bare) and not starts_with_a_verb(
                bare) and (bare == clause or not any(starts_with_a_verb(w) for w in bare.split()[1:])):  # not "the
            # owners (the Larsens) decide"
            return re.sub(r"(?i)\s+(?:in|till|until|from|by|before|after)\s+\S.*$", "", clause)  # "Restructure in Q1"
        thing = _wanted_thing(clause) if wanted else None
        if thing or not re.search(r"(?i)\b(?:it|them)\b", clause):
            return thing  # "..., Dean says send it to her directly": the same thing, named before that
    return None


def _wanted_thing(clause: str) -> str | None:
    """The thing a clause wants, needs or waits on ("Nadia wants a quick intro chat in Jan": the quick intro chat), not
    one who is to do something ("wants the CMD (Prof Adeyinka) to see my audit"), a person or a say-so ("a second
    opinion", "my manager's sign off")."""
    if not (m := _WANTED_NP.search(clause)):
        return None
    after = re.sub(r"^\s*\([^()]*\)", "", m["after"])
    if (to := re.match(r"(?i)\s+to\s+(?P<rest>\w.*)", after)) and starts_with_a_verb(to["rest"]):
        return None
    if _NOT_A_THING.search(m["np"].split()[-1]) and not re.search(r"(?i)\b(?:chat|conversation|talk|meeting|call)$",
                                                                   m["np"]):
        return None
    if re.search(r"(?i)\b(?:opinion|view|word|input|say|look|eye|sign)$", m["np"]):
        return None
    both = re.match(r"(?i)\s+(?:and|&|\+)\s+(?P<more>(?:(?:my|the|a|an)\s+)?[\w'/-]+(?:\s+(?!(?:by|before|for|to|so|"
                    r"and|then|first|next|this|asap|i|she|he|they|we)\b)[\w'/-]+){0,3})", m["after"])
    if both and not (starts_with_a_verb(both["more"]) and re.match(  # "and send it", not "and bank form"
            r"(?i)\S+(?:\s+(?:the|my|a|an|it|them|her|him|you|up|out|over|in|off|to|that|this)\b|$)",
            both["more"])) and not re.match(  # "my W-4 and direct deposit form": both
            r"(?i)(?:i|she|he|they|we|you|it|then|so|also|her|his|that|this|will)\b", both["more"]):
        return f"{m['np']} and {both['more']}"
    return m["np"]


# a step verb whose "it" is my case for the promotion ("raise it at the panel", "take it to the board")
_MY_CASE_VERB = re.compile(r"(?i)raise|push|pitch|champion|escalate|table|bring|take|put|float|flag|argue|back")
# what is a thing to take somewhere ("Business case for the new rota - Dana will take it to the area manager")
_A_PAPER = re.compile(r"(?i)\b(?:case|plan|application|form|letter|reference|jd|matrix|paper|proposal|report|pack|"
                      r"request|claim|nomination|submission|cv|portfolio|statement|doc|document|draft|template|"
                      r"spreadsheet|deck|slides|summary|list|log|file|sheet|budget|costing|quote|policy|rota)s?\b")
# a step verb whose "it" is a thing to be made, sent or booked (not "raise it", "think about it": the case, a choice)
_THING_VERB = re.compile(r"(?i)(?:book|set|sort|send|organi[sz]e|arrange|do|finish|submit|share|forward|pass|sign|prep|"
                         r"prepare|email|redo|update|make|build|create|"
                         r"draft|write|complete|enrol|enroll|register|attach|schedule|print|file|upload|fill|chase|"
                         r"have|get)$")
_STOP = (r"(?:for|to|with|w/|by|before|after|in|from|at|until|till|next|this|asap|first|so|and|but|then|as|if|when|"
         r"once|is|are|was|were|will|would|has|have|had|can|could|should|must|needs?|wants?|done|which|that|who|goes|"
         r"go|went|comes|came|gets|got|looks|seems|closes|opens|starts|ends|runs|says|said|takes|took|may|might|"
         r"i|i've|i'm|i'd|she|he|they|we|too|also|"
         rf"(?:on\s+)?(?:{DATE_WORDS})|tomorrow|tmrw|today|tonight)\b")
# the last thing a clause names with "the", "my", "a" ...: "do the haccp level 3", "if my promo packet is in by EOW"
_A_THING = re.compile(rf"(?i)(?<!\bfor )(?<!\bto )(?<!\bwith )(?<!\bw/ )(?<!\bfrom )(?<!\bby )(?<!\bat )(?<!\bafter )"
                      rf"(?<!\bin )(?<!\bon )(?<!\bthrough )(?<!\binto )(?<!\bonto )(?<!\babout )(?<!\bacross )"
                      rf"(?<!\bbefore )(?<!\buntil )(?<!\btill )"
                      rf"\b(?:the|my|a|an|our)\s+(?P<np>(?:(?!{_STOP})[\w'/&+-]+\s*){{1,8}})")
# what the step is, not a thing: "the promotion", "my case", "a decision"
_NOT_A_THING = re.compile(r"(?i)\b(?:promotion|role|post|job|position|case|name|title|grade|band|decision|call|"
                          r"chat|conversation|talk|meeting|1:1|one|idea|plan|time|bit|lot|way|thing|feedback|"
                          r"answer|news|go|point|off|approval|support|backing|blessing|ok|okay|go-ahead|say-so|"
                          # a person, not a thing: "shadow the night coordinator", "mentor the new grad"
                          r"coordinator|nurse|grad|graduate|student|manager|director|lead|head|consultant|colleague|"
                          r"team|staff|sister|matron|chef|officer|supervisor|boss|partner|mentor|trainee|apprentice|"
                          r"intern|doctor|registrar|engineer|analyst|rep|client|customer|patient|resident|family)$")


def _last_thing(clause: str) -> str | None:
    """The thing a clause names last with an article or 'my' (not the person something goes to or comes from):
    what an "it" right after it points to when nothing else does ("... and do the haccp level 3, he'll book me on
    it")."""
    clause = re.sub(r"(?i)\b(?:a|the)\s+place\s+on\s+", "", clause)  # "sort me a place on the X course": X
    # not one who is to do something: "wants the CEO to meet me first"
    things = [m for m in _A_THING.finditer(clause) if not _NOT_A_THING.search(
        re.split(r"\s+(?:on|of|in|at|for|from)\s+", m["np"].strip())[0]) and not (
        (after := re.match(r"(?i)to\s+(.+)", clause[m.end():])) and starts_with_a_verb(after[1]))]
    if not things:
        return None
    last = things[-1]
    return f"{last[0].split()[0].lower() if last[0].split()[0].lower() == 'my' else 'the'} {last['np'].strip()}"


def it_from(text: str, earlier: list[str], guess: bool = True, across: bool = False, asked: bool = True) -> str:
    """A step whose object is "it" or "that", with the thing it points back to put in: "book it" after "Store
    Manager Academy in May" is "book the Store Manager Academy in May"; "set it up" is "set up the ..."; "submit by
    Monday", with no object, after "she asked me to give a one page note" is "submit the one page note by Monday"."""
    # what she wants sent, in the same sentence, is one step with the request ("wants my audit results, I'll send by
    # Monday"): the steps reader joins them, when I am `asked` for it
    named = the_thing_before(earlier, across, across or not asked or not re.match(
        r"(?i)(?:send|drop|email|mail|bring|hand|pass|share|forward|get|have)\b", text))
    if across and not _THING_VERB.match(text.split(maxsplit=1)[0] if text.strip() else ""):
        return text  # the sentence before: only a thing to make, send or book ("announce it" is the news)
    if _NO_OBJECT.match(text) and named:
        text = _NO_OBJECT.sub(r"\g<v> it ", text)
    if not (m := _IT_OBJECT.match(text)) or (re.match(r"(?i)\w+(?:\s+me\s+\w+)?\s+that\b", text) and re.fullmatch(
            r"(?i)say|said|says|think|thinks|hope|know|knows|mean|means|feel|ensure|confirm|check|agree|mention|note|"
            r"believe|suggest|suggests|suggested|reckon|understand|show|prove|explain|tell|told|see|make", m["v"])):
        return text  # "confirm that the post is funded": a clause follows, not a thing
    if _MY_CASE_VERB.fullmatch(m["v"]) and re.match(r"(?i)\w+\s+it\b(?!\s+(?:on|in)\s+the\s+(?:roster|rota|schedule|"
                                                    r"calendar|diary|system)\b)", text) and not _A_PAPER.search(
            named or ""):
        return text  # "foreman - he'll raise it w/ the owner": it is my case, not the foreman
    if not (thing := named) and not (
            guess and _THING_VERB.match(m["v"]) and earlier and (thing := _last_thing(earlier[-1]))):
        return text
    if m["it"].lower() == "them" and not re.search(r"(?i)[a-z]s$|\s(?:and|&|\+)\s",
                                                   re.sub(r"\s*\([^()]*\)", "", thing)):
        return text  # "trace them" is my APER forms, not the one form named before
    if not re.match(r"(?i)(?:my|the|a|an|his|her|their)\b", thing):
        written = thing if thing[1:2].isupper() or re.search(r"\s[A-Z]", thing) else thing[0].lower() + thing[1:]
        thing = f"the {written}"  # "Store Manager Academy" as written; "Appointment letter": the appointment letter
    elif re.match(r"(?i)(?:a|an)\b", thing):
        thing = re.sub(r"(?i)^(?:a|an)\b", "the", thing)
    particle = (m["particle"] or "").strip()
    verb = f"{m['v']} {particle}" if particle in {"up", "out", "through", "off"} else m["v"]
    after = f" {particle}" if particle == "in" else ""
    return f"{verb}{m['me'] or ''} {thing}{after}{m['rest']}"
