"""How an email pasted into the notes opens and closes: the lead-in over it ("From: Tom", "Fwd from Tom after our 1:1
(3/26):"), its greeting to me ("Hi Akinyi,"), its sign-off ("Best,\nJocelyn") and where my own notes start again
("My notes:"). promo_ai.notes.voices reads the lines in between in the sender's voice."""

from __future__ import annotations

import re

from promo_ai.notes.lines import Line

SIGN_OFF = re.compile(r"(?i)^\W*(?:(?:kind|best|warm|many)\s+(?:regards|wishes|thanks)|regards|best|thanks|"
                      r"thank\s+you|cheers|sincerely|yours(?:\s+\w+)?|warmly|speak\s+soon)\b[,.!]?\s*(?P<who>[A-Z][\w'’.-]*"
                      r"(?:\s+[A-Z][\w'’.-]*)?)?\W*$")
FROM = re.compile(r"(?i)^\W*from\s*:\s*(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})")
# "Fwd from Tom after our 1:1 (3/26):", "pasting the email from Ms. Reyes after our 1-on-1 on 01/13:" over her email
LEAD_FROM = re.compile(r"(?i)^\W*(?:(?:fwd|fw|forwarded|pasting|pasted|copied|copy\s+of)\s+)?(?:(?:the|his|her)\s+)?"
                       r"(?:(?:e-?mail|message|msg|reply|note)\s+)?from\s+(?P<lead>(?:(?:mr|mrs|ms|dr|prof|sir|ma['’]?am|"
                       r"madam)\.?\s+)?(?-i:[A-Z])[\w’-]*(?:\s+(?-i:[A-Z])[\w’-]*)?)(?![\w'’])(?:[^:\n]|\d:\d){0,60}:\s*$")
HEADERS = re.compile(r"(?i)^\W*(?:from|to|cc|bcc|sent|date|subject|re)\s*:")
# where the pasted part ends and my own notes start again: "my notes:", "---", "[transcript ends]"
MINE_AGAIN = re.compile(r"(?i)^\W*(?:-{3,}|_{3,}|={3,}|\*{3,}|(?:my|own|me)\s*(?:notes?|comments?|thoughts?)\b|"
                        r"notes?\s+(?:to\s+self|for\s+me)|\[?(?:end|transcript\s+ends|end\s+of\s+\w+)\]?\W*$)")


_HONORIFIC = r"(?:teacher|sir|ma['’]?am|mr|mrs|ms|miss|dr|nurse|chef|coach|sister|brother|engr|atty|officer)"
_A_NAME_ALONE = re.compile(r"^\W*(?P<who>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)\W*$")  # "Jocelyn" under "Best,"


def signed(lines: list[Line], start: int) -> str | None:
    """Who signs the email whose greeting is at line `start`: the name after its sign-off, within a few lines."""
    for at, line in enumerate(lines[start:start + 25], start):
        if (m := SIGN_OFF.match(line.text)) and m["who"]:
            return m["who"]
        if m and at + 1 < len(lines) and (alone := _A_NAME_ALONE.match(lines[at + 1].text)):
            return alone["who"]  # "Best," over "Jocelyn"
        if m := re.search(r"(?:regards|best|thanks|cheers|warmly)[,.!]?\s+(?P<who>[A-Z][\w'’.-]*)\W*$", line.text):
            return m["who"]
        if MINE_AGAIN.match(line.text):
            break
    return None


def greetings(greeted: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """How an email to me by my first name opens: "Hi Akinyi", "Good afternoon Teacher Grace,"; or "Sam, thanks for
    today." (None for both when my name is not known)."""
    if not greeted:
        return None, None
    return (re.compile(rf"(?i)^\W*(?:hi|hello|hey|dear|morning|afternoon|good\s+\w+)\s+(?:{_HONORIFIC}\.?\s+)?"
                       rf"{re.escape(greeted)}\b"), re.compile(rf"^\W*{re.escape(greeted)}\s*[,!–—-]"))
