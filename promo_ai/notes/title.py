"""The title agreed, read from the sentences of the notes.

The title is read from how titles are said: named ("the title would be X", "called X", "as X, not Y"),
after a verb of promotion ("promoted to X", "a bump to X", "signed off as X", "putting me forward for X",
"the X position is mine"), or written as a title at the head of a clause that gives the news ("Got it -
Reporting Radiographer", "regrade: Curator of Textiles", "🎉 Assistant Store Manager!!!"); a title only
asked about is not proposed.
"""

from __future__ import annotations

import itertools
import re

from promo_ai.changes.items import CHEER
from promo_ai.changes.matching import its_own_words, said_in_passing, same_title, shortened_in
from promo_ai.notes.offered import names_a_course, offered_instead, other_role
from promo_ai.notes.outcome import sentence_outcome
from promo_ai.notes.roles import CAPS, LEVEL, QUOTED, ROLE_WORD, a_title

_SAID = re.compile(
    r"(?i)\b(?:new\s+)?title\b(?:\s+(?:on|in)\s+the\s+[\w\s]{1,20}?)?(?:\s*[:=]\s*(?:(?:is|wd\s+be|would\s+be|"
    r"will\s+be)\s+)?|"
    rf"\s+(?:is|wd\s+be|would\s+be|will\s+be|should\s+be|'s)\s+)(?P<t>{QUOTED}|[^,.;—\-\"(]+?)(?=\s+(?:not|rather|"
    rf"instead|if|once|as)\b|\s*[,.;—\-(]|\s*$)|"
    r"\b(?:(?:right|correct|new)\s+)?(?:role|job|position|post|grade|band|ask)\b(?:\s+(?:on|in)\s+the\s+[\w\s]{1,20}?)?"
    r"\s+(?:is|wd\s+be|would\s+be|will\s+be|should\s+be)"
    rf"\s+(?:called\s+)?(?P<r>{QUOTED}|{CAPS})|"
    rf"\b(?:as|for)\s+(?:an?\s+|the\s+)?(?P<a>{CAPS})\s*,?\s*(?:not|rather\s+than|instead\s+of)\b|"
    rf"\bforward\b(?:\s+to\s+(?:the\s+)?[\w' -]{{1,30}}?)?\s+for\s+(?:the\s+|an?\s+)?(?P<f>{QUOTED}|{CAPS})|"
    rf"\bi\s+(?:should|would|will|could)\s+be\s+(?:an?\s+|the\s+)?(?P<b>{QUOTED})|"
    rf"\b(?:aim|go|apply|push)\s+for\s+(?:the\s+)?(?P<g>{QUOTED}|{CAPS}(?:\s[-–]\s(?-i:[A-Z])[\w&/-]*)?)\s+"
    r"(?:(?:role|post|posting|position|job|vacancy)\s+)?(?:instead|rather)\b|"  # "the Team Lead - Inbound role instead"
    rf"\b(?:aim|go|apply|push)\s+for\s+(?:the\s+)?(?P<gs>{CAPS})(?=\s*(?:[,.;(]|\s[-–—]|$))|"
    rf"\bsupport(?:ing)?\s+(?:me\s+(?:for|as)\s+)?(?:the\s+)?(?P<ss>{QUOTED}|{CAPS})(?=\s*(?:[,.;(]|\s[-–—]|$))|"
    rf"(?P<l>{CAPS})\s+(?:is|would\s+be)\s+the\s+(?:right|better|correct)\s+(?:level|title|role|grade|fit)\b|"
    rf"\b(?:call|title|name)(?:s|ing)?\s+(?:it|the\s+(?:role|job|post))\s+(?P<c>{QUOTED}|'[^']+'|{CAPS})")
_AFTER_VERB = re.compile(
    r"(?i)\b(?:promot(?:e|ed|ing)\s+(?:me\s+)?to|promotion\s+to|promo\s+to|bump\s+to|"
    r"(?:move|moving|moved|bump(?:ing|ed)?)\s+(?:me\s+)?(?:up\s+)?to|step(?:ping)?\s+up\s+(?:to|as)|regraded?\s+to|"
    r"start(?:s|ing)?\s+as|elevat(?:ed|ion)\s+to|(?:approved|confirmed|signed\s+off)\s+(?:me\s+)?as|taking\s+over\s+as|"
    r"appointed\s+(?:as\s+)?|"
    r"made\s+me(?:\s+up\s+to)?|(?:^\W*|(?<=\bgot\s)|(?<=\bwas\s)|(?<=\bbeen\s))made|i'?ll\s+be|i\s+will\s+be|"
    r"(?:is|was|been|being|name\s+is|i'?m|i\s+am)\s+(?:recommended|shortlisted|nominated|put\s+forward|put\s+up)\s+"
    r"(?:for|as)|"
    r"(?:recommend|nominat|back|sponsor|push)(?:e|es|s|ed|ing)?\s+me\s+(?:to\s+(?:the\s+)?[\w' -]{1,30}?\s+)?(?:for|"
    r"as)|"
    r"put(?:ting)?\s+me\s+(?:forward|up|in)\s+(?:for|as)|"
    # not "Jo's going to Manchester"
    r"(?<!['’]s\s)(?<!\bis\s)(?<!\bare\s)going\s+(?:straight\s+)?(?:up\s+)?(?:to|for)|"
    r"(?:her|his|their)\s+(?:pick|choice|candidate|nominee)\s+for|"
    r"go(?:ing)?\s+in\s+as|announc\w*\s+me\s+as|submit(?:s|ting|ted)?\s+me\s+(?:as|for)|offer\s+me|"
    r"put(?:s|ting)?\s+my\s+(?:packet|name|case|application)\s+in\s+for|(?:she|he|they)(?:'s|'re|\s+is)\s+now|"
    r"promotion\s+(?:\w+\s+)?to|me\s*(?:->|→)|"
    r"(?:submit|put)(?:s|ting|ted)?\s+my\s+case\s+(?:in\s+)?for|yes\s+(?:in\s+principle\s+)?to|mak(?:e|es|ing)\s+me|"
    rf"offered\s+me)\s+(?:an?\s+|the\s+)?(?:(?P<q>{QUOTED}|'[^']{{3,60}}'|‘[^’]{{3,60}}’)|['‘\"“]?(?P<t>{CAPS}))|"
    rf"\bthe\s+(?:(?:band|grade|level)\s+\d+\s+)?(?P<n>{CAPS})\s+(?:position|role|post|job|grade)\b")
# "I'm now Curator of Textiles & Dress (Grade 6) from 1 March", "I'm now Senior Adviser!!": the news, said of me
_NOW_TITLE = re.compile(rf"(?i)\bi(?:'?m|\s+am)\s+now\s+(?:the\s+|an?\s+)?(?!certified\b|qualified\b)(?P<t>{CAPS})"
                        r"(?=\s*(?:\([^)]*\)\s*)?(?:!|(?:from|effective|starting|as\s+of)\b|[.,]?\s*$))")
_HEAD = re.compile(rf"(?:^|[!:]\s*|\s[-–—]\s|[^\w\s,.;'\"()&/-]\s*)(?P<t>{CAPS})"
                   r"(?=\s*(?:[,(!]|\s[-–—]|$|\s+(?:from|starts?|starting|effective)\b))")
_LOWER = re.compile(
    r"(?i)(?:\b(?:giving|gave|given|made|promoted|promoting|bump(?:ed|ing)?)\s+me|\bi\s+am|\bi'?m|\bme\s*(?:->|→))"
    r"\s+(?:up\s+)?(?:to\s+)?(?:now\s+)?(?:the\s+)?(?:new\s+)?"
    r"(?P<t>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)(?=\s+(?:at|from|in|on|starting|effective|for)\b|\s*[,(!.✅]|$)|"
    r"^\W*(?P<h>(?:[a-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)\s*(?:\((?:band|grade|level)[^)]*\)\s*)?"
    r"(?:[-–—:]\s*)?(?:approved|confirmed|signed\s+off|agreed|offered|accepted)\b|"
    r"\b(?:put(?:s|ting)?\s+me\s+(?:forward|up)\s+for|(?:i'?ve\s+|i\s+have\s+)?got)\s+the\s+"
    r"(?P<p>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:post|role|position|job)\b|"
    r"(?<!\bnot\s)\bgot\s+(?!the\b|it\b|a\b|my\b)(?P<got>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)(?=\s*(?:[!,(]|"
    r"[\U0001F300-\U0001FAFF]|$)|\s+(?:starts?|starting|from|effective)\b)|"  # "got senior carer 😁 starts 1st feb"
    r"\b(?:put(?:s|ting)?\s+me\s+(?:forward|up)|nominat(?:e|es|ed|ing)\s+me|recommend(?:s|ed|ing)?\s+me)\s+for\s+"
    r"(?P<pf>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)(?=\s+(?:at|in|on|this|next|when|once|after|to)\b|\s*[,.;]|$)")
# A line about the title, then how it went: "Senior Designer — he's putting me forward", "APM - done deal" (a title
# only said to be not yet is the one asked for: the plan keeps it)
_TOPIC_LINE = re.compile(rf"^\W*(?P<t>{CAPS}|(?:[a-z0-9][\w&-]*\s+){{0,3}}[a-z][\w-]*)"
                         r"(?:\s+(?:post|role|job|slot|position|regrade|vacancy))?\s*(?:[:–—]|\s-)\s*(?P<rest>.+)$")
_ASKED_IF_MINE = re.compile(r"(?i)\b(?:did|do|will|am)\s+i\s+(?:get|getting|got)\s+(?:the\s+)?(?P<t>[^?.,]{2,40}?)"
                            r"(?:\s+(?:post|role|job|position|promo))?\s*\?+\s*(?:->|→|-|:)?\s*(?:a\s*[:.-]\s*)?yes\b")
_ASKED_TITLE = re.compile(r"(?i)^\W*q\s*[:.]\s*(?:the\s+|new\s+|job\s+)?(?:title|role|grade)\s*\??\s*$")
_ANSWER = re.compile(r"(?i)^\W*a\s*[:.]\s*(?P<t>[^(,.;!?]+?)\s*(?:[(,.;!?]|$)")
_TOPIC = re.compile(r"(?i)\b(?:about|re:?|regarding|discuss\w*|raised|asked|whether|if|for\s+the|doing|done|covering|"
                    r"covered|acting\s+(?:as|up\s+as))\s+(?:\w+\s+){0,2}$")
_STARTS = re.compile(r"(?i)\b(?:from|starting|effective|wef)\s+(?:the\s+)?(?:\d|next|mon|tue|wed|thu|fri|sat|sun|jan|"
                     r"feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|1st|first)")
# what starts is not the role: "Senior BA interviews starting next Monday", "Team Lead training from 12 Jan"
_ABOUT_IT = re.compile(r"(?i)\b(?:interview|training|course|panel|exam|assess|review|applica|vacanc|advert|posting|"
                       r"opens?|booked|induction|programme|program|recruit|shortlist|process|round)")
_HEDGED = re.compile(r"(?i)\b(?:maybe|might|could|hopefully|if|once|probably|possibly|not|no|until|till|revisit)\b")
_DATED = re.compile(r"(?i)\b(?:effective|from|starting|wef|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b|\d")
# who approves, at the head of "... approved": "GM", "district mgr", "Tom said GM", "the ops director"
_APPROVER = re.compile(r"(?i)(?:\w+\s+(?:said|says|told\s+me)\s+)?(?:the\s+)?(?:[a-z]+\s+)?(?:gm|agm|md|ceo|coo|cfo|"
                       r"vp|hr|board|panel|boss|owner|partners|committee)|\w+\s+(?:said|says|told\s+me)\s+.+")
# a role that approves something named after it: "district mgr approved it", "the ops director signed off my case"
_APPROVER_ROLE = re.compile(r"(?i)(?:the\s+)?(?:[a-z]+\s+)?(?:director|dir|mgr|manager|head|chief)")
NEWS = re.compile(r"\b(?:from|effective|starts?|starting|approved|official|mine|got|promo|confirmed|signed)\b", re.I)


# what says the title is not given yet: "ASM — yes, apply in the Feb round", "I'm on the reserve list"
_NOT_YET_CHOSEN = re.compile(r"(?i)\b(?:apply|applying|round|window|reserve|interview|shortlist|next\s+time|"
                             r"try\s+again)\b")


def celebrated(sentences: list[str], target: str) -> str | None:
    """The sentence that cheers the title asked for with no other word for the news ("🎉 Assistant Store
    Manager!!! starts 9/6"): a promotion."""
    wanted = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", target)}
    for sentence in sentences:  # a headline: "OM na ako!!! effective July 16", "store mgr at Leamington from 27 April"
        short = shortened_in(sentence, target) or (target if target.lower() in sentence.lower() else None)
        headline = short is not None and re.match(rf"(?i)^\W*{re.escape(short)}\b", sentence)
        starts = _STARTS.search(sentence)
        if headline and starts and "?" not in sentence and not _HEDGED.search(sentence) and not _ABOUT_IT.search(
                sentence[:starts.start()]) and sentence_outcome(sentence) in {None, "promoted"}:
            return sentence
        short = shortened_in(sentence, target)  # "CNM2 confirmed for St Brigid's!!": the title asked for, by its code
        news = short is not None and re.search(rf"(?i)(?<!\w){re.escape(short)}\W*(?:is\s+|now\s+)?(?:confirmed|"
                                               r"approved|signed\s+off|official|na\s+ako)\b", sentence)  # Tagalog
        news = news or (short is not None and re.search(  # "i'm 2IC from 1 june!!"
            rf"(?i)\bi(?:'?m|\s+am)\s+(?:now\s+)?(?:the\s+)?{re.escape(short)}\s+(?:from|starting|effective|as\s+of)\b",
            sentence))
        if short and news and "?" not in sentence and ("!" in sentence or CHEER.search(sentence) or (
                _STARTS.search(sentence) and not _HEDGED.search(sentence))) and not _TOPIC.search(
                sentence[:sentence.find(short)]):
            return sentence  # "result -> SHO confirmed, grade 8 from 5 Jan." (dated, so news, even without a "!")
        chosen = short is not None and re.search(  # "ASM — YES. starts 7/13", "selected for PO, assumption of rate"
            rf"(?i)^\W*{re.escape(short)}\s*(?:[-–—:=]+|->|→)?\s*(?:yes+|yay|got\s+it|mine)\b|^\W*(?:i\s+(?:was|got|"
            rf"have\s+been|'ve\s+been)\s+|got\s+|been\s+)?(?:selected|picked|chosen)\s+(?:for|as)\s+(?:the\s+)?"
            rf"{re.escape(short)}\b"
            rf"(?!\s+(?:interview|panel|shortlist|list|course|training|assessment|board|exam))", sentence)
        if chosen and "?" not in sentence and not _HEDGED.search(sentence) and not _NOT_YET_CHOSEN.search(
                sentence) and sentence_outcome(sentence) in {None, "promoted"}:
            return sentence
        if "!" not in sentence and not CHEER.search(sentence):
            continue
        for m in _HEAD.finditer(sentence):
            words = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", m["t"])}
            if len(words & wanted) >= max(1, len(wanted) - 1) and not _TOPIC.search(sentence[:m.start("t")]) and (
                    NEWS.search(sentence) or "!" in sentence[m.end("t"):m.end("t") + 3]):
                return sentence
    return None


def find_title(sentences: list[str], outcome: str | None, target: str, current: str) -> tuple[str, str] | None:
    """(the title, the sentence it is in) or None; a grade said with it ("Senior SRE (L5)") is not the title,
    and the title asked for, shortened ("Senior SWE"), is no change."""
    found = _find_title(sentences, outcome, target, current)
    if found is not None:
        found = re.sub(r"^(?i:the)\s+", "", found[0]), found[1]  # "The Senior Planning Officer post – ..."
    same = found is not None and same_title(found[0], target)
    if same and outcome in {"not_yet", "no"}:
        return None  # the title asked for, not given: nothing to change
    if found is not None and outcome in {"not_yet", "no"} and sentence_outcome(found[1]) in {"not_yet", "no"} and (
            _REFUSED_TARGET.search(found[1]) is None) and set(re.findall(r"[a-z]{3,}", found[0].lower())) & set(
            re.findall(r"[a-z]{3,}", target.lower())):
        return None  # "voted 4-3 against promotion to Full Professor": the title asked for, refused
    if found is not None and same:
        return target, found[1]  # the title asked for, in other words ("Senior SWE"): written as the case has it
    if found is None and outcome in {"pending", "promoted"}:
        return _named(sentences, target)  # "mtg re AP2", "IC5 approved": the title asked for, as the case has it
    if found is None:
        return None
    title = re.sub(r"(?i)\s*\((?:band|grade|level|scale|[lgpm]|ic)\s*(?:\d+|[ivx]+|[a-e])\)\s*$", "", found[0]).strip()
    title = re.sub(r"(?i)^(?:(?:getting|got|gets|made|making|becoming|i'?m|im)\s+)+|^promo(?:tion)?\s+to\s+", "",
                   title)  # "im getting sous!!", "promotion to SGT approved"
    title = _as_written_title(title)
    return (title, found[1]) if title else None


# what makes a title in a refusal another one to aim for: "not this time, go for the Analytics Lead role instead"
_REFUSED_TARGET = re.compile(r"(?i)\b(?:instead|rather|suggest\w*|offer\w*|better|go\s+for|apply\s+for|look\s+at)\b")


# Words people shorten when they type a title in a hurry, written out when the title is proposed ("bar mgr")
_SPELLED_OUT = {"mgr": "Manager", "asst": "Assistant", "snr": "Senior", "sr": "Senior", "jr": "Junior",
                "supv": "Supervisor", "coord": "Coordinator", "dir": "Director", "dept": "Department"}


def _as_written_title(title: str) -> str:
    """A title typed in lower case ("head chef", "bar mgr"), written as a title ("Head Chef", "Bar Manager"); any
    other as it is."""
    if any(c.isupper() for c in title):
        return title
    return " ".join(w if w in {"of", "for", "and", "the", "in", "on"} else _SPELLED_OUT.get(w, w[:1].upper() + w[1:])
                    for w in title.split())


def _named(sentences: list[str], target: str) -> tuple[str, str] | None:
    """The title asked for, named in full or in other words ("Sgt", "shift mgr"), or in passing by a word or two
    of its own ("recommend me for senior"): (the title, the sentence)."""
    written = re.compile(rf"(?<!\w){re.escape(target)}(?!\w)", re.IGNORECASE)
    for sentence in sentences:
        if written.search(sentence) or shortened_in(sentence, target):
            return target, sentence
    for sentence in sentences:
        if said_in_passing(sentence, target):
            return target, sentence
    return None


def _find_title(sentences: list[str], outcome: str | None, target: str, current: str) -> tuple[str, str] | None:
    case_titles = {w.lower() for w in f"{target} {current}".split() if len(w) > 2}
    for asked, answer in itertools.pairwise([*sentences, ""]):  # "Did I get the Clerk II? → yes!!"
        if (m := _ASKED_IF_MINE.search(f"{asked} {answer}")) and a_title(m["t"], case_titles, True):
            return m["t"], asked
    for asked, answer in itertools.pairwise(sentences):  # notes as Q&A: "Q: title?" then "A: Front Office Manager"
        if _ASKED_TITLE.match(asked) and (in_quotes := re.search(r'"([^"(]{3,60}?)\s*(?:\([^)]*\))?"', answer)):
            return in_quotes[1].strip(), answer  # 'A: posting says "Platoon Supervisor (Acting)"'
        if _ASKED_TITLE.match(asked) and (m := _ANSWER.match(answer)) and 1 <= len(m["t"].split()) <= 6:
            return m["t"].strip(" \"“”'"), answer
    for sentence in sentences:
        if re.match(r"(?i)\W*(?:q\s*[:.]|(?:would|could|should|what|how|why)\b).*\?\W*$",
                    sentence):
            continue  # "q: would I get a bump as senior pharmacist instead?": asked, not offered
        if other := other_role(sentence, target, case_titles) or offered_instead(sentence, case_titles):
            return other, sentence
    for sentence in sentences:
        if m := _SAID.search(sentence):
            said = next(g for g in (m["t"], m["r"], m["a"], m["f"], m["g"], m["l"], m["c"], m["gs"], m["ss"], m["b"])
                        if g)
            title = said.strip(" \"“”'")
            quoted = said[:1] in "\"“'"
            loose = bool(m["gs"] or m["ss"])  # "go for X", "support X": X must read as a title on its own
            if m["ss"] and re.search(r"(?-i:[A-Z][\w&]*)\s+$", sentence[:m.start()]):
                continue  # "IT Support Team Lead": a title with Support in it, not support for one
            if 1 <= len(title.split()) <= 6 and ((quoted and not loose) or a_title(title, case_titles, not loose)):
                return title, sentence
    if outcome not in {"promoted", "pending", None}:
        return None
    for sentence in sentences:  # "Senior Designer — he's putting me forward", "APM - done deal"
        m = _TOPIC_LINE.match(sentence)
        if m and sentence_outcome(m["rest"]) and (a_title(m["t"], case_titles) if m["t"][:1].isupper()
                                                  else ROLE_WORD.fullmatch(m["t"].split()[-1])):
            return m["t"], sentence
    for sentence in sentences:
        if (m := _NOW_TITLE.search(sentence)) and a_title(m["t"], case_titles, True) and not m["t"].endswith("ing"):
            return m["t"], sentence
        for m in _AFTER_VERB.finditer(sentence):
            if m["q"] and not _TOPIC.search(sentence[:m.start()]) and (  # 'offer me "Co-Principal Viola"'
                    not re.match(r"(?i)i\b", m.group(0)) or a_title(m["q"].strip("\"“”'‘’"), case_titles, True)):
                return m["q"].strip("\"“”'‘’"), sentence  # not 'I'm "tracking well"'
            title = m["t"] or m["n"]
            if title and (re.search(r"(?i)ing$|\b(?:coaching|training|mentoring|course|programme)$", title) or
                          names_a_course(sentence, title)):
                continue  # "offered me Executive Coaching", "recommend me for the NABH internal auditor training"
            if title and not _TOPIC.search(sentence[:m.start()]) and a_title(title, case_titles, True) and not (
                    m["n"] and LEVEL.fullmatch(title)):  # "Got the PL2 post — HOD Natural Sciences": the post's level
                return title, sentence
    for sentence in sentences:  # "put me forward for the senior sister post", "I've got the nights team leader job"
        for m in _LOWER.finditer(sentence):
            said = m["p"] or m["pf"]
            if said and ROLE_WORD.fullmatch(said.split()[-1]):
                return said, sentence
    if outcome != "promoted":
        return None
    for sentence in sentences:  # written in lower case: "giving me head chef from 1 sept", "senior HCA approved"
        for m in _LOWER.finditer(sentence):
            title = m["t"] or m["h"] or m["p"] or m["pf"] or m["got"]
            if m["h"] and not its_own_words(title, target) and (_APPROVER.fullmatch(title) or (
                    _APPROVER_ROLE.fullmatch(title) and re.match(r"(?i)\s+(?:it|this|that|me|my|the)\b",
                                                                 sentence[m.end():]))):
                continue  # "district mgr approved it", "Tom said GM signed off Wed": who approved, not the title
            if m["got"] and (said_in_passing(sentence, target) or "").lower() == title.lower():
                return target, sentence  # "got senior carer!!!": the Senior Care Assistant asked for
            if ROLE_WORD.fullmatch(title.split()[-1]) or re.fullmatch(r"[A-Z]{2,4}", title.split()[-1]):
                return title, sentence
    for sentence in sentences:
        cheered = celebrated([sentence], target)
        if sentence_outcome(sentence) != "promoted" and not NEWS.search(sentence) and not cheered:
            continue
        for m in _HEAD.finditer(sentence):
            if _DATED.search(m["t"]):
                continue  # "Effective Nov 1, Station 7": when, not what
            if a_title(m["t"], case_titles) and not _TOPIC.search(sentence[:m.start("t")]):
                return re.sub(r"\s*\((?:band|grade|level)\b.*", "", m["t"]), sentence
    written = re.compile(rf"\b{re.escape(target)}\b", re.IGNORECASE)
    for sentence in sentences:
        m = written.search(sentence)
        if m and not _TOPIC.search(sentence[:m.start()]) and (NEWS.search(sentence) or sentence_outcome(sentence)):
            return m.group(0), sentence
    return None


_NEXT_TITLE = rf"(?:{CAPS}|(?:[a-z][\w&-]*\s+){{0,3}}[a-z][\w-]*)"
_LATER = (r"(?:next|in\s+(?:\d+|a|one|two|three|four|five|a\s+couple\s+of|a\s+few)\s+(?:yrs?|years?|months?)|"
          r"after\s+that|down\s+the\s+(?:line|road)|longer[- ]term|long[- ]term|eventually|one\s+day|by\s+\d{4})")
_NEXT_TARGET = re.compile(
    rf"(?i)\b(?:aim(?:ing)?|go(?:ing)?|push(?:ing)?|gun(?:ning)?|look(?:ing)?\s+at|work(?:ing)?\s+towards?|"
    rf"set\s+my\s+sights\s+on|eyes\s+on)\s+(?:for\s+)?(?:the\s+|an?\s+)?(?P<t>{_NEXT_TITLE})\s+{_LATER}\b|"
    rf"\bnext\s+(?:step|target|goal|stop|rung|move|title)\s*(?:is|would\s+be|could\s+be|should\s+be|[:=→-]|->)\s*"
    rf"(?:the\s+|an?\s+)?(?P<n>{_NEXT_TITLE})(?=\s*(?:[,.;!(]|\s[-–—]|$|\s+(?:in|by|after|within|once)\b))")


def find_next_target(sentences: list[str], agreed: str, current: str) -> tuple[str, str] | None:
    """Once promoted, the next title the notes say to aim for ("she'd like me to aim for assistant head in 2 yrs",
    "next step: Head of Faculty"): (the title, the sentence), never the title just agreed."""
    case_titles = {w.lower() for w in f"{agreed} {current}".split() if len(w) > 2}
    for sentence in sentences:
        for m in _NEXT_TARGET.finditer(sentence):
            title = (m["t"] or m["n"]).strip()
            words = title.split()
            if not (a_title(title, case_titles, True) or ROLE_WORD.fullmatch(words[-1])) or same_title(title, agreed):
                continue
            return _as_written_title(title), sentence
    return None
