"""Links, e-mail addresses, handles and phone numbers: an email may give only those in the case."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_TLD = ("com|org|net|io|co|ai|app|dev|ly|me|info|biz|gov|edu|uk|us|de|fr|no|se|dk|fi|nl|eu|es|it|ie|ch|at|be|"
        "pl|pt|xyz|link|page|site|online|tech|cloud|gl|gg|to|tv|cc|ru|cn|in|au|ca|nz|jp|kr|br|mx|za|sh|so|zip|mov|"
        "example|test|invalid|local|localhost|internal|corp|lan|shop|store|blog|news|ltd|inc|group|company|email|"
        "digital|agency|studio|team|work|jobs|careers|name|pro|academy|health|bank|money|finance|legal|law|media|"
        "social|top|club|live|life|world|space|website|one|run|ms|gle|cx|ws|im|is|ph|vn|tk|ml|ga|cf|gq|su")
PATTERNS = (
    ("email", re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("link", re.compile(
        r"\b(?:https?|ftp|file|javascript|data|mailto|tel|sms|wss?|vbscript)\s*:[^\s<>\"]+"
        r"|\bwww\.[^\s<>\"]+|\b(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?(?:/[^\s<>\"]*)?"
        r"|\b[a-z0-9-]+(?:\.[a-z0-9-]+)+/[^\s<>\"]*"
        rf"|\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:{_TLD})\b(?:/[^\s<>\"]*)?", re.IGNORECASE)),
    ("handle", re.compile(r"(?<![\w@])@[A-Za-z_][\w.]{1,30}\w")),
    ("phone", re.compile(
        r"(?<![\w+])(?:\+|00)\d[\d\s().-]{6,18}\d(?![\w])"
        r"|(?<![\w])\(\d{2,5}\)\s?\d[\d\s.-]{4,12}\d(?![\w])"
        r"|(?<![\w.,])\d{3}[\s.-]\d{3}[\s.-]\d{4}(?![\w])"
        r"|(?<![\w.,$€£¥₹])\d{2,5}[.-]\d{2,5}[.-]\d{2,5}(?:[.-]\d{2,5})?(?![\w.-])"
        r"|\b(?:call|phone|tel|mobile|cell|text|whatsapp|reach)(?:\s+me)?(?:\s+(?:on|at))?:?\s+"
        r"(?P<num>\d[\d\s.-]{5,16}\d)",
        re.IGNORECASE)),
)
_ISO_DATE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$")


@dataclass(frozen=True)
class Contact:
    start: int
    end: int
    text: str
    norm: str


def normal_form(kind: str, text: str) -> str:
    if kind == "phone":
        return "tel:" + re.sub(r"\D", "", text).removeprefix("00")
    return text.lower().rstrip("/")


def extract(text: str) -> list[Contact]:
    found: list[Contact] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            group = "num" if kind == "phone" and m.group("num") else 0
            raw = m.group(group).rstrip(".,;:!?)'\"")
            if kind == "phone" and (_ISO_DATE.match(raw.strip()) or len(re.sub(r"\D", "", raw)) < 7):
                continue
            start, end = m.start(group), m.start(group) + len(raw)
            k = bisect.bisect_left(taken, (start, end))
            if (k > 0 and taken[k - 1][1] > start) or (k < len(taken) and taken[k][0] < end):
                continue
            taken.insert(k, (start, end))
            found.append(Contact(start, end, raw, normal_form(kind, raw)))
    return sorted(found, key=lambda c: c.start)
