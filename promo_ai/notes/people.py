"""People named in the notes, who may see the email: "Priya (director of nursing)", "HR (Jenna)",
"Ms. Alvarez in HR", "make the case to Victor", "Claire Hughes". The person, the manager, roles,
titles, months and places are not people; names in private or AI lines are never offered."""

from __future__ import annotations

import re
from collections.abc import Iterable

from promo_ai.case import Case
from promo_ai.notes.owners import TITLES

_CAP = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][a-zß-öø-ÿ'’]*(?:-[A-ZÀ-Þ]?[a-zß-öø-ÿ]+)*"  # "Céleste", "Stacey-Jo"
_FULL = rf"{_CAP}(?:\s+{_CAP})?"
_HONORIFIC = rf"\b(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Sgt|Insp|Cllr|Rev)\.?\s+{_FULL}"
_ROLE_WORDS = (r"head|director|vp|manager|mgr|lead|chief|cfo|ceo|coo|cto|partner|hr|ops|product|practice|principal|"
               r"owner|matron|chair|reward|payroll|finance|office|team|of|the|nursing|sales|people")
_PATTERNS = tuple(re.compile(p) for p in (
    _HONORIFIC,
    rf"(?<!vendor )(?<!supplier )(?<!client )(?<!customer )(?<!company )(?<!firm )(?<!agency )(?<!provider )(?<!tool )"
    rf"(?<!platform )(?<!system )(?<!app )(?<!brand )(?<!account )"
    rf"\((?P<n>{_FULL})(?:\s+(?:and|&)\s+(?P<m>{_FULL}))?(?:\s+[a-z]+)?\)",  # HR (Jenna); not a vendor
    rf"\b(?P<n>{_FULL})\s+\((?i:[^)]*\b(?:{_ROLE_WORDS})\b[^)]*)\)",  # Priya (director of nursing)
    rf"\b(?P<n>{_CAP}|[a-z]{{3,}})\s+in\s+(?:hr|HR|payroll|reward|finance|the office|the district office|legal)\b",
    rf"(?<![.!?]\s)(?<!^)(?<!\blead\s)(?<!\bopen\s)(?<!\bstart\s)"
    rf"\b(?:with|from|by|ask|tell|told|cc|and|w/|shadow|meet|email|call|thank)\s+(?P<n>{_FULL})\b",
    # "to Priya" after handing, sending or speaking ("put me forward to", "send it to"), not "the transfer to Cork"
    rf"\b(?:talk|talk(?:s|ed|ing)|speak(?:s|ing)?|spoke|send(?:s|ing)?|sent|intro(?:duce|duces|duced|ducing)?|"
    rf"forward|go(?:es|ing)?|went|tak(?:e|es|ing)|took|report(?:s|ed|ing)?|writ(?:e|es|ing)|wrote|cop(?:y|ied)|"
    rf"email(?:s|ed|ing)?|present(?:s|ed|ing)?|pitch(?:es|ed|ing)?|escalat\w*|case|over|up|mention(?:s|ed)?|"
    rf"giv(?:e|es|ing)|gave|hand(?:s|ed|ing)?|it|me|him|her|them|this|that|letter|note|deck|doc)\s+"
    rf"(?:[\w-]+\s+){{0,5}}?to\s+(?P<n>{_FULL})\b",
    rf"(?:^|[.!?;]\s+|,\s+)(?P<n>{_FULL})(?:\s+(?:on|in|from|at)\s+(?:the\s+)?[\w -]{{2,20}}?)?\s+(?:to|will|'ll|"
    rf"chairs|owes|"
    rf"said|says|wants|thinks|mentioned|reads|noticed|confirmed|approved|agreed|asked|suggested|needs|signs|decides|"
    rf"is\s+\w+ing|has\s+agreed)\b",
    rf"(?<!\bSt )(?<!\bSt\. )(?<!\bSaint )"  # not "St Brigid's ward"
    rf"\b(?P<n>{_CAP})'s\s+(?!going|been|got|not|a\b|the\b|very|really|just|also|still|on\b|in\b|off\b|for\b)[a-z]",
    # "once Stan retires", "when Benoit goes", "her business partner Hamid"
    rf"\b(?:when|once|while|until|till|after|before|since)\s+(?P<n>{_CAP})(?:'s)?\s+(?:goes|retires|leaves|moves|"
    rf"starts|returns|is|gets|comes|hands)\b",
    rf"\b(?:partner|colleague|deputy|counterpart|opposite\s+number)\s+(?P<n>{_FULL})\b",
    # copied in, at a line's start too: "cc Raj (skip level) on the follow up", "cc CPT Walsh", "I'll cc Linda Park"
    rf"(?i:\bb?cc)\s*:?\s+(?:(?:CPT|Capt|Lt|Maj|Col|Sgt|SSG|SFC|1SG|Mr|Mrs|Ms|Dr)\.?\s+)?(?P<n>{_FULL})\b",
    rf"(?<=[a-z,] )(?P<n>{_CAP}\s+{_CAP})(?=[,.;)]|\s+(?:and|is|will|from|in)\b)",  # Claire Hughes, ...
))
_NOT_NAMES = frozenset((
    "i ai hr it vp ceo cfo coo cto qa pm ops us uk eu jan feb mar apr may jun jul aug sep sept oct nov dec january "
    "february march april june july august september october november december monday tuesday wednesday thursday "
    "friday saturday sunday mon tue tues wed thu thur thurs fri christmas easter the a an my our she he they we you "
    "her his him them this that these those there here then when what who which also and but so if not no yes ok "
    "okay lead leave drop add mention remove keep put take emphasise emphasize note notes meeting mtg chat catch "
    "head director manager senior junior principal deputy assistant associate chief chair officer partner partners "
    "team group department st rd road street ave avenue store site branch office plan teams good well led level "
    "band grade stage phase panel committee board review round cycle quarter spring summer autumn winter fall "
    "engineer analyst designer architect developer nurse teacher chef cook accountant lawyer paralegal coach "
    "specialist executive consultant controller supervisor coordinator administrator officer technician "
    "pharmacist midwife educator practitioner worker merchandiser leader solutions sales support product "
    "stats points results highlights wins numbers figures "
    "also fyi asked said told agreed went talked spoke had met got promo promotion title role job post "
    "need needs want wants going have has must should will would could can please remember send ask get make "
    "next then just maybe still really overall outcome verdict action actions update answer decision result "
    "feedback today tomorrow yesterday tonight morning afternoon evening week weekend month year quarter "
    "congrats thanks great good bad happy positive negative agreed promised confirm confirmed done goes went comes "
    "came where why how everyone everybody nobody someone somebody "
    "moving heading keen payroll rostering finance legal procurement compliance exec people ops reward workforce "
    "traffic depot rota sgt insp inspector officer trustees governors partners leadership ecd me children tower "
    "house centre center park hall court lane hospital school college station square wharf quay mill "
    # words that head a line of notes or a heading, or ways to address a manager, not names
    "email mail letter reply message minutes things stuff numbers evidence interviews interview progression positives "
    "negatives increment inclusion influencing reclass regrade promoted weds sir maam ma'am madam boss gaffer stn "
    "zonal regional marketing trust public health urgent care nursing superintendent topic agenda misc other "
    "others background context summary highlights lowlights wins risks issues blockers gaps criteria conditions "
    "boxes private personal confidential reminder reminders todo too company ch myself yourself file intro "
    "introduction induction handover onboarding pls plz kindly nothing talk presentation"
).split())
_HONORIFICS = TITLES | {"professor", "principal"}
# a name that is a place or a group: "Hyderabad region", "Big 4", "the panel (Singapore)"
_A_PLACE = re.compile(r"(?i)\s+(?:region|branch|site|office|account|campus|plant|depot|warehouse|hub|market|cluster|"
                      r"area|division|province|county|state|city)\b|\s+\d\s+(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
                      r"nov|dec)[a-z]*\b)[a-z]")  # "Big 4 background", not "Raj 5 dec"
_A_GROUP = re.compile(r"(?i)\b(?:panel|board|committee)\s*\($")  # not "Training dept (Marie)": a person


def _words(name: str) -> list[str]:
    words = (w.strip(".").casefold().removesuffix("'s").removesuffix("’s") for w in name.split())
    return [w for w in words if w not in _HONORIFICS]


def not_names(case: Case) -> set[str]:
    """Words that are never a person's name here (months, roles, the case's titles...)."""
    return set(_NOT_NAMES) | (excluded_names(case) - {w.casefold() for w in case.manager.name.split()})


def excluded_names(case: Case) -> set[str]:
    """Words that name the person or the manager, or belong to a title in the case."""
    words: set[str] = set()
    for text in (case.name, case.manager.name, case.current_title, case.target_title):
        words |= {w.casefold().strip(".,") for w in text.split()}
    return words - _HONORIFICS


def find_people(sentences: Iterable[str], case: Case, *, skip: Iterable[str] = ()) -> list[tuple[str, str]]:
    """(name as written, the sentence naming it), in order of appearance, each person once; a first name
    is folded into the full name when both appear ('Diane' into 'Diane Cho')."""
    excluded, skipped = excluded_names(case), {s.casefold() for s in skip}
    manager = [w.casefold() for w in case.manager.name.split() if len(w) > 3]
    found: list[tuple[int, int, str, str]] = []
    for order, sentence in enumerate(sentences):
        for pattern in _PATTERNS:
            for m in pattern.finditer(sentence):
                for group in ("n", "m") if "n" in pattern.groupindex else (None,):
                    if group and (group not in pattern.groupindex or not m[group]):
                        continue
                    name = (m[group] if group else m.group(0)).strip(" .,")
                    words = _words(name)
                    if not words or any(w in _NOT_NAMES or w in excluded for w in words):
                        continue
                    if len(words) == 1 and len(words[0]) >= 3 and any(m.startswith(words[0]) for m in manager):
                        continue  # "Tiff", "Deb": the manager, by a short name
                    start, end = (m.start(group), m.end(group)) if group else (m.start(), m.end())
                    if re.match(r"(?i)['’]s\s+day\b", sentence[end:]) or (
                            re.search(r"['’]s$", name) and re.match(r"(?i)\s+day\b", sentence[end:])):
                        continue  # "by Paddy's day": a holiday
                    if name.casefold() in skipped or _A_PLACE.match(sentence[end:]) or _A_GROUP.search(
                            sentence[:start]):
                        continue
                    found.append((order, m.start(group) if group else m.start(), name, sentence))
    found.sort()
    people: list[tuple[str, str]] = []
    for _, _, name, sentence in found:
        key = _words(name)
        same = next((i for i, (n, _) in enumerate(people) if _words(n)[0] == key[0] or _words(n)[-1] == key[-1]), None)
        if same is None:
            people.append((name, sentence))
        elif len(key) > len(_words(people[same][0])) or (name[:2] in {"Mr", "Ms", "Dr"}
                                                         and len(name) > len(people[same][0])):
            people[same] = (name, sentence)
    return people


# Who the email goes on to: someone it is forwarded, shared, copied or sent to, or who decides or signs off. Anyone
# else named is offered unticked (the first ticked is named in the email as who it can be shared with).
_FORWARDED = re.compile(r"(?i)forward|\bfwd\b|share|\bb?cc\b|\bcopy|loop\s+in|second\s+opinion|sponsor|"
                        r"mention\w*\b[^.;]{0,40}\bto\s+(?-i:[A-Z])|e-?mail(?:s|ing)?\s+(?:(?-i:[A-Z])|him|her)|send\s+(?:it|this|the\s+e-?mail|a\s+copy)\s+to|"
                        r"\bpass(?:es|ing)?\s+(?:it|this)\s+(?:on|to)|make\s+the\s+case|rais|recommend|propos|present|"
                        r"put\w*\s+(?:me|my\s+name|it)\s+(?:forward|to)|(?:tak(?:e|es|ing)|bring(?:s|ing)?|brought)\s+"
                        r"(?:it|this|my\s+case|my\s+name)\s+to|flag\w*\s+me\s+to|decid|sign(?:s|ing)?\s*-?\s*off|"
                        r"\b(?:regional|area|district|ops|operations|general|group|divisional)\s+(?:mgr|manager|director)|"
                        r"approv|final\s+say|partners|director|\bvp\b|\bcfo\b|\bceo\b|\bcoo\b|\bgm\b|\bmd\b|"
                        r"head\s+of|chairs?\b|panel|committee|board|owner|skip|boss|manager'?s\s+manager")
NAMED_ONLY = ("Named in your notes, not as someone the email goes to: tick it if your manager will forward the "
               "email to them.")


def goes_on_to(sentence: str) -> bool:
    """The sentence names someone the email goes on to, or who decides (see _FORWARDED)."""
    return bool(_FORWARDED.search(sentence))


# someone else's promotion, said as news: "Lena promoted to Senior Associate (deserved)", "Hannah got promoted to
# Director of Design", "Migs got promoted (he's 1 yr ahead of me)" (not "Finally promoted to Senior!", nor the person's
# own name)
_PROMOTED_NAMED = re.compile(rf"^\W*(?!(?:Finally|Just|Now|Yes|Yay|Today|Got|Been|Was|Am|Me|Promoted|Provisionally|"
                             r"Also|Still|So|And|But|Then|Officially|Actually|Eventually|We|Hooray|Woo|Omg|OMG|"
                             r"[A-Z][a-z]+(?:ly|ing)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)"
                             rf"(?P<n>{_FULL})\s+(?:(?:has\s+|'s\s+)?(?:got|was|been|is|just)\s+)?(?:been\s+)?"
                             r"promoted(?:\s+to\b|\s*(?:$|[,.;:(!—–-])|\s+(?:last|this|in|over|ahead|before|too|as\s+well)\b)")


def someone_elses_promotion(sentence: str, case: Case) -> bool:
    """The sentence is news of another person's promotion, not the answer to this case."""
    m = _PROMOTED_NAMED.match(sentence)
    return m is not None and not set(m["n"].lower().split()) & set(case.name.lower().split())
