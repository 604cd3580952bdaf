"""Notes as people type them, cut into lines and sentences the reader can quote.

Bullets ("-", "*", "•", "1.", "->", "→") are dropped; a sentence wrapped over several lines is joined
again (a line that ends on "since", "on" or a comma goes on in the next one); sentences are split at
their end marks, not after "Dr.", "Ms." or a month before its day ("Oct. 6"). Every piece keeps words
that are, normalised, in the notes, so it can be quoted as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from promo_ai.notes.joined import split_joined
from promo_ai.notes.patterns import compiled
from promo_ai.text import tidy

# one or more: "- [ ] Raj announces ...", "(a) Mr A. to share ...", "☐ uniform order"
_BULLET = re.compile(r"^\s*(?:(?:(?:[-*•·>+]|->|→|=>|—|–)+|\d{1,2}[.)](?!\d)|\[[ xX✓✔]?\]|[☐☑✅✔⬜]|"
                     r"\((?:[a-h]|i{1,3}|iv|v|\d{1,2})\)|(?:[a-h]|i{1,3})[.)](?=\s)|"  # "(3) Mr Tan", "a. Karen"
                     # minutes' numbered actions: "AP1: MH to email HR", "AP2 — KT: ...", "Action point 3: ..."
                     r"(?:AP|A\.P\.|(?i:action\s+(?:point|item)|action|item))\s*#?\d{1,2}[a-z]?\s*(?:[:.)]|[-–—](?=\s))|"
                     r"(?:AP|A\.P\.)\s*\d{1,2}[a-z]?(?=\s+(?-i:[A-Z]))|"  # "AP1 Josh – send the feedback"
                     r"(?i:min(?:ute)?)\s*\d{1,3}(?:/\d{2,4})?\s*[:.)])\s*)+")  # "Min 3/2026: It was agreed ..."
_QUOTE_MARK = re.compile(r"^\s*>(?!>)")  # "> Hi Nate, ...", not ">> rant <<"
_MARKDOWN = re.compile(r"\*\*|__|^\s*#{1,6}\s+", re.MULTILINE)  # "## 1:1 with Alicia", "**Outcome:** pending"
_ENDS_OPEN, _ENDS_MID, _SENTENCE_END, MEETING = compiled(
    r"\b(?:on|the|to|and|of|a|an|for|with|since|at|by|before|after|from|about|but|or|my|his|their|should|will|would|"
    r"into|than|because|which|who|dont|don't|do|didn't|didnt|never|please|pls)$",
    r"\b(?:said|says|told|if|when|where|while|is|are|was|were|be|been|has|have|had|not|our|your|its|some|any|each|"
    r"every|very)$",
    r"(?<!\b[MD]r\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bSt\.)(?<!\bvs\.)(?<!\bProf\.)(?<!\be\.g\.)(?<!\bi\.e\.)"
    r"(?<!\bP\.S\.)(?<!\bapprox\.)(?<!\bAsst\.)(?<!\bSnr\.)(?<!\bSr\.)(?<!\bJr\.)(?<!\bDept\.)(?<!\bSgt\.)"
    r"(?<!\bAtty\.)(?<!\bHon\.)(?<!\bthe [A-Z]\.)"  # "Atty. Lim", "the F. family complaint"
    # an initial as a name ("Mr A. to share the report", "L. to send me the job profile"), not a sentence's end
    r"(?<!\b[Mm]r [A-Z]\.)(?<!\b[Mm]rs [A-Z]\.)(?<!\b[Mm]s [A-Z]\.)(?<!\b[Dd]r [A-Z]\.)(?<!^[A-Z]\.)"
    r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))(?:(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.)(?<!\bSept\.)|(?!\s+\d))\s+(?=\S)"
    r"(?!(?i:owner|due|deadline)\s*:)",  # "Item: Issue the letter. Owner: HR | Due: tbd" is one row
    r"\b(?:1\s*[:\-]\s*1|1\s*on\s*1|1on1|1-2-1|1\s+to\s+1|one[- ]on[- ]one|one[- ]to[- ]one|121|mtg|meeting|met|"
    r"meet(?:ing)?\s+with|chat(?:ted)?|catch[- ]?up|caught\s+up|supervision|talked|talk(?:ed)?\s+(?:to|with)|spoke|"
    r"speak|conversation|convo|check[- ]?in|sync|appraisal|debrief)\b")


@dataclass
class Line:
    """One line of the notes (joined when it was wrapped): its words without the bullet, and its sentences."""

    index: int
    text: str
    sentences: list[str] = field(default_factory=list)
    bullet: bool = False  # it starts with a bullet or a number ("- ", "•", "2.")
    heading: bool = False  # a heading over the lines below it ("## Not for email", "DO NOT INCLUDE", "Actions:")
    indent: int = 0  # the spaces before it (a tab as four): "gaps:" then "  get my ACLS renewed", a list unbulleted
    after_blank: bool = False  # a blank line above it
    quoted: bool = False  # it starts with an email's quote mark ("> "): a pasted email's line, or a bullet

    @property
    def meeting(self) -> bool:
        """The line speaks of the meeting itself ("1:1 w/ Dana", "Met Graham 12 October")."""
        return bool(MEETING.search(self.text))


_KIND_CELL = re.compile(r"(?i)^(?:next(?:\s+steps?)?|actions?|outcome|steps?|to\s*do|todo|item|notes?|who|what|when|"
                        r"owner|by|due|status|#|\d{1,2}[.)]?)$")


# Words that head a row or a line, not anyone's name ("Strengths: ...", "| Stakeholders | ... |")
LABEL_WORDS = frozenset(
    "strength strengths weakness weaknesses goal goals priority priorities development concern concerns stretch focus "
    "feedback note notes summary outcome result results plan risk risks issue issues blocker blockers win wins ask "
    "asks "
    "action actions agenda topic topics context background status update updates objective objectives target targets "
    "kpi kpis okr okrs learning growth gap gaps stakeholders stakeholder cv email timeline timing budget pay salary "
    "title role next question questions answer answers decision".split())
_WHEN_CELL = re.compile(r"(?i)^(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|"  # not "Sunita"
                        r"^\d{1,2}(?:st|nd|rd|th)?\s*[a-z]{3}|^[a-z]{3}\w*\s+\d|^\d{1,2}[/.-]\d{1,2}|"
                        r"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                        r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:\s*\(\w+\))?$|"  # "Feb (tbc)"
                        r"^(?:eow|eod|eom|asap|tbc|tbd|(?:next|this|end\s+of)\s+\w+|(?:next|this|end\s+of)\s+\w+\s+(?:week|wk|month|"
                        r"mth|year|yr|quarter|qtr|period|cycle|round|term|sprint|fortnight|\w+day))$|"
                        # "next partners mtg (9 Mar)"
                        r"^next\s+[\w ]{0,30}?\b(?:mtg|meeting|review|board|panel|committee|calibration)s?\b[^|]*$")


# who a row's cell names:
_PERSON_CELL = re.compile(r"(?:(?i:me|i|myself|mine|hr|people\s+ops|finance|payroll|admin|(?:the\s+)?office)|"
                          r"(?-i:(?:(?:Mr|Mrs|Ms|Dr|Sir|Prof)\.?\s+)?[A-Z][a-z]*(?:\s+[A-Z][a-z]+)?)"  # "Mrs A", "Raj"
                          r"(?:\s+(?:ma'?am|sir|madam|(?i:office|dept|department|team|committee|board|panel|desk)))?)"
                          r"(?:\s*\([A-Z][\w .'-]{1,25}\))?$")  # "HR (Chidi)", "Lakshmi ma'am", "Registrar office"


_WANTED_CELL = re.compile(r"(?i)^(?:what\s+(?:she|he|they|\w+)\s+(?:needs?|wants?)(?:\s+to\s+see)?|"
                          r"before\s+(?:that|then)|conditions?|to\s+get\s+there|the\s+plan|plan|gaps?)\W*$")


def table_row(line: str) -> str:
    """A row of a table typed in the notes, as a line: "| me | submit SISV log book by 31 Mar |" is "me: submit SISV
    log book by 31 Mar"; "| next | Priya to put me on the next 3 appeals | Priya |" is "Priya to put me on the next 3
    appeals"; a header or a rule row ("|---|---|") is nothing."""
    if line.count("|") < 2:
        return line
    cells = [c.strip() for c in line.strip().strip("|").split("|") if c.strip()]
    if not cells or all(re.fullmatch(r"[-:= ]+", c) or _KIND_CELL.match(c) for c in cells):
        return ""
    cells = [c for c in cells if not _KIND_CELL.match(c) and not re.fullmatch(r"[-:= ]+", c)]
    if any(re.search(r"(?i)\b(?:done|completed?|sent|closed)\b|[✅✔]", c) and len(c.split()) <= 2
           for c in cells[1:]):
        return ""  # "| send my CV to Dana | done |": done already, nothing to do
    kept_out = [c for c in cells if re.search(r"(?i)\bnot\s+for\b|\bprivate\b|\bconfidential\b|\boff\s+the\s+record\b|"
                                            r"\bdon'?t\s+(?:mention|include|put)|\bkeep\s+(?:it\s+)?out\b", c)]
    cells = [c for c in cells if c not in kept_out]
    if not cells:
        return " | ".join(kept_out)
    if len(cells) == 2 and _WANTED_CELL.match(cells[0]):  # "| What she needs | X + Y |": the plan, as a heading
        return f"{cells[0]}: {cells[1]}"
    main = max(range(len(cells)), key=lambda k: len(cells[k].split()))
    before = [c for c in cells[:main] if _PERSON_CELL.match(c) and c.lower() not in LABEL_WORDS
              and not _WHEN_CELL.match(c)]
    after = [c for c in cells[main + 1:] if _PERSON_CELL.match(c) and c.lower() not in LABEL_WORDS
             and not _WHEN_CELL.match(c)]
    # "| Goh | will ask Jasmine to ... |", "| confirm budget | Raj | Friday |"
    owner: str | None = (before or after or [""])[0] or None
    if owner and re.match(rf"(?i){re.escape(owner)}\b", cells[main]):
        owner = None  # "| Priya to put me on the next 3 appeals | Priya |": named already
    when = [f"at the {c}" if re.match(r"(?i)next\s+[\w ]{0,30}?\b(?:mtg|meeting|review|board|panel|committee|"
                                      r"calibration)s?\b", c)  # "| next partners mtg (9th Mar) |"
            else c if re.match(r"(?i)(?:by|before|on|in|due|next|this|end|asap|tbc|\"|“)", c) else f"by {c}"
            for c in cells[:main] + cells[main + 1:]
            if _WHEN_CELL.match(c) or re.match(r"(?i)(?:by|before|due)\b|[\"“]", c)]
    text = " ".join([cells[main], *when])  # "| by 20/04 |": when, kept
    return (f"{owner}: " * bool(owner) + text + "".join(f" | {c}" for c in kept_out)).strip()


def strip_bullet(line: str) -> str:
    """The line without its bullet, number or arrow."""
    return _BULLET.sub("", line, count=1)


def _prose(raw: list[str]) -> bool:
    return sum(1 for line in raw if line.rstrip().endswith((".", "!", "?"))) >= 2


_OWNER_LINE = re.compile(r"(?i)^\W*(?:owner|owners|assigned\s+to|responsible)\s*:\s*\S")
_DUE_LINE = re.compile(r"(?i)^\W*(?:due|deadline|by\s+when)\s*:\s*\S")  # joins an action row only, not "Ruth will push"
_ROW_START = re.compile(r"(?i)^\W*(?:action(?:\s+item)?|item|task|to\s*-?do|a/?i)\s*\d*\s*[:.)-]|\bowners?\s*:")
_STAMPED = re.compile(r"^\[[^\]\n]{1,40}\]\s*\S")


def _joins(previous: str, raw_next: str, prose: bool) -> bool:
    """Whether the next raw line goes on with the sentence of `previous`."""
    following = raw_next.strip()
    if following and previous and (_OWNER_LINE.match(following) or (_DUE_LINE.match(following) and _ROW_START.search(
            previous))):
        return True  # "Action: confirm July review slot" over "Owner: HR" and "Due: tbc": one row
    if not following or _BULLET.match(raw_next) or previous.endswith((".", "!", "?", ":", ";")) or _STAMPED.match(
            following):  # "[23/01/2026, 18:44] Chinedu: ..." is the next message of a chat
        return False
    if previous.endswith(","):
        return True
    if not prose:  # bullets or one thought per line: a line is a line, unless it stops mid-phrase ("went down from")
        return len(previous) >= 40 and bool(_ENDS_OPEN.search(previous) or _ENDS_MID.search(previous)) and (
            following[0].islower() or following[0].isdigit())
    wrapped = len(previous) >= 60 and (following[0].islower() or following[0].isdigit()) and not _OWN_THOUGHT.match(
        following)  # "... (advice: bring the falls data)" then "dont mention the agency complaint": two lines
    return bool(_ENDS_OPEN.search(previous)) or wrapped


# what starts a thought of its own, not the rest of a wrapped sentence: a line to keep out, a note to self
_OWN_THOUGHT = re.compile(r"(?i)^(?:(?:extra|also|other|misc|ps|note|notes|nb|todo|to\s+do|e-?mail|action|actions|"
                          r"next|update|fyi|private|personal|me|q|a|[a-z]+\s+[a-z]+(?:\s+[a-z]+)?)\s*:\s|"
                          r"(?:pls|please)\s+make\s+(?:it|the\s+e-?mail)\s+sound\b|(?:(?:pls|please|and|also|but)\s+)?(?:don['’]?t|do\s+not|dnt|"
                          r"never\s+(?:mention|say|put)|note\s+to\s+self|ps\b|p\.s\.|chat\s?gpt|nb\b|"
                          r"keep\b[^.]{0,40}\b(?:out|private|quiet|to\s+myself|between)))")  # "extra: add that ..." too


# Dictated notes run on without stops ("... on the 19th she thinks I have a good chance but ... also she said
# ..."): a long sentence is cut where a new thought starts, so that each part is read (and kept private) alone.
_RUN_ON_WORDS = 40
# never cut after a word that needs what follows: "which he is signing me up for", "dont | put in the email that"
_NEW_THOUGHT = re.compile(r"(?<!\bwhich)(?<!\bthat)(?<!\bwho)(?<!\bneed)(?<!\bdont)(?<!\bdon't)(?<!\bnot)(?<!\bnever)"
                          r"\s+(?=(?:also|and\s+also|oh\s+and|anyway|plus|she\s+said|"
                          r"he\s+said|they\s+said|i\s+need\b|(?:and\s+)?(?:please\s+)?(?:add|put\s+in|include|take\s+out|"
                          r"leave\s+out|mention)\s+(?:that|the\s+bit|(?:in\s+)?the\s+email)\b|please\s+(?:add|put|include|mention|"
                          r"leave|take|say|don'?t)\b|and\s+(?=the\s+(?:[\w-]+\s+){1,3}(?:is|are|will|'ll)\s+\w)|"
                          r"she\s+(?:thinks|wants|reckons)|he\s+(?:thinks|wants|reckons)|and\s+i(?:'m|\s+am|\s+need|"
                          r"\s+have|\s+will|'ll)|i\s+need\s+to|i'm\s+not|but|because|so\s+the|leave\s+out|"
                          r"don'?t\s+(?:say|mention|put|include|bring\s+up|write|tell|talk\s+about)|do\s+not|(?<!voice\s)note\s+to\s+self|lead\s+with|"
                          r"open\s+with|make\s+(?:it|the\s+(?:e-?mail|tone))\s+(?:sound|(?:more|less|a\s+bit)\s+(?:confident|formal|casual|friendly|warm|"
                          r"upbeat|professional|punchy|polite|humble|assertive|positive))|(?:she|he|they)(?:'ll|\s+will|\s+is|\s+are)|(?:hr|payroll)\s+(?:will|to|is|are)|"
                          r"i(?:'ll|\s+will|\s+have\s+to|\s+must|\s+should))\b)", re.IGNORECASE)


# An emoji ends a sentence as a stop does, when a capital starts the next ("senior SW 🙏 She says she'll raise it").
_AFTER_EMOJI = re.compile(r"(?<=[\U0001F300-\U0001FAFF\u2600-\u27BF])\ufe0f?\s+(?=[A-Z])")


# "email: lead with forest school, add that I did the SENCo course, drop the facebook videos": one edit each, once
# the sentence has said what to lead with
_LEAD_CUE = re.compile(r"(?i)\b(?:lead|open|start)\s+(?:(?:the\s+(?:summary|e-?mail|letter|note|message|reply)\s+)?"
                       r"with|"
                       r"w/?)\b|\bput\s+[^,;]{1,60}?\s+(?:first(?!\s+(?:[A-Z0-9][\w-]*\s+)?(?:round|draft|week|time|cycle|"
                       r"review|panel|board|"
                       r"meeting|intake|slot|opening|vacancy|window|post|job|role)s?\b)|on\s+top|up\s+top)\b|\b(?:on|up)\s+top\b|"
                       r"\b(?:e-?mail|letter|write-?up)\b[^,;]{0,60}\bfirst\b")  # not "she'll check the budget first"
_NEXT_EDIT = re.compile(r"(?i)(?:,\s*(?:and\s+)?(?:also\s+)?|\s+(?:and|also|plus)\s+(?:also\s+)?)"
                        r"(?=(?:add|include|mention|throw\s+in|put\s+(?:in\s+)?that|drop|skip|remove|leave\s+out|cc)\b"
                        r"(?!\s+(?:me|it|him|her|them|us)\b))")  # not "drop me a line", "mention it when I reapply"


def _edits(sentence: str) -> list[str]:
    cue = _LEAD_CUE.search(sentence)
    if cue is None:
        return [sentence]
    joints = [m for m in _NEXT_EDIT.finditer(sentence) if m.start() >= cue.end()]
    cuts = [0, *(p for m in joints for p in (m.start(), m.end())), len(sentence)]
    return [sentence[a:b] for a, b in zip(cuts[::2], cuts[1::2], strict=True)]


# Dictated notes say their punctuation ("... by thursday full stop i need to send him the report new line ..."):
# where they say it twice or more, a sentence ends there, and the spoken words are left out of it.
_SPOKEN_STOP = re.compile(r"(?i)\s*\b(?:full\s+stop|question\s+mark|exclamation\s+(?:mark|point)|new\s+paragraph|"
                          r"(?<!the\s)(?<!a\s)(?<!our\s)(?<!this\s)(?<!that\s)(?<!on\s)"
                          r"(?:new|next)\s+line(?!\s+(?:manag|mgr|report|lead|super|of|is|are|was))|end\s+of\s+note)\b[\s.]*")


# an action row of one line with several owners: "Actions: Suresh sir - letter via HR by 20/1, me - handover to Kavya
# by 31/1", "TASKS: me - ERB/ORB by 4/10 ; SFC R - submit packet": one sentence each
_OWNER_DASH = (r"(?:me|myself|(?!(?:Title|Start|Band|Pay|Grade|Role|Level|Date|Status|Salary|Decision|Outcome|"
               r"Effective|Location|Team|Site|Note|Notes|Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|"
               r"Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b)"  # "Title - Senior Analyst", "Tue - tell my team": no owner
               r"[A-Z][\w.'’&/]*(?:\s+(?:sir|ma'?am|madam|[A-Z][\w.'’]*))?)\s*(?:-+>?|[–—→])\s+(?=\S)")
_OWNER_ROWS = re.compile(rf"(?:^|(?<=[:;,]))\s*{_OWNER_DASH}")
_NEXT_OWNER = re.compile(rf"\s*[;,]\s+(?={_OWNER_DASH})")


_ACTIONS_LEAD = re.compile(rf"(?i)^\W*(?:(?:agreed\s+)?(?:next\s+steps?|actions?(?:\s+items?)?|to[\s-]?dos?|tasks?|"
                           rf"ap|follow[\s-]?ups?)\s*:\s*)?(?={_OWNER_DASH})")


def _owner_rows(sentence: str) -> list[str]:
    """The rows of a line of several owners' actions, each its own sentence; a lead-in that only says they are
    actions ("Actions: ") goes, any other stays with the first row ("By end of Jan: me - book the ILM course")."""
    if len(_OWNER_ROWS.findall(sentence)) < 2:
        return [sentence]
    lead = _ACTIONS_LEAD.match(sentence)
    return _NEXT_OWNER.split(sentence[lead.end():] if lead else sentence)


def split_sentences(text: str) -> list[str]:
    if len(_SPOKEN_STOP.findall(text)) >= 2:
        return [s for part in _SPOKEN_STOP.split(text) for s in split_sentences(part)]
    sentences = [re.sub(r"^[—–]\s+", "", row.strip()) for part in _AFTER_EMOJI.split(text)
                 for s in _SENTENCE_END.split(part) if s.strip()  # '..." — I'd need to ...': the dash is no word
                 for row in _owner_rows(s) if row.strip()]
    return [clause for s in sentences
            for part in (_joined_on(_NEW_THOUGHT.split(s)) if len(s.split()) > _RUN_ON_WORDS else [s]) if part.strip()
            for edit in _edits(part.strip()) if edit.strip()
            for clause in split_joined(edit.strip())]


_LINKING_ONLY = re.compile(r"(?i)^\W*(?:(?:and|also|please|so|then|oh)\W*)+$")


def _joined_on(parts: list[str]) -> list[str]:
    """A run-on's pieces, a piece that only links ("and", "please", "and also") joined to the one after it."""
    joined: list[str] = []
    carry = ""
    for part in parts:
        if _LINKING_ONLY.match(part):
            carry += part.strip() + " "
            continue
        joined.append(carry + part.strip())
        carry = ""
    return joined + ([carry.strip()] if carry.strip() else [])


def read_lines(notes: str) -> list[Line]:
    """The notes as lines of sentences; blank lines dropped."""
    raw = notes.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    prose = _prose(raw)
    lines: list[Line] = []
    current: list[str] = []
    bullet = heading = quoted = False
    indent = 0
    after_blank: set[int] = set()  # lines with a blank line above them
    for at, line in enumerate(raw):
        text = tidy(strip_bullet(_MARKDOWN.sub("", table_row(line))))
        if current and _joins(current[-1], line, prose):
            current.append(text)
            continue
        if current:
            lines.append(Line(len(lines), " ".join(current), bullet=bullet, heading=heading, indent=indent,
                              quoted=quoted))
        if text and at and not raw[at - 1].strip():
            after_blank.add(len(lines))
        current, bullet = ([text] if text else []), bool(_BULLET.match(line)) and bool(text)
        quoted = bool(text) and bool(_QUOTE_MARK.match(line))
        indent = len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())
        heading = bool(text) and not bullet and (bool(re.match(r"^\s*#{1,6}\s", line)) or (len(text.split()) <= 6 and (
            text.endswith(":") or (text.isupper() and len(text) > 3))))
    if current:
        lines.append(Line(len(lines), " ".join(current), bullet=bullet, heading=heading, indent=indent, quoted=quoted))
    for joined in lines:
        joined.sentences = split_sentences(joined.text)
    for at in after_blank:  # "\nKeep out\n- Olu is leaving": a short line set apart over a list heads it
        if at < len(lines):
            lines[at].after_blank = True
        if at + 1 < len(lines) and not lines[at].bullet and lines[at + 1].bullet and len(lines[at].text.split()) <= 4:
            lines[at].heading = True
    return lines


_STEPS_HEADING = re.compile(r"(?i)^\W*(?:(?:agreed\s+|my\s+)?next\s+steps?|"
                            r"(?:agreed\s+)?actions?(?:\s+items?|\s+points?)?|to[\s-]?dos?|follow[\s-]?ups?|who\s+does\s+what|next)\W*$")


# a line that says it is an action: "Action (Fri): send the audit pack to Dana", "TODO: book the course"
_ACTION_LINE = re.compile(r"(?i)^\W*(?:agreed\s+)?(?:next(?:\s+steps?)?|actions?(?:\s+items?|\s+points?)?|to[\s-]?dos?|"
                          r"tasks?)(?:\s*\([^)]{1,20}\))?\s*:\s*\w")


def listed_as_steps(lines: list[Line]) -> set[str]:
    """The sentences of the lines under a heading that names them as steps ("Next steps:", "Actions", "To do:"),
    up to the next heading, and of a line that says it is one ("Action (Fri): ..."): the person's own list of what
    happens next."""
    listed: set[str] = set()
    under = False
    for line in lines:
        if line.heading:
            under = bool(_STEPS_HEADING.match(line.text))
        elif under or _ACTION_LINE.match(line.text):
            listed |= set(line.sentences)
    return listed
