"""What the notes change in the evidence: accomplishments to add (with their figures), to leave out, to put
first.

- add: a sentence that says so ("Add the print contract: ...", "... - get that in", "worth recording", a
  lone "Add." after it) or that gives a result in figures ("from 41% to 52%", "81% vs a floor average of
  69%", "9 of 11 children", "£14,300 this season", "312 overdue inspections cleared");
- drop: "drop / cut / ditch / take out / leave off X", "leave X out", "keep X off", when X is plainly an item
  of the case ("don't drop X" is not a drop); "leave it out" names what came before it;
- emphasise: "lead with X", "X is the headline", "put that first", "she wants it front and centre" (not
  "don't lead with X"); "lead with those" is what the sentence or line before it named.

A phrase that points back ("it", "that", "those") is resolved to the clause before it in the sentence, or
else the sentence before. What a drop names must be an item of the case by most of its words; "leave out
X" when X is not one of them is a private line (promo_ai.notes.privacy).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from promo_ai.case import Case
from promo_ai.changes import Match, match_target, phrase_words, stem
from promo_ai.notes.patterns import QUESTIONS, ROLE_TALK, compiled

_PRONOUN = {"it", "that", "this", "those", "them", "these", "both"}
DROP = re.compile(
    r"(?i)(?:^|[,;:–—-]\s*|\b(?:and|also|so|to|please|pls|abeg|said|says|just|then|i'?d|we'?d|let'?s|can|could|should|"
    r"maybe|probably|prob|perhaps)\s+)"
    r"(?P<verb>drop|remove|leave\s+out|take\s+out|leave\s+off|forget(?:\s+about)?|lose|cut\s+out|cut|ditch|scrap|bin|"
    r"skip|strip\s+out|get\s+rid\s+of|strike|omit|exclude|delete|not\s+to\s+lean\s+on|don'?t\s+lean\s+on|play\s+down|"
    r"no\s+need\s+for|not)\s+(?P<x>(?:(?!\s-\s)[^,.;–—])+)|"
    r"\b(?P<verb2>leave|take|keep)\s+(?P<y>(?:the|my|that|this|those|them|it)\b[^,.;]*?|[A-Z][^,.;]*?)\s+(?:out|off)\b|"
    # "X can go", "X isn't worth mentioning", "X - not needed", "she doesn't want X in it"
    r"^\W*(?:(?:she|he|they)\s+said\s+)?(?P<z>(?:the\s+|my\s+)?[\w' -]+?)\s*(?:[-–—:]\s*)?(?P<verb3>can\s+go|"
    r"can\s+come\s+out|should\s+(?:go|come\s+out)|(?:is|are)n'?t\s+(?:worth\s+(?:mentioning|including|it)|relevant|"
    r"needed)|(?:is|are)\s+(?:irrelevant|not\s+(?:relevant|needed|worth\s+it))|not\s+(?:needed|relevant|worth\s+it)|"
    r"(?:does|do)n'?t\s+need\s+to\s+be\s+(?:in|there|mentioned|included))\b|\b(?:doesn'?t|"
    r"don'?t)\s+want\s+(?P<w>(?:the|my)\s+[^,.;]+?)\s+in\s+(?:it|there|the\s+email)\b|\brather\s+i\s+(?:didn'?t|"
    r"did\s+not)\s+(?:include|mention)\s+(?P<v>[^,.;]+)|^\W*(?P<u>(?:the\s+|"
    r"my\s+)?[\w' -]+?)\s*[-–—:]\s*(?P<verb4>drop|cut|remove|bin|skip|scrap|lose|out|ditch|no|nope|nah)\W*$|"
    # "❌ cookout, not relevant", "charity row — meh, not needed", "Diwali thing - drop, not relevant", "latte art
    # thing skip", "🚫 holiday cards, no"
    r"^\W*(?P<s>(?:the\s+|my\s+)?[\w' -]+?)(?:\s+(?:thing|bit|stuff))?\s*(?:,|[-–—:]+)?\s*(?:meh\W*)?"
    r"(?:(?P<verb5>not\s+(?:relevant|needed|necessary|important)|skip|drop|cut)\b[^\w]*(?:(?:,|[-–—])\s*[^,]*)?|"
    r"(?P<verb6>no|nope)\W*)$")  # "holiday cards, no" (but not "Report: no, still relevant")
_EMPHASISE = re.compile(
    r"(?i)\b(?:lead|open|start)\s+(?:the\s+(?:email|letter|note|case|message)\s+)?(?:with|"
    r"w/?)\s*:?\s+(?P<x>(?:[^,.;—–]|(?<=\d)[,.](?=\d))+?)(?=\s*$|\s*(?:[;—–]|[,.](?!\d))|\s+-\s|\s+(?:though|since|because|as|that'?s|which|so)\b)|"
    r"\bemphasi[sz]e\s+(?P<y>[^,.;]+)|\b(?:highlight|play\s+up|foreground|front-?load)\s+(?P<z>[^,.;]+)|"
    r"\btop\s+of\s+the\s+(?:list|email|page)\s*[:–—-]\s*(?P<t>[^,.;]+)|\bput\s+(?P<w>that|it|this|those|"
    r"them)\s+(?:first|at\s+the\s+top|up\s+front|near\s+the\s+top|(?:up\s+|on\s+)?top)\b|\bput\s+(?P<p>(?:the\s+|"
    r"my\s+)?(?!(?:me|him|her|them|us|it|that|this|those|in|out|your)\b)[^,.;]+?)\s+(?:first"
    r"(?!\s+(?:[A-Z0-9][\w-]*\s+)?(?:round|draft|week|time|day|month|year|cycle|review|thing|step|panel|board|"
    r"meeting|quarter|half|term|intake|one|chance|shift|batch|slot|opportunity|opening|vacancy|window|post|job|role|"
    r"call|interview|stage|phase|go)s?\b)|at\s+the\s+top|up\s+front|"
    r"near\s+the\s+top)\b|^\W*e-?mail\s+(?:lead|opener|headline)\s*[:–—-]\s*(?P<h>[^.;]+?)(?=\s*$|\s*[.;])|\b(?P<v>that|it|"
    r"this)\s+should\s+go\s+(?:near\s+the\s+top|at\s+the\s+top|first|up\s+front)\b|\bwants?\s+(?P<u>it|that|this|those|"
    r"them)\s+(?:front\s+and\s+cent(?:re|er)|first|at\s+the\s+top|up\s+front)|"
    r"\bmake\s+(?P<m>[^,.;]+?)\s+the\s+(?:headline|lead|focus|opener|first\s+thing)\b|(?P<g>[^,.;–—]+?)\s+(?:should|"
    r"must|needs\s+to)\s+(?:go|be|come)\s+(?:first|near\s+the\s+top|at\s+the\s+top|up\s+front|front\s+and\s+cent(?:re|"
    r"er)|the\s+first\s+thing)\b|^\W*(?:make\s+sure\s+|ensure\s+)?(?P<f>(?:the\s+|my\s+)?[\w' %$£€₦/.+&-]+?)\s+"
    r"(?:(?:is|goes|comes)\s+)?(?:first|up\s+front|at\s+the\s+top|up\s+top)(?:\W*$|\s*(?=[,;(]))|(?P<s>[^,.;–—]+?)\s+(?:is|are)\s+(?:the\s+headline|"
    r"the\s+one\s+to\s+(?:lead|open)\s+with|what\s+to\s+lead\s+with|the\s+strongest|the\s+best\s+bit)\b")
# where "put it in" puts it that is not the email: "She'll put it in the FY27 budget", "wants that in the announcement"
_NOT_THE_EMAIL = (r"(?:[\w-]+\s+)?(?:budget|announcement|forecast|calendar|diary|rota|roster|bid|pipeline|report|"
                  r"minutes|tracker|spreadsheet|queue|newsletter|plan|system)\b")
_FIRST_ALONE, _NEGATED, ADD_SAY, HEAD_CUE, _ONLY_CUE = compiled(
    r"^\W*(?:front\s+and\s+cent(?:re|er)|(?:put\s+(?:it|that)\s+)?up\s+top)\W*$",
    r"(?:\bnot|n'?t|\bnever)\s+(?:\w+\s+)?$",
    # "put that in", "get it in"; not "didnt get it"
    r"(?<!\bnot\s)(?<!n[’']t\s)(?<!\bdidnt\s)(?<!\bwont\s)(?<!\bdont\s)(?<!\bcant\s)(?<!\bif\si\s)(?<!\bonce\si\s)"
    r"(?<!\bwhen\si\s)\b(?:put|get|add|include|mention|use)\s+(?:that|it|this|them|those)"
    r"(?:\s+(?:in|down|first|up\s+front|"
    r"near\s+the\s+top|at\s+the\s+top|anyway|too))?\b(?!\s+(?:to|forward|before|past|through|up\s+for|on\s+the|"
    r"done|back|over|right|when|if|once|at\s+the|\w+ed)\b)"
    rf"(?!(?:\s+in)?\s+(?:the|my|our|her|his|next)\s+{_NOT_THE_EMAIL})|"
    r"\b(?:happy|fine|ok|okay)\s+for\s+me\s+to\s+quote\b|(?<!\bbe\s)(?<!\bup\s)(?<!xx\s)(?<!\bthrough\s)(?<!\bat\s)\b(?:in|on)\s+(?:the\s+)?(?:record|file(?:\s+note)?)\b(?!\s+(?:for|with|of|to)\b)|"
    r"\bwants?\s+(?:that|it|this)\s+(?:in|on)\b(?!\s+(?:writing|before|by|ahead|time|early|first)\b)"
    rf"(?!\s+(?:the|my|our|her|his|next)\s+{_NOT_THE_EMAIL})|"
    r"[-–—>,]\s*add\W*$|^\W*add\W*$|\bworth\s+(?:adding|"
    r"mentioning|recording|including|noting)\b|\bmention(?:ed)?\s+(?:that\s+)?i\b|\bshould\s+go\s+(?:near\s+the\s+top|"
    r"in|first)\b|\bcredited\b|^\W*stats?\s*:|\bget\s+(?:that|it)\s+in\b",
    r"^\W*(?:also\s*:?\s*|(?:extra|plus|other|misc|ps|p\.s\.)\s*:\s*)?(?:(?:please|pls|and)\s+)*(?:add|include|mention|put\s+in|throw\s+in|chuck\s+in|stick\s+in|"
    r"put\s+(?:down\s+)?(?=that\s+(?:i|we|my|our)\b)|don'?t\s+forget(?:\s+about)?|"
    r"remember)\b(?!\s+to\b)(?!\s+(?:it|that|this|them)(?:\s+(?:in|too|as\s+well|first|back|up\s+top|anyway|please|"
    r"pls|to\s+the\s+\w+))?\s*(?:[.,;:!)–—-]|$))"  # "add that" alone points back; "add that fuel cost fell" says it
    r"(?:\s+(?:in|into)\s+the\s+(?:e-?mail|mail|letter|follow[- ]?up)\b|\s+the\s+(?:e-?mail|mail)(?=\s+(?:that\s+)?i))?"
    r"\s*:?\s*(?:that\s+)?",
    r"^\W*(?:(?:she|he|they|[A-Z][a-z]+)\s+(?:said|says)\s+)?(?:(?:also|and|so|definitely|def|please|pls|must|"
    r"do)\s+)*(?:add(?:\s+(?:that|it|this|those))?|front\s+and\s+cent(?:re|er)|(?:put\s+(?:it|that)\s+)?up\s+top|"
    r"put\s+(?:that|it|this)\s+in|include\s+(?:it|that)|get\s+(?:that|it)\s+in|(?:lead|open)\s+with\s+(?:that|it|this|"
    r"those|them)|put\s+(?:that|it|those)\s+first)\W*$")
_PHRASAL, _NOT_FIGURES, METRIC = compiled(
    r"\b(?:set|sign|follow|pick|line|book|back|come|bring|open|free|make|catch|hold|show|end|step|speed|team|call|"
    r"look|put|give|take|ramp|sum|add|gear|warm|wrap|mix|split|break|stand|tidy|clean|fill|build|scale|sit|sat|wind|"
    r"calm|turn|slow|shut|write|note|track|narrow|settle|hand|tone|play|knock|mark)\s+(?:up|down)\b",
    r"\b(?:band|level|grade|season|year|phase|stage|tier|step|week|round|q|h|p)\s?\d+\b|"
    r"\b1\s*(?:[:-]|on|to)\s*1\b|\b121\b|\b1-2-1\b|\b\d+(?:st|nd|rd|th)\b|"
    r"\b\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|\b(?:19|20)\d\d\b(?!\s*%)",
    r"\bfrom\s+[$£€]?\d[\d,.:]*\s*[\w%/]*\s+to\s+[$£€]?\d|\d[\d,.:]*\s*[\w%/]*\s*(?:->|→|=>)\s*[$£€]?\d|\b(?:up|"
    r"down)\s+(?:from\s+|to\s+|by\s+)?[$£€+]?\d|\d[\d,.]*\s*\w*\s+(?:down|up)\s+to\s+\d|\b(?:rose|fell|dropped|grew|"
    r"increased|decreased|improved|reduced|cut|halved|doubled|tripled)\b[^.;]{0,40}?\d|\d%|[$£€]\s?\d|\d[\d,.]*\s*(?:k|"
    r"m|bn)\b|\d[\d,.]*\s*[\w%]*\s+(?:vs\.?|versus|against|compared\s+(?:to|with))\s|\b(?:vs\.?|versus|"
    r"against)\s+(?:a\s+|an\s+|the\s+)?[\w\s-]{0,20}?\d|\b\d+\s+(?:of|out\s+of)\s+\d+\b|\d[\d,.]*\s+(?:per|"
    r"each)\s+(?:\d+k?\s+)?\w+|\bscored?\s+(?:of\s+|at\s+)?\d|\d(?:\.\d)?\s*(?:stars?\b|/\s*\d|out\s+of\s+\d)|\b(?:for|"
    r"across|of|with)\s+\d[\d,]*\+?\s+(?:[a-z-]+\s+)?(?:staff|people|users|customers|clients|students|patients|sites|"
    r"stores|teams|countries|branches|schools|wards|members|engineers|agents|volunteers|accounts|cases)\b|\b(?:best|"
    r"top|highest|lowest)\s+in\s+(?:the\s+)?(?:area|region|team|branch|company|country|store|district|trust|org)\b|"
    r"(?:^|[:;,–—-]\s*)(?:zero|none|\d[\d,.]*\+?)\s+(?:[a-z-]+\s+){0,2}(?!(?:mins|minutes|hours|days|weeks|months|"
    r"years|times)\b)[a-z-]+s\b|\b(?:scored|hit|closed|won|saved|trained|reviewed|delivered|shipped|onboarded|hired|"
    r"mentored|processed|resolved|built|came\s+in\s+at|billed|sold|cleared|reared|generated|handled|"
    r"completed)\b[^.;]{0,30}?[$£€]?\d")
_TAIL_SPLIT = re.compile(r"\s+[-–—]+>?\s+|\s*->\s*|,\s+|;\s+|\s+so\s+(?=that|put|add|lead)|\s*(?<=\w)\s+-\s*(?=\w)")
_TAIL_CUE = re.compile(ADD_SAY.pattern + r"|\b(?:lead|open)\s+with\b|\bput\s+(?:that|it)\b|\bfront\s+and\s+cent|"
                       r"^\W*(?:add|include|mention|use|put\s+in|she|he|they|i)\b|\bwas\s+the\s+clincher\b|"
                       r"\bi\s+ran\s+it\b|\bthat'?s\s+what\b|\bsealed\s+it\b")
_ADD_HEAD, _REPORTED, _FILLER = compiled(
    # "lead with the GCSE results: 78% ...": the results
    r"^(?:also\s*:?\s*|(?:extra|plus|other|misc|ps|p\.s\.)\s*:\s*|stats?\s*:\s*|highlights?\s*:\s*|"
    # "Already done: I cut ...", "Evidence so far (she agreed): ...", "What I've already done, which she'll ...: ..."
    r"(?:already\s+done|done\s+(?:already|so\s+far)|evidence(?:\s+so\s+far)?|what\s+i(?:'ve|\s+have)\s+(?:already\s+)?"
    r"(?:done|delivered)|(?:my\s+)?(?:wins|achievements|results)(?:\s+so\s+far)?)\b[^:]{0,50}:\s*|(?:lead|open|start)\s+(?:with|w/?)\s+|"
    # "Points to keep in: KYC backlog cleared", "Results to include: 42 boreholes rehabilitated"
    r"(?:[\w-]+\s+){1,3}to\s+(?:include|keep\s+in|put\s+in|mention|highlight|add|stress)\s*:\s*|"
    r"told\s+(?:him|her|them)\s+(?:about\s+)?(?:the\s+)?|(?:also\s+)?(?:he|she|they|"
    r"[A-Z][a-z]+)\s+(?:said|mentioned|noted|pointed\s+out)\s+(?:that\s+)?(?:the\s+)?|"
    r"(?:also\s+)?mentioned\s+(?:that\s+)?|(?:and\s+)?(?:also\s+)?(?:add|include|throw\s+in|put\s+in)\s+(?:that\s+)?)",
    r"\b(?:said|says|mentioned|sealed|clincher|because|told|thinks|reckons)\b|!",
    r"^(?:the\s+)?(?:bit|stuff|thing|part|anything|something)\s+(?:about|on|re)\s+|"
    r"\s+(?:stuff|thing|bit|completely|entirely|though|in there|from (?:it|the email)|in (?:it|"
    r"the email))\b|\s+(?:in|out of)\s+(?:anything|it|there)\b.*$")


def clean(phrase: str) -> str:
    phrase = phrase.strip(" -–—:'\"")
    for _ in range(3):
        phrase = _FILLER.sub("", phrase).strip(" -–—:")
    return phrase


def masked(sentence: str, spans: list[tuple[int, int]]) -> str:
    """The sentence with its dates, grades, '1:1's and phrasal 'set up's blanked, so figures are figures."""
    for start, end in spans:
        sentence = sentence[:start] + "D" * (end - start) + sentence[end:]
    for pattern in (_NOT_FIGURES, _PHRASAL):
        sentence = pattern.sub(lambda m: "x" * len(m.group(0)), sentence)
    return sentence


def _split(text: str) -> list[str]:
    """Content words with hyphenated ones split too ('lunch-and-learn' -> lunch, learn)."""
    return [p for w in phrase_words(text) for p in re.split(r"[-/]", w) if len(p) >= 3]


def strongly(phrase: str, case: Case) -> Match | None:
    """The item of the case a phrase plainly names: matched, and most of the phrase's words are its words."""
    found = match_target(phrase, case)
    if found is None:
        return None
    words = {stem(w) for w in _split(phrase)} - {"praise", "quote", "feedback", "review", "comment"}
    if found.kind == "accomplishment":
        item = case.accomplishments[found.index]
        theirs = f"{item.summary} {item.impact or ''}"
    else:
        accolade = case.accolades[found.index]
        theirs = f"{accolade.quote} {accolade.author} {accolade.role or ''}"
    covered = words & {stem(w) for w in _split(theirs)}
    author = {stem(w) for w in phrase_words(case.accolades[found.index].author)} if found.kind == "accolade" else set()
    if author & words and re.search(r"\b(?:praise|quote|feedback|letter|comment|review|thanks)", phrase, re.I):
        return found  # "the praise from the auditors": named by its author
    return found if not words or len(covered) / len(words) >= 0.5 else None


def accomplishment(sentence: str, masked_text: str, metric: re.Match[str] | None) -> str:
    """The accomplishment in the words of its sentence, without 'add:', 'put that in' or 'he said the'."""
    text, head = sentence, HEAD_CUE.match(sentence)
    if head:
        text = sentence[head.end():]
    elif metric:
        cut = max((m.end() for m in re.finditer(r",\s+|\s+[-–—]+\s+|;\s*|!+\s*", sentence[:metric.start()])), default=0)
        words_before = re.findall(r"[a-z]{3,}", sentence[cut:metric.start()], re.IGNORECASE)
        if cut and not re.search(r"\d", masked_text[:cut]) and len(words_before) >= 2 and \
                _REPORTED.search(sentence[:cut]):
            text = sentence[cut:]
        part, _, tail = text.partition(":")
        if tail and re.search(r"\d", tail) and _REPORTED.search(part):
            text = tail
    parts = _TAIL_SPLIT.split(text)
    while len(parts) > 1 and not re.search(r"\d", parts[-1]) and _TAIL_CUE.search(parts[-1]):
        parts.pop()
    text = text[:text.rfind(parts[-1]) + len(parts[-1])] if parts[-1] else text
    text = re.sub(r"(?:\s*[-–—>]+\s*|\s+)(?:so\s+)?(?:was\s+the\s+clincher|put\s+that|add)\b.*$", "", text, flags=re.I)
    for _ in range(2):
        text = _ADD_HEAD.sub("", text.strip(" .,;")).strip(" .,;")
    text = re.sub(r"^(?:i|we)\s+(?:also\s+|then\s+)?", "", text, flags=re.IGNORECASE)
    text = re.sub(r"(?i)\s+(?:and|so|but|also|please)$", "", text)  # a dictated run-on cut after its "and"
    text = _ORDER_SAID.sub("", text)  # "mention zero cash variance 18 months first": where it goes, not what it is
    return text[:1].upper() + text[1:]


_ORDER_SAID = re.compile(r"(?i)(?:\s*[-–—,;:]\s*|\s+)(?:(?:put|mention|lead\s+with)\s+(?:(?:it|that|this)\s+)?)?"
                         r"(?<!\bcame\s)(?<!\bcome\s)(?<!\bplaced\s)(?<!\branked\s)(?<!\bfinished\s)(?<!\bthe\s)(?<!'s\s)"
                         r"(?<!\bits\s)(?<!\bour\s)(?<!\bmy\s)(?<!\bwas\s)(?<!\bwere\s)"
                         r"(?:first|up\s+front|up\s+top|at\s+the\s+top|near\s+the\s+top|specifically)\W*$"
                         r"|^\W*points?\s*:\s*")


@dataclass
class Said:
    """One sentence of the notes as the evidence reader sees it."""

    line: int
    text: str
    masked: str
    step: bool  # it gave a next step or a condition


def pointed_back(phrase: str, before: str, previous: Said | None) -> list[str]:
    """Where 'it', 'that' or 'those' points: the words before it in its sentence, else the sentence before."""
    if phrase.lower() not in _PRONOUN:
        return [phrase]
    earlier = re.sub(r"(?:[,;:–—-]|\b(?:and|so|but)\b)\s*$", "", before.strip()).strip()
    earlier = re.sub(r"^.*?\b(?:said|says)\s+(?:to\s+)?", "", earlier, flags=re.IGNORECASE)
    subject = re.split(r"\s+(?:is|isn't|was|wasn't|are|aren't|were|'s|looks|seems|reads|felt|feels)\b", earlier)[0]
    earlier = subject if re.search(r"[A-Za-z]{3,}", subject) else earlier
    found = [earlier] if len(re.findall(r"[A-Za-z]{3,}", earlier)) >= 1 else []
    return found or ([previous.text] if previous else [])


_WHY = re.compile(r"(?i)\s+(?:it'?s|its|it\s+is|as|because|since|coz|cos|feels|too|bit|kinda|lol|not)\b")
_THE_ANSWER = re.compile(rf"(?i)\b(?:{ROLE_TALK}|result|outcome|answer|decision|verdict|application|bid|case|"
                         rf"promotion|it|that|this)\b|^{QUESTIONS}\b")


def drop_phrases(sentence: str) -> list[tuple[str, str, str]]:
    """(phrase, verb, words before it) for each 'drop X' or 'leave X out' the sentence says (not 'don't drop X')."""
    found = []
    for m in DROP.finditer(sentence):
        phrase = clean(m["x"] or m["y"] or m["z"] or m["w"] or m["v"] or m["u"] or m["s"] or "")
        phrase = _WHY.split(phrase)[0]  # "the fete its not profesional": the fete
        verb = (m["verb"] or m["verb2"] or m["verb3"] or m["verb4"] or m["verb5"] or m["verb6"] or "leave").lower()
        if verb == "not" and (m.start("verb") > 4 or not re.match(r"^(?:the|my)\b", phrase, re.IGNORECASE)):
            continue  # "not the away day, it's fluff" at the head of a line; not every "not"
        if not phrase or re.search(r"\d(?!-[a-z])", phrase) or _NEGATED.search(sentence[:m.start()] + " "):
            continue
        if verb.split()[0] in {"no", "nope", "nah", "not"} and m["verb"] is None and _THE_ANSWER.search(phrase):
            continue  # "Result: no.", "Route Controller — no.": the answer, not an item left out
        found.append((phrase, verb, sentence[:m.start()]))
    return found


def emphasis_phrases(sentence: str) -> list[tuple[str, str, bool]]:
    """(phrase, words before it, whether a phrase that names nothing in the case is new and to be added) for each
    'lead with X' the sentence says (not 'don't lead with X'); 'X first' on its own only moves an item."""
    if _FIRST_ALONE.match(sentence):
        return [("that", "", True)]  # "Front and center.": the sentence before it
    found = []
    for m in _EMPHASISE.finditer(sentence):
        if _NEGATED.search(sentence[:m.start()]):
            continue
        group = next(g for g in m.groupdict() if m[g])
        phrase = clean(re.split(r"\s+[-–—]+\s+|\s*\(|:\s", m[group])[0])  # "the tutoring (85% pass rate)"
        if group in {"s", "g", "f"} and re.match(r"^\W*(?:that|it|this|she|he|they|i|we|wants?|needs?|expects?|"
                                                r"asked)\b", phrase, re.IGNORECASE):
            continue  # "that should go first" is read by its own pattern; "she'll ... first" and "wants me to run
            # the Q1 review ... first" (a plan) are not about order
        if group in {"s", "g", "f"}:
            phrase = re.sub(r"^(?:and|so|but|also)\s+", "", phrase, flags=re.IGNORECASE)
            if re.search(r"(?:\bnot|n't|\bnever)$", phrase, re.IGNORECASE):
                continue  # "keep model nights in but not first"
        if phrase:
            found.append((phrase, sentence[:m.start()] if group not in {"s", "g", "f"} else "", group != "f"))
    return found


def named_only(phrase: str) -> bool:
    """'the licence', 'the stock work', 'the MTTR number': a thing named in a few words with no figure, which names
    something already in the case more likely than it is news to add."""
    words = [w for w in re.findall(r"[A-Za-z]{3,}", phrase) if w.lower() not in _NAMING_WORDS]
    return not re.search(r"\d", phrase) and len(words) <= 2


_NAMING_WORDS = frozenset("the and with that this specifically work stuff thing bit one number piece".split())


def only_a_cue(sentence: str) -> bool:
    """'Add.', 'Lead with that.': a sentence that speaks of the one before it."""
    return bool(_ONLY_CUE.match(sentence))


# "Email points: attrition down from 9% to 4.5%", "email -> thank him, lead with ...": the point itself
EMAIL_POINTS = re.compile(r"(?i)^\W*(?:(?:for|in)\s+(?:the\s+|my\s+)?)?(?:[\w']+'s\s+)?"
                           r"(?:(?:thank[- ]you|follow[- ]up|promo)\s+)?(?:e-?mail|mail|letter|write[- ]?up|note|reply)"
                           r"(?:\s+(?:points|content|should\s+say|lead|opener|headline))?\s*(?::|[–—-]\s|->|→)\s*"
                           # "email -> thank him, lead with ...": what follows the thanks
                           r"(?:thank\s+(?:him|her|them)\s*[,;]?\s*(?:and\s+|then\s+)?)?")


def names_added(phrase: str, added: str) -> bool:
    """'lead with MTTR' names the accomplishment added as 'MTTR for sev-2s down from 95 min to 38 min'; 'lead with
    the GP' names 'GP up from 71% to 76%' (a two-letter name counts)."""
    words = set(re.findall(r"[a-z0-9-]{2,}", phrase.lower())) - _GLUE_WORDS
    return bool(words) and words <= set(re.findall(r"[a-z0-9-]{2,}", added.lower()))


_GLUE_WORDS = frozenset("the and with that this of to in on at by my me we it is an as or so up do be if no".split())
