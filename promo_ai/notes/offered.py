"""Another role than the one asked for, put to the writer in any outcome or said against it: "look at a PSL role
instead", 'what about "deputy metro editor"?', "they'd rather make me Of Counsel", "approved, but as Sr PM, not GPM".
A role offered is proposed as the title whatever the outcome (the labelling brief's rule: a different title
suggested is the title)."""

from __future__ import annotations

import re

from promo_ai.changes.matching import same_title
from promo_ai.notes.roles import A_COURSE, CAPS, QUOTED, ROLE, ROLE_WORD, a_title

# Another role offered in place of the one asked for, in any outcome: "look at a Professional Support Lawyer role
# instead", "she thinks i'd be better going for Analytics Engineer instead", "about bar mgr instead"
_INSTEAD = re.compile(
    r"(?i)(?<!\basked\s)\b(?:(?:go(?:ing)?|apply(?:ing)?|aim(?:ing)?|push(?:ing)?|better)\s+for|look(?:ing)?\s+at|about|"
    r"as|into|consider(?:ing)?|suggest(?:ed|s|ing)?|try(?:ing)?|"
    r"offer(?:ed|s|ing)?(?:\s+me)?|suit(?:s|ed)?(?:\s+(?:to|as))?|move\s+me\s+(?:to|into)|switch(?:ing)?\s+to|"
    r"put\s+me\s+in\s+for)\s+"
    rf"(?:an?\s+|the\s+)?(?P<t>{QUOTED}|{CAPS}|(?:[a-z0-9][\w&-]*\s+){{0,3}}[a-z][\w-]*)"
    r"(?:\s+(?:role|post|job|position|track|route|grade|opening|vacancy|slot|bid|posting|seat|spot))?"
    # "the Seed Quality Lead role in the lab instead", "the ... post at Fiona Stanley instead"
    r"(?:\s+(?:in|at|on|with)\s+(?:the\s+)?[\w&'-]+(?:\s+[\w&'-]+){0,2}?)?\s*,?\s+(?:instead|rather)\b")
_QUOTE = rf"(?:{QUOTED}|\[[^\]]{{2,60}}\])"  # '"TL"', "[Asst. F&B Manager]"
_ANY_TITLE = rf"(?:{_QUOTE}|{CAPS}|(?:[a-z0-9][\w&-]*\s+){{0,3}}[a-z][\w-]*)"
_AS_TITLE = rf"(?:{_QUOTE}|{CAPS})"
# Another role put to the writer, in any outcome: 'she asked "what about deputy metro editor?"', "they'd rather make
# me Of Counsel for a year", "she'd back me for Deputy DON", "better suited to the Engineering Manager track"
_OFFERED = re.compile(
    rf"(?i)(?<!\basked\s)\bwhat\s+about\s+(?:an?\s+|the\s+)?(?:new\s+)?(?P<w>{_ANY_TITLE})(?=\s*(?:[?,.;\"”]|\s[-–—]|$|\s+(?:on|in|at|when|"
    rf"for|first|instead|as|once|after)\b))|"
    rf"\b(?:rather|prefer\s+to|happier\s+to)\s+make\s+me\s+(?:an?\s+)?(?P<m>{_ANY_TITLE})(?=\s*(?:[?,.;(]|\s[-–—]|$|"
    rf"\s+(?:for|first|on|in|at|instead)\b))|"
    rf"\b(?:back|support|recommend|endorse|propos(?:e|es|ed|ing)|consider|look(?:ing)?\s+at)\s+me\s+for\s+"
    rf"(?:an?\s+|the\s+)?(?P<b>{_AS_TITLE})|"
    rf"\bbetter\s+(?:suited|fit(?:ted)?)\s+(?:to|for|as)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?(?P<s>{_QUOTE})|"
    rf"\bbetter\s+(?:suited|fit(?:ted)?)\s+(?:to|for|as)\s+(?:an?\s+|the\s+)?(?P<s2>{_ANY_TITLE})"
    r"(?=\s*(?:[?,.;]|$|\s+(?:track|role|route|job|post|than|instead|rather)\b))|"
    # 'apply for conversion ... as "Principal Planning Officer"', 'slotting me as "TL"', "as an M1"
    rf"\bas\s+(?:an?\s+|the\s+)?(?P<aq>{_QUOTE})|\bas\s+an?\s+(?P<code>(?-i:(?:M|L|E|IC|G|GS|EL|APS|SES|B|C)\d{{1,2}}))\b|"
    # 'KL floated "Of Counsel"', 'suggested the new "Band 6 Clinical Practice Educator" post'
    rf"\b(?:floated|suggest(?:ed|s|ing)?|mention(?:ed|s)|propos(?:ed|es|ing)|pitch(?:ed|es|ing))\s+(?:the\s+idea\s+of\s+)?"
    rf"(?:the\s+|an?\s+)?(?:new\s+)?(?P<fl>{_QUOTE})|"
    # "designation is "Branch Manager"", "title is [Asst. F&B Manager]"
    rf"\b(?:designation|title)\s+(?:is|will\s+be|would\s+be|=|:)\s+(?P<d>{_QUOTE}|{CAPS})|"
    # "a stint as co-manager", "reappointment as Associate Professor of Practice", "more as an EL2 Senior Adviser"
    rf"\b(?:stint|spell|period|term)\s+as\s+(?:an?\s+)?(?P<st>{_ANY_TITLE})(?=\s+(?:at|in|on|for|first|"
    rf"before)\b|\s*[,.;]|$)|"
    rf"\b(?:reappointment|appointment|conversion)\s+(?:to|as)\s+(?:an?\s+|the\s+)?(?P<ap>{CAPS})|"
    rf"\bmore\s+as\s+(?:an?\s+)?(?P<mo>{CAPS})|\b(?:being|been|getting)\s+made\s+(?:an?\s+|the\s+)?(?P<bm>{CAPS})|"
    # "go for the Control Admin Officer post", "walk into the band 4 rota co-ordinator job"
    rf"\b(?:go|apply|aim|push)\s+for\s+the\s+(?P<gp>{CAPS})\s+(?:post|role|job|position|vacancy)\b|"
    r"\bwalk\s+into\s+the\s+(?P<wi>(?:[\w-]+\s+){1,4}?)(?:job|role|post|position)\b|"
    # "there's a Clinical Nurse role coming up in HDU"
    rf"\bthere(?:'s|\s+is)\s+(?:an?\s+|the\s+)?(?:new\s+)?(?P<cu>{CAPS})\s+(?:role|post|job|position|vacancy)\s+"
    r"(?:coming\s+up|opening|going)|"
    # "offered me Quality & Innovation Brewer", "apply for the jury services coordinator role ... which fits me better",
    # "there's an opening for Analytics Engineer on the BI team which she thinks suits me"
    rf"\boffer(?:ed|s|ing)?\s+me\s+(?:an?\s+|the\s+)?(?P<om>{CAPS})|"
    rf"\b(?:apply|applying|go|going)\s+for\s+the\s+(?P<af>{_ANY_TITLE})\s+(?:role|post|job|position|vacancy|opening|"
    r"bid)\b(?=[^.;]{0,60}\b(?:fits?|suits?)\s+me\b)|"
    rf"\b(?:opening|vacancy|post|role)\s+for\s+(?:an?\s+)?(?P<op>{CAPS})"
    r"(?=[^.;]{0,60}\b(?:fits?|suits?)\s+me\b)|"
    rf"(?:->|→)\s*(?P<arr>{_QUOTE})")  # 'switch to architect track -> "Tech Architect"'
# Another opening named for the writer: "go for the safety coordinator opening in the office", "she suggested the L&D
# Lead role in Galway", "apply for Senior CSR in the meantime", "I'm a stronger fit for Lead BA, which opens in April",
# "make me SENCo deputy instead", "put me forward for the specialty pharmacy tech opening in Dayton"
_ANOTHER = re.compile(
    r"(?i)\b(?:go(?:ing)?\s+for|apply(?:ing)?\s+for|suggest(?:ed|s)?|put\s+me\s+(?:forward|up|in)\s+for|"
    r"(?:nominate|recommend)\s+me\s+for|"
    r"endorse\s+me\s+[^.]{0,30}?\bfor|(?:strong(?:er)?|better|good)\s+fit\s+for|make\s+me)\s+(?:the\s+|an?\s+)?"
    r"(?P<t>[\w&/-]+(?:\s+[\w&/-]+){0,3}?)(?:\s+(?P<job>role|opening|post|position|vacancy)\b|\s+panel\b|\s*,?\s+"
    r"(?:instead|in\s+the\s+meantime)\b|(?=,\s+which\s+(?:opens|comes\s+up)))")
# an acronym is a role with a rank before it ("Senior CSR", "Lead BA") or said to be a role ("the ALNCo role"); alone
# it is as likely a qualification ("apply for the PMP in the meantime", "go for ACLS")
_RANKED_ACRONYM = re.compile(r"(?:Senior|Lead|Head|Chief|Principal|Deputy|Assistant|Junior|Sr|Jr)\s+[A-Z]{2,5}[a-z]?")
_GROUPS = ("w", "m", "b", "s", "s2", "aq", "code", "fl", "d", "st", "ap", "mo", "bm", "gp", "wi", "cu", "om", "af",
           "op", "arr")
# One role said against the one asked for: "approved, but as Sr PM, not GPM", "junior sous from 1 Feb, not full sous
# chef yet", '"Client Partner" instead of Account Director'
_CONTRAST = re.compile(
    rf"(?i)(?P<x>{_ANY_TITLE})(?:\s+\([^)]{{1,40}}\))?(?:\s+(?:from|starting|effective|for|muna|first|sa)\b"
    rf"[\w ]{{0,25}}?)?\s*[,—–-]?\s+(?:not|rather\s+than|instead\s+of|hindi(?:\s+pa)?)\s+"
    rf"(?:the\s+|an?\s+|full\s+|just\s+|plain\s+)?(?P<y>{_ANY_TITLE})")
# ... and the other way round: "hindi OM agad, AOM muna", "not OM straight away, AOM first", "Not DO (sales side) —
# I'm being made AAO"
_CONTRAST_BACK = re.compile(
    rf"(?i)\b(?:not|hindi(?:\s+pa)?)\s+(?P<y>{_ANY_TITLE})(?:\s+\([^)]{{1,40}}\))?(?:\s+(?:agad|yet|straight\s+away|"
    rf"right\s+away))?\s*[,;—–-]+\s*(?:but\s+|i'?m\s+being\s+made\s+|it'?s\s+)?(?P<x>{_AS_TITLE}|[a-z][\w-]*)"
    r"(?=\s+(?:muna|first|instead)\b|\s*\(|\s+through\b|\s*[,.;]|$)")
_LINK_WORDS = re.compile(r"(?i)^(?:.*\s)?(?:about|for|at|as|into|to|on|with|in|the|an?|but|is|be|was|make\s+me|me|it|"
                         r"them|calling|called)"
                         r"\s+(?=\S)")

def _reads_as_role(title: str, case_titles: set[str]) -> bool:
    """A role put to the writer: ends on a role word ("key holder", "Policy Lead") or is written as a title
    ("Of Counsel", "APM", "Sr PM")."""
    words = re.sub(r"\s*\(.*", "", title).split()  # "AAO (Generalist)": the role is AAO
    head = re.split(r"\s+of\s+", " ".join(words))[0].split()  # "Associate Professor of Practice": a Professor
    last = head[-1].replace("-", "") if head else ""  # "co-ordinator"
    if title[:1].islower():  # typed casually, two words at least: "key holder", "co-manager"; not "the specialist"
        return (len(words) >= 2 or "-" in title) and bool(ROLE_WORD.fullmatch(last) or ROLE_WORD.fullmatch(
            head[-1].split("-")[-1] if head else ""))
    coded = re.fullmatch(r"[A-Z]{2,5}\d{0,2}|[A-Z]\d{1,2}", last)  # "AOM", "PAR", "M1"
    if _NOT_A_ROLE.search(" ".join(words)) or (words and A_COURSE.fullmatch(words[-1])):
        return False  # "September", "Eastgate opening", "Executive MBA": a month, a place, a course
    role_ending = ROLE.search(last) if len(words) > 1 else None  # one word alone: a role noun ("Eastgate" ends -ate)
    return bool(ROLE_WORD.fullmatch(last) or role_ending or coded) and (
        a_title(" ".join(words), case_titles, True) or len(words) <= 2)


_NOT_A_ROLE = re.compile(r"(?i)\b(?:january|february|march|april|may|june|july|august|september|october|november|"
                         r"december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|summer|winter|autumn|"
                         r"spring|opening|christmas|easter)\b")


def _bare(said: str) -> str:
    """The title itself out of a capture: no quotes, article, link words before it or 'role' after it."""
    title = said.strip(" \"“”'[]")
    if said[:1] not in "\"“'[":
        title = _LINK_WORDS.sub("", title)
    title = re.sub(r"(?i)^(?:pero|but|so)\s+|\s+(?:muna|first|yet)$", "", title)  # "pero Charge Nurse muna"
    return re.sub(r"(?i)^(?:the|an?)\s+|\s+(?:role|post|job|position|track|route|grade)$", "", title).strip()


# what a name is the start of, when a course or a scheme follows it: "the NABH internal auditor training"
_A_COURSE_AFTER = (r"\s+(?:(?!(?:role|post|job|position|rota|at|in|on|with)\b)\w[\w-]*\s+){0,3}(?:training|course|"
                   r"programme|program|module|scheme|conference)\b(?!\s+(?:cent(?:er|re)|site|team|dept|school))")


def names_a_course(sentence: str, title: str) -> bool:
    """Whether `title`, where the sentence says it, begins the name of a course or a scheme."""
    return re.search(rf"(?i)(?<!\w){re.escape(title)}{_A_COURSE_AFTER}", sentence) is not None


def other_role(sentence: str, target: str, case_titles: set[str]) -> str | None:
    """Another role than the one asked for, put to the writer or said against it, or None."""
    title = _other_role(sentence, target, case_titles)
    return None if title and names_a_course(sentence, title) else title


def _other_role(sentence: str, target: str, case_titles: set[str]) -> str | None:
    for m in _CONTRAST.finditer(sentence):
        against = m["y"].strip(" \"“”'").split()
        if not any(same_title(" ".join(against[:n]), target) for n in range(1, len(against) + 1)):
            continue
        title = _bare(m["x"])
        if title and _reads_as_role(title, case_titles) and not same_title(title, target):
            return title
    for m in _CONTRAST_BACK.finditer(sentence):
        title = _bare(m["x"])
        if same_title(m["y"].strip(" \"“”'"), target) and title and _reads_as_role(title, case_titles) and (
                not same_title(title, target)):
            return title
    for m in _OFFERED.finditer(sentence):
        title = _bare(next(g for g in (m[name] for name in _GROUPS) if g))
        if title and _reads_as_role(title, case_titles) and not same_title(title, target):
            return title
    for m in _ANOTHER.finditer(sentence):
        title = re.sub(r"^(?:[a-z][\w-]*\s+)+(?=[A-Z])", "", _bare(m["t"]))  # "cluster ALNCo": the ALNCo
        acronym = re.fullmatch(r"(?:\w+\s+)?[A-Z]{2,5}[a-z]?", title)
        if (acronym and not (m["job"] or _RANKED_ACRONYM.fullmatch(title))) or A_COURSE.search(title):
            continue  # "apply for the PMP in the meantime", "go for ACLS": a qualification
        if title and (_reads_as_role(title, case_titles) or acronym) and (
                not same_title(title, target) and not same_title(target, title)):
            return title
    return None


def offered_instead(sentence: str, case_titles: set[str]) -> str | None:
    """A role named with "instead" ("look at a Professional Support Lawyer role instead"), or None."""
    for m in _INSTEAD.finditer(sentence):
        title = re.sub(r"(?i)^(?:the|an?)\s+|\s+(?:role|post|job|position|track|route|grade|slot|bid|posting)$", "",
                       m["t"].strip(" \"“”'"))
        if title[:1].islower():  # "to talk about bar mgr instead": the words after the last link word
            title = re.split(r"\b(?:about|for|at|as|into|to|the|an?)\s+", title)[-1]
        last = title.split()[-1] if title.split() else ""
        if (ROLE_WORD.fullmatch(last) or ROLE.search(last)) and (
                a_title(title, case_titles, True) if title[:1].isupper() else ROLE_WORD.fullmatch(last)):
            return title
    return None


