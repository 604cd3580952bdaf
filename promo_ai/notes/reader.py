"""The free-form reader: notes as people type them, turned into proposed changes without a model.

Privacy is read first and wins: a private sentence (promo_ai.notes.privacy) becomes a private item and
nothing else reads it, so no proposal that quotes it can be accepted by default. Then each sentence is
read for what it says: the outcome and the title (promo_ai.notes.outcome), next steps and conditions
(promo_ai.notes.step_pass), what to add, leave out or put first (promo_ai.notes.evidence), people named
(promo_ai.notes.people) and the dates: the meeting's (on a line about the meeting, not a deadline) and the
day to check in on or revisit. Lines that address an AI are never read; the caller reports them.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from promo_ai.case import Case, first_name_of
from promo_ai.changes.matching import same_title, shortened_in
from promo_ai.notes import evidence as ev
from promo_ai.notes.dates import DateOrder, find_days
from promo_ai.notes.guessed import guessed_outcome
from promo_ai.notes.kept_out import asides_kept_out, kept_out_elsewhere
from promo_ai.notes.lines import Line
from promo_ai.notes.minutes import how_it_usually_goes
from promo_ai.notes.not_results import DONE_ASIDE, WANTED, not_a_result
from promo_ai.notes.outcome import outcome, sentence_outcome
from promo_ai.notes.owners import TITLES, full_name, known_as
from promo_ai.notes.people import NAMED_ONLY, find_people, goes_on_to, someone_elses_promotion
from promo_ai.notes.plan import listed
from promo_ai.notes.privacy import kept_out_of, left_out, only_a_cue, private_sentences, sensitive
from promo_ai.notes.revisit import follow_up
from promo_ai.notes.speaker import quote_marks_paired
from promo_ai.notes.step_pass import StepPass, done_there
from promo_ai.notes.title import celebrated, find_next_target, find_title
from promo_ai.notes.unread import unread_items

Item = dict[str, Any]
Pos = tuple[int, int]

# words of a job that come before a name, never the name ("Station Manager Okafor")
_NOT_A_NAME = TITLES | {"manager", "station", "head", "senior", "chief", "director", "lead", "officer", "sister",
                        "matron", "principal", "chef", "coach"}
_KEEP_OUT_VERB = re.compile(r"^(?:leave|keep|take)", re.IGNORECASE)


class Reader:
    """The free-form reader over one set of notes (see the module)."""

    def __init__(self, lines: list[Line], case: Case, today: dt.date, order: DateOrder) -> None:
        self.lines, self.case, self.today, self.order = lines, case, today, order
        manager = case.manager.name
        # every word of the name but a title or rank: "Dr. Howard Kim" is also Howard, "Maj Helen Pryce" Helen
        plain = [w for w in manager.split() if w.lower().rstrip(".") not in _NOT_A_NAME] or manager.split()
        names = {manager, first_name_of(manager), plain[-1], plain[0]} | {
            w for w in manager.split() if w[:1].isupper() and w.lower().rstrip(".") not in _NOT_A_NAME}
        self.manager_names = sorted({n.strip(".") for n in names if (len(n.strip(".")) > 2 or re.fullmatch(
            r"[A-Z][a-z]", n) or n == manager.strip()) and n.lower().rstrip(".") not in _NOT_A_NAME}, key=len,
            reverse=True)  # not "Chef" of "Chef Andre", nor an initial; but "Jo", "Ed", and "OC" when that is all
        self.manager_names += known_as([line.text for line in lines], self.manager_names)  # "Mr. Chukwu (BM)": BM
        if full := full_name(manager, [line.text for line in lines]):  # "Present: Craig Wilson": CW is Craig
            self.manager_names.insert(0, full)
        self.units: dict[Pos, str] = {(line.index, j): s for line in lines for j, s in enumerate(line.sentences)}
        self.private: set[Pos] = private_sentences(
            [line.sentences for line in lines], [line.heading for line in lines], [line.bullet for line in lines],
            [line.after_blank for line in lines])
        self.added: list[tuple[str, str]] = []  # (accomplishment, its quote): what "lead with X" may name

    def said(self) -> list[str]:
        """The sentences that are not private, in order."""
        return [s for pos, s in self.units.items() if pos not in self.private]

    def _previous(self, pos: Pos) -> Pos | None:
        keys = list(self.units)
        at = keys.index(pos)
        return keys[at - 1] if at else None

    def _quote(self, pos: Pos, back: bool) -> str:
        """The sentence, with the one before it when what it says points back to it."""
        before = self._previous(pos) if back else None
        before = None if before in self.private else before
        return f"{self.units[before]}\n{self.units[pos]}" if before is not None else self.units[pos]

    # --- what to keep out and leave out ----------------------------------------------------------------------

    def private_and_drops(self) -> list[Item]:
        items: list[Item] = []
        for pos, sentence in self.units.items():
            named = kept_out_of(sentence) if pos in self.private else None
            found = ev.strongly(ev.clean(named), self.case) if named else None
            if named and found and not sensitive(sentence, found.target):
                self.private.discard(pos)  # "messy play garden: not needed in the write-up": an item left out
                items.append({"kind": "drop", "text": ev.clean(named), "target": found.target,
                              "source_quote": sentence})
                continue
            if pos in self.private:
                continue
            phrase = left_out(sentence)
            if phrase is not None:  # "don't mention X": a drop when X is plainly in the case, else private
                if phrase and (found := ev.strongly(phrase, self.case)) and not sensitive(sentence, found.target):
                    items.append({"kind": "drop", "text": phrase, "target": found.target, "source_quote": sentence})
                else:
                    self.private.add(pos)
                continue
            for phrase, verb, before in ev.drop_phrases(sentence):
                if verb in {"no", "nope", "nah"} and (same_title(phrase, self.case.target_title) or shortened_in(
                        phrase, self.case.target_title)):
                    continue  # "ASM — no. Next window is April.": the answer, not an item left out
                if phrase.lower() in {"it", "that", "this", "those", "them"} and any(
                        i["kind"] == "drop" and i["source_quote"].endswith(sentence) for i in items):
                    continue  # "forget about X, leave it out": X once
                previous = self._previous(pos)
                if previous in self.private:
                    previous = None
                prior = ev.Said(0, self.units[previous], "", False) if previous is not None else None
                targets = ev.pointed_back(phrase, before, prior)
                found = next((m for m in (ev.strongly(ev.clean(t), self.case) for t in targets) if m), None)
                if found and any(i.get("target") == found.target for i in items):
                    continue
                if found and not sensitive(sentence, found.target):
                    back = phrase.lower() in {"it", "that", "this", "those", "them"} and not before.strip()
                    text = ev.clean(targets[0]) if phrase.lower() in {"it", "that", "this", "those", "them"} else phrase
                    items.append({"kind": "drop", "text": text, "target": found.target,
                                  "source_quote": self._quote(pos, back)})
                elif sensitive(sentence) or _KEEP_OUT_VERB.match(verb):
                    self.private.add(pos)
                    break
        quoted = {pos for pos in self.private}
        lines = [sorted(j for i, j in quoted if i == line.index) for line in self.lines]
        for line, positions in zip(self.lines, lines, strict=True):
            if positions:
                text = " ".join(line.sentences[j] for j in positions)
                text = text if text in line.text else line.text
                if not only_a_cue(text):  # "For me only" over the lines it keeps private: nothing of its own
                    items.append({"kind": "private", "text": text, "source_quote": text})
        return items

    # --- add and put first -------------------------------------------------------------------------------------

    def adds_and_emphasis(self, steps: set[str], title_or_outcome: set[str]) -> list[Item]:
        items: list[Item] = []
        previous: ev.Said | None = None
        for pos, sentence in self.units.items():
            if pos in self.private:
                previous = None
                continue
            spans = [(d.start, d.end) for d in find_days(sentence, self.today, self.order)]
            said = ev.Said(pos[0], sentence, ev.masked(sentence, spans), sentence in steps)
            cue = ev.only_a_cue(sentence) and previous is not None
            if cue and previous is not None:  # "Add." after the sentence it speaks of
                said = ev.Said(pos[0], f"{previous.text}\n{sentence}", f"{previous.masked}\n{sentence}", previous.step)
                items = [i for i in items if i["source_quote"] != previous.text or i["kind"] == "drop"]
                self.added = [a for a in self.added if a[1] != previous.text]
            items += self._evidence(said, previous, sentence in title_or_outcome, cue)
            previous = said
        return items

    def _evidence(self, said: ev.Said, previous: ev.Said | None, news: bool, alone: bool) -> list[Item]:
        sentence, items = said.text, []
        body = sentence.split("\n")[0] if "\n" in sentence else sentence
        body = ev.EMAIL_POINTS.sub("", body)  # "Email points: attrition down from 9% to 4.5%": the point itself
        body = re.sub(r"(?i)^\W*(?:lead|open|start)\s+(?:with|w/)\s*:\s*", "", body)  # "lead with: zero P1 defects"
        metric = ev.METRIC.search(said.masked.split("\n")[0])
        cue = bool(ev.ADD_SAY.search(said.masked) or (ev.HEAD_CUE.match(body) and len(body.split()) > 2)) or (
            alone and not re.match(r"^\W*(?:lead|open|put)\b", sentence.split("\n")[-1], re.IGNORECASE))
        last = sentence.split("\n")[-1]  # "email: X first" says "X first"; "Email lead: X" says it whole
        emphases = ev.emphasis_phrases(ev.EMAIL_POINTS.sub("", last)) or ev.emphasis_phrases(last)
        existing = [m for p, _, _ in emphases if (m := ev.strongly(p, self.case))]
        pay = re.search(r"\b(?:salary|pay|bonus|raise|rise|comp|compensation|stipend|allowance|per\s+hour|an\s+hour)\b",
                        body, re.IGNORECASE)
        new = cue or (metric is not None and not said.step and not news and not existing and not pay
                      and sentence_outcome(body) not in {"no", "not_yet"})  # "didnt get it, post went to kerry from H2"
        if new and WANTED.search(body) and (done := DONE_ASIDE.search(body)):
            body = done["done"]  # "she wants me to lead X first (did the pilot already, 40 users; include that)"
        if not_a_result(body, said.masked, cue, said.step, metric is not None):
            new = False  # "he wants to see me getting full membership first", "i must present the numbers": a plan
        text = ev.accomplishment(body, said.masked.split("\n")[0], metric) if new else ""
        if _POINTS_ONLY.match(text) and not re.search(r"\d", text):
            text = ""  # "mention it but it's not a condition": what it points at, not an accomplishment in itself
        if new and len(re.findall(r"[A-Za-z]{3,}", text)) >= 1:
            items.append({"kind": "add", "text": text, "source_quote": sentence})
            self.added.append((text, sentence))
        for phrase, before, adds in emphases:
            pointed = ev.pointed_back(phrase, before, previous)
            if phrase.lower() in {"that", "it", "this", "those", "them"} and new and text:
                items.append({"kind": "emphasise", "text": text, "source_quote": sentence})
                continue
            back = phrase.lower() in {"that", "it", "this", "those", "them"} and not before.strip() and previous
            quote = f"{previous.text}\n{sentence}" if back and previous else sentence
            for target_text in pointed:
                target = ev.clean(target_text.split("\n")[0])
                here = next((a for a in self.added if a[1] == sentence and ev.names_added(target, a[0])), None)
                if here:  # "lead with the incident work, p1 incidents down from 14 to 3": what this line adds
                    items.append({"kind": "emphasise", "text": here[0], "source_quote": sentence})
                    break
                if found := ev.match_target(target, self.case):
                    if any(i.get("target") == found.target and i["kind"] == "emphasise" for i in items):
                        break
                    items.append({"kind": "emphasise", "text": target, "target": found.target, "source_quote": quote})
                    break
                if added := next((a for a in self.added if ev.names_added(target, a[0])), None):
                    items.append({"kind": "emphasise", "text": added[0], "source_quote": f"{added[1]}\n{sentence}"
                                  if added[1] != sentence else sentence})
                    break
                if phrase.lower() not in {"that", "it", "this", "those", "them"} and not new and adds:
                    if ev.named_only(phrase):  # "lead with the licence": a case item named short, not a new one
                        items.append({"kind": "emphasise", "text": phrase, "source_quote": sentence})
                        break
                    items.append({"kind": "add", "text": phrase[:1].upper() + phrase[1:], "source_quote": sentence})
                    items.append({"kind": "emphasise", "text": phrase, "source_quote": sentence})
                    break
        return items

    # --- dates ---------------------------------------------------------------------------------------------------

    def meeting_date(self) -> Item | None:
        best: tuple[int, int, Item] | None = None
        for line in self.lines:
            days = find_days(line.text, self.today, self.order, "past", dotted_head=line.meeting)
            written = [d for d in days if d.kind != "relative" and any(  # "this morning (thurs 26th)": the day written
                r.kind == "relative" and r.end <= d.start and re.fullmatch(r"[\s,(–—-]*", line.text[r.end:d.start])
                and ("(" in line.text[r.end:d.start] or d.kind == "weekday")
                for r in days)]
            days = written or days
            for day in days:
                if day.day > self.today or (self.today - day.day).days > 366 or self._in_private(line, day.start):
                    continue
                before = line.text[max(0, day.start - 14):day.start].lower()
                score = 2 * line.meeting + (line.index == 0)
                if re.search(r"\b(?:by|before|until|till|due|effective|from|starts?|starting|next|after|at the|nlt|"
                             r"meets|meeting|sits|decides|decision|results?|answer|deadline|every|each)\s*~?\s*$",
                             before) or (line.index and _TO_COME.search(_CLAUSE_END.split(line.text[:day.start])[-1])):
                    score -= 3  # a deadline, a routine ("every Tuesday"), or a meeting to come ("gonna raise it at the
                    # ops mtg on the 27th")
                if score >= 1 and (best is None or score > best[0]):
                    quote = self._sentence_at(line, day.start)
                    item = {"kind": "date", "text": day.day.isoformat(), "source_quote": quote, "note": day.note}
                    best = (score, -line.index, item)
        return best[2] if best else None

    def _in_private(self, line: Line, offset: int) -> bool:
        return any((line.index, j) in self.private for j in self._at(line, offset))

    @staticmethod
    def _at(line: Line, offset: int) -> list[int]:
        """The sentence of the line that holds the character at `offset` (as a list of one, or none)."""
        at = 0
        for j, sentence in enumerate(line.sentences):
            at = line.text.find(sentence, at)
            if at <= offset < at + len(sentence):
                return [j]
        return []

    def _sentence_at(self, line: Line, offset: int) -> str:
        found = self._at(line, offset)
        return line.sentences[found[0]] if found else line.text

    # --- everything ----------------------------------------------------------------------------------------------

    def read(self) -> list[Item]:
        """Every proposal, grouped by kind in the order the page shows them."""
        self.added = []
        kept_out = self.private_and_drops()
        said = [s for s in self.said() if not someone_elses_promotion(s, self.case)]  # "Lena promoted to SA"
        dropped = {i["source_quote"] for i in kept_out if i["kind"] == "drop"}  # "Burns supper - no": left out
        plan = listed(self.lines)  # read once: what it leaves out of the outcome, and (below) the conditions
        listed_lines = {w.line for w in plan if w.quote == self.lines[w.line].text}
        dropped |= {s for (at, j), s in self.units.items() if j and re.match(r"(?i)\W*no\b", s)
                    and self.units[(at, j - 1)].rstrip().endswith("?")}  # "write it bilingual? no - English only"
        dropped |= {s for pos, s in self.units.items() if pos[0] in listed_lines}  # "- signed off as a trainer" in
        found = outcome([s for s in said if s not in dropped])  # a plan: what it takes, not the answer
        if found is None and (cheered := celebrated(said, self.case.target_title)):
            found = ("promoted", cheered)
        guessed = None if found else guessed_outcome(said, self.case.target_title)
        found = found or (guessed[:2] if guessed else None)
        result = found[0] if found else None
        title = find_title(said, result, self.case.target_title, self.case.current_title)
        line_of = {s: pos[0] for pos, s in self.units.items()}
        steps, quiet = StepPass(self.lines, self.units, self.private, self.manager_names, self.case).read(
            said, result, plan)
        if title and title[0] != self.case.target_title and result in {"no", "not_yet"}:  # "look at a PSL role instead"
            steps = [i for i in steps if not (i["kind"] == "next" and i["source_quote"] == title[1] and not i["by"]
                                              and title[0].lower() in i["text"].lower())]
        meeting = self.meeting_date()
        if meeting:  # "catch up w Dev - Weds 4th March", "Anton - Monday 13 April": the meeting's own date, no step
            steps = [i for i in steps if not (i["kind"] == "next" and i["source_quote"] == meeting["source_quote"]
                                              and (_THE_MEETING.match(i["text"]) or (re.match(r"meet\b", i["text"])
                                                                                      and i.get("owner") != "me"))
                                              and meeting["text"] in {  # "Tom meeting after huddle 26/11" too
                d.day.isoformat() for d in find_days(i["text"], self.today, self.order, "past")})]
        news = {s for s in (found[1] if found else None, title[1] if title else None) if s}
        top = [meeting, {"kind": "outcome", "text": result, "source_quote": found[1],
                         "unsure": guessed[2] if guessed else None} if found else None,
               {"kind": "title", "text": title[0], "source_quote": title[1], "note": self._title_note(title[0], result)}
               if title else None,
               follow_up(self.said(), dt.date.fromisoformat(meeting["text"]) if meeting else self.today, self.order)]
        aim = find_next_target(said, title[0] if title else self.case.target_title, self.case.current_title) \
            if result == "promoted" else None
        top.append({"kind": "next_target", "text": aim[0], "source_quote": aim[1]} if aim else None)
        evidence = self.adds_and_emphasis({i["source_quote"] for i in steps}, news)
        secret = [self.units[pos] for pos in self.private]
        people = [{"kind": "person", "text": name, "source_quote": sentence,  # not one a private line names ("don't
                   "unsure": None if goes_on_to(sentence) and not any(  # quote Marcus's slack"): not ticked
                       re.search(rf"\b{re.escape(name)}\b", s) for s in secret) else NAMED_ONLY}
                  for name, sentence in self.people(said)]
        taken = {i["source_quote"] for i in steps + evidence if i["kind"] in {"next", "add", "emphasise"}} | dropped
        taken |= quiet  # "Tammy: will do by end of month": said to me, nothing to do
        read_otherwise = {i["source_quote"] for i in steps + evidence if i["kind"] != "next"} | taken
        unread = unread_items([(s, self.lines[line_of[s]].bullet, self.lines[line_of[s]].heading) for s in said],
                              result, taken, read_otherwise)  # what no rule took apart, offered unticked
        unread = [i for i in unread if not how_it_usually_goes(i["text"], i["source_quote"]) and not done_there(i)]
        items: list[Item] = [i for i in top if i] + evidence + kept_out + steps + unread + people
        for item in items:
            if item["kind"] in {"next", "condition"}:
                item["text"] = quote_marks_paired(item["text"])
        # defence in depth: nothing else quotes a private line
        kept = [i for i in items if i["kind"] == "private" or not any(s in i["source_quote"] for s in secret)]
        return asides_kept_out(kept_out_elsewhere(kept, secret))

    def _title_note(self, title: str, outcome: str | None) -> str | None:
        if title == self.case.target_title:
            return "The title your case already asks for, agreed or on its way: nothing changes."
        if outcome in {"no", "not_yet"}:
            return (f"Another role, suggested instead: the email still speaks of your promotion to "
                    f"{self.case.target_title} and thanks them for suggesting this one.")
        return None

    def people(self, said: list[str]) -> list[tuple[str, str]]:
        named = find_people(said, self.case)
        return sorted(named, key=lambda p: not re.search(
            r"forward|make the case|rais|recommend|partners|director|vp|cfo|head of|chairs|panel|committee|owner", p[1],
            re.IGNORECASE))


_TO_COME = re.compile(r"(?i)\b(?:gonna|gunna|will|going\s+to|is\s+to|plans?\s+to)\b|['’]ll\b")  # in the date's clause
_CLAUSE_END = re.compile(r"[.,;:!?]\s|\s[-–—]\s")
_THE_MEETING = re.compile(r"(?i)(?:hold|arrange)\s+the\b|(?:call|meet|chat|catch[- ]?up)\s+(?:w/|with)\s+"
                          r"(?:(?:mr|mrs|ms|dr|prof)\.?\s+)?you\b")  # "Call with Mr. Tan (BM) 20/11"


# an accomplishment that would start with a pronoun names nothing itself: "mention it but it's not a condition", "HT
# said it won me the job", "That should go first" (not "This year's flu campaign", "It was my rota redesign that ...")
_POINTS_ONLY = re.compile(r"(?i)(?:it|them)\b(?!\s+(?:was|is|'s)\b)|(?:that|this|those)(?=\s*(?:$|[,;:.!?]|\s+(?:but|"
                          r"and|as|in|to|for|because|so|first|please|too|though|should|must|can|will|goes|go|needs)\b))")
