"""How a job title is written in notes: the words of a title ("Head of Year 9", "Asst. Front Office Manager",
"Regional Sales Manager (NI & Border)"), quoted text, the words a role ends on, and whether words read as a title.
Shared by the title agreed (promo_ai.notes.title) and another role offered (promo_ai.notes.offered)."""

from __future__ import annotations

import re

from promo_ai.notes.patterns import ROLE_NOUNS

TITLE_WORD = (r"(?:(?:Asst|Snr|Sr|Jr|Dept|Sgt|Mgr|Supt|Insp)\.|"  # "Asst. Front Office Manager"
               r"[A-Z](?:[a-z][\w&/-]*|[A-Z0-9]{0,3}\b))")  # "Lead", "QA", "II"; not a shouted "APPROVED"
CAPS = (rf"(?-i:{TITLE_WORD}(?:\s+(?:of\s+|&\s+|and\s+)?(?:{TITLE_WORD}|\d{{1,2}}\b)){{0,4}}"  # "Head of Year 9"
        r"(?:\s+\((?:(?:[A-Z][\w&/-]*|&)\s?)+\))?)")  # "Regional Sales Manager (NI & Border)"
# in double quotes, curly quotes or single quotes set apart by spaces ("'associate priest' post", not "she's ... it's")
QUOTED = r"\"[^\"]+\"|“[^”]+”|‘[^’]+’|(?<![\w'])'[A-Za-z][^'\n]{1,40}?[A-Za-z.)]'(?![\w'])"
ROLE = re.compile(r"(?i)(?:er|or|ist|ian|ant|ent|ary|ive|ate)$|^(?:lead|head|chef|nurse|chair|principal|deputy|"
                   r"officer|"
                   r"chief|director|manager|hlta|vp|partner|associate|captain|sergeant|keeper|coach|actuary|"
                   r"architect|analyst|"
                   r"cook|clerk|constable|paramedic|midwife|vet|surgeon|physician|paralegal|attorney|fellow|steward|"
                   r"warden|rep|tech|mate|apprentice|intern|owner)$")
ROLE_WORD = re.compile(rf"(?i){ROLE_NOUNS}")
# the last word of a course or a qualification, never of a role: "the Executive MBA" (a "Programme Manager" is a role)
A_COURSE = re.compile(r"(?i)mba|msc|phd|cpa|acca|course|programme|program|training|qualification|cert|certificate|"
                      r"diploma|exam|degree")


# a level said as a title: "L5", "E-6", "SDET II"
LEVEL = re.compile(r"[A-Z]{1,4}-?\d{1,2}|[A-Z]{2,6}\s+(?:I{1,3}|IV|V|\d)")


def a_title(text: str, case_titles: set[str], said: bool = False) -> bool:
    """Words that read as a title: a role word among two or more, or words of the case's titles; one role word
    alone only where it is `said` as a title ('offered me the Supervisor post', 'promoted to Principal')."""
    words = re.sub(r"\s*\(.*", "", text).split()
    if words and A_COURSE.fullmatch(words[-1]):
        return False  # "the Executive MBA": a course, not a role (a "Programme Manager" is one)
    plain = [w for w in words if w.lower() not in {"of", "&", "and"}]
    if not plain or len(plain) > 6:
        return False
    if said and len(plain) == 1 and ROLE.search(plain[0]) and len(plain[0]) > 3:
        return True
    if said and LEVEL.fullmatch(" ".join(plain)):
        return True  # "promo to L5", "up to SDET II": a level, said as the title
    if any(w.lower() in case_titles for w in plain) and (len(plain) >= 2 or plain[0].lower() in case_titles):
        return True
    return len(plain) >= 2 and any(ROLE.search(w) for w in plain)
