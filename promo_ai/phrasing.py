"""Sentences a person writes, built from the case's own words: no template seams, no labels.

An accomplishment becomes one sentence from what, when and impact ("In Q3 2026 I led the redesign of
vendor onboarding, which cut onboarding from 10 days to 4."); a duty of the target job becomes what
I already do ("I already own requirements for cross-team projects"); praise is introduced by who said
it (patients and families, clients, colleagues, leaders). Deterministic: the same case always reads
the same, and `pick` chooses among a template's frames from the case, so different people differ.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from promo_ai.case import Accolade, Accomplishment, Case

# Words that open an impact as a verb: "Cut onboarding ...", "Saves 6 hours ..." -> ", which cut ...".
_IMPACT_VERBS = frozenset(
    "cut cuts saved saves reduced reduces raised raises grew grows brought brings kept keeps made makes gave gives "
    "won wins helped helps took takes halved doubled tripled lifted lifts led leads drove drives freed frees "
    "removed removes found finds shortened shortens increased increases improved improves lowered lowers "
    "covered covers meant means sped speeds".split()
)
# Past-tense verbs that do not end in -ed, so "Ran the night shift" reads "I ran the night shift".
_IRREGULAR_PAST = frozenset(
    "ran led built wrote made grew cut set took gave became brought taught drove began kept found sold spoke held "
    "met got put won saw did sent spent stood rebuilt rewrote redid undertook overtook oversaw".split()
)
_RANGE = re.compile(r"\b(to|until|through|till|and)\b|[–—-]")
_WHEN_LEADS = ("in ", "from ", "since ", "during ", "over ", "between ", "across ", "last ", "this ", "throughout ")


def pick(case: Case, slot: str, count: int) -> int:
    """Which of `count` frames this case uses for `slot`: stable across runs and machines (not Python's
    randomised hash), different between people."""
    seed = f"{case.name}|{case.manager.name}|{case.tone}|{slot}".encode()  # not the title: a revision keeps the frames
    return int.from_bytes(hashlib.sha256(seed).digest()[:4], "big") % max(1, count)


def _first_word(text: str) -> str:
    return text.split(" ", 1)[0].strip(",.;:").lower() if text.strip() else ""


def _lower_first(text: str) -> str:
    """Lower the first letter of an ordinary word; names and acronyms ('Priya', 'NPS', 'iOS') keep theirs."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first[0].isupper() and first[1:].islower():
        return text[0].lower() + text[1:]
    return text


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def is_past_verb(word: str) -> bool:
    word = word.lower()
    return word in _IRREGULAR_PAST or (word.endswith("ed") and len(word) > 3)


def when_phrase(when: str | None) -> str | None:
    """'Q3 2026' -> 'in Q3 2026', 'January to March 2026' -> 'from January to March 2026'."""
    if not when:
        return None
    text = when.strip().rstrip(".")
    if text.lower().startswith(_WHEN_LEADS):
        return _lower_first(text)
    if re.search(r"\b(year|term|semester|season|quarter|half)\b", text, re.IGNORECASE) and \
            not text.lower().startswith("the "):
        return "in the " + text
    text = re.sub(r"^(Spring|Summer|Autumn|Fall|Winter)\b", lambda m: m.group(1).lower(), text)
    if _RANGE.search(text) and not re.search(r"\d{4}-\d{2}", text):
        return "from " + text if " to " in text.lower() else "in " + text
    return "in " + text


_FINITE = frozenset(
    "is are was were rose fell went grew dropped take takes run runs lead leads meet meets attend attends now "
    "became become reached reach doubled halved improved increased decreased stayed stays came got".split()
)
_DUTY_VERBS = frozenset(
    "owns leads manages runs designs closes mentors coaches supports orients presents coordinates builds sets plans "
    "reviews trains writes handles oversees approves hires teaches delivers drives negotiates sells maintains "
    "develops creates defines prioritises prioritizes schedules assigns reports represents organises organizes "
    "chairs guides shapes sets analyses analyzes tests monitors allocates budgets recruits onboards".split()
)


def impact_clause(impact: str | None) -> str:
    """The impact joined to the sentence it follows, its first letter, tense and end fixed: ', which cut
    onboarding from 10 days to 4' (a verb), ', used by all 9 nurses' (a participle), ', and falls dropped
    from 7 to 2 per quarter' (a clause of its own), ', with €410,000 in new annual revenue' (no verb)."""
    if not impact:
        return ""
    text = impact.strip().rstrip(".;")
    first = _first_word(text)
    words = [w.strip(",.;:").lower() for w in text.split()]
    if first in _IMPACT_VERBS:
        return ", which " + _lower_first(text)
    if is_past_verb(first):
        return ", " + _lower_first(text)
    if first not in {"no", "zero"} and any(
            w in _FINITE or (w.endswith("ed") and len(w) > 4) for w in words[1:]):
        return ", and " + _lower_first(text)
    return ", with " + _lower_first(text)


def evidence_sentence(item: Accomplishment) -> str:
    """One sentence a person writes: 'In Q3 2026 I led the redesign of vendor onboarding, which cut
    onboarding from 10 days to 4.'"""
    summary = item.summary.strip().rstrip(".")
    when = when_phrase(item.when)
    first = summary.split(" ", 1)[0]
    present = first.lower() in _DUTY_VERBS  # "Mentors two NQTs", as a CV says it: "I mentor two NQTs"
    core = f"I {first_person_duty(summary)}" if present else f"I {_lower_first(summary)}" if is_past_verb(
        first) else summary
    if when and core.startswith("I ") and not present:
        sentence = f"{upper_first(when)}, {core}" if len(when.split()) > 3 else f"{upper_first(when)} {core}"
    elif when:
        sentence = f"{upper_first(core)} ({when.removeprefix('in ')})"
    else:
        sentence = upper_first(core)
    return sentence + impact_clause(item.impact) + "."


def _base_form(word: str) -> str | None:
    """'owns' -> 'own', 'coaches' -> 'coach', 'carries' -> 'carry', 'has' -> 'have'; None when the word
    does not read as a verb in the third person."""
    lower = word.lower()
    if lower in {"has", "does", "is"}:
        return {"has": "have", "does": "do", "is": "am"}[lower]
    if len(lower) <= 3 or not lower.endswith("s") or lower.endswith(("ss", "us", "is")):
        return None
    if lower.endswith("ies"):
        return lower[:-3] + "y"
    if lower.endswith(("ches", "shes", "sses", "xes", "zes")):
        return lower[:-2]
    return lower[:-1]


def first_person_duty(duty: str) -> str:
    """'Owns requirements for cross-team projects' -> 'own requirements for cross-team projects';
    'Supports and orients new nurses' -> 'support and orient new nurses'. A duty that does not start with
    a verb is kept as it is, with its first letter lowered ('leadership of the rota')."""
    words = duty.strip().rstrip(".").split()
    if not words:
        return ""
    first = _base_form(words[0])
    if first is None:
        return _lower_first(" ".join(words))
    out = [first]
    for index, word in enumerate(words[1:], start=1):
        # "Supports and orients", "Owns a territory and closes deals": a second verb after "and".
        after_and = words[index - 1].lower() in {"and", "or"}
        base = _base_form(word) if after_and and (index == 2 or word.lower() in _DUTY_VERBS) else None
        out.append(base or word)
    return " ".join(out)


def duties_clause(duties: Sequence[str]) -> str:
    """'own requirements for cross-team projects and mentor junior analysts'."""
    phrases = [first_person_duty(d) for d in duties]
    if len(phrases) <= 1:
        return "".join(phrases)
    return ", ".join(phrases[:-1]) + " and " + phrases[-1]


# Who said it, from the author's role: the praise is introduced by the kind of people who gave it.
_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("patients and their families", ("patient", "family", "daughter", "son", "mother", "father", "relative",
                                     "husband", "wife", "carer", "parent")),
    ("students", ("student", "pupil", "learner")),
    ("customers", ("client", "customer", "guest", "diner", "buyer", "account", "tenant")),
    ("critics", ("critic", "reviewer", "journalist", "editor")),
    ("leaders", ("vp", "vice president", "director", "head", "chief", "ceo", "cfo", "cto", "principal", "deputy",
                 "partner", "president", "owner", "dean", "consultant")),
)


def praise_group(accolade: Accolade) -> str:
    role = f" {(accolade.role or '').lower()} "
    for label, words in _GROUPS:
        if any(re.search(rf"\b{re.escape(w)}", role) for w in words):
            return label
    return "colleagues"


_ONE = {"patients and their families": "a patient's family", "students": "a student", "customers": "a customer",
        "critics": "a critic", "leaders": "a senior colleague", "colleagues": "a colleague"}


def praise_groups(accolades: Sequence[Accolade]) -> str:
    """'a colleague', 'patients and their families and colleagues', 'customers, colleagues and leaders'."""
    if len(accolades) == 1:
        return _ONE[praise_group(accolades[0])]
    groups = list(dict.fromkeys(praise_group(a) for a in accolades))
    if len(groups) <= 1:
        return "".join(groups)
    return ", ".join(groups[:-1]) + " and " + groups[-1]


def article(title: str) -> str:
    first = title.split()[0] if title.split() else title
    if first.isupper() and len(first) <= 5:  # an acronym is read letter by letter: an RN, an LPN, a VP
        return "an" if first[0] in "AEFHILMNORSX" else "a"
    return "an" if title[:1].lower() in "aeio" or title.lower().startswith(("hon", "heir")) else "a"


# The calendar words of a step or a plan item, as the email says them to the manager and the director: "by fri" is
# "by Friday", "at the april round" "at the April round", "tmrw" "tomorrow". What is meant does not change (and the
# grounding check knows "fri" for Friday).
_SHORT = {"mon": "Monday", "tue": "Tuesday", "tues": "Tuesday", "wed": "Wednesday", "weds": "Wednesday",
          "thu": "Thursday", "thur": "Thursday", "thurs": "Thursday", "fri": "Friday", "sat": "Saturday",
          "sun": "Sunday", "tmrw": "tomorrow", "tmr": "tomorrow", "wk": "week", "wks": "weeks", "nxt": "next"}
_MONTHS = ("january february march april may june july august september october november december jan feb mar apr "
           "jun jul aug sep sept oct nov dec").split()
_AFTER = r"(?:by|on|next|this|before|until|till|from|after|every|in|of|mid|early|late|since)"
_CALENDAR = re.compile(
    rf"(?i)\b(?P<pre>{_AFTER}\s+)(?:(?P<a>mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)|(?P<n>{'|'.join(_MONTHS)}))\b"
    r"(?!-|\s+(?-i:[A-Z]))|"  # not "on Sun Life"
    rf"\b(?P<b>tmrw|tmr|wks?|nxt(?=\s+(?:week|wk|month|mon|tue|wed|thu|fri|sat|sun|year|yr|round|cycle)))\b|"
    rf"\b(?P<m>{'|'.join(_MONTHS)})\b(?=\s*\d|\s+(?:round|cycle|board|panel|review|intake|meeting|calibration)\b)|"
    rf"(?:(?<=\d\s)|(?<=\d(?:st|nd|rd|th)\s))(?P<d>{'|'.join(_MONTHS)})\b")


# The notes' shorthand the director should not have to decode, written out: "put my name fwd before xmas" is "put my
# name forward before Christmas", "run the yr 9 moderation" "the Year 9 moderation", "by EOW" "by the end of the week".
# Only words with one meaning: "asap" stays (it is a word people write in emails), "prob" (problem or probably) too.
_WORDS = {"fwd": "forward", "xmas": "Christmas", "thru": "through", "pls": "please", "plz": "please",
          "mgmt": "management", "govt": "government", "mgr": "manager", "convo": "conversation", "tho": "though",
          "coz": "because", "cuz": "because"}
# lower case only ("the PPL medical", "the THRU report", "room B4" are names); "Xmas" too; "til" and "b4" only before
# a when ("til september", "b4 the panel"), not "meet til (our contractor)" or "the b4 b5 trial slots"
_WORD = re.compile(rf"(?<![\w/.@-])(?:{'|'.join(_WORDS)}|X(?:mas|MAS))(?![\w/@-]|\.\w)|"
                   r"(?<![\w/.@-])(?:til|b4)(?=\s+(?:then|next|the|my|end|after|christmas|xmas|easter|summer|spring|"
                   r"autumn|winter|\w+day|jan\w*|feb\w*|mar\w*|apr\w*|may|june?|july?|aug\w*|sep\w*|oct\w*|nov\w*|"
                   r"dec\w*|\d)\b)")
_WORDS |= {"til": "until", "b4": "before"}
_BY_END = re.compile(r"(?i)\bby\s+(?P<w>eod|eow|eom)\b(?P<on>\s+(?=(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b))?")
_ENDS = {"eod": "day", "eow": "week", "eom": "month"}
_SCHOOL_YEAR = re.compile(r"\byr\s?(?=\d{1,2}\b)")  # "yr 9", "yr9": a school year
_UNIT = re.compile(r"(?<=\d )(?P<u>yrs?|mths?|hrs)\b")  # "2 yrs", "6 mths"
_UNITS = {"yr": "year", "yrs": "years", "mth": "month", "mths": "months", "hrs": "hours"}
_THIS_YEAR = re.compile(r"(?i)\b(?P<w>this|next|last|the|a|per)\s+(?-i:yr)\b")


def _written_out(text: str) -> str:
    text = _WORD.sub(lambda m: _WORDS[m.group(0).lower()], text)
    text = _BY_END.sub(lambda m: f"by the end of the {_ENDS[m['w'].lower()]}" + (" on " if m["on"] else ""),
                      text)
    text = _SCHOOL_YEAR.sub("Year ", text)
    text = _UNIT.sub(lambda m: _UNITS[m["u"].lower()], text)
    return _THIS_YEAR.sub(lambda m: f"{m['w']} year", text)


# "w marcus", "w/ HR": the notes' shorthand for "with" between two words ("w/c 12 Jan" and "w/e" stay as written)
_WITH = re.compile(r"(?<=\w )w/?(?= \w)")  # lower case only: "Sister W on nights", "Ward W 4" are names
_PLUS = re.compile(r"(?<=[A-Za-z]) \+ (?=[A-Za-z])")  # "by Fri + book the course": the notes' "and" (not "2 + 1")
# "once its signed": the notes' "it's" before what it is or has been ("its own budget" stays)
_ITS = re.compile(r"\b(?P<w>once|when|until|till|if|as|because|since) its(?= (?:signed|done|approved|sorted|ready|"
                  r"been|back|through|in|out|over|finished|confirmed|official|agreed|final)\b)")
# "the panel will decide end of jan": a bare "end of" after a verb is "by the end of" ("at the end of" stays)
_BARE_END = re.compile(rf"(?i)\b(?P<v>decide|decides|deciding|decision|confirm|confirms|answer|results?|hear|"
                       rf"know|done|finished|complete|completed|ready|submitted|sent|signed off)\s+end of "
                       rf"(?=(?:the |this |next )?(?:{'|'.join(_MONTHS)}|month|week|term|quarter|year|q[1-4])\b)")


def as_written_out(text: str) -> str:
    """'send you my survey draft by fri' -> '... by Friday'; 'revisit at the april round' -> '... April round';
    'book 30 mins w marcus' -> '... with marcus'; 'decide end of jan' -> 'decide by the end of Jan'; 'A + B' ->
    'A and B'; 'once its signed' -> 'once it's signed'."""
    def said(m: re.Match[str]) -> str:
        word = m["a"] or m["b"] or m["n"] or m["m"] or m["d"]
        if word.isupper():
            return m.group(0)  # "the TMR", "SAT week", "by MAR": an acronym, not a day
        if m["n"] and word.lower() in {"may", "march"} and m["pre"].split()[0].lower() in {"this", "next", "on",
                                                                                             "every"}:
            return m.group(0)  # "this may take a while"
        if m["a"] or m["b"]:
            word = _SHORT.get(word.lower(), word)
        elif word.islower():
            word = word[:1].upper() + word[1:]
        return (m["pre"] or "") + word
    text = _PLUS.sub(" and ", _WITH.sub("with", _written_out(text)))
    text = _BARE_END.sub(lambda m: f"{m['v']} by the end of ", text)
    return _CALENDAR.sub(said, _ITS.sub(lambda m: f"{m['w']} it's", text))
