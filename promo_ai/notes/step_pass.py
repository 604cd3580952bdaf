"""The pass of the reader that finds next steps and conditions, sentence by sentence, over notes already read
for privacy and the outcome.

A plan listed under a heading ("What she wants first:") gives conditions and nothing else; every other
sentence is read by promo_ai.notes.steps, after the words of someone else (a quote, a transcript's speaker, a
pasted email) are turned into reported speech, so that in "Shane: I'll look at it again in July" the "I" is
Shane. A sentence with no subject of its own goes on with the one before it on the same line.
"""

from __future__ import annotations

import re
from typing import Any

from promo_ai.case import Case
from promo_ai.notes.changed import changed
from promo_ai.notes.headed import owner_headed
from promo_ai.notes.lines import Line
from promo_ai.notes.minutes import as_agreed, how_it_usually_goes
from promo_ai.notes.people import not_names
from promo_ai.notes.plan import Wanted
from promo_ai.notes.repeats import said_once
from promo_ai.notes.speaker import as_quoted, unattributed
from promo_ai.notes.speech import done_to_me, for_me, said_by_manager
from promo_ai.notes.steps import StepReader
from promo_ai.notes.voices import voiced

Item = dict[str, Any]
Pos = tuple[int, int]


# a suggestion turned down or done already, up to the turning down: "she suggested I do a CIPS course, maybe next
# year, not now", "suggested the PMP - already have it", "offered to let me shadow Segun, I said I'd think about
# it" (not what I say I will do after it)
_TURNED_DOWN = re.compile(r"(?i)\b(?:suggest|offer)\w*\b(?:(?!\b(?:i['’]?ll|i\s+will|will|but)\b)[^.;])*?"
                          r"(?:\bmaybe\s+(?:later|"
                          r"next\s+year|one\s+day|someday)|\bnot\s+now\b|\bnah\b|\bnot\s+interested\b|\bnot\s+for\s+me\b|"
                          r"\bno\s+thanks\b|\balready\s+(?:have|had|did|done|got|hold)\b|\bdid\s+(?:that|it)\b[^.]*?\balready\b|"
                          r"\bi\s+said\s+no\b|\bi\s+said\s+i['’]?d\s+(?:think\s+about\s+it|sleep\s+on\s+it|let\s+(?:her|him)\s+know)\b)")
# a line that ends saying there is nothing to do: "keep doing it, nothing to action"
_NOTHING_TO_DO = re.compile(r"(?i)\bnothing\s+to\s+(?:action|do)(?:\s+(?:here|yet|for\s+now|on\s+it))?\W*$|"
                            r"\bno\s+action\s+(?:needed|required)\W*$")
# a question asked in the talk, answered (or not) in the lines after it: no step of its own (not "can you send me X?")
_A_QUESTION = re.compile(r"(?i)^\W*(?:q\s*\d*\s*[:.)-]\s*)?(?:(?:what|when|who|how|why|where|which|anything|any)\b|"
                         r"(?:is|are|do|does|did|can|could|would|will|should|shall)\s+(?:she|he|they|it|i|we|there|"
                         r"(?-i:[A-Z])\w+)\b)[^?]*\?\W*$")


# done in the talk itself, nothing left to do: "book travel for the audit - admin booked it while we were talking"
DONE_THERE = re.compile(r"(?i)\b(?:booked|signed|filled|did|done|sorted|renewed|submitted|fixed|sent|completed)\b"
                        r"[^;.,]*\b(?:there\s+and\s+then|right\s+there|there\s+only|on\s+the\s+spot|"
                        r"while\s+we\s+(?:were\s+)?(?:talking|there|sat)|in\s+the\s+(?:meeting|mtg|1:1)(?:\s+itself)?"
                        r"(?!\s+(?:next|on|tomorrow|tmrw|this|at)\b)|during\s+the\s+(?:meeting|mtg|1:1|call))")
_PARTS = re.compile(r"[;.,]\s|\s[-–—]+\s")


def done_there(item: Item) -> bool:
    """Whether a step is one done in the talk itself: its first words in a part of its sentence that says so, and
    no plan said in that part ("we did the 360 there and then, she'll send the report to HR" keeps her step)."""
    head = " ".join(item["text"].lower().split()[:4])
    parts = _PARTS.split(item["source_quote"])
    planned = re.compile(r"(?i)\b(?:will|['’]ll|going\s+to|need\s+to|have\s+to)\b")
    for at, part in enumerate(parts):
        if not DONE_THERE.search(part) or planned.search(part):
            continue
        # "book travel for the audit — admin booked it while we were talking": "it" is the part before
        back = re.search(r"(?i)\b(?:it|that|them)\b", part) is not None
        if head in part.lower() or (back and any(head in p.lower() and not planned.search(p) for p in parts[:at])):
            return True
    return False


def _turned_down(item: Item) -> bool:
    """Whether a step or plan item is the suggestion its sentence turns down (its first words are in that part)."""
    turned = _TURNED_DOWN.search(item["source_quote"])
    head = " ".join(item["text"].lower().split()[:4])
    return turned is not None and head in turned[0].lower()


class StepPass:
    """Next steps and conditions over the notes (see the module)."""

    def __init__(self, lines: list[Line], units: dict[Pos, str], private: set[Pos], manager_names: list[str],
                 case: Case) -> None:
        self.lines, self.units, self.private, self.manager_names, self.case = lines, units, private, manager_names, case

    def read(self, said: list[str], result: str | None, plan: list[Wanted]) -> tuple[list[Item], set[str]]:
        """The steps and conditions, each said once, and the sentences no other reading should take up: said to me
        and asking nothing of anyone ("Tammy: will do by end of month"), or read already into a step that quotes
        the sentence before it too."""
        reader = StepReader(self.manager_names, result, not_names(self.case), self.case.name)
        reader.speaks_of(said)
        line_of = {s: pos[0] for pos, s in self.units.items()}
        wanted = [w for w in plan if not any((w.line, j) in self.private
                                             for j in range(len(self.lines[w.line].sentences)))]
        if result in {"no", "promoted"}:  # a plan only while the promotion is still to come
            wanted = []
        planned = {w.line for w in wanted if w.quote == self.lines[w.line].text}  # a plan's own lines
        planned_sentences = {w.quote for w in wanted}  # "... the GP. plan = i run costing": that sentence only
        steps: list[Item] = [{"kind": "condition", "text": w.text, "source_quote": w.quote} for w in wanted]
        by_line: dict[int, list[str]] = {}
        for sentence in said:
            by_line.setdefault(line_of[sentence], []).append(sentence)
        as_read = {s: r for group in by_line.values()
                   for s, r in zip(group, as_quoted(group, reader.clauses.is_manager), strict=True)}
        in_voices, quiet = voiced(self.lines, said, line_of, self.manager_names, self.case.name)
        as_read |= in_voices
        # the manager named by one word, as a line would say whose it is ("Reyes: ...", not "Capt. Reyes: ...")
        named = next((n for n in self.manager_names if n.isalpha()), None)
        if named:
            # the bullets under "Her actions:" are hers
            as_read |= {s: r for s, r in owner_headed(self.lines, named, self.case.manager.name).items()
                        if s in as_read and as_read[s] == s}
            # a Q/A note's answer in quotes, 'A: "You've got my recommendation, I'll put it in writing"': hers
            as_read |= {s: r for s in said if as_read[s] == s and (r := unattributed(s, named))}
        previous: tuple[int, str | None] = (-1, None)
        units, taken_up = list(self.units.items()), set[str]()
        just_before = {s: "" if at == 0 or units[at - 1][0] in self.private else units[at - 1][1]
                       for at, (_, s) in enumerate(units)}
        for sentence in said:
            if line_of[sentence] in planned:
                continue  # "- take on the TY coordinator job" under "What she wants first": a condition, read above
            if _A_QUESTION.match(sentence):
                continue  # "Q: Anything to keep out?": asked, nothing to do
            carried = previous[1] if previous[0] == line_of[sentence] else None
            said_in_line = by_line[line_of[sentence]]
            reader.before = " ".join(said_in_line[:said_in_line.index(sentence)][-1:])  # who "her" may point back to
            earlier = just_before.get(sentence, "")  # never a private line, nor one past it
            reader.earlier = earlier if earlier in line_of and line_of[earlier] >= line_of[sentence] - 1 else ""
            agreed = as_agreed(as_read[sentence])  # minutes' "It was agreed that CD would ..." as "CD will ..."
            now = changed(agreed)  # "she'd ring the ETB, then said I'll email them": the plan as it stands
            found_steps = reader.read(said_by_manager(agreed if now is None else now,
                                                      self.manager_names),
                                      carried) if now != "" else []
            if sentence in planned_sentences:  # "Plan: I take over X, and Josh will get me into Y": only Josh's step
                found_steps = [s for s in found_steps if s.kind == "next" and s.owner != "me"]
            previous = (line_of[sentence], reader.subject)
            for step in found_steps:
                quote = sentence if not step.borrowed else self._both(reader.earlier, sentence, line_of)
                if step.borrowed:
                    taken_up.add(sentence)  # its quote is two sentences: this one is read, offered no more
                item: Item = {"kind": step.kind, "text": step.text, "source_quote": quote, "by": step.by}
                if step.kind == "next":
                    item |= {"owner": step.owner, "who": step.who}
                    if step.owner == "me" and (theirs := done_to_me(step.text)):  # "I'll raise your case": hers
                        item |= {"owner": "manager", "text": theirs}
                    elif step.owner == "me" and for_me(step.text):  # "give me charge duty on weekends": hers
                        item |= {"owner": "manager"}
                steps.append(item)
        # a suggestion I turned down or have done already, or a line that says there is nothing to do: no plan, no step
        kept = [s for s in steps if not _NOTHING_TO_DO.search(s["source_quote"]) and not _turned_down(s)
            and not done_there(s) and not (s["kind"] == "next" and how_it_usually_goes(s["text"], s["source_quote"]))]
        once = said_once(kept)  # a request whose promise quotes it is said by the promise: not offered again
        taken_up |= {s["source_quote"] for s in kept if s not in once and any(
            s["source_quote"] != o["source_quote"] and s["source_quote"] in o["source_quote"] for o in once)}
        return once, quiet | taken_up

    def _both(self, earlier: str, sentence: str, line_of: dict[str, int]) -> str:
        """The quote of a step whose "it" is the thing the sentence before names: both sentences, as written."""
        text = self.lines[line_of[sentence]].text
        start, end = text.find(earlier), text.find(sentence)
        if line_of[earlier] == line_of[sentence] and 0 <= start < end:
            return text[start:end + len(sentence)]  # "... the new SOP and then he'll sign it off": one line
        return f"{earlier}\n{sentence}"
