"""Next steps and conditions in a sentence of the notes: who does what, and by when.

"she'll bring my case to the January calibration" is a step the manager owns; "I owe her a summary by
Monday" is mine; "Owen to come back by 20 Nov" is Owen's. A step's text is a verb phrase without its
subject, spoken to the manager ("send you the summary by Monday"), so the email can say "you'll" or
"I'll". What the manager wants done before the promotion ("wants me to run the stocktake first",
"before she puts me forward she wants me to write up the design doc", "if I close the renewal she'll push
for it", "I need another 6 months on the bench before she can put me up") is a condition: a plan item,
never a step and never evidence. One sentence gives steps or a condition, not both.

Clauses are read by promo_ai.notes.clauses; here they are put together: a clause with no verb of its own
goes on with the step before it ("..., first draft end of Q4", ": 4 Sunday shifts in charge"), "will let
me know" joins the step it follows, "it" or "them" is the thing or group named just before ("I asked him for a
written reference; he'll have it to me by Wednesday"), and "her" the one I'll see ("talk to Helen ... call her").
"""

from __future__ import annotations

import re

from promo_ai.notes.clauses import CLAUSE_SPLIT, MGR, Clauses, Found
from promo_ai.notes.elaborates import elaborates
from promo_ai.notes.labels import LabelledLines, Step
from promo_ai.notes.nonsteps import NOT_A_STEP, about_the_email, addressing, musing, no_action, not_an_action
from promo_ai.notes.outcome import sentence_outcome
from promo_ai.notes.owners import Pronouns, arrives
from promo_ai.notes.parts import conditions, split_outside, steps_in
from promo_ai.notes.patterns import compiled
from promo_ai.notes.prerequisites import hands_over, wanted_first
from promo_ai.notes.referents import it_from, resolve
from promo_ai.notes.run_on import run_on
from promo_ai.notes.speaker import answered, got_in_touch, reported
from promo_ai.notes.unmarked import review_step
from promo_ai.notes.voice import base_verb, named_as, tidy_step, to_second_person
from promo_ai.notes.when import when_phrase
from promo_ai.notes.whom import pointed_back, the_one_named, the_one_reached

__all__ = ["Step", "StepReader", "base_verb", "to_second_person"]

_PROMOTION_VERB = (r"(?:decides?|puts?|signs?|goes|go|takes?|raises?|submits?|makes?|supports?|backs?|recommends?|"
                   r"does|do|agrees?|approves?|promotes?|can|will|could)")
_CONDITION = re.compile(
    r"(?i)(?<!\bmy )(?<!\bthe )(?<!\ba )(?<!\bher )(?<!\bhis )(?<!\bour )\bfirst\b"
    r"(?=\s*(?:[,.;:!)(—–-]|$|so\b|before\b|then\b|though\b|in the\b|next\b|and\b))|"
    r"^\W*before (?:that|then|it\s+(?:goes|can\s+go|is\s+approved))\b|"
    rf"\bbefore (?:she|he|they|{{mgr}})(?:'ll|\s+will|\s+can|\s+could)?\s+{_PROMOTION_VERB}\b|"
    r"\bbefore\s+(?:any(?:thing)?\s+(?:offer|decision|changes?)|(?:the\s+(?:[\w'-]+\s+){0,3})?(?:board|panel|committee|"
    r"calibration|round|interview|decision|promotion|offer)s?)\b|"
    r"\ba must\b|\bmust before\b|\bno-?brainer\b|\bwithout\s+(?:it|that|this|them)\b|"
    r"\bthen (?:she|he|they)(?:'ll| will) (?:put|push|take|raise|support|promote)\b|^\W*if i\b|\bprerequisite\b|"
    r"\bonly if\b|\bso (?:that )?there'?s\b.*\bevidence\b|\bto build\b.*\bevidence\b")
_PROMOTING, _MEANTIME, _NEEDED, _NOT_BEFORE_ME = compiled(
    r"^(?:put|push|take|raise|support|promote|recommend|nominate|back|sign)\b",
    r"\bin the meantime\b|\bmeantime\b",
    r"(?:\bi\s+(?:still\s+)?(?:need|have|must|'ve\s+got|ve\s+got)|"
    r"^\W*(?:still\s+)?need)\s+(?:to\s+)?[^.;]*?\bbefore\s+(?P<x>[^,;.]+)",
    r"\bbefore i start\b")
_IF_I = re.compile(r"^\W*if i\s+(?P<rest>.+?),?\s+(?:she|he|they|{mgr})(?:'ll| will|'d| would)\b", re.IGNORECASE)
_CONDITION, _IF_I = (re.compile(p.pattern.replace("{mgr}", MGR), p.flags) for p in (_CONDITION, _IF_I))
# "she wants me to write up the design doc ... before then": to do first (not "wants my writeup", a document to send)
_BEFORE_THEN = re.compile(r"(?i)\b(?:me|us)\s+to\b.*\bbefore\s+(?:then|that)\b(?!\s+(?:is|was|happens|comes))")

# a line that names the meeting itself: "Rajan sir meeting 19-03-2026" (not "Dana to meet 2/6")
_THE_MEETING = re.compile(r"(?i)\W*[\w .'-]{1,40}?\s+meeting\s+(?:on\s+)?[\d/.-]+(?:\s+at\s+\S+)?\W*")
_ABOUT_IT, _LET_KNOW = compiled(
    r"^(?:send|do|share|get|have|finish|bring)\s+(?:it|that|them|this)\b\s*(?P<t>.*)",
    r"^(?:let (?:me|us) know|get back to (?:me|us)|come back to (?:me|us)|confirm|decide)\b")
# a promise to send what was just asked for, with nothing of its own but when: "I will send by Monday", "I'll drop
# them in tmrw"
_BEFORE_THAT = re.compile(r"(?i)\s+before\s+(?:that|then)$")  # a when that only points back: no date of its own
_BARE_SEND = re.compile(r"(?i)(?:send|drop|email|bring|hand|pass|share|forward|get|have)\s+"
                        r"(?:(?:it|them|that|those|both|these)\s+)?(?:(?:over|in|across|round|through)\s+)?"
                        r"(?:(?:to\s+)?(?:you|her|him)\s+)?"
                        r"(?!sat\s+(?:by|before|in)\b)"  # "have it sat by May": the exam sat, not Saturday
                        r"(?P<when>(?:by|on|before|tmrw|tomorrow|today|tonight|this|next|end|first\s+thing|"
                        r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)\b.*)")
# kept whole by a clause split: a quote, or an aside in brackets that is no clause of its own ("(M7, M9)")
_QUOTED = re.compile(r'"[^"]{1,60}"|“[^”]{1,60}”|\((?![^()]*\b(?:he|she|they|i|we)\b)[^()]{1,60}\)')
_REACH = r"(?:to|with|ask|tell|email|call|ring|phone|text|message|ping|chase|brief|remind|meet|see)"  # someone
_NAMED_OBJECT = re.compile(rf"\b{_REACH}\s+((?-i:[A-Z])[a-z]{{2,}})\b")
_NAMED_BEFORE = re.compile(r"\(((?-i:[A-Z])[a-z]{2,})\)")  # "the owner (Declan)": named in brackets, by role first
_PAST = re.compile(r"(?i)(?:yesterday|earlier\s+(?:today|this\s+week)|last\s+(?:mon|tue|wed|thu|fri|sat|sun|week|wk|"
                   r"month|night|time|year)\w*)\b(?!\s+of\b)")  # not "the last week of January"
# someone away, in the other pronoun: "He is travelling until 6 Feb, she will ask him ...": not her step
_STATE = re.compile(r"(?i)^(?:she|he)\s*(?:is|'s|’s|was)\s+(?:away|off|out|on\s+(?:leave|holiday)|travel+ing|abroad)\b")
_ING = re.compile(r"^(?!(?:nothing|something|anything|everything|morning|evening|during|thing)\b)\w+ing\b", re.I)
_TODO = re.compile(r"(?i)^\W*(?:to\s*do|todo|actions?(?:\s+(?:for\s+me|items?|points?))?|ap|next\s+steps?|"
                   r"my\s+actions?)\W*$")
_ONLY_WHEN = re.compile(r"(?i)^(?:by|before|on|due|for)?\s*(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)"
                        r"(?:day)?|tomorrow|tmrw|today|tonight|eod|eow|cob|asap|next\s+week|this\s+week)\W*$")
_SUPPOSED = re.compile(r"^\W*(?:if|unless)\s+(?!i\b|i'|we\b)", re.IGNORECASE)
# someone named, and their comings and goings ("Seamus retiring the 1st"): a he or she after it is them
_NAMED_SUBJECT = re.compile(r"^\W*((?-i:[A-Z][a-z]{2,}))\s+(?:(?:is|was)\s+|['’]s\s+)?(?:retiring|leaving|moving|"
                            r"starting|joining|retires|leaves|starts|joins|moves)\b")
_LAST_NAME = re.compile(r"\b(?-i:[A-Z][a-z][\w'-]+)\b")
_ANTECEDENT = re.compile(r"(?:\bthe\s+[\w' -]{2,40}|\b(?-i:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?))\s*$", re.IGNORECASE)
_PARTICIPLE = re.compile(r"\b(?:done|completed|booked|signed off|finished|sorted|in place|passed|confirmed)\b", re.I)


# a clause that leads the sentence with no comma after it ("before she puts me forward I need to pass both modules")
_LEADING_CLAUSE = re.compile(rf"(?i)^(\W*before\s+(?:she|he|they|[A-Z][a-z]+)\s+{_PROMOTION_VERB}\s+[^,;:]{{2,40}}?)"
                             r"\s+(?=(?:i\s+(?:need|have|must|'ve\s+got)|i've\s+got|she\s+wants|he\s+wants|"
                             r"they\s+want)\b)")


def _needed_before(sentence: str) -> bool:
    """'I need to be over 4,000 hours before the command course': what I must have before an event (not a date)."""
    if not (m := _NEEDED.search(sentence)):
        return False
    when = when_phrase(f"before {m['x']}")
    return not (when and f"before {m['x']}".lower().find(when.lower()) <= len("before the "))


_WILL_DO = re.compile(r"(?i)^(?:will|'ll|shall)\s+(?:do|send|get|have|sort|write)\b")


def _put_in(written: str, resolved: str) -> str:
    """The words reading an 'it' put in: "do that tmrw" read as "do my cert tmrw" put in "my cert"."""
    said, read = written.split(), resolved.split()
    while said and read and said[0] == read[0]:
        said, read = said[1:], read[1:]
    while said and read and said[-1] == read[-1]:
        said, read = said[:-1], read[:-1]
    return " ".join(read)


class StepReader(LabelledLines):
    """Reads the steps and conditions of one set of notes (the manager's names compiled in once)."""

    def __init__(self, manager_names: list[str], outcome: str | None, not_names: set[str], own: str = "") -> None:
        self.names, self.outcome, self.not_names = manager_names, outcome, not_names | {"it", "this", "that", "there"}
        self.clauses = Clauses(manager_names, self.not_names, own)
        self.if_i, self.condition, self.before = _IF_I, _CONDITION, ""  # before: the line so far
        self.earlier = ""  # the sentence before this one, in this line or the one before
        self.subject: str | None = None
        self.pronouns = Pronouns([])  # how the notes speak of the manager, 'she' or 'he' (see speaks_of)

    def speaks_of(self, sentences: list[str]) -> None:
        self.pronouns = Pronouns(sentences, self.names)
        self.clauses.owners.named_in(sentences)

    def _walk(self, sentence: str, subject: str | None) -> list[Found]:
        """The steps of the sentence's clauses, joined where a clause goes on with the one before; `subject` is
        the one the sentence before left off with, in the same line ("she's in! going to push for it")."""
        sentence = re.sub(r"(?i)\b(owes?\s+(?:him|her|them|you|me|[a-z][\w'-]*))\s*:\s+", r"\1 ", sentence)  # "owe X:"
        sentence = run_on(_LEADING_CLAUSE.sub(r"\g<1>, ", sentence))  # "before she puts me forward I need to ...": a
        # comma, and one where a line typed without stops goes on to her step ("... breakdown she will send it")
        # a comma inside quotes or brackets does not end a clause ('submitting me as "VP, Treasury Ops" in the Feb
        # cycle', 'pass the remaining modules (M7, M9) first')
        parts = split_outside(CLAUSE_SPLIT, sentence, _QUOTED)
        found: list[Found] = []
        before: list[str] = []
        pronoun: str | None = None  # how the manager is spoken of in this sentence ('she'), once said
        self.clauses.sentence = sentence
        for i in range(0, len(parts), 2):
            separator, clause = (parts[i - 1] if i else ""), self.clauses.strip(parts[i])
            following = parts[i + 2] if i + 2 < len(parts) else ""
            self.clauses.tail = following if following and elaborates(following, parts[i + 1]) else ""
            if not clause:
                continue
            if _SUPPOSED.match(parts[i]):
                before.append("other")  # "if the bid comes through he'll make the case": not agreed
                continue
            said = re.match(r"^(she|he)\b", clause, re.IGNORECASE)
            someone = self._someone_else(clause, " ".join(parts[:i]), parts[i - 2] if i >= 2 else "", pronoun)
            if someone is None and pronoun is None and (usual := self.pronouns.the_managers(sentence)) and not \
                    arrives(clause):  # "Sandra's telling Phil and he'll sign off": Phil's step (not "they hired X,
                someone = self._someone_else(clause, " ".join(parts[:i]), "", usual)  # he starts")
                someone = None if someone == "" and (i or not _STATE.match(clause)) else someone  # "He is away"
                if someone and re.search(r"['’]s$", someone.split()[0]):
                    someone = None  # "Marcus covered Kerry's secondment and he'll ask Gary": not Kerry
            if someone == "":
                before.append("other")
                continue
            clause = someone or clause
            last = found[-1] if found else None
            going_on = last is not None and not someone and bool(before) and before[-1] == "step"
            if last and going_on and (m := _ABOUT_IT.match(clause)):  # "write it, send it by Fri"; "..., send it to HR"
                last.text = f"{last.text} and {clause}" if m["t"].startswith("to ") else f"{last.text} {m['t']}".strip()
                continue
            if last and going_on and elaborates(clause, separator) and not re.search(r"(?i)\bbut\b", separator):
                mark = separator.strip() if separator.strip() in {",", ":", ";"} else " and" if re.fullmatch(
                    r"(?i)\s*and\s*", separator) else ""
                clause = re.sub(r"(?i)^(?:it\s+)?goes\s+(?:up\s+)?to\s+", "at ", clause)  # "- goes to the panel 9 Dec"
                last.text = f"{last.text}{mark} {clause}"
                continue
            if last and going_on and last.owner == "manager" and _ING.match(clause):
                last.text = f"{last.text}, {clause}"  # "he'll support it, raising it with the CFO at the review"
                continue
            first = i == 0 or ":" in separator or (i >= 2 and bool(_TODO.match(parts[i - 2].strip()))) or all(
                _ONLY_WHEN.match(p.strip()) for p in parts[:i:2])  # "Friday - send the deck to Priya"
            if found and found[-1].owner == "me" and found[-1].request and (done := _WILL_DO.match(clause)) and (
                    bare := _BARE_SEND.fullmatch(f"send {clause[done.end():].strip()}")):
                found[-1].text, found[-1].request = f"{found[-1].text} {bare['when']}", False
                continue  # "she wants a short write up from me - will do by Monday": mine, by Monday
            subject, step = self.clauses.read(clause, subject, any(f.owner == "other" for f in found), first)
            if step and (sentence_outcome(clause) == "promoted" or (self.outcome == "promoted" and re.match(
                    r"(?i)(?:mak|promot|mov)(?:e|es|ing)\s+me\s+(?:up\s+)?(?:to\s+)?(?-i:[A-Z])", step.text))):
                step = None  # "he's moving me up to Field Supervisor", "making me Junior Sous Chef": the news
            if subject == "manager" and said and pronoun is None and self.pronouns.the_managers(sentence) in {
                    None, said[1].lower()}:  # "He is away until 6 Feb, she will ask him ...": he is not her
                pronoun = said[1].lower()
            if step and (NOT_A_STEP.match(step.text) or (step.owner == "me" and musing(step.text, sentence))):
                step = None
            if step:
                written, previous = step.text, parts[i - 2] if i >= 2 else ""
                earlier = parts[:i:2] or CLAUSE_SPLIT.split(self.earlier)[::2]  # "She wants the audit redone. I'll have
                step.text = resolve(it_from(written, earlier, False, i == 0), previous)  # that done by the 24th"
                if step.owner == "other" and step.who is None:  # "they'll decide then": the group just named
                    step.who = next((f.who for f in reversed(found) if f.owner == "other"), None)
                same = found[-1] if found and found[-1].owner == step.owner and found[-1].who == step.who else None
                if same and re.fullmatch(r"\w+\s+then", step.text):
                    continue  # "..., they'll decide then": said already
                if same and same.request and not step.request and (bare := _BARE_SEND.fullmatch(step.text) or (
                        _BARE_SEND.fullmatch(written) if re.search(r"\b(?:them|those)\b", written) else None)) and (
                        when_phrase(_BEFORE_THAT.sub("", same.text)) is None):  # "she wants my audit results, I
                    # will send by Monday"; "wants my CV and a statement before that - I'll send both by Friday"; "asked
                    # for my CV + 2 referee letters — I'll get them to her by Friday" (as written: not "get my CV ...")
                    same.text = _BEFORE_THAT.sub("", same.text)
                    what = re.sub(r"(?i)^get\s+", "send you ", same.text) if re.match(  # "needs my payslips": get
                        r"(?i)send|email|forward|share", step.text) else same.text  # them, sent to her; "too": said
                    when = re.sub(r"(?i)^(?=(?:mon|tue|wed|thu|fri|sat|sun))", "on ", bare["when"])  # "on Monday"
                    same.text, same.request = f"{re.sub(r'(?i),?[ ]+(?:too|as[ ]+well)$', '', what)} {when}", False
                    continue
                asked = any(f.owner == "me" and f.request and not f.need for f in found)  # not "HR needs my W-4"
                step.text = resolve(it_from(written, earlier, i > 0, i == 0, asked), previous)  # "it", guessed
                step.borrowed = i == 0 and step.text != written
                if same and (_LET_KNOW.match(step.text) or not same.request or step.request):
                    put_in = _put_in(written, step.text)  # "do my cert before I start and do that tmrw": said
                    also = written if put_in and put_in.lower() in same.text.lower() else step.text
                    same.text, same.request = f"{same.text} and {also}", same.request or step.request
                    continue  # one step per owner and sentence
                found.append(step)
            before.append("step" if step else "other")
        self.subject = subject
        return found

    def _someone_else(self, clause: str, said_before: str, previous: str, pronoun: str | None) -> str | None:
        """The clause with its subject named when it is someone other than the manager: the other pronoun ('she
        needs to clear it with Hamid, he'll decide': Hamid), or a relative 'who' (', who decides in April': what the
        clause before ended on). '' when the other pronoun names no one; None when the subject is as written."""
        said = re.match(r"^(she|he)\b", clause, re.IGNORECASE)
        if said and pronoun and said[1].lower() != pronoun:
            managers = {x.lower() for x in self.names}
            who = next((n for n in reversed(_LAST_NAME.findall(said_before))
                        if n.lower() not in self.not_names and n.lower() not in managers), None)
            if who is None:
                return ""
            return named_as(who, clause[len(said[1]):])
        if said and (named := _NAMED_SUBJECT.match(previous)) and not self.clauses.is_manager(named[1]) and not \
                self.clauses.is_me(named[1]) and named[1].lower() not in self.not_names:  # "Seamus retiring the 1st,
            return named_as(named[1], clause[len(said[1]):])  # hes doing a handover w me next week": Seamus is
        if (m := re.match(r"^who\s+(?P<rest>\w+s\b.+)", clause, re.IGNORECASE)) and (
                antecedent := _ANTECEDENT.search(previous)):
            return f"{antecedent[0]} {m['rest']}"
        return None

    def read(self, sentence: str, carried: str | None = None) -> list[Step]:
        """The steps of one sentence, or its one condition; `carried`: the subject the sentence before it in its
        line left off with. What is dated in the past is done, not a step ("call w Lorraine last thurs")."""
        return [s for s in self._steps(sentence, carried) if not (s.by and _PAST.match(s.by) and _PAST.search(s.text))]

    def _steps(self, sentence: str, carried: str | None) -> list[Step]:
        self.subject = None
        sentence = re.sub(r"^\s*(?:->|→|=>)\s*", "", sentence)  # "promo to Analytics Lead? -> he'll raise it ..."
        sentence = reported(sentence, self.clauses.is_manager) or sentence  # 'Carlos: "I'll tell the drivers"'
        sentence = got_in_touch(sentence, self.clauses.is_manager)  # "Matron emailed, wants to meet me on the 5th"
        sentence = answered(sentence)  # "Q - what should I do?" "A - finish BLS training": mine
        if about_the_email(sentence) or addressing(sentence) or _THE_MEETING.fullmatch(sentence):
            return []  # "Email to Janet (she'll forward it to Paul):", "email should say: ...": the email itself
        if (rest := no_action(sentence)) is not None:
            if not rest:
                return []  # "(advice)", "IT ticket already raised, nothing to do"
            sentence = rest  # "no action yet - Ruth to check with finance next week"
        if labelled := self._labelled(sentence):  # "me -> update CV + apply for GRM in Oct": one step each
            return [Step("next", part, labelled.owner, labelled.who, when_phrase(part)) for part in
                    steps_in(labelled.text)] if labelled.owner == "me" else [labelled]
        if review := review_step(sentence):  # "Next review: July."
            return [self._finish("next", "manager", None, review, sentence)]
        if m := self.if_i.match(sentence):
            return [self._finish("condition", "me", None, m["rest"], sentence)] if self.outcome != "no" else []
        found = self._walk(sentence, carried)
        if not found:
            return []
        asked = [f for f in found if f.owner == "me"]
        if len(asked) > 1 and asked[0].request and hands_over(asked[1].text, asked[0].text, sentence):
            found, asked = [f for f in found if f is not asked[0]], []  # "I'll dig it out and email it": mine to send
        requested = any(f.request for f in asked)
        conditional = (bool(self.condition.search(sentence)) and not _NOT_BEFORE_ME.search(sentence)) or bool(
            _BEFORE_THEN.search(sentence)) or (
            requested and (self.outcome == "not_yet" or bool(_MEANTIME.search(sentence)))) or any(
            f.need for f in asked) or _needed_before(sentence) or any(
            (f.request or f.obliged) and wanted_first(f.text, sentence) for f in asked[:1])
        if asked and conditional and self.outcome not in {"no", "promoted"}:
            theirs = [f for f in found if f.owner != "me" and not _PROMOTING.match(f.text)  # "then he'll revisit"
                      and not not_an_action(f.text)]
            theirs += [f for f in asked[1:] if when_phrase(f.text)  # "..., need to book the exam slot before March"
                       and not re.search(r"\b(?:it|that|this|them)\b", f.text)]  # not "I'll have it done by 2 Oct"
            return [self._finish("condition", "me", None, part, sentence) for part in conditions(asked[0].text)
                    if not re.fullmatch(r"(?i)\W*(?:me\s+)?to\W*", part)] + [  # "he wants me to" cut short
                self._finish("next", f.owner, f.who, f.text, sentence, f.borrowed) for f in theirs]
        steps = [self._finish("next", f.owner, f.who, f.text, sentence, f.borrowed) for f in found
                 if not (f.need and self.outcome in {"no", "promoted"})]  # what it would have taken: no plan now
        return [s for s in steps if (len(s.text.split()) > 1 or s.by)  # "he'll pay", "I'll draft": too little to say
                and not not_an_action(s.text)]

    def _finish(self, kind: str, owner: str, who: str | None, text: str, sentence: str, borrowed: bool = False) -> Step:
        text = base_verb(tidy_step(text, kind == "condition"))
        if kind == "condition":  # what is wanted, as something I will do: "complete a short case study"
            text = re.sub(r"^send you\s+", "have " if _PARTICIPLE.search(text) else "get " if re.match(
                r"send you\s+more\b", text) else "complete ", text)  # "needs more scope first": get more scope
        if owner == "manager":  # "has to run it past the owner (Bianca) ... Kim will message her": message Bianca
            reached, named_before = the_one_reached(text, sentence, self.earlier, self.names, self.not_names)
            text = reached if reached != text else the_one_named(text, sentence, self.names, self.not_names)
            borrowed = borrowed or named_before  # quoted with the sentence that names them
        if owner != "other":  # "He suggested I talk to Helen ... I'll reach out to her": she is Helen, not you
            usual = self.pronouns.the_managers("")
            named = {n for n in _NAMED_OBJECT.findall(sentence) if n.lower() not in self.not_names} - {
                w for name in self.names for w in name.split()}
            other = {"he": "she", "she": "he"}.get(usual or "") if len(named) == 1 else None
            back = owner == "me" and pointed_back(text, sentence, self.before, self.names, self.not_names, usual)
            other, text = back if back else (other, text)  # "hand over my till to Faith and train her": not you
            subject = re.match(r"(?i)\W*(she|he)\b", sentence)
            if owner == "manager" and other is None and (hers := self.pronouns.the_managers(sentence)):
                other = {"he": "she", "she": "he"}[hers]  # "he is back", in her step: not you
            if owner == "manager" and other is None and subject and not any(
                    re.search(rf"\b{re.escape(n)}\b", sentence) for n in self.names):
                other = {"he": "she", "she": "he"}[subject[1].lower()]  # "She'll talk to him when he's back": not you
            text = to_second_person(text, self.names, by_manager=owner == "manager", someone_else=other)
            if other and not named and owner == "manager":  # "the owner (Declan) has final say. she'll talk to him":
                named = {n for n in _NAMED_BEFORE.findall(self.before)  # him: the one named in the sentence before
                         if n.lower() not in self.not_names} - {w for name in self.names for w in name.split()}
            if other and len(named) == 1:
                text = re.sub(rf"\b({_REACH})\s+{'her' if other == 'she' else 'him'}\b", rf"\1 {named.pop()}", text)
        elif usual := self.pronouns.the_managers(""):  # "Priya gives a second opinion before she commits": you commit
            text = re.sub(rf"(?i)\b(before|after|once|until|till|when)\s+({usual}\s+\w+)",
                          lambda m: f"{m[1]} {to_second_person(m[2], self.names)}", text)
        said = re.sub(r"^\W*before (?:that|then)\b|[,;–—-]\s*(?:i'?ll|ill|i\s+will)\b.*$", "", sentence, flags=re.I)
        by = when_phrase(text) or (when_phrase(said) if kind == "condition" else None)  # not my step's date after it
        if kind == "condition" and by and re.fullmatch(r"(?i)before\s+(?:then|that)", by):
            by = None  # "before then" is before the promotion itself: the plan says so already
        return Step(kind, text, owner if kind == "next" else None, who if owner == "other" else None, by, borrowed)
