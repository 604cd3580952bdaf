"""Next steps and conditions in a sentence of the notes: who does what, and by when.

"she'll bring my case to the January calibration" is a step the manager owns; "I owe her a summary by
Monday" is mine; "Owen to come back by 20 Nov" is Owen's. A step's text is a verb phrase without its
subject, spoken to the manager ("send you the summary by Monday"), so the email can say "you'll" or
"I'll". What the manager wants done before the promotion ("wants me to run the stocktake first",
"before that she wants a case study", "if I close the renewal she'll push for it") is a condition: a
plan item, never a step and never evidence. One sentence gives steps or a condition, not both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from promo_ai.notes.when import when_phrase

_LEAD_IN = re.compile(
    r"^(?:(?:also|and|then|plus|but|so|ok|okay|fyi|agreed|we agreed|apparently|meantime|in the meantime|meanwhile|"
    r"before (?:that|then)|first|next steps?|action|todo|to do|"
    r"(?:she|he|they|{mgr})\s+(?:said|says|agreed|confirmed|mentioned)(?!\s+to\b)(?:\s+that)?|"
    r"said(?!\s+to\b)(?:\s+that)?|says(?!\s+to\b))\b[:,]?\s+)+", re.IGNORECASE)
_CLAUSE_SPLIT = re.compile(
    r"\s*(?:;|:\s+|,\s+|\s+[-–—]+\s+|\s+but\s+|\s+so\s+(?=(?:i|she|he|we|they|it'?s|there'?s)\b)|"
    r"\s+and\s+(?=(?:said|says|she|he|i'll|i will)\b))\s*", re.IGNORECASE)
_ME = re.compile(
    r"^(?:i\s*(?:'ll|will|shall|'d|would|am going to|'m going to|m going to|need to|have to|must|should|'ve got to|"
    r"ve got to|got to|am to|'m to|promised to|agreed to|offered to)|me\s+to|(?:i\s+)?(?:still\s+)?need\s+to|"
    r"(?:i\s+)?have\s+to|must)\s+(?P<rest>.+)|^i\s+(?P<owe>owe)\s+(?P<owed>.+)|^i(?:'m| am|m) going to\s+(?P<going>.+)",
    re.IGNORECASE)
_THEY = r"(?:she|he|they|{mgr})"
_FUTURE = (r"\s*(?P<aux>'ll|will|is going to|'s going to|s going to|are going to|is|'s|are|to)\s+"
           r"(?!not\b|n't\b|be\s+(?:fine|ok|okay|happy|great|good)\b)")
_REQUEST = re.compile(
    r"^(?:(?P<subj>she|he|they|{mgr})(?:\s+|(?=')))?(?:(?:also|really|just|then)\s+)?"
    r"(?P<verb>wants|want|would like|'d like|d like|needs|need|asked|asks|has asked|expects|told|suggested|"
    r"would love|would want)\s+(?P<rest>.+)", re.IGNORECASE)
_SAID_TO = re.compile(r"^(?:(?:she|he|{mgr})\s+)?(?:said|says|told me)\s+to\s+(?P<rest>.+)", re.IGNORECASE)
_REVISIT = re.compile(r"^(?P<rest>(?:revisit|reconsider|look (?:at it )?again|review (?:it|this) again)\b.*)",
                      re.IGNORECASE)
_IMPERATIVE = re.compile(
    r"^(?P<rest>(?:ask|send|email|e-mail|book|chase|follow up|update|prepare|draft|schedule|set up|call|find out|"
    r"write up|share|submit|finish|arrange|organi[sz]e|pull together|check with|sign up|apply for|register)\b.+)",
    re.IGNORECASE)
_COMES_FROM = re.compile(
    r"^(?:the\s+|my\s+|a\s+)?(?P<thing>[\w/ -]+?)\s+(?:comes?|is coming|will come|arrives?|will arrive)\s+from\s+"
    r"(?P<who>[^,;]+?)(?P<rest>\s+(?:next|this|by|on|in|within|tomorrow|tmrw|later|before)\b.*)?$", re.IGNORECASE)
_GOES_THROUGH = re.compile(
    r"^(?:the\s+|my\s+)?(?P<thing>[\w/ -]+?)\s+(?:goes|will go|is going|gets put)\s+through\s+(?P<who>[\w-]+)"
    r"(?P<rest>.*)$", re.IGNORECASE)
_MEETS = re.compile(
    r"^(?:the\s+)?(?P<who>(?:[\w-]+\s+){0,3}(?:panel|committee|board|calibration|review))\s+"
    r"(?:meets|will meet|sits|happens|is)\s+(?P<rest>(?:on|in|at|next)\b.+)$", re.IGNORECASE)
_NAME = (r"(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?\s+)?[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?(?:\s*\([^)]*\))?"
         r"(?:\s+(?:in|from)\s+(?:hr|HR|payroll|reward|finance|the office|the district office|ops|legal))?")
_OTHER = re.compile(rf"^(?P<who>{_NAME}|HR|hr|payroll|[a-z]+ in (?:hr|payroll|reward|the office))"
                    r"\s*(?:'ll|will|is going to|'s going to|to|is|'s)\s+(?P<rest>(?!not\b).+)")
_CONDITION = re.compile(
    r"\bfirst\b(?!\s+(?:time|class|line|draft|week|month|quarter|half|round|in the email))|^\W*before (?:that|then)\b|"
    r"\bbefore (?:she|he|they|\w+)(?:'ll|\s+will|\s+can)?\s+(?:decides?|puts?|can|will|signs?|goes|go|takes?|raises?|"
    r"submits?|makes?|supports?|backs?|recommends?)\b|"
    r"\bbefore any offer\b|\ba must\b|\bmust before\b|\bin the meantime\b|\bmeantime\b|\bno-?brainer\b|"
    r"\bthen (?:she|he|they)(?:'ll| will) (?:put|push|take|raise|support|promote)\b|^\W*if i\b|\bprerequisite\b|"
    r"\bonly if\b|\bso (?:that )?there'?s\b.*\bevidence\b|\bto build\b.*\bevidence\b", re.IGNORECASE)
_IF_I = re.compile(r"^\W*if i\s+(?P<rest>.+?),?\s+(?:she|he|they|{mgr})(?:'ll| will|'d| would)\b", re.IGNORECASE)
_KEEP_SHORT = re.compile(r"\bkeep\s+(?:the\s+email|it|the\s+note)\s+(?:short|brief)\b", re.IGNORECASE)
_FROM_SOMEONE = re.compile(r"\bfrom\s+(?:(?i:hr|payroll|finance|the\s+(?:director|vp|panel|committee|partners))\b|"
                           r"(?:Mr|Mrs|Ms|Dr)\b|[A-Z][a-z]+\b)")
_LABELLED = re.compile(
    r"^(?P<who>(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<name>[A-Za-z][\w'-]*(?:\s+[A-Z][\w'-]*)?)\s*:\s+(?P<rest>[a-z].+)$")
_ABOUT_IT = re.compile(r"^(?:send|do|share|get|have|finish|bring)\s+(?:it|that|them|this)\b\s*(?P<t>.*)", re.IGNORECASE)
_E_VERBS = frozenset("rais tak mak giv hav writ us mov driv com shar prepar schedul chas clos revis updat creat arrang "
                     "organis organiz leav receiv serv sav stat promot argu continu issu involv reduc produc introduc "
                     "manag chang releas complet compil shap pric engag rat not prov approv secur".split())
_OBJECT_NEXT = {"the", "a", "an", "my", "this", "that", "these", "those", "some", "any", "to", "by", "on", "in", "at",
                "for", "with", "from", "about", "before", "after", "and", "or", "but", "so", "+", "&", "know", "if"}
_THIRD = {"has": "have", "is": "are", "was": "were", "does": "do", "goes": "go", "says": "say"}


@dataclass(frozen=True)
class Step:
    """A next step or a condition read from a clause: `text` is the verb phrase, `by` as written."""

    kind: str  # "next" or "condition"
    text: str
    owner: str | None = None
    who: str | None = None
    by: str | None = None


def base_verb(phrase: str) -> str:
    """'taking it to Dom' -> 'take it to Dom'; 'be leading that' -> 'lead that'."""
    words = phrase.split(" ")
    if len(words) > 1 and words[0].lower() == "be" and words[1].lower().endswith("ing"):
        words = words[1:]
    first = words[0]
    if first.lower().endswith("ing") and len(first) > 5:
        root = first[:-3]
        if len(root) > 2 and root[-1] == root[-2] and root[-1] not in "lsz":
            root = root[:-1]
        elif root.lower() in _E_VERBS:
            root += "e"
        words[0] = root
    return " ".join(words)


def _conjugate(match: re.Match[str]) -> str:
    verb = match.group(2)
    if verb.lower() in _THIRD:
        return f"you {_THIRD[verb.lower()]}"
    if re.search(r"(?:ch|sh|ss|x|z)es$", verb):
        return f"you {verb[:-2]}"
    return f"you {verb[:-1]}" if verb.endswith("s") and not verb.endswith("ss") else f"you {verb}"


def to_second_person(text: str, manager_names: list[str]) -> str:
    """The manager spoken to: 'send it to her' -> 'send it to you', 'before he decides' -> 'before you
    decide', 'Dana' -> 'you'."""
    for name in sorted(manager_names, key=len, reverse=True):
        text = re.sub(rf"\b{re.escape(name)}'s\b", "your", text)
        text = re.sub(rf"\b{re.escape(name)}\b", "you", text)
    text = re.sub(r"\b(she|he)\s+(\w+s)\b", _conjugate, text)
    text = re.sub(r"\b(?:she|he)(?='ll|'d|\b)", "you", text)
    text = re.sub(r"\b(?:herself|himself)\b", "yourself", text)
    text = re.sub(r"\bhis\b", "your", text)

    def her(match: re.Match[str]) -> str:
        following = text[match.end():].lstrip().split(" ", 1)[0].lower().strip(".,;:!?")
        return "you" if not following or following in _OBJECT_NEXT else "your"

    text = re.sub(r"\b(?:her|him)\b", her, text)
    return re.sub(r"\byou'?s\b", "you're", text)


def _tidy_step(text: str, condition: bool) -> str:
    text = re.sub(r"[\s!.?,;:]+$|\s*[\U0001F300-\U0001FAFF\u2600-\u27BF]+", "", text).strip()
    text = re.sub(r"\s+though$", "", text)
    if condition:
        text = re.sub(r"\s+(?:in the meantime|meantime)\b.*$", "", text)
        text = re.sub(r"\s+first\b", "", text).strip()
    return text


@dataclass(frozen=True)
class Who:
    """Whose notes these are: the manager's names and the pattern that stands for them."""

    names: list[str]

    @property
    def pattern(self) -> str:
        return "|".join(re.escape(n) for n in self.names) + "|(?:my\\s+)?(?:mgr|manager|boss|line manager)"


def _compile(pattern: re.Pattern[str], who: Who) -> re.Pattern[str]:
    return re.compile(pattern.pattern.replace("{mgr}", who.pattern), pattern.flags)


def _request(rest: str, verb: str) -> tuple[str, bool] | None:
    """What a request asks of me ('me to write up X' -> ('write up X', True)); the flag says it was an
    explicit 'me to' (a noun object, 'the deck from me', becomes 'send you the deck')."""
    for pattern in (r"^(?:me|us)\s+to\s+(?:be\s+)?(?P<v>.+)", r"^to see me\s+(?P<v>.+)"):
        if m := re.match(pattern, rest, re.IGNORECASE):
            return m["v"], True
    if verb.lower() == "suggested" and (m := re.match(r"^(?:that\s+)?i\s+(?P<v>.+)", rest, re.IGNORECASE)):
        return m["v"], True
    if verb.lower() not in {"wants", "want", "would like", "'d like", "d like", "needs", "need", "would love"}:
        return None
    m = re.match(r"^to see\s+(?P<v>.+)", rest, re.IGNORECASE)
    if m:
        return "send you " + m["v"], False
    if re.match(r"^(?:to|a word|an update|more time|(?:that|it|this|them)\b(?!.*\bin writing\b))\b", rest,
                re.IGNORECASE) or (
            _FROM_SOMEONE.search(rest) and not re.search(r"\bfrom me\b", rest, re.IGNORECASE)):
        return None
    rest = re.sub(r"\s+from me\b", "", rest, flags=re.IGNORECASE)
    return ("put " if re.search(r"\bin writing\b", rest) else "send you ") + rest, False


class StepReader:
    """Reads the steps and conditions of one set of notes (the manager's names compiled in once)."""

    def __init__(self, manager_names: list[str], outcome: str | None, not_names: set[str]) -> None:
        who = Who(manager_names)
        self.names, self.outcome, self.not_names = manager_names, outcome, not_names | {"it", "this", "that", "there"}
        self.lead_in, self.request, self.said_to = (_compile(p, who) for p in (_LEAD_IN, _REQUEST, _SAID_TO))
        self.if_i = _compile(_IF_I, who)
        self.manager = re.compile(rf"^(?P<subj>{_THEY.replace('{mgr}', who.pattern)}){_FUTURE}(?P<rest>.+)",
                                  re.IGNORECASE)

    def _strip(self, clause: str) -> str:
        return self.lead_in.sub("", clause.strip()).strip()

    def _clause(self, clause: str, subject: str | None) -> tuple[str | None, tuple[str, str | None, str, bool] | None]:
        """(the clause's subject, (owner, who, verb phrase, was a request)) or no step."""
        if m := _ME.match(clause):
            rest = m["rest"] or m["going"]
            owed = re.sub(r"^(?:her|him|them|you)\s+", "", m["owed"] or "", flags=re.IGNORECASE)
            return "me", ("me", None, rest if rest else "send you " + owed, False)
        if m := self.said_to.match(clause):
            return subject, ("me", None, m["rest"], False)
        if m := self.request.match(clause):
            asked = _request(m["rest"], m["verb"])
            if asked is None or _KEEP_SHORT.search(clause):
                return "manager", None
            return "manager", ("me", None, asked[0], True)
        if m := self.manager.match(clause):
            rest, aux = m["rest"], m["aux"].lower()
            if aux in {"is", "'s", "s", "are"} and not re.match(r"^\w+ing\b", rest):
                return "manager", None  # "she's supportive", "he's keen"
            if aux == "to" and m["subj"].lower() in {"she", "he", "they"}:
                return "manager", None
            return "manager", ("manager", None, rest, False)
        for pattern, verb in ((_COMES_FROM, "send"), (_GOES_THROUGH, "process")):
            if m := pattern.match(clause):
                who = m["who"].strip()
                named = re.search(r"\(([A-Z][\w'. -]+)\)", who)
                thing = m["thing"].strip()
                thing = thing[:1].lower() + thing[1:] if thing[1:2].islower() else thing
                return None, ("other", named.group(1) if named else who, f"{verb} the {thing}{m['rest'] or ''}", False)
        if m := _MEETS.match(clause):
            return None, ("other", m["who"].strip(), "meet " + m["rest"], False)
        who = re.sub(r"\s*\(.*|\s+(?:in|from)\s+.*$", "", m["who"]).strip() if (m := _OTHER.match(clause)) else ""
        if m and (who.lower() in {"hr", "payroll"} or not set(who.lower().replace(".", "").split()) & self.not_names):
            if who.lower() in {n.lower() for n in self.names}:
                return "manager", ("manager", None, m["rest"], False)
            rest = m["rest"]
            if m.group(0)[len(m["who"]):].lstrip().startswith(("is ", "'s ")) and not re.match(r"^\w+ing\b", rest):
                return None, None
            return None, ("other", who, rest, False)
        if m := _REVISIT.match(clause):
            return subject, ("manager", None, m["rest"], False)
        if subject == "manager" and (m := re.match(r"^(?:will|'ll)\s+(?P<rest>.+)|^(?P<ing>\w+ing\b.*)", clause)):
            return subject, ("manager", None, m["rest"] or m["ing"], False)
        if m := _IMPERATIVE.match(clause):
            return "me", ("me", None, m["rest"], False)
        if subject is None and (m := re.match(r"^(?:will|'ll)\s+(?P<rest>.+)", clause, re.IGNORECASE)):
            return "me", ("me", None, m["rest"], False)  # "Will send her the deck by Fri": the notes' writer
        if (m := re.match(r"^i(?:'m| am|m)\s+(?P<rest>\w+ing\b.+)", clause, re.IGNORECASE)) and when_phrase(m["rest"]) \
                and not re.search(r"\b(?:currently|already|still|now)\b", clause, re.IGNORECASE):
            return "me", ("me", None, m["rest"], False)  # "I'm sending her the slides tomorrow"
        if re.match(r"^(?:she|he|they)\b", clause, re.IGNORECASE) or (
                self.names and re.match(rf"^(?:{Who(self.names).pattern})\b", clause, re.IGNORECASE)):
            return "manager", None
        return subject, None

    def _labelled(self, sentence: str) -> Step | None:
        """'Priya: share my case with the director by Fri', 'me: send the deck' (an action list's owner)."""
        m = _LABELLED.match(sentence)
        if not m:
            return None
        name = ((m["who"] or "") + m["name"]).strip()
        if name.lower() in {"me", "i", "myself", "mine", "todo", "to do", "action", "actions", "next", "follow up"}:
            owner, who = "me", None
        elif name.lower() in {n.lower() for n in self.names} or name.lower() in {"mgr", "manager", "boss"}:
            owner, who = "manager", None
        elif name[0].isupper() and not set(name.lower().replace(".", "").split()) & self.not_names:
            owner, who = "other", name
        else:
            return None
        _, step = self._clause(self._strip(m["rest"]), None)
        if step is None or step[0] != "me" or step[3]:
            return None
        return self._finish("next", owner, who, step[2], sentence)

    def read(self, sentence: str) -> list[Step]:
        """The steps of one sentence, or its one condition."""
        if labelled := self._labelled(sentence):
            return [labelled]
        if m := self.if_i.match(sentence):
            return [self._finish("condition", "me", None, m["rest"], sentence)] if self.outcome != "no" else []
        subject: str | None = None
        found: list[tuple[str, str | None, str, bool]] = []
        for raw in _CLAUSE_SPLIT.split(sentence):
            clause = self._strip(raw)
            if not clause:
                continue
            if found and (m := _ABOUT_IT.match(clause)):
                owner, who, text, request = found[-1]
                found[-1] = (owner, who, f"{text} {m['t']}".strip(), request)
                continue
            if found and re.match(r"^\w+ing\b", clause) and found[-1][0] == "manager":
                owner, who, text, request = found[-1]
                found[-1] = (owner, who, f"{text}, {clause}", request)
                continue
            subject, step = self._clause(clause, subject)
            if step:
                found.append(step)
        if not found:
            return []
        asked = [f for f in found if f[0] == "me"]
        conditional = bool(_CONDITION.search(sentence)) or (self.outcome == "not_yet" and any(f[3] for f in asked))
        if asked and conditional and self.outcome != "no":
            return [self._finish("condition", "me", None, asked[0][2], sentence)]
        return [self._finish("next", owner, who, text, sentence) for owner, who, text, _ in found]

    def _finish(self, kind: str, owner: str, who: str | None, text: str, sentence: str) -> Step:
        text = base_verb(_tidy_step(text, kind == "condition"))
        if kind == "condition":  # what is wanted, as something I will do: "complete a short case study"
            text = re.sub(r"^send you\s+", "complete ", text)
        if owner != "other":
            text = to_second_person(text, self.names)
        by = when_phrase(text) or (when_phrase(re.sub(r"^\W*before (?:that|then)\b", "", sentence, flags=re.I))
                                   if kind == "condition" else None)
        return Step(kind, text, owner if kind == "next" else None, who if owner == "other" else None, by)
