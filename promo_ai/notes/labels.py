"""An action line that says whose it is: "Priya: share my case with the director by Fri", "me -> send the deck",
"AP (Hannah): get a reference", "new rota for april -> me, by the 20th" (the patterns promo_ai.notes.steps reads
them with), the Step a line or clause is read as, and the mixin of promo_ai.notes.steps.StepReader that reads
one such line as a step."""

from __future__ import annotations

import re
from dataclasses import dataclass

from promo_ai.notes.clauses import Clauses, Found
from promo_ai.notes.dates import DATE_WORDS
from promo_ai.notes.lines import LABEL_WORDS
from promo_ai.notes.nonsteps import about_the_email
from promo_ai.notes.outcome import sentence_outcome
from promo_ai.notes.owners import BODIES
from promo_ai.notes.parts import an_action
from promo_ai.notes.patterns import ROLE_TALK
from promo_ai.notes.unmarked import base_of
from promo_ai.notes.verbs import IMPERATIVE, MORE_VERBS, as_mine, starts_with_a_verb, thing_verb
from promo_ai.notes.when import when_phrase

# "Training dept", "Risk & Quality team", "People forum secretariat"
_BODY_SUFFIX = r"(?:dept|department|team|office|unit|desk|secretariat|forum|committee|panel|board)"
# "Priya: ...", "Insp Harris: ...", "my actions: ...", "AP (Hannah): ..."
LABELLED = re.compile(
    r"^[^\w(]*(?P<who>(?:Mr|Mrs|Ms|Dr|Sir|Ma'?am|Madam|Insp|Sgt|Cpl|Capt|Maj|Lt|Col|Cdr|Engr|Prof)\.?\s+)?"
    r"(?P<name>ako\s+din|(?i:my\s+(?:tasks?|to-?dos|actions?))|[A-Za-z][\w'-]*(?:\s+[A-Z][\w'-]*)?"
    r"(?:\s+&\s+[A-Z][\w'-]*)?(?:\s+" + _BODY_SUFFIX + r")?)(?:\s+(?:ma'?am|sir|madam))?"  # "Lakshmi ma'am: ..."
    r"(?:\s*\((?P<paren>[^)]{1,30})\))?(?:'s\s+actions?)?\s*:\s+"
    r"(?P<rest>[A-Za-z0-9].+)$")
ARROWED = re.compile(r"^[^\w(]*(?P<who>)(?P<name>me|i|myself|she|he|her|him|[A-Z][\w'-]*(?:\s+(?:&\s+)?[A-Z][\w'-]*)?"
                     r"(?:\s+" + _BODY_SUFFIX + r"){0,2})(?:\s+(?:ma'?am|sir|madam))?"  # "Suresh sir - letter"
                     r"(?:\s*\((?P<role>[^)]{1,30})\))?"
                     r"\s*(?:->|→|=>|\s[-–—])\s*(?P<rest>[A-Za-z0-9].+)$")
OWNER_AFTER = re.compile(r"^[^\w(]*(?P<thing>(?!(?:the|my|she|he|i|it)\b)[\w][\w &/'+-]{2,50}?)"
                         r"(?:\s+[-–—:]|:|\s*(?:->|→)|,(?=\s+me\b))\s+"  # "new rota for april -> me, by the 20th"
                         r"(?P<who>me|mine|myself|[A-Z]{1,3}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*(?:,\s*(?P<when>.+?))?\s*$")

# a row of a list headed "action – owner – by": "Business case for TDA – Gareth – 24 April", "Reclass request
# package – Rick – submit by 10/10", "Success profiles statement – me – 1 May"
_DASHED = re.compile(r"^[^\w(]*(?:\d{1,2}[.)]\s+)?(?P<thing>[\w(][^–—]{2,80}?)\s+[-–—]\s+"
                     r"(?P<who>me|I|myself|(?:(?:Mr|Mrs|Ms|Dr|Prof|Sgt|Insp|Capt|Maj)\.?\s+)?[A-Z][\w'’.&-]*"
                     r"(?:\s+(?:&\s+)?[A-Z][\w'’.-]*){0,2})\s+[-–—]\s+(?P<due>\w.{1,60}?)\s*\.?$")

# what the manager asked of me, on a line marked as mine: "Wanjiru wants me to pick my assistant -> me"
_ASKED_OF_ME = re.compile(r"^(?:[A-Z][\w.'-]+|[Ss]he|[Hh]e|you)\s+(?:wants?|needs?|asked|asks?|would\s+like)\s+"
                          r"me\s+to\s+(?P<what>\w.+)$")


# a name in brackets after a lower-case label, "office (Trish):" (not a month or a day: "rota (March):")
_NAMED_IN_BRACKETS = re.compile(rf"(?!(?i:{DATE_WORDS})\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?")
# a cell that is only a date: "25-29 May", "3/4", "Fri 12th"
_ONLY_A_DATE = re.compile(rf"(?i)[\d\s/.,–-]*(?:(?:{DATE_WORDS})\.?\s*)?[\d\s/.,–-]*")
_ASKED = re.compile(r"(?i)^(?:pls\s+|please\s+)?(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?"
                    r"(?P<ask>[^?]+?)[\s?.!]*$")


def _dashed(sentence: str) -> str | None:
    """A row of an "action – owner – by" list as the label and step it says: "Gareth: business case for TDA by 24
    April", "Rick: submit the reclass request package by 10/10"; None for any other sentence."""
    m = _DASHED.match(sentence)
    if m is None or when_phrase(m["who"]) or m["who"].lower() in LABEL_WORDS | _STATUS or re.search(
            rf"\bwith\s+{re.escape(m['who'])}\b", m["thing"]):
        return None  # "Shadow shifts with Ciara – Ciara – from January": whose it is, unclear
    thing, due = m["thing"].strip(" ."), m["due"].strip(" .")
    thing = thing[0].lower() + thing[1:] if thing[1:2].islower() else thing  # not "DD sign-off"
    said = when_phrase(due)
    if not re.search(r"[A-Za-z]{3}", thing) or not said or re.match(r"(?i)(?:my|his|her|their|our|a|an)\b", due):
        return None  # "2025 – Ruth – my manager since March", "Mentoring – Ruth – ongoing": no when, nothing to do
    first = due.split(" ", 1)[0]
    if due.lower().startswith(said.lower()) or re.match(_WHEN_WORD, due) or re.match(r"\d", due) or not (
            re.fullmatch(r"[a-z]+", first) and first not in _TIME_WORDS and (IMPERATIVE.match(due) or MORE_VERBS.match(
                due) or len(first) > 3)):
        return f"{m['who']}: {thing} {due if re.match(_WHEN_WORD, due) else 'by ' + due}"  # "– 3rd week Jan"
    rest = due[len(first):]  # "submit by 10/10", "rehearse by 2 Dec": that done to the thing, by then
    article = "" if re.match(r"(?i)(?:the|a|an|my|our|your|his|her|their)\b", thing) else "the "
    return f"{m['who']}: {first} {article}{thing}{rest}".strip()


_STATUS = frozenset("pending done approved agreed yes no open closed tbc tbd ongoing confirmed declined complete "
                    "completed waiting parked dropped maybe n/a".split())  # "Promotion to SEO – Pending – May"
_TIME_WORDS = frozenset("week weeks month day days mid early late start beginning first second third last end half "
                        "wk wks".split())  # "– week of 3 March": when, not what is done
_WHEN_WORD = r"(?i)(?:by|before|on|in|at|end|next|this|asap|after|from|within|w/?c)\b"


_A_BODY = re.compile(r"(?i)(?:[a-z]+\s+(?:&\s+)?){1,2}" + _BODY_SUFFIX + "|"
                     r"[a-z]+\s+(?:workforce|resourcing|rostering|recruitment)|(?:workforce|resourcing|rostering|"
                     r"recruitment)\s+[a-z]+")  # two words at least: "Team:", "Compliance:" may be a topic


def _a_body(name: str) -> bool:
    """HR, payroll, 'Training dept', 'Rostering office': a body that does the step, not a person."""
    return name.lower() in BODIES or bool(_A_BODY.fullmatch(name))


ACTION_WORDS = {"me", "i", "myself", "mine", "todo", "to do", "action", "actions", "next", "follow up", "ap",
                "action point", "action item", "my action", "my actions", "ako", "ako din",  # Tagalog "ako": me
                "my tasks", "my task", "tasks", "my to-dos", "my todos",
                "mujhe", "main", "moi"}  # Hindi, French


# an action label before its owner: "AP Ruth: tell the wing", "AP me: Band 4 induction asap", "Action - Omar: ..."
# ("AP" only before me or the manager: "AP Chem: pass rate up to 92%" is an assistant principal's subject)
_ACTION_LABEL = re.compile(r"(?i)^(?:(?P<ap>ap)|action(?:\s+point)?s?|todo|to\s*do)\s*[-–—]?\s+(?=(?P<who>me|i|"
                           r"(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)?)\s*(?:\([^)]{1,30}\)\s*)?(?::|->|→|\s[-–—]\s))")


# a list of my own things to do, headed by what it is rather than by me: "to do:", "my work:", "on me:"
_MY_LIST = re.compile(r"(?i)^[^\w(]*(?:to[\s-]*do(?:\s+list)?|todo|my\s+(?:bit|jobs|homework|part)|"
                      r"(?:things\s+|stuff\s+)?on\s+me|(?:things|stuff)\s+for\s+me\s+to\s+do)\s*(?::|\s[-–—]|->|→)\s*"
                      r"(?=[a-z])(?!\w+ed\b|(?:got|did|was|were|had|ran|led|won|made|went)\b)")  # not what is done


@dataclass(frozen=True)
class Step:
    """A next step or a condition read from a clause: `text` is the verb phrase, `by` as written."""

    kind: str  # "next" or "condition"
    text: str
    owner: str | None = None
    who: str | None = None
    by: str | None = None
    borrowed: bool = False  # says what the sentence before names: its quote is both sentences


def _row(thing: str, when: str | None, mine: bool = False) -> str:
    """An action list's row as a step: "Sort my holidays - me, talk to Paddy next wk" is "sort my holidays, talk to
    Paddy next wk"; "Tell the lads - Paddy, Friday toolbox talk" is "tell the lads at the Friday toolbox talk";
    "CISRS card - me, b4 start" is "complete the CISRS card b4 start"."""
    if mine and (asked := _ASKED_OF_ME.match(thing)):
        thing = asked["what"]  # "Wanjiru wants me to pick my assistant by the 20th -> me": pick my assistant
    elif mine and (re.match(r"(?i)needs?\b", thing) or not an_action(thing)):
        thing = as_mine(thing)  # "need my cert renewed - me": get my cert renewed
    else:
        thing = thing[0].lower() + thing[1:]
    if not when:
        return thing
    said = when_phrase(when)
    if an_action(when):
        return f"{thing}, {when}"
    if said and when.lower().startswith(said.lower()) and len(when) > len(said) and not re.match(
            r"(?i)(?:by|before|after|on|in|at|from|until|till|end|next|this)\b", when):
        return f"{thing} at the {when}"  # "Friday toolbox talk": an event on that day
    return f"{thing} {when}"


class LabelledLines:
    """Reads an action line that names its owner ('Priya: ...', 'me -> ...', 'AP (Hannah): ...') as one step;
    mixed into StepReader, whose clause reader, words that are no one's name and `_finish` it uses."""

    clauses: Clauses
    not_names: set[str]

    def _finish(self, kind: str, owner: str, who: str | None, text: str, sentence: str) -> Step:
        raise NotImplementedError

    def _labelled(self, sentence: str, listed: bool = False) -> Step | None:
        """'Priya: share my case with the director by Fri', 'me: send the deck' (an action list's owner). `listed`:
        the line is labelled an action ("action: Colm - final decision", "Action - Omar: ..."; not "AP", which
        may be an assistant principal), so a thing named there is something to do."""
        if (mine := _MY_LIST.match(sentence)) and (found := self._labelled(f"me: {sentence[mine.end():]}", listed)):
            return found  # "to do: enrol on L5, shadow Janet on CQC prep": each mine
        if on := re.match(r"^[^\w(]*on\s+(?!me\b)([A-Za-z][\w'-]+)\s*:\s+(?=\S)", sentence, re.IGNORECASE):
            sentence = f"{on[1]}: {sentence[on.end():]}"  # "on grace: get the skip-level to sign off": hers
        if (row := _dashed(sentence)) and (inner := self._labelled(row, True)):
            return inner  # "Business case for TDA – Gareth – 24 April"
        if (label := _ACTION_LABEL.match(sentence)) and (not label["ap"] or label["who"].lower() in {"me", "i"}
                                                         or self.clauses.is_manager(label["who"])):
            sentence, listed = sentence[label.end():], not label["ap"]
        if (after := OWNER_AFTER.match(sentence)) and (
                not after["when"] or when_phrase(after["when"]) or re.match(r"(?i)(?:before|b4|by|after|asap)\b",
                                                                             after["when"])) and (
                self.clauses.is_me(after["who"]) or after["who"].lower() in {"me", "mine", "myself"}):
            # "CISRS supervisor card - me, b4 start": the thing, then whose it is, then when
            return self._finish("next", "me", None, _row(after["thing"], after["when"], mine=True), sentence)
        if after and self.clauses.is_manager(after["who"]) and an_action(after["thing"]) and after["when"] and (
                when_phrase(after["when"])):  # not "Speak up in the ops meeting - Dana": her words, not her step
            # "Tell the lads - Paddy, Friday toolbox talk": the manager's, said as an action list's row
            return self._finish("next", "manager", None, _row(after["thing"], after["when"]), sentence)
        if (first := re.match(r"^\W*([a-z][\w'-]+)", sentence)) and first[1] in self.clauses.lowered:
            sentence = sentence[:first.start(1)] + first[1].title() + sentence[first.end(1):]  # "alan -> sort the ..."
        m = LABELLED.match(sentence) or ARROWED.match(sentence)  # "me -> send her the audit by Fri" too
        if not m:
            return None
        name = ((m["who"] or "") + m["name"]).strip()
        if about_the_email(f"{name}:"):
            return None  # "Email points: ...", "Letter to the Chief:": what the email says, not a step
        arrowed = m.re is ARROWED
        role = m["role"] if arrowed else m["paren"]  # "People Ops (Ifeoma): comp letter next week"
        if arrowed and name.lower() in {"she", "he"} and self.clauses.is_manager(name.lower()) and (
                third := re.match(r"(?P<v>[a-z]{3,}s)\b(?P<rest>.+)", m["rest"])) and starts_with_a_verb(
                    f"{base_of(third['v'])}{third['rest']}"):  # "she -> sends my scores breakdown tomorrow": hers
            return self._finish("next", "manager", None, f"{base_of(third['v'])}{third['rest']}", sentence)
        if arrowed and name.lower() in {"she", "he", "they"}:
            return None
        # a person's name and a verb: "Kylie -> decide by end of Aug", "Rajesh: review my case before 14 Apr"
        acts = bool(re.fullmatch(r"[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]+)?", m["name"])) and not set(name.lower().split()) & (
            self.not_names | LABEL_WORDS) and (listed or bool(IMPERATIVE.match(m["rest"]) or MORE_VERBS.match(
                m["rest"])))
        mine_or_hers = {"me", "i", "myself", "her", "him"}  # "her -> will move me to forex": the manager's row
        if arrowed and name.lower() not in mine_or_hers and not self.clauses.is_manager(name) and (
                role is None or set(name.lower().split()) & self.not_names) and not _a_body(name) and not acts and \
                not self.clauses.is_me(name):  # "Liam – Close the renewal – 30/04" in minutes, when I am Liam
            return None  # "Shaz (office) -> new day rate": someone named with their role; not "Latency -> 300ms"
        if name.lower() in ACTION_WORDS - {"me", "i", "myself"} and (inner := self._labelled(m["rest"], True)):
            return inner  # "action: me - hand over the schedule"
        if name.lower() in ACTION_WORDS - {"me", "i", "myself"} and not starts_with_a_verb(m["rest"]) and (
                theirs := self.clauses.read(
                    self.clauses.strip(m["rest"]), None, False, True)[1]) and theirs.owner != "me":
            return self._finish("next", theirs.owner, theirs.who, theirs.text, sentence)  # "Action: HR to issue ..."
        if not arrowed and name.lower() in ACTION_WORDS and m["paren"] and not when_phrase(m["paren"]) and not \
                re.match(r"(?i)(?:mon|tue|wed|thu|fri|sat|sun|asap|urgent|\d)", m["paren"]):  # "AP (Hannah): ..."
            name = m["paren"].strip()
        if re.match(r"(?i)i(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to)\s", m["rest"]):
            name = "me"  # "QA team: I'll run the regression pack by Wed": a topic, and the step is mine
        if name.lower() in ACTION_WORDS or self.clauses.is_me(name):  # "LD: send N my engagement list": my initials
            if re.match(r"(?i)(?:asked|said|told|mentioned|explained|raised|argued|thanked)\b|.*\?\s*$", m["rest"]):
                return None  # "Me: asked about the deputy post", "Me: can we talk about it?": what I said, not a step
            owner, who = "me", None
        elif (name.lower() in {"her", "him"} and starts_with_a_verb(re.sub(  # "her -> will move me to forex"
                r"(?i)^(?:will|'ll|to|is\s+going\s+to|going\s+to)\s+", "", m["rest"]))) or (
                self.clauses.is_manager(name) and name.lower() not in {"she", "he", "they"}):  # "her: write X"
            owner, who = "manager", None
        elif _a_body(name) or (name[0].isupper() and (  # "Sgt Mills", "People Ops (Ifeoma)"
                not set(m["name"].lower().replace(".", "").split()) & self.not_names or role)):
            owner, who = "other", name
        elif m["paren"] and _NAMED_IN_BRACKETS.fullmatch(m["paren"].strip()) and not (
                self.clauses.is_manager(m["paren"].strip()) or self.clauses.is_me(m["paren"].strip())):
            owner, who = "other", m["paren"].strip()  # "office (Trish): update my rate in payroll"
        elif re.fullmatch(r"[a-z]{3,}\s+[A-Z][a-z]+", name) and not set(name.lower().split()) & self.not_names:
            owner, who = "other", name  # "crewing Manila: send the promotion letter": an office and its place
        else:
            return None
        if owner == "manager" and (asked := _ASKED.match(m["rest"])) and starts_with_a_verb(asked["ask"]):
            # "Dana: Can you send me the deck by Friday?": asked of me, mine to do
            turned = re.sub(r"(?i)\b(me|your)\b", lambda w: "you" if w[1].lower() == "me" else "my", asked["ask"])
            return self._finish("next", "me", None, turned, sentence)
        if sentence_outcome(m["rest"]) in {"promoted", "no"} or re.match(r"(?i)(?:already|done|sorted|n/?a)\b",
                                                                          m["rest"]):
            return None  # "me -> chargehand ✅ signed off, from 1/2": the news; "Ravi - already sorted": done
        rest_of = re.sub(r"(?i)^(?:will|'ll|to|is\s+going\s+to|going\s+to)\s+", "", m["rest"])  # "Sgt Mills: will do"
        _, step = self.clauses.read(self.clauses.strip(rest_of), None, False, True)
        rest = rest_of
        verb = starts_with_a_verb(rest)
        said_will = rest_of != m["rest"]  # "Sgt Mills: will do 2 shadow shifts": a step of theirs, said so
        if step is not None and step.owner == "other" and step.who is None:
            step = Found("me", None, step.text)  # "People Ops → updated offer letter, should land this wk": theirs
        elif step is not None and step.owner == "other" and owner != "other":
            step = None  # "Kim -> HR paperwork this week": the thing as named, read below
        known = (not arrowed or role is not None or owner != "other" or _a_body(name) or acts) and (
            owner != "other" or _a_body(name) or role is not None or said_will or acts or listed)
        if step is None and known and re.match(r"(?i)^(?!(?:the|a|an|my|she|he|they|it|i|we|no|not|all|very|"
                                               r"great|good|happy|really|was|is)\b)[a-z0-9][\w-]*[\s,]", rest) and (
                rest[0].islower() or verb or when_phrase(rest)):  # "Me: DBS update + OH clearance asap"
            if not verb and owner == "manager" and not listed and not when_phrase(rest) and re.match(
                    rf"(?i)(?:[\w-]+\s+){{0,4}}?(?:{ROLE_TALK})s?(?:\s+[\w-]+){{0,2}}?\s*(?:[-–—:.!,]|$)", rest):
                return None  # "Ed - senior tech", "jo - band 7 specialist role": the topic, not a step of hers
            if not verb and re.search(r"\d", rest) and _ONLY_A_DATE.fullmatch(
                    rest.replace(when_phrase(rest) or "", "", 1)):
                return None  # "me: 25-29 May": a when with nothing to do in it
            if not verb:
                # "me: allergen refresher by Fri", "Kirsty (ops) -> new contract": a thing, said as what is done
                handed = re.search(r"\bto\s+(?:hr|payroll|finance|ops|you|her|him|them|the\s+\w+|[A-Z])",
                                   re.split(r"\s(?:\+|&|and)\s", rest)[0])  # not "X asap + hand over Y to Dev"
                rest = ("send the " if owner == "me" and handed
                        else "complete the " if owner == "me" else thing_verb(rest)) + rest
            step = Found("me", None, rest)  # "HR: confirm the band": an action list's verb phrase
        if step is None or step.owner != "me" or step.request:
            return None
        return self._finish("next", owner, who, step.text, sentence)
