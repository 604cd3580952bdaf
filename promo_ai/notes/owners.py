"""Who a subject in the notes is: the manager, the writer, or someone else.

The manager is "she", "he", "my mgr", one of their names ("Dana", "Dr. Solberg", "Tiff" for Tiffany), their
initials as minutes write them ("MF to arrange ...", "D to email by Fri"), or how some address a manager
("sir", "ma'am"). The writer may be named by their own initials or first name ("RD to prepare ...").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from promo_ai.notes.dates import DATE_WORDS
from promo_ai.notes.verbs import GOING_TO, starts_with_a_verb

# a name, with a rank or title before it ("CSgt Byrne", "GM Lawson"), or initials as minutes write them ("RD to ...")
NAME = (r"(?:(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sgt|Insp)\.?|[A-Z][A-Za-z]{1,4}(?=\s+[A-Z][a-z]))\s+)?"
        # "D'Souza", "Mélanie", not "I'm" nor a hope ("Hoping to get interpreting work on the side")
        r"(?!I['’]|(?:Hoping|Trying|Planning|Aiming|Wanting|Needing|Meaning|Intending|Expecting|Looking|Waiting)\b)"
        r"[A-Z](?:[a-z]?['’][A-Z])?[a-zà-öø-ÿ'-]+"
        r"(?:\s+[A-Z][a-zà-öø-ÿ'-]+){0,2}(?:\s*\([^)]*\))?"
        r"(?:\s+(?:in|from|on|at)\s+(?:the\s+)?(?:hr|HR|[a-z][\w -]{1,24}?))?|"
        r"(?-i:(?:(?:Mr|Mrs|Ms|Dr|Prof|Sgt|SSG|SFC|Insp|Capt|Maj|Lt)\.?\s+)?(?!I\b)[A-Z]{1,3})\.?"
        r"(?=\s+(?:to|will|'ll|should|must|needs|has|is)\s)")


# ranks that name the writer in a record of their own interview ("Cpl Okoro was informed ..."); "Mrs Okoro" only
# where the notes allow it (Owners.named_in)
RANKS = frozenset("pte lcpl cpl sgt ssgt csgt pc dc cst ds spc pfc sra sra1 ab os lt maj capt".split())
# how minutes and records name the writer by surname: "It was agreed that Mrs Kamau will mentor ...", "Ms Thomas agreed
# to start the audits" (for Wanjiru Kamau, Reena Thomas)
_HONORIFICS = ("mrs", "mr", "ms", "mx", "miss")
# titles and ranks before a name ("Dr. Howard Kim", "Insp Harris", "Sgt Mills"): part of how someone is named,
# never their name or initials
TITLES = frozenset("mr mrs ms mx miss dr prof sir dame lt maj capt cdr col cpl sgt ssg sfc msg 1sg insp supt engr cllr "
                   "lcpl pte cst ssgt csgt pfc spc "
                   "rev fr po cpo chef sister sr nurse coach pastor".split())
_TITLED = re.compile(rf"^(?:{'|'.join(sorted(TITLES, key=len, reverse=True))})\.?\s+|['’]s$")  # "Insp Harris's"
def without_titles(name: str) -> str:
    """'Chef Andre' -> 'Andre', 'Mrs K.' -> 'K.': the words that name the person, for telling a name from a word
    of the job ("chef" is both)."""
    while (plain := re.sub(_TITLED.pattern, "", name, count=1, flags=re.IGNORECASE)) != name and plain:
        name = plain
    return name


# bodies that own a step as a person would ("HR: confirm the band", "payroll to send the new rate")
BODIES = frozenset([*"hr payroll finance legal ops reward talent recruitment".split(), "people ops", "people team",
                    "people & culture", "hr team", "l&d", "city hr"])
# capitals that are bodies or roles, whoever's initials they might also be ("HR will send the contract")
_ACRONYMS = {"HR", "MD", "GM", "VP", "IT", "QA", "PM", "OC", "CEO", "CFO", "COO", "CTO", "HOD", "DON", "RM", "AM", "SM",
             "TL", "ER", "OT", "PR", "UK", "US", "EU", "NHS", "HQ", "HO", "TBC", "EOD", "EOW"}


def _unaccented(word: str) -> str:
    """'Zoë' as 'zoe': a name as it is typed without its accents."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


def _initials(name: str) -> set[str]:
    """'Mark Felton' -> {'MF', 'M'}; titles ('Dr.', 'Mrs') are not initials."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w.lower().rstrip(".") not in TITLES]
    words = [part for w in words for part in (re.split(r"(?<=^[OD])['’]", w) if re.match(r"[OD]['’][A-Z]", w)
                                                else [w])]  # "Declan O'Brien": DOB
    if len(words) == 1:  # "Kavitha": K; "SSG Ramirez", "Mrs Pillay": R, P (see is_manager)
        return {words[0][0].upper()}
    if len(words) < 2:
        return set()
    # "Wei Ling Goh": WLG, WL, WG and LG are all how minutes write her, and W; "Lim Wei Ling": WL
    return {"".join(w[0].upper() for w in words), (words[0][0] + words[1][0]).upper(),
            (words[0][0] + words[-1][0]).upper(), (words[-2][0] + words[-1][0]).upper(), words[0][0].upper()}


class Owners:
    """The manager's names and the writer's, for one set of notes."""

    def __init__(self, names: list[str], own: str = "") -> None:
        self.lowered = {n.lower() for n in names}
        self.initials = _initials(max(names, key=len) if names else "")
        surname = [w for w in re.findall(r"[A-Za-z][\w'’-]*", max(names, key=len) if names else "")
                   if w.lower().rstrip(".") not in TITLES]
        self.surname_initial = surname[-1][0].upper() if surname else ""  # "Mrs A" for Hannah Adeyemi
        self.own = next((_unaccented(w) for w in own.split() if w.lower().rstrip(".") not in TITLES), "")  # not
        # "dr"; "zoe" for Zoë, as people type it
        self.own_initials = _initials(own)
        own_words = [w for w in own.split() if w.lower().rstrip(".") not in TITLES]
        self.own_surname = _unaccented(own_words[-1]) if len(own_words) > 1 else ""  # "Cpl Okoro" in a record
        self.titled: str | None = None  # the title ("mrs") with which "Mrs Okoro" is the writer too (named_in)

    def is_me(self, subject: str) -> bool:
        """The writer named as minutes name people: "RD", "Rachel" (for Rachel Dunn), "Jess" (for Jessica), "Vikram
        Singh", "Zoe" (for Zoë)."""
        plain = subject.strip()
        flat = _unaccented(plain)
        short = len(plain) >= 3 and plain[0].isupper() and plain.isalpha() and len(self.own) > len(flat) and \
            self.own.startswith(flat)  # "Jess to prepare a case study": Jessica, as colleagues say it
        short = short or (len(words := plain.split()) == 2 and _unaccented(words[0]) == self.own and words[1][
            :1].isupper() and words[1].isalpha())  # "Vikram Singh will prepare a 30-60-90 day plan": me, in full
        short = short or self._my_surname(plain)
        return bool(plain) and ((plain in self.own_initials and plain not in _ACRONYMS) or flat == self.own or short)

    def _my_surname(self, plain: str) -> bool:
        """A record's way of naming the writer: "Mercier to submit ...", "Cpl Okoro", "Cpl S. Okoro", "S. Okoro" (not
        "Mrs Okoro from HR", "Pte J. Okoro": someone else of the same name)."""
        words = plain.split()
        if not self.own_surname or len(self.own_surname) <= 3 or _unaccented(words[-1]) != self.own_surname:
            return False
        before = [w.lower().rstrip(".") for w in words[:-1]]
        initials = [w[0] for w in before if len(w) == 1]
        return all(i == self.own[:1] for i in initials) and all(
            len(w) == 1 or w in RANKS or w == self.titled for w in before)

    def named_in(self, sentences: list[str]) -> None:
        """How the notes name the writer by title and surname, as minutes do ("It was agreed that Mrs Kamau will ..."),
        when they also name the writer in full ("Present: Mrs W. Kamau", "Staff Nurse Reena Thomas"): the one title
        they use with that surname. None when they never name the writer in full, use two titles with it ("Mr Kamau
        will cover Mrs Kamau's lessons") or bring in someone of that name ("Mrs Thomas (ward clerk)")."""
        self.titled = None
        if not self.own_surname:
            return
        text = unicodedata.normalize("NFKD", " ".join(sentences)).encode("ascii", "ignore").decode()
        # the surname as a name is written, capital first ("Ward", not "a ward sister post")
        surname = re.escape(self.own_surname[0].upper()) + f"(?i:{re.escape(self.own_surname[1:])})"
        if not re.search(rf"\b(?i:{re.escape(self.own)})\s+{surname}\b|\b[A-Z]\.?\s+{surname}\b", text):
            return
        titled = rf"\b(?i:({'|'.join(_HONORIFICS)}))\.?\s+(?:[A-Z]\.?\s+)?{surname}\b"
        titles = {t.lower() for t in re.findall(titled, text)}
        if len(titles) == 1 and not re.search(rf"\b{surname}\s*\(", text):
            self.titled = titles.pop()

    def is_manager(self, subject: str) -> bool:
        """'she', 'he', 'they', 'my mgr', one of the manager's names ('Dana', 'Dr. Solberg'), their initials
        ('MF', 'D'), or how some address a manager ('sir', "ma'am")."""
        initial = re.sub(_TITLED.pattern, "", subject.strip(), flags=re.IGNORECASE).rstrip(".")  # "Mrs P", "SSG R"
        titled = initial != subject.strip()
        if (subject.strip() in self.initials or (titled and initial in self.initials | {self.surname_initial})) and \
                initial not in (set() if titled else {"A", "I", "Q"}) | _ACRONYMS and not self.is_me(
                    subject):  # not "Q:" or "A:", but "Mrs A"
            return True
        plain = _TITLED.sub("", subject.strip().lower())
        if len(words := subject.split()) == 2 and words[0].lower() in self.lowered and words[1][:1].isupper() and \
                not self.is_me(subject):
            return True  # "Lisa Chen: share feedback ...": Lisa, with her surname
        addressed = re.fullmatch(r"(?:my\s+)?(?:mgr|manager|boss|line\s+manager)|sir|ma'?am|madam|gaffer|guv", plain)
        return plain in {"she", "he", "they"} or bool(addressed) or plain in self.lowered or (
            len(plain) >= 2 and " " not in plain and any(n.startswith(plain) for n in self.lowered))  # "Tiff", "Jo"


# A body that does things: "the steering group", "HR", "the head of ops" (the last word of who it is)
_BODY = (r"(?i:team|office|dept|department|desk|panel|committee|board|group|hr|payroll|director|"
         r"directors|head|"
         r"chair\w*|ceo|cfo|coo|cto|vp|owner|dean|registrar|mgr|l&d|gm|agm|md|don|dom|hod|hrbp|sgb|dir)(?:\s+of\s+[\w&-]+(?:\s+[\w&-]+)?)?")
GROUP = (r"(?:the\s+)?(?:[A-Za-z][\w'&/.-]*\s+){0,3}\((?P<named>[A-Z][\w'. -]+)\)|"
          rf"(?:the\s+)?(?:[A-Za-z][\w'’&/-]*\s+){{0,2}}{_BODY}")  # "the producer's office"
BODY_WORD = re.compile(rf"\b{_BODY}\s*(?:\([^)]*\))?$")


# lower case: "Shell review" is the company; "hed raise it", "shed push it" only where a clause starts
_NO_APOSTROPHE = re.compile(r"\b(s?he|they)ll\b|^(i)ll\b|^(s?he|they)(d)\b")


def as_spoken(clause: str) -> str:
    """A clause's subject as it is meant: "hell revisit" is he'll, "hed raise it" he'd, "shes putting me forward"
    she's; "mrs grant will tell the team" and "mrs K. submits ..." name someone, written in lower case; "👉 she'll"
    is she'll; "on me to book the course" is I'll."""
    clause = re.sub(r"^[\U0001F300-\U0001FAFF\u2190-\u21FF\u2700-\u27BF\ufe0f\u200d\s]+", "", clause.strip())
    # "he say he go revisit it", "she gwine put mi on the rota", "he's gaun tae tell": will, as several Englishes say it
    clause = re.sub(r"(?i)^(s?he|they)\s+(?:say|seh|sey)\s+(?=(?:s?he|they)\b)", r"\1 said ", clause)
    clause = re.sub(r"(?i)\btae\s+dae\b", "to do", clause)  # "I need tae dae the route refresher"
    clause = re.sub(r"(?i)^i\s+(?:go|gwine|a\s+go)\s+(?=[a-z])(?!to\b|and\b|back\b|home\b)", "I'll ",
                    clause)  # "I go ask HR for the feedback"
    clause = re.sub(r"(?i)((?:['’]s|\bis|\bare|['’]re|\bam|['’]m)\s+)([a-z]{3,}in)\b(?=\s+(?:it|the|my|a|an|HR|him|"
                    r"her)\b)", r"\1\2g", clause)  # "he's emailin HR", "Sandy's bookin it": -ing, typed short
    clause = re.sub(r"(?i)^(s?he|they)(?:\s+(?:gwine|gwan|go|a\s+go|gonna)|['’]s\s+gaun\s+tae)\s+"
                    r"(?=[a-z])(?!to\b|and\b)", lambda m: f"{m[1]} will ", clause)
    clause = _NO_APOSTROPHE.sub(lambda m: f"{m[1] or m[2] or m[3]}'{m[4] or 'll'}"
                                if starts_with_a_verb(after := clause[m.end():].lstrip())
                                or re.match(r"(?i)(?:revisit|review|be|have|get|come|go|see|check|look)\b", after)
                                else m[0], clause)
    clause = re.sub(r"(?i)^(s?he)s\b(?=\s+(?:\w+ing|gonna|going|not|got|been|keen)\b)", r"\1's", clause)
    clause = re.sub(r"(?i)^((?:she|he|they)(?:'s|'re|\s+is|\s+are))\s+(?:also|probably|prob)\s+"
                    r"(?=\w+ing\b)", r"\1 ", clause)  # "she's also putting me in the charge nurse class"
    clause = re.sub(r"(?i)^(she|he|they)['’]?d\s+(?:just\s+|really\s+|also\s+)?(need|want)\b",  # "she'd just need
                    lambda m: f"{m[1]} {m[2].lower()}{'s' if m[1].lower() != 'they' else ''}", clause)  # the form"
    clause = re.sub(r"(?i)^(she|he|they)(['’]?d)\s+(?:just|really|also)\s+(?=like\b)", r"\1\2 ", clause)
    clause = re.sub(r"(?i)^(?:(?:it|that)(?:['’]s|s|\s+is)\s+)?(?:on\s+me|up\s+to\s+me|down\s+to\s+me)\s+to\s+(?=\w)",
                    "I'll ", clause)  # "on me to book the course": mine to do
    # "i said id do the module this month": I'll do it; not "I told her I'd been doing the rota"
    clause = re.sub(r"(?i)^i\s+(?:said|told\s+\w+|promised(?:\s+\w+)?)\s+(?:that\s+)?(?:i['’]?d|id|i\s+would|i['’]?ll|"
                    r"i\s+will)\s+(?!(?:been|done|had|already|gone|got|never|not)\b)(?=\w)", "I'll ", clause)
    clause = re.sub(r"(?i)^(?:me|mi)\s+(?:going\s+to|gonna|a\s+go)\s+(?=\w)", "I'm going to ", clause)  # "me going to
    clause = re.sub(r"(?i)^(?:me|mi)\s+(have\s+to|haffi|need\s+to|must)\s+(?!say\b|admit\b)(?=\w)",  # ask the office"
                    lambda m: "I have to " if m[1].lower() == "haffi" else f"I {m[1]} ", clause)
    clause = re.sub(r"(?i)^im\s+(?=\w+ing\b)", "I'm ", clause)  # "im enrolling in the cert"
    return re.sub(r"^(mr|mrs|ms|dr|miss|sir|ma'am|maam|madam)(\.?\s+)([a-zA-Z])",
                  lambda m: m[1].title() + m[2] + m[3].upper(), clause)  # "sir Jun will endorse me": Sir Jun


_SUBJECT_PRONOUN = re.compile(r"(?i)\b(she|he)(?=['’](?:ll|s|d)\b|\s+(?:will|would|said|says|wants|is|was|has|had|"
                              r"can|could|thinks|agreed|suggested|told|mentioned|needs|might|won't|isn't|"
                              r"doesn't|didn't)\b)")
_ARRIVES = re.compile(r"(?i)^(?:s?he)(?:['’]s|\s+is|['’]ll|\s+will)?\s+"
                      r"(?:start|join|arriv|mov|tak(?:e|ing)\s+over)\w*\b")


def arrives(clause: str) -> bool:
    """'he starts in August', 'she's joining in May': someone hired arriving, not a step after the talk."""
    return bool(_ARRIVES.match(clause))


_A_NAME = re.compile(r"(?<=[a-z,;:]\s)[A-Z][a-z]{2,}\b")  # a capitalised word inside a sentence: likely a name
_FIRST_NAME = re.compile(r"^\W*([A-Z][a-z]{2,})(?=\s+(?:from|in|at|on|said|says|called|rang|told|mentioned|\())")
_NOT_PEOPLE = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may "
                        "june "
                        "july august september october november december christmas easter senior junior head lead "
                        "band grade".split())


class Pronouns:
    """How one set of notes speaks of the manager, 'she' or 'he', from the subject pronouns of its sentences."""

    def __init__(self, sentences: list[str], manager_names: list[str] | None = None) -> None:
        # only sentences that name no one else count: in "Sarah from HR called, she said ..." she is Sarah
        managers = {n.lower() for n in manager_names or []}
        alone = [s for s in sentences if not any(w.lower() not in managers and w.lower() not in _NOT_PEOPLE
                                                 for w in _A_NAME.findall(s) + _FIRST_NAME.findall(s))]
        self.said = Counter(m.lower() for s in alone for m in _SUBJECT_PRONOUN.findall(s))

    def the_managers(self, sentence: str) -> str | None:
        """The pronoun the other sentences use more than twice as often as the other one ("Went to Marcia, she's
        been acting TL ... He'll sort me a place on the ILM ... he said": he); None when they are not that clear."""
        said = self.said - Counter(m.lower() for m in _SUBJECT_PRONOUN.findall(sentence))
        she, he = said["she"], said["he"]
        return "she" if she > 2 * he else "he" if he > 2 * she else None


# a role said beside the manager's name, in brackets: "Prof. Okafor (HoD)", "SE sir (Mr. Rao)", "JS (Smt. Meera Iyer)"
_ROLE = r"((?=[^()]*[A-Z])[A-Za-z][\w&./'-]{0,14}(?:\s+[A-Za-z][\w&./'-]{0,14}){0,2}?)"
_ROLE_BEFORE = r"\b((?:[A-Z]{2,5}\s+)?[A-Z][\w&./'-]{0,14}(?:\s+(?:sir|ma'?am|madam))?)"  # "SE sir (Mr. Rao)"
# a role by its letters, not a word that is also a thing ("the Chair's letter", "Head of People")
_BY_ITS_LETTERS = re.compile(r"(?:[A-Z][a-z]{0,2}[A-Z]|[A-Z]{2,5})(?:\s+(?:sir|ma'?am|madam))?")
# a role by its letters just before the manager's name ("with HOD, Prof. Okoye"), not a body or a level (a TL's TL)
_LETTERS = r"((?!(?:HR|IT|PA|QA|TL|SM|AM|PM|TM|ASM)\b)(?:[A-Z][a-z]{0,2}[A-Z]|[A-Z]{2,5}))"
_TITLE = r"(?:Mr|Mrs|Ms|Dr|Prof|Insp|Sgt|Capt|Maj|Col|Lt)\.?"
_NOT_A_ROLE = re.compile(r"(?i)^(?:my\s+)?(?:manager|mgr|boss|line\s+manager|she|he|her|him|they|me|you|"
                         r"\w+day|today|am|pm|\d.*)$")


def known_as(lines: list[str], names: list[str]) -> list[str]:
    """What the notes also call the manager, from a role by its letters said in brackets beside a name of theirs:
    'Prof. Okafor (HoD)' makes "HoD will forward the confirmation" the manager's step, as 'SE sir (Mr. Rao)' does
    "SE sir"."""
    if not names:
        return []
    name = "|".join(re.escape(n) for n in names)
    found: list[str] = []
    for line in lines:
        for m in re.finditer(rf"\b(?:{name})\s*\(\s*{_ROLE}\s*\)|{_ROLE_BEFORE}\s*\(\s*(?:[^()]*\s)?(?:{name})"
                             rf"(?:\s+[A-Z][\w'’-]+)?\s*\)|"  # "MH (Mark Holloway)"
                             rf"\b(?:with|w/)\s+{_LETTERS},?\s+(?:{_TITLE}\s+)?(?:{name})\b", line):
            role = (m.group(1) or m.group(2) or m.group(3) or "").strip()  # and "Meeting with HOD, Prof. Okoye"
            if _BY_ITS_LETTERS.fullmatch(role) and not _NOT_A_ROLE.match(role) and role.lower() not in {
                    n.lower() for n in names}:
                found += [role] + ([role.split()[0]] if re.fullmatch(r"\S+\s+(?:sir|ma'?am|madam)", role) else [])
    first = next((line for line in lines if line.strip()), "")
    if bare := _BARE_ROLE.search(first):  # "chat w/ chef after close": "chef's going to put it to Marco" is his
        found.append(bare[1])
    return list(dict.fromkeys(found))


# the manager met by a role alone on the meeting line: "chat w/ chef", "Int w/ OC 24 Feb", "Meeting w/ Principal"
_BARE_ROLE = re.compile(r"(?i)^\W*(?:\S+\s+){0,3}?(?:with|w/|w)\s+(?:the\s+|my\s+)?(chef|matron|sarge|gaffer|capt|"
                        r"captain|chief|super|coach|principal|sister|foreman|boss|skipper|guv|hod|dean|supervisor|supe|"
                        r"oc|co)\b"
                        r"(?![-'’]|\s*\(|\s+(?-i:[A-Z])|\s+(?:of|from)\b)")


# who acts, though the word names no one (for the clause reader: "HR will ...", "Kelvin to confirm ...")
DEPARTMENTS = frozenset("hr payroll finance legal admin it facilities procurement recruitment".split())
OTHER = re.compile(rf"^(?P<who>(?:HR|hr|[Pp]ayroll)\s*\((?-i:[a-z])[\w .'-]{{0,24}}\)|"  # "hr (carlo) will ..."
                   rf"{GROUP}|{NAME}|HR|hr|payroll|[Ff]inance|[Ll]egal|[Aa]dmin|IT|[Ff]acilities|"
                   r"[Pp]rocurement|[Rr]ecruitment|[a-z]+ in (?:hr|payroll|reward|the office)|"
                   # "my mentor will ...", "my DIVO will do it": someone else named by what they are to me
                   r"[Mm]y\s+(?:new\s+|old\s+)?(?:mentor|sponsor|coach|buddy|skip(?:[- ]level)?|"
                   r"DIVO|HRBP|HR\s+BP|union\s+rep|rep|director|deputy|tutor|assessor|preceptor|"
                   r"educator|counterpart|2nd\s+line|second[- ]line)|"
                   r"[a-z][a-z'-]+\s*\((?:owner|boss|mgr|manager|hr|ops|gm|director|head|lead|supervisor|chef|"
                   r"(?-i:[A-Z])[\w .'-]{1,25})\))"  # "rick (owner) is gonna meet me"
                   rf"(?:\s+|(?=['’]))(?P<aux>'ll|will|(?:is|'s) {GOING_TO}|"
                   r"'s gonna|is gonna|gonna|is to|"
                   r"are to|'s to|"
                   r"going to(?!\s+(?:the|a|an|my|this)\b|\s+(?-i:[A-Z]))|"
                   r"to|is|'s|should|has agreed to|"
                   r"agreed to|has offered to|offered to|has promised to|promised to|needs to|has to|"
                   r"must)\s+(?P<rest>(?!not\b|blame\b|love\b|hate\b|like\b|double\b|triple\b|be\s+(?:fine|happy|"
                   r"annoyed|fuming|gutted|thrilled)\b).+)")


def full_name(manager: str, lines: list[str]) -> str | None:
    """The manager's full name as the notes write it, when the case gives only a first name ("Craig", and minutes
    list "Present: Craig Wilson (Regional Manager)"), so that their initials ("CW to send the client list") are theirs.
    """
    if len(manager.split()) != 1:
        return None
    for line in lines:
        m = re.search(rf"\b{re.escape(manager)}\s+((?:[OD]['’])?[A-Z][a-z][\w'’-]+)\b", line)
        if m and m[1].lower()[:3] not in _DATES and m[1].lower() not in _NOT_SURNAMES:  # not "Craig Monday"
            return f"{manager} {m[1]}"
    return None


_DATES = {w[:3] for w in DATE_WORDS.split("|")}
_NOT_SURNAMES = {"and", "said", "says", "the", "was", "will", "has", "told", "confirmed", "agreed", "not", "thinks",
                 "wants", "asked", "mentioned", "explained", "noted", "stated", "advised", "informed"}
