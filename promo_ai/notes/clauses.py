"""One clause of a sentence of the notes, read for its subject and what it says will be done.

The rule is the sentence's own structure: a subject (I, she/he or the manager's name, someone else named
or a group: "HR (Stacy)", "IT ops manager (Bilal)", "Gail on the front desk", "Chief Actuary") followed by a
modal or a plan ('ll, will, is going to, to, should, needs to, has agreed to, wants to) and a verb phrase.
A request ("she wants me to ...") is something I do. A clause with no subject goes on with the subject before
it ("he didn't say yes or no - needs to check the budget, will let me know").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from promo_ai.notes import unmarked as bare  # steps written with no auxiliary
from promo_ai.notes.deciders import ROLE_CAPS as _ROLE_CAPS
from promo_ai.notes.deciders import decided_by, wanted_of
from promo_ai.notes.elided import body_doing, sent_out
from promo_ai.notes.nonsteps import GOES_TO_SOMEONE, KEEP_SHORT, on_the_move
from promo_ai.notes.owners import BODY_WORD, DEPARTMENTS, OTHER, Owners, as_spoken
from promo_ai.notes.patterns import compiled
from promo_ai.notes.prerequisites import OBLIGED, held_up_by
from promo_ai.notes.requests import DONE, request_of_me, starts_with_ing, would_need
from promo_ai.notes.shapes import (
    COMES_FROM,
    FROM_ME,
    GOES_IN,
    GOES_THROUGH,
    GOES_TO,
    GROUP_WANTS,
    MINE,
    OWES_ME,
    PASSIVE_NEED,
    REVISIT,
    TO_FOLLOW,
    WITHOUT,
    done_by,
    meets,
)
from promo_ai.notes.speaker import reckoned
from promo_ai.notes.verbs import FORWARD, GOING_TO, HAD_DONE, IMPERATIVE, PLAIN_VERB, SEEING_TO, starts_with_a_verb
from promo_ai.notes.waiting import waited_on
from promo_ai.notes.when import DATED, when_phrase

# Someone named as a subject: checked in code against the manager's names, so patterns compile once.
MGR = (r"(?:my\s+)?(?:mgr|manager|boss|line\s+manager)|ma['’]?am|madam|"
       r"(?-i:(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")
LEAD_IN, CLAUSE_SPLIT, _ME = compiled(
    # what comes before the subject: "also", "agreed", "she said that"
    r"^(?:(?:also|and|then|plus|but|so|ok|okay|fyi|agreed|we agreed|apparently|meantime|in the meantime|meanwhile|"
    r"instead|now|anyway|before (?:that|then)|first(?=,|\s+of\s+all)|first of all|next steps?|next(?=\s*:)|"
    r"action(?:s| for me)?|"
    r"todo|to do|(?:she|he|they|{mgr})\s+(?:said|says|agreed|confirmed|mentioned|told me)(?!\s+to\b)(?:\s+that)?|"
    r"said(?!\s+to\b)(?:\s+that)?|says(?!\s+to\b))\b[:,]?\s+)+",
    # where a sentence splits into clauses
    r"\s*(;|:\s+|,\s+|\s+[-–—]+>?\s+|\s+but\s+|\s+so\s+(?=(?:i|she|he|we|they|it'?s|there'?s)\b)|\s+and\s+(?=(?:"
    r"said|says|she|he|i'll|i will|will|'ll|is going to|wants|needs|shes|hes|she's|he's|im|i'm|ive|i've|"
    r"i\s+(?:need|have|must|should|got))\b)|"
    # "..., and Linda from the corporate office will send ...", "... today and HR will confirm the start date"
    r"\s+and\s+(?=(?:the\s+)?(?-i:[A-Z])[\w'.-]*(?:\s+(?:(?-i:[A-Z])[\w'.-]*|(?:from|in|at)\s+(?:the\s+)?\w+(?:\s+\w+)?|"
    r"\([^)]*\)))*\s+(?:will|'ll|is\s+going|should|gonna|has\s+to|must|sends|confirms|decides)\b))\s*",
    # my own step: "I'll", "I need to", "me to", "I owe her", "I need another 6 months"
    r"^(?:i\s*(?:'ll|will|shall|'d|would|am going to|'m going to|m going to|am gonna|'m gonna|m gonna|need to|have to|"
    r"must|should|'ve got to|ve got to|got to|gotta|'ve to|ve to|am to|'m to|promised to|agreed to|offered to|"
    r"plan to|intend to|"
    r"(?:am|'m|m)\s+planning\s+to|'ll\s+try\s+to|will\s+try\s+to|(?:am|'m|m)\s+(?:supposed|"
    r"meant)\s+to)|me\s+to|(?:i\s+)?(?:still\s+|also\s+)?need\s+(?:also\s+)?to|(?:i\s+)?have\s+to|(?:i\s+)?gotta|must|(?:gonna|im+a)(?!\s+(?:lead|mention|include|put|add|say|open\s+with|"
    r"start\s+with|keep\s+it|leave|drop|focus|highlight|stress|emphasi[sz]e|be|cost|take\s+(?:a\s+while|time|ages|"
    r"months|years|forever)|hold\s+off|happen|wait|need|depend|have\s+to\s+wait)\b))\s+(?P<rest>.+)|"
    r"^(?:i\s+)?(?:also\s+|still\s+)?(?P<owe>owe)\s+(?P<owed>(?!(?:me|us|it)\b).+)|"
    r"^i(?:'m| am|m) going to\s+(?P<going>.+)|"
    r"^i\s+(?:still\s+)?need\s+(?P<need>(?:another|more|a|an|my|the|some)\b.+)")
THEY = r"(?:she|he|they|{mgr})"
MANAGER = re.compile(rf"^(?P<subj>{THEY})" + "{future}(?P<rest>.+)", re.IGNORECASE)
_FUTURE = (rf"\s*(?P<aux>'ll|will|(?:is|'s|s|are) {GOING_TO}|"
           r"is gonna|'s gonna|s gonna|gonna|"
           r"is gona|'s gona|s gona|gona|is gunna|'s gunna|s gunna|gunna|"
           r"going to(?!\s+(?:the|a|an|my|his|her|their|our|your|this|that|be|work|school|bed|lunch|dinner)\b|"
           r"\s+(?-i:[A-Z]))|"
           r"'s to|is to|"
           r"plans to|intends to|is planning to|'s planning to|will try to|'ll try to|"
           r"'s (?:offered|agreed|promised) to|'d|would|is|'s|are|to|should|has agreed to|agreed to|has promised to|"
           r"promised to|has offered to|offered to|has to|needs to|go(?=\s+(?:send|call|talk|put|raise|check|give|tell|"
           r"email|push|submit|forward|write)\b))\s+(?!not\b|n't\b|be\s+(?:fine|ok|okay|happy|great|good)\b)")
REQUEST, SAID_TO = compiled(
    # "she wants me to ...", "he asked for my ...": asked of me
    r"^(?:(?P<subj>she|he|they|{mgr})(?:\s+|(?=')))?(?:(?:also|really|just|then|still)\s+)?(?P<verb>wants|want|"
    r"would like|'d like|d like|needs|need|asked|asks|has asked|'s asked|expects|told|suggested|would love|would want|"
    r"requested|has requested)\s+(?P<rest>.+)",
    # "she said to ask again in Feb"
    r"^(?:(?P<s>she|he|{mgr})\s+)?(?:said|says|told me)\s+to\s+(?P<rest>.+)")
FRONTED = re.compile(r"(?i)^(?:now|once|when|as soon as|after|since|as|before|if)\b[^,]*?\s(?=(?:she|he|{mgr})"
                     r"(?:'ll|\s+will|\s+is going to|'s going to|\s+(?:also\s+)?(?:wants|needs|would like|'d like|"
                     r"expects|asked))\b)")
_NOT_A_STEP_LINE = re.compile(r"(?i)^\W*q\s*[:.]|:\s*$|"
                              r"^\W*(?:do\s+i\s+|should\s+i\s+|i\s+)?need\s+to\b[^?]*\?\s*$")  # "need to book SCBC?"
_EMAIL_EDIT = re.compile(r"(?i)^(?:lead\s+with|open\s+with|put\s+(?:in\s+)?(?:it|that|this|those|them|(?:the|my)\s+"
                         r"[\w-]+(?:\s+[\w-]+)?)\s+(?:first|up\s+top|at\s+the\s+top)|put\s+in\s+first|leave\s+out|drop|"
                         r"skip)\b")
_ENUMERATOR = re.compile(r"^\s*(?:\(\s*(?:\d{1,2}|[a-hA-H]|[ivx]{1,4})\s*\)|\d{1,2}\))\s+")  # "(1) ", "(b) ", "2) "
LEAD_IN, REQUEST, SAID_TO, FRONTED, MANAGER = (
    re.compile(p.pattern.replace("{mgr}", MGR).replace("{future}", _FUTURE), p.flags)
    for p in (LEAD_IN, REQUEST, SAID_TO, FRONTED, MANAGER))



@dataclass
class Found:
    """A step read from a clause: who does it, what (a verb phrase without its subject), and how it was said."""

    owner: str
    who: str | None
    text: str
    request: bool = False
    need: bool = False  # what it takes before the promotion ("without the licence"): a condition
    obliged: bool = False  # said as what I must do ("I need to", "I've to"), not what I will ("I'll")
    borrowed: bool = False  # its "it" is the thing the sentence before names ("She wants the audit redone. I'll ...")


class Clauses:
    """Reads one clause at a time for one set of notes (whose manager is who)."""

    def __init__(self, names: list[str], not_names: set[str], own: str = "") -> None:
        self.names, self.not_names = names, not_names
        self.lowered = {n.lower() for n in names}
        self.owners = Owners(names, own)
        self.is_me, self.is_manager = self.owners.is_me, self.owners.is_manager
        self.lead_in, self.request, self.said_to, self.fronted = LEAD_IN, REQUEST, SAID_TO, FRONTED
        self.sentence, self.tail = "", ""  # the sentence being read, and what follows the clause in it
        self.named_other: tuple[str, str] | None = None  # (sentence, who): someone else named as a clause's subject

    def strip(self, clause: str) -> str:
        clause = _ENUMERATOR.sub("", clause)  # "Next steps: (1) HR will share ...; (2) I'll introduce you ..."
        clause = re.sub(r"^([A-Z][\w'’-]+)\s+(?:sir|ma'?am|madam)\b", r"\1", as_spoken(clause))  # "D'Souza sir will"
        clause = reckoned(self.fronted.sub("", clause), self.is_manager)  # "Tom reckons he can get it ..."
        return self.fronted.sub("", as_spoken(self.lead_in.sub("", clause)))  # "said hed raise it": he'd

    def _manager(self, clause: str, others_named: bool) -> tuple[str | None, Found | None] | None:
        m = MANAGER.match(clause)
        if not m or not self.is_manager(m["subj"]):
            return None
        rest, aux, subj = m["rest"], m["aux"].lower(), m["subj"].lower()
        owner = "other" if subj == "they" and others_named else "manager"
        dated = when_phrase(rest) or when_phrase(self.tail)
        if aux in {"is", "'s", "s", "are"} and (not starts_with_ing(rest, True) or not (
                dated or FORWARD.match(rest) or GOES_TO_SOMEONE.match(rest)) or on_the_move(rest, self.sentence)):
            return "manager", None  # 'she's emailing her this week' is a step; 'she's supportive' is not
        if aux == "to" and subj in {"she", "he", "they"}:
            return "manager", None
        if aux in {"'d", "would"} and re.match(r"(?i)(?:rather|prefer)\b|.*\bif\s+i\b", rest):  # "she'd rather put me
            return "manager", None  # up in Jan", "he would give me a reference if I want to move": no step agreed
        if aux == "'d" and HAD_DONE.match(rest) and not re.search(r"(?i)\b(?:will|'ll|going\s+to)\b", rest):
            return "manager", None
        return owner, Found(owner, None, rest)

    def _other(self, clause: str) -> tuple[str | None, Found | None] | None:
        m = OTHER.match(clause)
        if not m:
            return None
        named = m["named"] or (re.search(r"\(([A-Z][\w'. -]+)\)", m["who"]) or [None, None])[1]
        who = m["who"].strip() if m["named"] else named or re.sub(r"\s*\(.*|\s+(?:in|from|on|at)\s+.*$", "",
                                                                     m["who"]).strip()
        if m["named"] and self.is_manager(m["named"]) and m["named"].lower() not in {"she", "he", "they"}:
            return "manager", Found("manager", None, m["rest"])  # "MH (Mark Holloway) to send the JD"
        if re.fullmatch(r"[A-Z]{1,3}", who) and who not in _ROLE_CAPS and not self.is_manager(who) and not self.is_me(
                who) and m["aux"] == "to":
            return None  # "CV to HR asap": capitals that are not anyone's initials ("NSO will give an answer" are)
        if m["aux"] == "to" and re.fullmatch(r"(?i)posting|assignment|transfer|move|secondment|deployment|relocation|"
                                             r"further|forward|back|next|welcome|\w+(?:ment|tion|ed)|gone|went|sent",
                                             who) and not starts_with_a_verb(m["rest"]):
            return None  # "Assignment to Dept of Social Protection from 13 April": where, not who does what
        if who.lower() in {"myself", "me"} or (self.is_me(who) and m["aux"] not in {"is", "'s"}):  # "Myself to
            obliged = m["aux"] in {"should", "needs to", "has to", "must"}  # prepare plan", "Emily to prepare the deck"
            rest = re.sub(r"(?i)\b(?:his|her)\b", "my", m["rest"]) if self.is_me(who) else m["rest"]  # "Marcus to
            return "me", Found("me", None, rest, obliged=obliged, request=obliged)  # update his goals": mine
        words = re.sub(r"(?i)^the\s+", "", who).lower().replace(".", "").split()  # "The Faculty Officer"
        titled = len(words) >= 2 and all(w[:1].isupper() for w in re.sub(r"^The\s+", "", who).split())  # "Sam Ortiz"
        group = bool(BODY_WORD.search(who)) or re.fullmatch(r"[A-Z]{2,4}|L&D|(?i:my\s.+)", who) is not None  # "QA will"
        if not named and not group and who.lower() not in DEPARTMENTS and set(words) & self.not_names and not (
                titled and words[0] not in self.not_names - {"chief", "head", "senior"}):
            return None
        if self.is_manager(who) and who.lower() not in {"she", "he", "they"}:
            return "manager", Found("manager", None, m["rest"])
        if m["aux"] in {"is", "'s"} and (on_the_move(m["rest"], self.sentence) or not (starts_with_ing(m["rest"]) and (
                when_phrase(m["rest"]) or SEEING_TO.match(m["rest"]) or GOES_TO_SOMEONE.match(m["rest"])))):
            if named or titled or re.fullmatch(r"[A-Z][a-z]+", who):
                self.named_other = (self.sentence, re.sub(r"['’]s$", "", who))  # "Anita is on site Tues and will ..."
            return None, None
        return None, Found("other", re.sub(r"['’]s$", "", who), m["rest"])

    def _required(self, clause: str) -> Found | None:
        """What a clause says it takes, as something for me to do: 'directors want the client's sign-off', 'they
        won't appoint without the licence', 'my application has to be in' (mine, or 'my job'), 'I'd need to do the
        licensing course', 'for that I need CISA part 1 done'."""
        if needed := would_need(clause):
            return Found("me", None, needed, True, True)
        if (m := GROUP_WANTS.match(clause)) and (asked := request_of_me(m["rest"], "wants")):
            return Found("me", None, asked[0], True, True)
        if m := WITHOUT.match(clause):
            return Found("me", None, "get " + m["x"], True, True)
        if waits := held_up_by(clause):  # "she won't put me forward till my MSc dissertation is in"
            return Found("me", None, waits, True, True)
        m = PASSIVE_NEED.match(clause)
        if not m or not MINE.search(self.sentence) or re.match(r"^(?:she|he|they|it|i|we|that|this|there|who)\b",
                                                                m["np"].strip(), re.IGNORECASE):
            return None
        done = DONE.get(m["v"].lower().split()[0], m["v"]) + (" off" if m["v"].lower().endswith(" off") else "")
        return Found("me", None, f"get {m['np'].strip()} {done}{m['rest']}", True, True)

    def _dated_by_others(self, clause: str) -> Found | None:
        """'committee reviews nominations end of Q1', 'Lionel usually decides within 2 weeks': someone else's step in
        the present tense, with a when (see unmarked.dated_present)."""
        said = bare.dated_present(clause, self.tail)
        found = self._other(f"{said[0]} will {said[1]} {said[2]}") if said else None
        return found[1] if found and found[1] and found[1].owner == "other" else None

    def read(self, clause: str, subject: str | None, others_named: bool,
             first: bool = True) -> tuple[str | None, Found | None]:
        """(the clause's subject, the step it gives or None)."""
        if clause[:1].islower() and re.sub(r"['’](?:s|ll|d)$", "", clause.split(" ", 1)[0].lower()) in self.lowered:
            clause = clause[:1].upper() + clause[1:]  # "jasper owes me ...": the manager, written in lower case
        if (m := OWES_ME.match(clause)) and not re.match(r"^i\b", m["who"], re.IGNORECASE):
            clause = f"{m['who']} will send me {clause[m.end():]}"  # "HR owes me the contract": HR will send it
        if _NOT_A_STEP_LINE.search(clause):  # "Q: numbers to keep on file?", "Numbers to add:"
            return subject, None
        if required := self._required(clause):
            return subject, required
        if decider := decided_by(clause, self.owners):  # "final decision sits with the Director", "Gavin decides"
            return subject, Found("other", decider[0], decider[1])
        if (m := _ME.match(clause)) and re.match(r"(?i)(?:like|love|prefer|rather)\b", m["rest"] or ""):
            return "me", None  # "I'd like to leave out the audit": a wish about the email, not a step
        if m := _ME.match(clause):
            rest = m["rest"] or m["going"]
            if m["need"]:
                need = m["need"]
                rest = re.sub(r"^(another|more|a few|\d+)\b(.*?)\s+of\s+(?=\w+ing\b)", r"\1\2 ", need)
                rest = ("spend " + rest) if re.match(r"^(?:another|more)\b", rest, re.I) else "have " + rest
            owed = re.sub(rf"^(?:her|him|them|you|{'|'.join(map(re.escape, self.names)) or 'x^'})\s*:?\s+", "",
                          m["owed"] or "", flags=re.IGNORECASE)  # "I owe him: Q4 self review by 12/20"
            to = re.match(r"([A-Za-z][\w'-]*)\s*:?\s+(?=(?:the|my|a|an|our|some)\b)", owed)
            if not (to and not self.is_manager(to[1])):  # "owe HR the forms": sent to HR
                owed = "you " + (owed[to.end():] if to else owed)  # "owe Jo my self-review": sent to her
            return "me", Found("me", None, rest or "send " + owed, obliged=bool(OBLIGED.match(clause)))
        if (m := self.said_to.match(clause)) and (not m["s"] or self.is_manager(m["s"])):
            if _EMAIL_EDIT.match(m["rest"]):  # "she said to lead with the weaning work": an edit, not a step
                return subject, None
            if REVISIT.match(m["rest"]):  # "said to revisit in October": hers to revisit
                return subject, Found("manager", None, m["rest"])
            return subject, Found("me", None, m["rest"])
        if (m := self.request.match(clause)) and (not m["subj"] or self.is_manager(m["subj"])):
            subj = "manager" if m["subj"] or subject in {None, "manager"} else subject
            if m["verb"].lower() in {"wants", "want", "needs", "need", "would like", "'d like"} and (
                    t := re.match(r"^to\s+(?!see\b)(?P<v>\w.+)", m["rest"], re.IGNORECASE)):
                return subj, Found("manager", None, t["v"])  # what she means to do herself
            if _EMAIL_EDIT.match(re.sub(r"(?i)^(?:me|us)\s+to\s+", "", m["rest"])):
                return subj, None  # "she told me to put the falls work first": an edit of the email
            if theirs := wanted_of(m["rest"], self.owners, self.not_names):  # "needs Linda to sign off"
                return subj, Found("other", *theirs) if theirs[0] else Found("me", None, theirs[1], True)
            asked = request_of_me(m["rest"], m["verb"])
            if asked is None or KEEP_SHORT.search(clause):
                return subj, None
            return subj, Found("me", None, asked[0], True)
        if (found := self._manager(clause, others_named)) is not None:
            return found
        if passive := done_by(clause):  # "feedback will be sent in writing by HR by end of the week"
            return None, Found("me", None, passive[1]) if passive[0].lower() == "me" else Found("other", *passive)
        for pattern, verb in ((COMES_FROM, "send"), (TO_FOLLOW, "send"), (GOES_THROUGH, "process")):
            if m := pattern.match(clause):
                who = m["who"].strip()
                named = re.search(r"\(([A-Z][\w'. -]+)\)", who)
                thing = m["thing"].strip()
                thing = thing[:1].lower() + thing[1:] if thing[1:2].islower() else thing
                return None, Found("other", named.group(1) if named else who, f"{verb} the {thing}{m['rest'] or ''}")
        if m := GOES_TO.match(clause):
            return "other", Found("other", m["who"].strip(), "decide " + "on " * m["rest"][0].isdigit() + m["rest"])
        if (m := GOES_IN.match(clause)) and when_phrase(m["rest"]) and subject in {"manager", "me"}:
            verb = {"in": "put", "off": "send", "up": "send", "out": "send"}[m["how"].lower()]
            return subject, Found(subject, None, f"{verb} the {m['thing'].strip()} {m['how'].lower()} {m['rest']}")
        if met := meets(clause):  # "the panel meets on 14 Jan"
            return None, Found("other", *met)
        if m := FROM_ME.match(clause):  # "range review deck from me by Fri"
            return "me", Found("me", None, f"send you the {m['thing'].strip()} {m['rest']}")
        if sent := bare.sent_from(clause):  # "schedule from Kim by Mon": Kim sends it
            owner = "manager" if self.is_manager(sent[0]) else "other"
            return subject, Found(owner, None if owner == "manager" else sent[0], sent[1])
        if passive := bare.done_by(clause):  # "Order will be issued by Establishment section within 2 weeks"
            if passive[0].lower() == "me":  # "A self-assessment is to be submitted by me in Workday by 11/7"
                return "me", Found("me", None, passive[1])
            if self.is_manager(passive[0]):
                return "manager", Found("manager", None, passive[1])
            return subject, Found("other", passive[0], passive[1])
        if posted := sent_out(clause):  # "the appointment letter will be sent from the district office"
            if posted[0] and re.fullmatch(r"(?i)(?:my\s+(?:side|end)|me|myself)", posted[0]):
                return "me", Found("me", None, posted[1])  # "... will be sent from my side by Friday": mine
            return subject, Found("other", posted[0], posted[1])
        if waiting := waited_on(clause):  # "waiting on Aroha (HR) for the new pay band figures"
            owner = "manager" if self.is_manager(waiting[0]) else "other"
            return subject, Found(owner, None if owner == "manager" else waiting[0], waiting[1])
        if (busy := body_doing(clause)) and (doing := self._other(f"{busy[0]} is {busy[1]}")) and doing[1]:
            return doing  # "district HR sending the relocation allowance form this week": said without "is"
        if (found := self._other(clause)) is not None and (found[1] or not (first and IMPERATIVE.match(clause))):
            return found  # but "finish my team's rota" starts with its verb: "team's" is no subject, read on
        if awaited := bare.awaited_from(clause):  # "decision ~ end of month", "results out in Sep"
            return subject, Found("other", awaited[0], awaited[1])
        if signing := bare.sign_off(clause):  # "MD sign-off (Ingrid) after HRBP review"
            return subject, Found("other", signing[0], signing[1])
        if dated := self._dated_by_others(clause):
            return None, dated
        if m := REVISIT.match(clause):
            return subject, Found("manager", None, m["rest"])
        if later := bare.looked_at_again(clause):  # "review in Mar appraisal", "expect an answer early June"
            return subject, Found(later[0], None, later[1])
        if subject == "manager" and (m := re.match(r"^(?:will|'ll|(?:is\s+)?going\s+to|gonna)\s+(?P<rest>.+)|"
                                                   r"^(?P<ing>\w+ing\b.*)", clause, re.IGNORECASE)):
            text = m["rest"] or m["ing"]
            if m["rest"] or (starts_with_ing(text) and when_phrase(text)):
                return subject, Found("manager", None, text)
        if first and (m := IMPERATIVE.match(clause)):
            return "me", Found("me", None, m["rest"])
        if subject is None and (m := re.match(r"^(?:will|'ll)\s+(?P<rest>.+)", clause, re.IGNORECASE)):
            if self.named_other and self.named_other[0] == self.sentence and not re.search(  # "Anita is on site
                    r"(?i)\b(?:him|her)\b", m["rest"]) and re.search(  # next Tues and will sit in on my shift"
                    rf"\b{re.escape(self.named_other[1])}\b[^.;]*\band\s+will\b", self.sentence):
                return None, Found("other", self.named_other[1], m["rest"])
            return "me", Found("me", None, m["rest"])  # "Will send her the deck by Fri": the notes' writer
        if (m := re.match(r"^i(?:'m| am|m)\s+(?P<rest>\w+ing\b.+)", clause, re.IGNORECASE)) and when_phrase(m["rest"]) \
                and not re.search(r"\b(?:currently|already|still|now)\b", clause, re.IGNORECASE):
            return "me", Found("me", None, m["rest"])  # "I'm sending her the slides tomorrow"
        if said := bare.present_step(clause, self.owners, self.not_names):  # "LC enrols me on the course"
            owner, who, text = said
            return (owner if owner == "manager" else None), Found(owner, who, text)
        if said := bare.unmarked(clause, self.owners, self.not_names):  # "Theo recommending me at the board"
            owner, who, text = said
            return (owner if owner == "manager" else None), Found(owner, who, text)
        if (m := re.match(rf"^(?P<s>she|he|{MGR})\s+(?P<v>[a-z]+s)\s+(?P<rest>.+)", clause)) and self.is_manager(
                m["s"]) and when_phrase(self.sentence[max(0, self.sentence.find(clause)):]) and not bare.habitual(
                    clause):
            sibilant = re.search(r"(ch|sh|ss|x|z)es$", m["v"])
            verb = m["v"][:-2] if sibilant else m["v"][:-1]
            if PLAIN_VERB.match(f"{verb} ") or (bare.doing(verb) and DATED.search(m["rest"])):  # "she sends it Fri"
                return "manager", Found("manager", None, f"{verb} {m['rest']}")
        if (m := re.match(rf"^(?P<s>she|he|they|{MGR})\b", clause, re.IGNORECASE)) and self.is_manager(m["s"]):
            return "manager", None
        if (m := re.match(r"^i\s+(?:then\s+|also\s+|to\s+)?(?P<rest>\w+\b.+)", clause, re.IGNORECASE)) and (
                when_phrase(m["rest"]) or when_phrase(self.tail)) and (IMPERATIVE.match(m["rest"])
                                                                        or PLAIN_VERB.match(m["rest"])):
            return "me", Found("me", None, m["rest"])  # "I send him the draft by Tuesday": mine, in the present
        if re.match(r"^i\b", clause, re.IGNORECASE):
            return "me", None
        return subject, None
