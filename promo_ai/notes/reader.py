"""The free-form reader: notes as people type them, turned into proposed changes without a model.

Each sentence is read for what it says: the outcome ("he said yes!!", "not this cycle", "she'll put me
forward"), a title agreed ("title wd be Sous Chef", "approved - but as Solutions Architect"), what to
add (with its figures), leave out or put first, next steps and conditions (promo_ai.notes.steps),
people named (promo_ai.notes.people), private lines ("don't mention ...", "note to self", "off the
record") and the dates: the meeting's (on a line about the meeting, not a deadline) and the day to
check in on or revisit. Lines that address an AI are never read; the caller reports them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from promo_ai.case import Case, first_name_of
from promo_ai.changes import match_target
from promo_ai.notes.dates import DateOrder, find_days, find_period
from promo_ai.notes.lines import Line
from promo_ai.notes.people import find_people, not_names
from promo_ai.notes.steps import StepReader

Item = dict[str, Any]

_PROMOTED = re.compile(
    r"\bi(?:'ve| have)?\s+got\s+(?:it|the\s+(?:job|role|promotion|promo|post))\b|\bsaid\s+yes\b|\bit'?s\s+official\b|"
    r"\bofficially\b|\b(?:is|it's)\s+mine\b|\b(?:i'm|i am|i've been|i have been|i was|got|been)\s+promoted\b|\bcongrat|"
    r"\bit'?s\s+a\s+yes\b|^\W*promoted\b|(?<!not )\bgetting\s+promoted\b|"
    r"\b(?:they|she|he|panel|committee|board)\s+(?:has\s+|have\s+)?approved\s+(?:it|me|my)\b|^\W*approved\b|\b(?:promo|promotion|role|post|job)\b[^.]{0,40}\b(?:approved|confirmed|"
    r"signed\s+off|went\s+through|granted)\b|\bapproved\s+(?:at|by)\s+(?:the\s+)?(?:panel|committee|board)\b|"
    r"\bapproved!", re.IGNORECASE)
_NO = re.compile(
    r"\b(?:said|says|answer(?:\s+(?:is|was))?|it'?s|it\s+was|that'?s)\s*:?\s*(?:a\s+)?(?:firm\s+|flat\s+|clear\s+)?"
    r"[\"“]?no\b(?!-|\s+(?:view|idea|problem|worries|rush|pressure|doubt))|\bnot\s+going\s+to\s+happen\b|"
    r"\bwon'?t\s+(?:happen|be\s+happening|come\s+back)\b|\bisn'?t\s+being\s+created\b|\bturned\s+(?:me|it)\s+down\b|"
    r"\b(?:rejected|declined|unsuccessful)\b|\b(?:post|role|job|position)\s+has\s+gone\b|\bgoes\s+away\b|"
    r"\bno\s+longer\s+(?:available|exists|an\s+option)\b|\bdidn'?t\s+get\s+(?:it|the\s+(?:role|job|post|promotion))\b",
    re.IGNORECASE)
_NO_FOR_NOW = re.compile(r"\bfor\s+now\b|\bright\s+now\b|\byet\b|\bthis\s+(?:cycle|year|round|time)\b|\buntil\b|"
                         r"\btill\b|\brevisit\b|\breconsider\b", re.IGNORECASE)
_NOT_YET = re.compile(
    r"\bnot\s+(?:yet|this\s+(?:cycle|year|round|time)|right\s+now|for\s+now)\b|\bnot\s+ready\b|\b(?:freeze|frozen)\b|"
    r"\brevisit\b|\breconsider\b|\bask\s+again\b|\bcan'?t\s+do\s+anything\s+(?:until|till)\b|\bnothing\s+happens\s+"
    r"(?:un)?til+\b|\bno\s+(?:\w+\s+)?(?:money|budget|headcount|slot|funding)\b|\bon\s+hold\b|\bdeferred\b|"
    r"\bpostponed\b", re.IGNORECASE)
_PENDING = re.compile(
    r"\bput(?:ting)?\s+(?:me|my\s+name|my\s+case|it)\s+(?:forward|up)\b|\bput\s+me\s+up\s+for\b|"
    r"\b(?:take|taking|bring|bringing)\s+(?:it|my\s+case|this)\s+to\b|\b(?:raise|raising)\s+(?:it|this|my\s+case)\b|"
    r"\bmake\s+the\s+case\b|\brecommend(?:ing)?\s+me\b|\bsecond\s+opinion\b|\bsupport(?:s|ing)?\s+my\s+"
    r"(?:promo|promotion|case|ask|request)\b|\bpush(?:ing)?\s+for\s+(?:it|me)\b|\btalk(?:ing)?\s+to\s+(?:the\s+)?"
    r"(?:partners|director|board|committee|panel|vp|head)\b|\bin\s+favou?r\b|\bfor\s+it\b|\bpending\b|"
    r"\bwaiting\s+(?:on|for)\s+(?:approval|sign-off|hr)\b|\bpromo\s+committee\b|\bsupport(?:s|ing)?\s+(?:it|me)\b|"
    r"\bneeds?\s+(?:sign[- ]off|approval)\s+from\b", re.IGNORECASE)
_PRIVATE = re.compile(
    r"\bnote\s+to\s+self\b|\boff\s+the\s+record\b|\bconfidential\b|\bnot\s+(?:been\s+)?(?:announced|public)\b|"
    r"\bbetween\s+(?:us|you\s+and\s+me|ourselves)\b|\brumou?rs?\b|\bgossip\b|\bnot\s+(?:for|in)\s+(?:this|the)\s+email\b|"
    r"\bkeep\s+(?:that|this|it)\s+(?:to\s+myself|quiet|out)\b|\bdon'?t\s+(?:share|tell\s+anyone)\b", re.IGNORECASE)
_LEAVE_OUT = re.compile(
    r"\b(?:do\s*n[o']?t|never|not\s+to)\s+(?:mention|bring\s+up|say\s+anything\s+about|put\s+anything\s+about|include|"
    r"raise|talk\s+about|refer\s+to|put)\s+(?P<a>[^,.;]*)|\b(?:i|me)\s+(?:not|to\s+not|not\s+to)\s+(?:include|mention|"
    r"bring\s+up)\s+(?P<b>[^,.;]*)|\bkeep\s+out\s+(?P<c>[^,.;]*)|\bkeep\s+(?P<d>[^,.;]+?)\s+out\b", re.IGNORECASE)
_DROP = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|also|so|to|please)\s+)(?:drop|remove|leave\s+out|take\s+out|forget(?:\s+about)?|lose|"
    r"cut\s+out|get\s+rid\s+of|skip)\s+(?P<x>[^,.;]+)|\bleave\s+(?P<y>(?:the|my|that|this)\b[^,.;]*?)\s+out\b",
    re.IGNORECASE)
_EMPHASISE = re.compile(
    r"\b(?:lead|open|start)\s+(?:with|w/?)\s+(?P<x>[^,.;—–]+?)(?=\s*$|\s*[,.;—–]|\s+-\s|\s+though\b)|"
    r"\bemphasi[sz]e\s+(?P<y>[^,.;]+)|\b(?:highlight|play\s+up|foreground)\s+(?P<z>[^,.;]+)|"
    r"\bput\s+(?P<w>that|it|this|those|them)\s+(?:first|at\s+the\s+top|up\s+front)\b|"
    r"\b(?P<v>that|it|this)\s+should\s+go\s+(?:near\s+the\s+top|at\s+the\s+top|first|up\s+front)\b", re.IGNORECASE)
_ADD_SAY = re.compile(
    r"\b(?:put|add|include|mention)\s+(?:that|it|this|them)\b|[-–—>]\s*add\s*\W*$|\bin\s+the\s+record\b|"
    r"\bmention(?:ed)?\s+(?:that\s+)?i\b|\bshould\s+go\s+(?:near\s+the\s+top|in|first)\b|\bworth\s+(?:adding|mentioning)\b|"
    r"\bcredited\b|^\W*stats?\s*:", re.IGNORECASE)
_METRIC = re.compile(
    r"\bfrom\s+[$£€]?\d[\d,.]*\s*[\w%]*\s+to\s+[$£€]?\d|\d[\d,.]*\s*[\w%]*\s*(?:->|→|=>)\s*[$£€]?\d|"
    r"\b(?:up|down)\s+(?:from\s+|to\s+|by\s+)?[$£€+]?\d|"
    r"\b(?:rose|fell|dropped|grew|increased|decreased|improved|reduced)\b[^.;]{0,40}?\d|[+-]\d[\d.]*%|"
    r"\d%\s*(?:vs|versus)\b|\b(?:scored|hit|closed|won|saved|trained|reviewed|delivered|shipped|onboarded|hired|"
    r"mentored|processed|resolved|built|came\s+in\s+at)\b[^.;]{0,30}?[$£€]?\d", re.IGNORECASE)
_ADD_TAIL = re.compile(
    r"(?:\s*(?:[-–—>]+|,|;)\s*|\s+)(?:(?:so|and)\s+)?(?:(?:she|he|they)\s+wants?\s+(?:that|it)\s+in\s+the\s+record|"
    r"put\s+(?:that|it|this)\s+(?:in|first)\b.*|add\s+(?:that|it|this)\b.*|include\s+(?:it|that|this)\b.*|add\W*|"
    r"mention\s+(?:it|that)\b.*|that\s+should\s+go\b.*|lead\s+with\s+(?:that|it|this)\b.*|was\s+the\s+clincher\b.*|"
    r"i\s+ran\s+it\W*)\s*$", re.IGNORECASE)
_ADD_HEAD = re.compile(
    r"^(?:also\s*:?\s*|stats?\s*:\s*|(?:also\s+)?(?:he|she|they|[A-Z][a-z]+)\s+(?:said|mentioned|noted|pointed\s+out)\s+"
    r"(?:that\s+)?(?:the\s+)?|(?:also\s+)?mentioned\s+(?:that\s+)?|mention\s+(?:that\s+)?|add\s*:?\s+|include\s+"
    r"(?:that\s+)?)", re.IGNORECASE)
_TITLE_WORD = r"[A-Z](?:[a-z][\w&/-]*|[A-Z0-9]{0,3}\b)"  # "Lead", "QA", "II"; not a shouted "APPROVED"
_CAPS = rf"(?-i:{_TITLE_WORD}(?:\s+(?:of\s+|&\s+)?{_TITLE_WORD}){{0,4}})"
_TITLE_SAID = re.compile(
    r"\b(?:new\s+)?title\b(?:\s+(?:on|in)\s+the\s+[\w\s]{1,20}?)?(?:\s*[:=]|\s+(?:is|wd\s+be|would\s+be|will\s+be|"
    r"should\s+be|'s))\s+(?P<t>\"[^\"]+\"|“[^”]+”|[^,.;—\-\"]+?)(?=\s+(?:not|rather|instead)\b|\s*[,.;—\-]|\s*$)|"
    r"\b(?:role|job|position|post)\b(?:\s+(?:on|in)\s+the\s+[\w\s]{1,20}?)?\s+(?:is|wd\s+be|would\s+be|will\s+be|should\s+be)"
    rf"\s+(?:called\s+)?(?P<r>\"[^\"]+\"|“[^”]+”|{_CAPS})|"
    rf"\bas\s+(?:an?\s+)?(?P<a>{_CAPS})\s*,?\s*(?:not|rather\s+than|instead\s+of)\b|"
    rf"\bforward\s+for\s+(?P<f>{_CAPS})|"
    rf"\bcall(?:ing)?\s+(?:it|the\s+(?:role|job|post))\s+(?P<c>\"[^\"]+\"|“[^”]+”|'[^']+'|{_CAPS})", re.IGNORECASE)
_TITLE_CONTEXT = re.compile(r"\b(?:effective|starts?|starting|from|approved|official|mine|got|promo|confirmed)\b",
                            re.IGNORECASE)
_CHECK_IN = re.compile(r"\b(?:revisit|come\s+back\s+(?:to\s+(?:me|her|him|you|us)|by)|get\s+back\s+to|ask\s+again|"
                       r"check\s+in|reconsider|answer\s+(?:by|before)|decision\s+(?:by|before))\b", re.IGNORECASE)
_FILLER = re.compile(r"^(?:the\s+)?(?:bit|stuff|thing|part|anything|something)\s+(?:about|on|re)\s+|"
                     r"\s+(?:stuff|thing|bit|completely|entirely|though|in there|from (?:it|the email)|"
                     r"in (?:it|the email))\b"
                     r"|\s+(?:in|out of)\s+(?:anything|it|there)\b.*$", re.IGNORECASE)


def _clean(phrase: str) -> str:
    phrase = phrase.strip(" -–—:'\"")
    for _ in range(3):
        phrase = _FILLER.sub("", phrase).strip(" -–—:")
    return phrase


class Reader:
    """The free-form reader over one set of notes (see the module)."""

    def __init__(self, lines: list[Line], case: Case, today: dt.date, order: DateOrder) -> None:
        self.lines, self.case, self.today, self.order = lines, case, today, order
        manager = case.manager.name
        names = {manager, first_name_of(manager), manager.split()[-1], manager.split()[0]}
        self.manager_names = sorted({n.strip(".") for n in names if len(n.strip(".")) > 2}, key=len, reverse=True)
        self.private: set[str] = set()

    def sentences(self) -> Iterator[tuple[Line, str]]:
        for line in self.lines:
            for sentence in line.sentences:
                yield line, sentence

    # --- what to keep out, leave out, add and put first -------------------------------------------------

    def private_and_drops(self) -> list[Item]:
        items: list[Item] = []
        for _, sentence in self.sentences():
            leave = _LEAVE_OUT.search(sentence)
            phrase = _clean(next((g for g in leave.groups() if g), "")) if leave else ""
            found = match_target(phrase, self.case) if phrase else None
            if _PRIVATE.search(sentence) or (leave and not found):
                items.append({"kind": "private", "text": sentence, "source_quote": sentence})
                self.private.add(sentence)
                continue
            drop = leave if leave else _DROP.search(sentence)
            if drop:
                phrase = _clean(next((g for g in drop.groups() if g), ""))
                if phrase.lower() in {"it", "that", "this", "them"}:
                    continue
                if match_target(phrase, self.case):
                    items.append({"kind": "drop", "text": phrase, "target": phrase, "source_quote": sentence})
                elif leave is None and re.match(r"^\W*(?:leave|take|keep)\b", sentence, re.IGNORECASE):
                    items.append({"kind": "private", "text": sentence, "source_quote": sentence})
                    self.private.add(sentence)
        return items

    def _accomplishment(self, sentence: str, masked: str, metric: re.Match[str] | None) -> str:
        """The accomplishment in the words of its sentence: from the clause that holds its figures (when what
        comes before holds none), without 'put that in' or 'he said the'."""
        text = sentence
        if metric:
            cut = max((m.end() for m in re.finditer(r",\s+|\s+[-–—]+\s+|;\s*|!+\s*", sentence[:metric.start()])),
                      default=0)
            words_before = re.findall(r"[a-z]{3,}", sentence[cut:metric.start()], re.IGNORECASE)
            if not re.search(r"\d", masked[:cut]) and len(words_before) >= 2:
                text = sentence[cut:]
        head, _, tail = text.partition(":")
        if tail and re.search(r"\d", tail) and re.search(r"\b(?:said|sealed|mentioned|noted|because|clincher)\b", head):
            text = tail
        for _ in range(2):
            text = _ADD_TAIL.sub("", text).strip(" .,;")
            text = _ADD_HEAD.sub("", text).strip(" .,;")
        text = re.sub(r"^i\s+", "", text, flags=re.IGNORECASE)
        return text[:1].upper() + text[1:]

    def adds_and_emphasis(self, skip: set[str]) -> list[Item]:
        items: list[Item] = []
        for line, sentence in self.sentences():
            if sentence in self.private or sentence in skip:
                continue
            masked = sentence
            for day in find_days(sentence, self.today, self.order):
                masked = masked[:day.start] + "D" * (day.end - day.start) + masked[day.end:]
            metric = _METRIC.search(masked)
            new = bool(_ADD_SAY.search(masked) or metric)
            text = self._accomplishment(sentence, masked, metric) if new else ""
            if new and text:
                items.append({"kind": "add", "text": text, "source_quote": sentence})
            for m in _EMPHASISE.finditer(sentence):
                phrase = _clean(next(g for g in m.groups() if g))
                if phrase.lower() in {"that", "it", "this", "those", "them"}:
                    if new and text:
                        items.append({"kind": "emphasise", "text": text, "source_quote": sentence})
                    continue
                if match_target(phrase, self.case):
                    items.append({"kind": "emphasise", "text": phrase, "target": phrase, "source_quote": sentence})
                elif not new:  # "lead with X" and X is new: add it, and put it first
                    items.append({"kind": "add", "text": phrase[:1].upper() + phrase[1:], "source_quote": sentence})
                    items.append({"kind": "emphasise", "text": phrase, "source_quote": sentence})
            del line
        return items

    # --- the outcome and the title ------------------------------------------------------------------------

    def outcome(self) -> Item | None:
        found: dict[str, str] = {}
        for _, sentence in self.sentences():
            if sentence in self.private:
                continue
            if _PROMOTED.search(sentence) and not re.search(r"\bnot\s+(?:been\s+)?approved\b", sentence, re.I):
                found.setdefault("promoted", sentence)
            if _NO.search(sentence):
                found.setdefault("not_yet" if _NO_FOR_NOW.search(sentence) else "no", sentence)
            if _NOT_YET.search(sentence):
                found.setdefault("not_yet", sentence)
            if _PENDING.search(sentence):
                found.setdefault("pending", sentence)
        for outcome in ("promoted", "no", "not_yet", "pending"):
            if outcome in found and not (outcome == "no" and "not_yet" in found and _NO_FOR_NOW.search(found["not_yet"])
                                         and found["not_yet"] == found.get("no")):
                return {"kind": "outcome", "text": outcome, "source_quote": found[outcome]}
        return None

    def title(self, outcome: str | None) -> Item | None:
        for _, sentence in self.sentences():
            if sentence in self.private:
                continue
            m = _TITLE_SAID.search(sentence)
            if m:
                title = next(g for g in (m["t"], m["r"], m["a"], m["f"], m["c"]) if g).strip(" \"“”'")
                if 1 <= len(title.split()) <= 6:
                    return {"kind": "title", "text": title, "source_quote": sentence}
        if outcome != "promoted":
            return None
        for _, sentence in self.sentences():
            m = re.search(rf"\b(?:promo(?:tion)?|promoted)\s+to\s+(?P<t>{_CAPS})", sentence)
            if m and sentence not in self.private and _PROMOTED.search(sentence):
                return {"kind": "title", "text": m["t"], "source_quote": sentence}
        target = re.compile(rf"\b{re.escape(self.case.target_title)}\b", re.IGNORECASE)
        for _, sentence in self.sentences():
            m = target.search(sentence)
            if m and sentence not in self.private and (_TITLE_CONTEXT.search(sentence) or _PROMOTED.search(sentence)):
                return {"kind": "title", "text": m.group(0), "source_quote": sentence}
        return None

    # --- steps, people, dates -----------------------------------------------------------------------------

    def steps(self, outcome: str | None) -> tuple[list[Item], set[str]]:
        reader, items, used = StepReader(self.manager_names, outcome, not_names(self.case)), [], set()
        for _, sentence in self.sentences():
            if sentence in self.private:
                continue
            for step in reader.read(sentence):
                item: Item = {"kind": step.kind, "text": step.text, "source_quote": sentence, "by": step.by}
                if step.kind == "next":
                    item |= {"owner": step.owner, "who": step.who}
                items.append(item)
                used.add(sentence)
        return items, used

    def people(self) -> list[Item]:
        sentences = [s for _, s in self.sentences() if s not in self.private]
        named = find_people(sentences, self.case)
        ranked = sorted(named, key=lambda p: not re.search(
            r"forward|make the case|rais|recommend|partners|director|vp|cfo|head of|chairs|panel|committee|owner", p[1],
            re.IGNORECASE))
        return [{"kind": "person", "text": name, "source_quote": sentence} for name, sentence in ranked]

    def meeting_date(self) -> Item | None:
        best: tuple[int, int, Item] | None = None
        for line in self.lines:
            if line.text in self.private:
                continue
            for day in find_days(line.text, self.today, self.order, "past"):
                if day.day > self.today or (self.today - day.day).days > 366:
                    continue
                before = line.text[max(0, day.start - 14):day.start].lower()
                score = 2 * line.meeting + (line.index == 0)
                if re.search(r"\b(?:by|before|until|till|due|effective|from|starts?|starting|next|after|at the)\s*$",
                             before):
                    score -= 3
                if score >= 1 and (best is None or score > best[0]):
                    item = {"kind": "date", "text": day.day.isoformat(), "source_quote": line.text, "note": day.note}
                    best = (score, -line.index, item)
        return best[2] if best else None

    def follow_up(self, meeting: dt.date | None) -> Item | None:
        after = meeting or self.today
        for _, sentence in self.sentences():
            if sentence in self.private or not _CHECK_IN.search(sentence):
                continue
            days = [d for d in find_days(sentence, after, self.order, "future") if d.day > after]
            if days:
                return {"kind": "follow_up", "text": days[0].day.isoformat(), "source_quote": sentence,
                        "note": days[0].note}
            period = find_period(sentence, after)
            if period:
                return {"kind": "follow_up", "text": period[1].isoformat(), "source_quote": sentence, "note": period[2]}
        return None

    def read(self) -> list[Item]:
        """Every proposal, grouped by kind in the order the page shows them."""
        items = self.private_and_drops()
        outcome = self.outcome()
        steps, used = self.steps(outcome["text"] if outcome else None)
        meeting = self.meeting_date()
        conditions = {s for s, i in ((i["source_quote"], i) for i in steps) if i["kind"] == "condition"}
        found = [meeting, outcome, self.title(outcome["text"] if outcome else None),
                 self.follow_up(dt.date.fromisoformat(meeting["text"]) if meeting else None)]
        items = [i for i in found if i] + self.adds_and_emphasis(conditions) + items + steps + self.people()
        del used
        return items
