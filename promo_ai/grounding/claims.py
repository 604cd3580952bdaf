"""Claims that are not facts about the work: approvals and decisions, and instructions.

- decisions: 'already approved', 'HR has signed off', 'Marcus agrees', 'you agreed to promote me',
  'effective immediately'. Such a claim stands only when the case or the notes say it (the same words,
  or for 'you agreed to X', X in one line of them); the promoted outcome backs 'my promotion was approved'.
- instructions: our prompts' and our feedback's wording, lines addressed to an AI, header lines
  ('Subject:', 'Bcc:') inside the body.
The composer's own fixed phrases ('As agreed, ...') are never claims.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from promo_ai.grounding.ownwords import composer_phrases, composer_says, prompt_text_in
from promo_ai.grounding.source import Source
from promo_ai.text import looks_like_instruction

_NOT_SUBJECTS = ("It|This|That|There|Here|I|We|You|They|He|She|As|So|And|But|If|When|Then|Now|Once|Since|Because|"
                 "Also|Thanks|Thank|Please|Before|After|While|What|Who|How|Why|Where|The|A|An|My|Our|Your|Their|His|"
                 "Her|Its|Both|All|Everyone|Together")
_SUBJECT = (r"(?:HR|leadership|management|(?i:the)\s+(?:committee|board|panel|leadership\s+team|director|VP|CEO|CFO|"
            r"business|company|org|department|promotion\s+committee|calibration(?:\s+panel)?)|finance|"
            rf"everyone|everybody|(?!(?:{_NOT_SUBJECTS})\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")
DECISIONS = re.compile(
    r"(?m)\b(?i:already|officially|formally)\s+(?:been\s+)?(?i:approved|agreed|decided|confirmed|signed[\s-]off|"
    r"green-?lit|finali[sz]ed|promised|settled|done)\b"
    r"|\b(?i:has|have|had)\s+(?i:now\s+|already\s+)?(?:been\s+)?(?i:approved|signed[\s-]off|green-?lit|okayed|"
    r"ok'?d|rubber-stamped|endorsed|finali[sz]ed)\b"
    r"|\b(?i:was|were|is|are|been)\s+(?i:now\s+)?(?i:approved|signed[\s-]off|green-?lit|okayed|rubber-stamped|"
    r"finali[sz]ed|confirmed|decided)\b"
    r"|\b(?i:green\s+light|go-ahead|thumbs\s+up|done\s+deal|(?:a|just\s+a)\s+formality|rubber\s+stamp)\b"
    r"|^\s*(?i:approved|confirmed|agreed|decided|done|signed\s+off|final|official)\s*[:!—–-]"
    rf"|\b{_SUBJECT}\s+(?:has\s+|have\s+|had\s+|is\s+|are\s+)?(?:already\s+|fully\s+)?(?:agree[sd]?|approved?|"
    r"supports?|supported|backs|backed|endorses|endorsed|recommends|recommended|confirm(?:s|ed)|decided|promised|"
    r"signed(?:\s+off)?|okayed|vouche[sd]|on\s+board|behind\s+(?:me|this|my)|in\s+favou?r|supportive|thinks\s+I|"
    r"believes\s+I|feels\s+I|wants\s+me)\b"
    r"|\b(?i:you|we)\s+(?i:have\s+|had\s+)?(?i:already\s+)?(?i:agreed|decided|confirmed|promised|committed)\s+"
    r"(?i:that|to)\b[^.;\n]*"
    r"|\b(?i:my|the|this)\s+(?i:promotion|raise|new\s+title|offer|move)\s+(?i:is|was|has\s+been|will\s+be)\s+"
    r"(?i:now\s+)?(?i:approved|confirmed|agreed|final|official|effective|happening|certain|guaranteed|going\s+ahead|"
    r"locked\s+in|a\s+given)\b"
    r"|\bI\s+(?i:will|'ll|am\s+going\s+to|am\s+to)\s+(?i:be\s+promoted)\b"
    r"|\b(?i:is|are|will|'ll|'s|'re)\s+(?i:going\s+to\s+)?(?i:promote|promoting)\s+me\b"
    r"|\bI\s+(?i:got|have\s+got|received|was\s+given|have\s+been\s+given)\s+(?i:the|my|a)\s+"
    r"(?i:promotion|raise|new\s+title)\b"
    r"|\b(?i:effective\s+immediately|(?:is|was|will\s+be|becomes|became)\s+effective|"
    r"start(?:s|ing)?\s+in\s+the\s+new\s+role)\b",
)
# Someone's words or praise reported without quoting them: "Sam told me I'm the strongest analyst he knows",
# "according to Dana ...", "I was praised by the CFO". A quotation that follows is judged as a quote.
_CLAUSE = r"(?:[^.;:\n\"'\0]|'(?=[^\W\d_]))*"  # to the end of the clause, or a quotation mark
REPORTED = re.compile(
    rf"(?<!what )(?<!What )\b(?P<who>{_SUBJECT})\s+(?:(?:has|have|had)\s+)?(?:told\s+me|said|says|wrote|writes|"
    r"mentioned|noted|called\s+me|describe[sd]\s+me|praised\s+(?:me|my)|thanked\s+me|commended\s+me|believes|"
    rf"feels|thinks|considers\s+me|sees\s+me)\b(?P<rest>{_CLAUSE})"
    rf"|\b(?i:according\s+to)\s+(?P<who2>{_SUBJECT})(?P<rest2>{_CLAUSE})"
    r"|\b(?P<praised>(?i:was|were|been|got|being)\s+(?i:praised|commended|recogni[sz]ed|thanked|applauded|lauded|"
    rf"singled\s+out|nominated|shortlisted|named|chosen|selected)\s+(?i:by|for|as))\b(?P<rest3>{_CLAUSE})"
)
_QUOTE_FOLLOWS = re.compile(r"\s*[:,]?\s*[\"']")
_AUXILIARY = re.compile(r"^(?i:was|were|is|are|been|has|have|had|already|officially|formally)\b")
_CLAUSE_BEFORE = re.compile(r"((?:[\w'-]+\s+){0,5})$")
_FIRST_PERSON = re.compile(r"^(?:.*\s)?(?:I|we|I've|we've)\s+(?:have\s+|had\s+|already\s+)*(?:approved|signed|"
                           r"okayed|endorsed|finali[sz]ed|confirmed|decided)\b", re.IGNORECASE)
_PROMOTION_DONE = re.compile(r"\bpromot|\bnew\s+title|\bthe\s+role\b", re.IGNORECASE)

# A model talking about its own answer instead of writing the email.
CHATTER = re.compile(
    r"\b(?:here(?:'s|\s+is)\s+(?:the|your|a|an)\s+(?:refined|revised|updated|rewritten|polished|improved|final|"
    r"edited)\s+(?:email|version|draft|text)|I\s+(?:have|'ve)\s+(?:refined|revised|rewritten|polished|updated|edited)\s+"
    r"(?:the|your)\s+(?:email|draft)|as\s+an\s+ai\b|(?:an?\s+)?(?:ai\s+)?language\s+model|I\s+hope\s+this\s+"
    r"(?:email\s+|draft\s+)?(?:helps|meets\s+your)|feel\s+free\s+to\s+(?:adjust|edit|modify|tweak)|"
    r"(?:the\s+)?(?:draft|email)\s+(?:above|below)\s+(?:has\s+been|is\s+now))",
    re.IGNORECASE,
)
HEADERS = re.compile(r"^\s*(?:subject|from|to|cc|bcc|reply-to|sender|date|x-[\w-]+|re|fwd?)\s*:\s*\S",
                     re.IGNORECASE | re.MULTILINE)


def decisions(text: str, source: Source) -> Iterator[tuple[int, str]]:
    for m in DECISIONS.finditer(text):
        claim, start = m.group(0).strip(), m.start()
        if _AUXILIARY.match(claim):  # "was approved": what was? The words before it, back to the clause start
            before = _CLAUSE_BEFORE.search(re.split(r"[,.;:—\n\"(]", text[max(0, start - 200):start])[-1])
            if before and before.group(1).strip():
                start -= len(before.group(1))
                claim = text[start:m.end()].strip()
        if composer_says(text, m.start(), m.end()) or source.says(claim) or _FIRST_PERSON.match(claim):
            continue  # "I have signed off 310 installations" is the person's own work, judged as evidence
        agreed = re.match(r"(?:you|we)\s+(?:have\s+|had\s+)?(?:already\s+)?\w+\s+(?:that|to)\b(.*)", claim, re.I)
        if agreed and agreed.group(1).strip() and source.says_in_one_line(agreed.group(1)):
            continue
        if source.case.outcome == "promoted" and _PROMOTION_DONE.search(text[max(0, m.start() - 40):m.end() + 10]):
            continue
        yield start, claim
    for m in REPORTED.finditer(text):
        rest = m.group("rest") or m.group("rest2") or m.group("rest3") or ""
        if _QUOTE_FOLLOWS.match(text, m.end()):
            continue  # "Sam said: “...”", "Sam wrote that I was “...”": the quote check judges it
        head_end = m.end() - len(rest)
        if composer_says(text, m.start(), head_end) or source.says(m.group(0)):
            continue
        if not (source.says_in_one_line(m.group(0)) if rest.strip() else source.says(m.group(0))):
            yield m.start(), m.group(0).strip()


def instructions(text: str, section: str, masked_names: str) -> Iterator[tuple[int, str]]:
    """Our prompts' wording, lines addressed to an AI (judged with the case's names and titles masked, so
    a title such as 'Assistant' is not mistaken for one), and header lines in the body."""
    for passage in prompt_text_in(text):
        first = re.search(r"\W+".join(re.escape(w) for w in passage.split()[:3]), text, re.IGNORECASE)
        yield (first.start() if first else 0), passage
    for line in masked_names.split("\n"):
        if looks_like_instruction(line) and \
                looks_like_instruction(composer_phrases().sub(lambda m: "X" * len(m.group(0)), line)):
            start = masked_names.find(line)
            yield start, text[start:start + len(line)].strip()
    for m in CHATTER.finditer(text):
        yield m.start(), m.group(0)
    if section != "subject":
        for m in HEADERS.finditer(text):
            yield m.start(), text[m.start():text.find("\n", m.start()) if "\n" in text[m.start():] else None].strip()
