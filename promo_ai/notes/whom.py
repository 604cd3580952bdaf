"""Who a step's "her" or "him" is when it is not the manager: the one she reaches ("has to run it past the owner
(Bianca) ... Kim will message her": message Bianca), the one I will see or train ("He suggested I talk to Helen in
Advisory – I'll reach out to her"), or the one a sentence is about ("Sandra's back w/c 9th so she'll speak to her
then")."""

from __future__ import annotations

import re

from promo_ai.notes.dates import DATE_WORDS
from promo_ai.notes.voice import OBJECT_NEXT

# someone named as the one a sentence is about: "Sandra's back from leave", "Jim is on trial till Friday"
_NAMED_SUBJECT = re.compile(r"\b(?P<n>[A-Z][a-z]{2,})(?='s\b|\s+(?:is|was|will|has|wants|needs|gets|comes)\b)")
_HER_OR_HIM = re.compile(r"(?i)\b(to|with|by|ask|asks|tell|tells|call|ring|email|see|meet|catch)\s+(?:her|him)\b"
                         r"(?=\s*(?:$|[,.;])|\s+(?P<next>[\w']+))")


def the_one_named(text: str, sentence: str, managers: list[str], not_names: set[str]) -> str:
    """A step the manager does with 'her' or 'him' as its object, in a sentence that names one other person:
    that person ("Sandra's back w/c 9th so she'll speak to her then" -> "speak to Sandra then"), never "your"."""
    names = {m["n"] for m in _NAMED_SUBJECT.finditer(sentence) if m["n"].lower() not in not_names} - {
        n for m in managers for n in m.split()}
    if len(names) != 1:
        return text
    name = names.pop()
    return _HER_OR_HIM.sub(lambda m: f"{m[1]} {name}" if not m["next"] or m["next"].lower() in OBJECT_NEXT or m[
        "next"][:1].isdigit() else m[0], text)


# one I will meet, train, hand over to or ask: "hand over my till to Faith and train her", "He suggested I talk to
# Helen in Advisory – I'll reach out to her" (not a place: "moving to Onne base", "Mrs Wanjiru from Kisumu")
_MY_OBJECT = re.compile(r"\b(?:(?:(?:talk|speak|chat|reach\s+out|report|write|introduce\s+me|listen)\s+|"
                        r"hand\w*\s+(?:over\s+)?(?:[\w']+\s+){0,3}?)to|with|w/|"
                        r"ask|asking|email|emailing|call|ring|phone|text|contact|meet|meeting|shadow|shadowing|"
                        r"skip\s*\()\s*(?P<title>(?:Mr|Mrs|Ms|Miss|Dr|Sgt|Gov|Prof)\.?\s+)?"
                        r"(?P<n>[A-Z][a-z]{2,})\b(?P<sir>\s+(?:sir|ma'?am|madam))?")
# a suggestion to see someone, after which "her" or "him" is that one: "She suggested I talk to Marisa Chen."
_SUGGESTED = re.compile(r"(?i)\b(?:suggest|recommend|advis|told\s+me|wants\s+me|said\s+(?:i|to))\w*\b[^.;]*\b(?:talk|"
                        r"speak|chat|reach\s+out|meet|contact|get\s+in\s+touch|catch\s+up)\b")
# a pronoun after these is most often the manager: what I send, show or do for her
_HANDED_TO = re.compile(r"(?i)\b(?:send|sent|email|e-mail|mail|write|show|give|get|forward|copy|cc|text|message|"
                        r"update|tell|ping|ring|call|phone|for|to)\s+$")
# telling how it went is most often for the manager: "Dana suggested I talk to Helen, and I'll update her after"
_REPORT_BACK = re.compile(r"(?i)\b(?:update|report\s+back|feed\s*back|get\s+back\s+to|let\s+(?:her|him)\s+know|"
                          r"keep\s+(?:her|him)\s+(?:posted|updated|in\s+the\s+loop)|loop\s+(?:her|him)\s+in|"
                          r"circle\s+back)\b")
# one named who wants something of me, whom I then call or see: "Deaconess Bola wants to meet me ..., I will call her"
_WANTS_OF_ME = re.compile(r"\b(?P<title>(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?(?P<n>[A-Z][a-z]{2,})(?P<sir>)"
                          r"(?=\s+(?:wants|needs|asked|would\s+like)\s+(?:to\s+(?:meet|see|talk\s+to)\s+)?me\b)")
_MY_PRONOUN = re.compile(r"(?i)(?<!\bcc )(?<!\bcc'd )(?<!\bcopy )\b(her|him)\b")  # "cc her": the manager, kept


def pointed_back(text: str, sentence: str, before: str, managers: list[str], not_names: set[str],
                 usual: str | None) -> tuple[str, str] | None:
    """My step whose 'her' or 'him' points back to someone else I will see, ask or train, named before it in the
    sentence (or in the sentence before, when the manager suggested I see them), where the notes show the manager is
    the other one ('he' for a 'her': `usual`, or the subject before it): the pronoun that stays as written, never
    'you', and the step with the name where its own sentence says it ("He suggested I talk to Helen in Advisory –
    I'll reach out to her" -> "reach out to Helen"). None when the manager is named after that one."""
    pronoun = _MY_PRONOUN.search(text)
    if pronoun is None or _REPORT_BACK.search(text):
        return None
    kept = "she" if pronoun[1].lower() == "her" else "he"
    at = re.search(rf"(?i)\b{pronoun[1]}\b", sentence)
    said = sentence[:at.start()] if at else sentence
    if _SUGGESTED.search(before) or _WANTS_OF_ME.search(before):
        said = f"{before} {said}"
    subjects = {s.lower() for s in re.findall(r"(?i)\b(she|he)\b", said)}
    other = "he" if kept == "she" else "she"
    if kept in subjects:
        return None  # "She wants me to shadow Tom, then send her a reflection": her is the manager
    mine = {word for name in managers for word in name.split()}
    wanting = [m for m in _WANTS_OF_ME.finditer(said) if m["n"] not in mine]
    if not wanting and not (usual == other or (usual is None and other in subjects)):  # no sign she is the other:
        said = text[:pronoun.start()]  # only one named in the step itself, and not one I send or do things for
        if _HANDED_TO.search(said):  # ("ring Claire, then email her my availability": the manager)
            return None
    said_of = sorted([*_MY_OBJECT.finditer(said), *_WANTS_OF_ME.finditer(said)], key=lambda m: m.start())
    named = [m for m in said_of if m["n"].lower() not in not_names and m["n"] not in mine
             and not re.fullmatch(DATE_WORDS, m["n"], re.IGNORECASE) and not _other_sex(m, kept)]
    if not named or any(re.search(rf"\b{re.escape(n)}\b", said[named[-1].end():]) for n in managers):
        return None
    name, after = f"{named[-1]['title'] or ''}{named[-1]['n']}", text[pronoun.end():].split(maxsplit=1)
    if named[-1]["n"] not in text and named[-1]["n"] in sentence and (
            not after or after[0].lower().strip(".,;:!?") in OBJECT_NEXT):
        text = f"{text[:pronoun.start()]}{name}{text[pronoun.end():]}"  # "reach out to her next week": to Helen
    return kept, text


def _other_sex(named: re.Match[str], pronoun: str) -> bool:
    """'Vikram sir' or 'Mr Otieno' is not 'her'; 'Mrs Dlamini' is not 'him'."""
    said = f"{named['title'] or ''} {named['sir'] or ''}".lower()
    other = r"\b(?:mr|sir)\b" if pronoun == "she" else r"\b(?:mrs|ms|miss|ma'?am|madam)\b"
    return bool(re.search(other, said))


# one named for the step's "her" or "him": in brackets after a role ("the owner (Bianca)", "the GM (Ms Laurent)"),
# with a title ("Prof Rao"), or after a word that reaches someone ("a second opinion from Prof Rao", "sign-off from
# Raj")
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Sir|Dr|Prof|Supt|Insp|Sgt|Capt|Maj|Col|Cllr|Rev|Fr|Sr|Engr|Atty|Judge|Chief)"
_A_NAMED_ONE = re.compile(r"^\W*(?P<s>(?:(?:Sir|Ma'?am|Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?)"
                          r"(?=\s*\([^)]*\))|"  # "Alan (TM adult services) - ...", "Sir Dela Cruz (Division EPS)"
                          r"^\W*(?P<d>[A-Z][a-z]{2,})(?=\s+(?:is|was)\s+(?:the|our|their)\s)|"  # "Delgado is the ..."
                          r"\b(?P<o>[A-Z][a-z]{2,})(?=['’]s\s+(?:opinion|view|input|approval|sign[- ]?off|blessing)\b)|"
                          r"\b(?P<r>[A-Z][a-z]{2,})(?=\s*\((?:the|our|a|an)\s[^)]*\))|"  # "Priya (the other nurse)"
                          # "the VP, Anita, needs to sign off", "Marcus in Finance has to approve the budget line"
                          r",\s+(?P<a>[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?),|"
                          r"\b(?P<v>[A-Z][a-z]{2,})(?=(?:\s+(?:in|from|at)\s+\w+)?\s+(?:also\s+)?(?:has\s+to|needs|wants|must|"
                          r"decides|signs|might\s+want|may\s+want|will\s+want|would\s+like|has\s+(?:the|all\s+the)\s))|"
                          rf"\((?P<b>(?:{_TITLE}\.?\s+)?[A-Z][a-z]{{2,}}(?:\s+[A-Z][a-z]{{2,}})?)"
                          r"(?:,[^)]*)?\)|"
                          rf"\b(?P<t>{_TITLE}\.?\s+[A-Z][a-z]{{2,}})|"
                          r"\b(?i:from|with|past|by|ask|asked|tell|told|call|email|see|meet|to)\s+"
                          rf"(?P<n>(?:{_TITLE}\.?\s+)?[A-Z][a-z]{{2,}})\b")
_AWAY = re.compile(r"(?i)\b(?:back|home|returns?|returning|flies|flying|trip|holiday|leave)\s+(?:from|to)\s+$")  # Bali
_HER_OR_HIM_REACHED = re.compile(r"\b(?P<v>to|with|ask|tell|email|e-mail|call|ring|phone|text|message|ping|chase|brief|"
                                 r"remind|meet|see|grab|catch|speak\s+to|talk\s+to|past)\s+(?P<p>her|him)\b"
                                 r"(?=\s*$|\s*[,.;]|\s+(?P<next>[\w']+))")


def the_one_reached(text: str, sentence: str, earlier: str, managers: list[str],
                    not_names: set[str]) -> tuple[str, bool]:
    """A manager's step whose 'her' or 'him' is one she reaches: never herself ("Kim will message her this week"),
    so the one named last before it, in its sentence or the one before ("has to run it past the owner (Bianca) ...
    Kim will message her": message Bianca), and whether that one is named in the sentence before. As written when
    no one is named."""
    reached = _HER_OR_HIM_REACHED.search(text)
    if reached is None or (reached["next"] and reached["next"].lower() not in OBJECT_NEXT
                           and not reached["next"][:1].isdigit()):
        return text, False  # "tell her boss": not her
    if re.search(r"\b(?:so|for|that|when|while|until|till)\s+(?:[A-Z][a-z]+|he|she|they)\s+(?:can|could|will|'ll|to|"
                 r"may|might)\b", text[:reached.start()]):
        return text, False  # "... so Lisa can see him in it": his, the one Lisa sees
    said = sentence[:at.start()] if (at := re.search(rf"\b{reached['p']}\b", sentence)) else sentence
    mine = {w.lower() for name in managers for w in name.split()}
    for place in (said, earlier):
        found = [next(n for n in m.groups() if n) for m in _A_NAMED_ONE.finditer(place)
                 if not (m["n"] and (_AWAY.search(place[:m.start("n")]) or (place is earlier and not re.search(
                     r"(?i)\b(?:from|past|by)\s+$", place[:m.start("n")]))))]  # not "I mentioned it to Priya."
        found = [f for f in found if re.sub(rf"^{_TITLE}\.?\s+", "", f).split()[0].lower() not in mine | not_names
                 and not re.fullmatch(DATE_WORDS, f.split()[-1], re.IGNORECASE)
                 and not re.match(r"(?:Mr|Sir)\b" if reached["p"] == "her" else r"(?:Mrs|Ms|Miss)\b", f)]
        if found:
            return f"{text[:reached.start('p')]}{found[-1]}{text[reached.end('p'):]}", place is earlier
    return text, False
