"""A step as the email says it: the verb in its base form ('taking it to Dom' -> 'take it to Dom') and the
manager spoken to ('send it to her' -> 'send it to you', 'before he decides' -> 'before you decide'), and a
clause said with a pronoun said with the name ('hes doing a handover' -> 'Seamus is doing a handover')."""

from __future__ import annotations

import re

_E_VERBS = frozenset("rais tak mak giv hav writ us mov driv com shar prepar schedul chas clos revis updat creat arrang "
                     "organis organiz leav receiv serv sav stat promot argu continu issu involv reduc produc introduc "
                     "manag chang releas complet compil shap pric engag rat not prov approv secur invit vot hir retir "
                     "acquir requir tim cod styl merg charg judg excus accus refus reus caus hop "
                     "guid trad rid grad hid slid decid".split())
# Endings after which '-ing' dropped an 'e' ('supervising' -> 'supervise', 'validating' -> 'validate').
_E_ENDING = re.compile(r"(?:v|z|[^aeiou][iy]s|[^aeiou]at|[^aeiou]ar|[^aeiou]ur|[^aeiou]ir|[uai]c|dg|rg|[ae]ng|ut|"
                       r"[aeo]s|ag|[aeiou]nc|rc|[^aeiou][aiu]d)$")  # "deciding", "upgrading", "including"
OBJECT_NEXT = frozenset(  # words after 'her' that make it an object ('tell her then')
    "the a an my this that these those some any to by on in at for with from about before after and or but so + & "
    "know if as now when once too again soon today tomorrow next first up back over through ahead directly yet "
    "until till while via into onto then later tonight tmrw asap personally separately again monday tuesday "
    "wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun re which what whether how why "
    "where who every each weekly monthly daily fortnightly regularly twice straight right all both".split())
_SHORT_ING = {"doing": "do", "going": "go", "being": "be", "seeing": "see", "using": "use", "dying": "die"}
_THIRD = {"has": "have", "is": "are", "was": "were", "does": "do", "goes": "go", "says": "say"}


def _base(first: str) -> str:
    root = first[:-3]
    if len(root) > 2 and root[-1] == root[-2] and root[-1] not in "lsz" and root.lower() not in {"add", "err", "egg"}:
        return root[:-1]  # running -> run
    if root.lower() in {"travell", "cancell", "labell", "modell", "signall", "levell", "counsell", "fuell", "totall",
                        "channell", "tunnell"}:
        return root[:-1]  # British "travelling" -> travel
    if root.lower() in _E_VERBS or (len(root) >= 5 and _E_ENDING.search(root.lower())
                                    and root.lower() not in {"focus", "visit", "bless", "pass"}):
        return root + "e"
    return root


def base_verb(phrase: str) -> str:
    """'taking it to Dom' -> 'take it to Dom'; 'be leading that' -> 'lead that'."""
    words = phrase.split(" ")
    if len(words) > 1 and words[0].lower() == "be" and words[1].lower().endswith("ing"):
        words = words[1:]
    first = words[0]
    if first.lower() in _SHORT_ING:
        words[0] = _SHORT_ING[first.lower()]
    elif first.lower().endswith("ing") and len(first) > 5:
        words[0] = _base(first)
    return " ".join(words)


def _conjugate(match: re.Match[str]) -> str:
    verb = match.group(2)
    if verb.lower() in _THIRD:
        return f"you {_THIRD[verb.lower()]}"
    if re.search(r"(?:ch|sh|ss|x|z)es$", verb):
        return f"you {verb[:-2]}"
    return f"you {verb[:-1]}" if verb.endswith("s") and not verb.endswith("ss") else f"you {verb}"


_HONORIFIC = frozenset({"ma'am", "ma’am", "maam", "madam", "sir"})
# verbs whose first object is the one given to: "send the OC course dates" is the OC's to have
_GIVE = r"(?:send|give|email|show|forward|pass|hand|bring|get|tell)"
# things named after a role ("the CD succession list", "the OC interview"): the role there is not the person
_A_ROLES_THING = ("succession|list|role|post|job|position|office|team|meeting|mtg|panel|review|report|approval|"
                  "sign-?off|level|grade|interview|board|committee|pack|paper|slot|track|programme|program|pathway|"
                  "process|rota|vacancy|opening|course|cell|inbox|secretary|pa|group|forum|brief|briefing")


def _you(named: re.Match[str]) -> str:
    """A role's letters as 'you', unless they name a thing ("the CD succession list"); after a verb that gives,
    they are the one given to ("send the OC course dates")."""
    if re.match(rf"\s+(?:{_A_ROLES_THING})\b", named.string[named.end():]) and not re.search(
            rf"(?i)\b{_GIVE}\s+(?:the\s+)?$", named.string[:named.start()]):
        return named[0]
    return "you"


# where a name is the subject of the verb after it, and words ending in "s" that are not that verb
_AS_SUBJECT = r"(^|[(,;:–—]\s*|\b(?:and|but|so|as|because|if|when|once|until|after|before|since)\s+)"
_NOT_A_VERB = (r"(?!(?:as|always|perhaps|sometimes|plus|this|his|its|us|yes|unless|thus|besides|thanks|weekends|"
               r"nights|mornings|afternoons|evenings|\w+days|\w+wards|\w+ways)\b)")  # "Dana as agreed", "Dana Tuesdays"
_OTHER_FORMS = {"she": "she|her|hers|herself", "he": "he|him|his|himself"}


def to_second_person(text: str, manager_names: list[str], *, by_manager: bool = False,
                     someone_else: str | None = None) -> str:
    """The manager spoken to: 'send it to her' -> 'send it to you', 'before he decides' -> 'before you
    decide', 'Dana' -> 'you'. In a step the manager does (`by_manager`), 'her' or 'him' as an object is
    someone else ('she's emailing her': not herself); 'her team' is still 'your team'. `someone_else`: the
    pronoun that is not the manager's in these notes ('she' when they speak of him), left as it is."""
    said = {g for g, forms in _OTHER_FORMS.items() if re.search(rf"\b(?:{forms})\b", text)}
    if someone_else is None and len(said) == 2 and (subject := re.search(r"\b(she|he)\s+\w", text)) and not re.search(
            r"\b[A-Z][a-z]+\b", text[:subject.start()]):  # not "check with Ravi whether he can cover ... let her know"
        someone_else = "he" if subject[1] == "she" else "she"  # "before he takes it to her": only he is you
    if someone_else in _OTHER_FORMS:
        kept = _OTHER_FORMS[someone_else]
        parts = re.split(rf"(\b(?:{kept})\b)", text)
        return "".join(p if i % 2 else to_second_person(p, manager_names, by_manager=by_manager)
                       for i, p in enumerate(parts))
    initials = {n[0] for n in manager_names if n[:1].isupper() and n.lower() not in _HONORIFIC}  # "Ma'am V"
    for name in sorted(manager_names, key=len, reverse=True):  # "the OC" is you too, not "the you"
        the = r"(?:(?i:the)\s+)?" if name.isupper() else ""  # (not "the Lee family")
        if name.lower() in _HONORIFIC:  # "send Ma'am the PDS", "Ma'am V": you; "(Ma'am Torres)": someone else
            text = re.sub(rf"\b{re.escape(name)}['’]s\b", "your", text)  # "Ma'am's diary": your diary
            text = re.sub(rf"\b{re.escape(name)}(?:\s+(?P<i>[A-Z])\b(?![.'’]))?(?!\s+[A-Z])",
                          lambda m: "you" if not m["i"] or m["i"] in initials else m[0], text)
            continue
        text = re.sub(rf"\b{the}{re.escape(name)}'s\b", "your", text)
        text = re.sub(rf"{_AS_SUBJECT}{the}{re.escape(name)}\s+{_NOT_A_VERB}(\w+s)\b(?!')",
                      lambda m: m[1] + _conjugate(m), text)  # "(OC wants it done by Sep)": "(you want it ..."
        text = re.sub(rf"\b{the}{re.escape(name)}\b", _you if name.isupper() else "you", text)
    text = re.sub(r"\b(?:she|he)\s+(has|is|was|does)n['’]?t\b",  # "if she hasn't heard": "if you haven't"
                  lambda m: f"you {_THIRD[m[1].lower()]}n't", text)
    text = re.sub(r"\b(she|he)\s+(\w+s)\b", _conjugate, text)
    text = re.sub(r"\b(?:she|he)(?='ll|'d|\b)", "you", text)
    text = re.sub(r"\b(?:herself|himself)\b", "yourself", text)
    text = re.sub(r"\bhis\b", "your", text)

    def her(match: re.Match[str]) -> str:
        following = text[match.end():].lstrip().split(" ", 1)[0].lower().strip(".,;:!?")
        if not following or following in OBJECT_NEXT or following[:1].isdigit() or match.group(0) == "him":
            return match.group(0) if by_manager else "you"  # "him" is never "his": "talk to him then"
        return "your"

    text = re.sub(r"\b(?:her|him)\b", her, text)
    text = re.sub(r"\byou['’]?s(?=\s+(?:got|been|had|done|sent|seen|made|given|taken|put|said|told|asked|"
                  r"agreed)\b)", "you've", text)  # "so she's got numbers": has, not is
    return re.sub(r"\byou'?s\b", "you're", text)


_EXPANDED = {"ll": "will", "s": "is", "d": "would"}


def named_as(who: str, rest: str) -> str:
    """A clause said with a pronoun, said with the name: ("Hamid", "'ll decide") -> "Hamid will decide", ("Seamus",
    "s doing a handover") -> "Seamus is doing a handover"."""
    if m := re.match(r"(?i)['’]?(ll|s|d)\b", rest):
        done = re.match(r"\s+(?:asked|told|said|got|been|had|given|sent|agreed|offered|put|done)\b", rest[m.end():])
        verb = "has" if m[1].lower() == "s" and done else "had" if m[1].lower() == "d" and done else _EXPANDED[
            m[1].lower()]  # "he's asked me to cover": he has asked
        return f"{who} {verb}{rest[m.end():]}".strip()
    return f"{who}{rest}".strip()


def tidy_step(text: str, condition: bool) -> str:
    """A step or (`condition`) plan item without what only trails it: an emoji, a stop, "if so", "he said", a
    cut-off "and"; a plan item also without "first", "in the meantime" and the promotion that waits on it."""
    # an emoji is cut whole, with the joiners of "👩‍⚕️"
    text = re.sub(r"[\s!.?,;:]+$|\s*[\U0001F300-\U0001FAFF\u2600-\u27BF]"
                  r"[\U0001F300-\U0001FAFF\u2600-\u27BF\u200d\ufe0f]*", "", text).strip()
    text = re.sub(r"(?i)\s+if\s+(?:so|not|needed|need\s+be|required|necessary)$", "", text)  # "... myself if so"
    text = re.sub(r"\s+(?:though|tho|tbh|lol|and|but|so|or)$", "", text)  # "... the panel has to agree and" (cut)
    text = re.sub(r"\s+[–—-]\s+(\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|end of \w+)$", r" by \1", text)  # "– 30/04": due
    text = re.sub(r",?\s+(?:(?i:s?he|they)\s+said|says?\s+(?:(?i:sir|ma'?am|madam|boss|chef)|[A-Z][a-z]+))$", "",
                  text)  # "revisit in Oct he said", "revisit in Jan says Sir"
    if condition:
        text = re.sub(r"\s+(?:in the meantime|meantime)\b.*$|\s+before\s+(?:then|that)(?=\s+(?:and|\+)\s|$)", "", text)
        text = re.sub(r"\s+first\b(?!-|\s+(?:draft|week|time|aid|class|line|round|phase|stage|half|quarter|year))", "",
                      text).strip()  # not "first aid", "first class"
        # "finish my 360 before she'll put me forward": what is done first, not the promotion that waits on it
        text = re.sub(r"(?i)\s+(?:before|b4|(?:and\s+|\+\s+)?then)\s+(?:she|he|they|you|(?-i:[A-Z])\w+)(?:['’]ll|"
                      r"\s+will|\s+can|['’]d|\s+would|['’]s\s+happy\s+to|\s+is\s+happy\s+to)?\s+(?:puts?|promotes?|signs?|submits?|"
                      r"nominates?|recommends?)\s+(?:me|my)\b.*$", "", text)
    return text
