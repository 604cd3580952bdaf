"""What the manager wants before the promotion, listed under a heading of its own:

    What she wants first            he wants:                 Boxes: CLM Sgt course + SAA instructor qual
    - take on the TY coordinator    - 4 wks as learning
      job for the rest of the year    ambassador on nights

Each bullet under such a heading (until the next heading or line that is not a bullet), and each part of a
heading's own list ("A + B"), is a condition: a plan item, said as what I will do ("complete the CLM Sgt
course"), never a step and never evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from promo_ai.notes.evidence import ADD_SAY, drop_phrases
from promo_ai.notes.lines import Line
from promo_ai.notes.parts import conditions
from promo_ai.notes.verbs import starts_with_a_verb
from promo_ai.notes.when import when_phrase

_WANTS = re.compile(
    r"(?i)^\W*(?:what\s+(?:she|he|they|\w+)\s+(?:wants|needs|would\s+like|expects)(?:\s+to\s+see)?|"
    r"(?:to\s+get\s+there,?\s+)?(?:she|he|they)\s+(?:wants|needs|would\s+like|expects)(?:\s+(?:me|us)\s+to|"
    r"\s+to\s+see)?|conditions?|criteria|boxes(?:\s+to\s+tick)?|"
    r"gaps?(?:\s+to\s+close)?|what\s+it\s+(?:takes|will\s+take)|"
    # "What would swing it: running the pass solo ...", "To be ready: budget holding, shadow Nick ..."
    r"what\s+(?:would|will|'d|'ll)\s+(?:swing|clinch|tip|seal)\s+it(?:\s+next\s+time)?|to\s+be\s+ready(?=\s*:)|"
    # "things Karen will want before she signs off:", "Before interviews she wants me to:"
    r"things\s+(?!i\b)(?:[\w']+\s+){0,2}(?:will\s+|would\s+)?(?:wants?|needs?|expects?|look\s+for)\b"
    r"(?!\s+(?:me\s+)?to\s+(?:add|mention|include|say|put|cover|drop))[^:]*|"
    r"before\s+[\w' ]{1,30}?\s+(?:she|he|they|[A-Z]\w+)\s+(?:wants|needs|would\s+like|expects)(?:\s+me)?"
    r"(?:\s+to(?:\s+see)?)?(?=\s*:)|[\w' ]{0,60}\bif\s+i\s+[\w' ]{0,30}\b(?:gaps|boxes|these|following|below|list)\b"
    r"[\w' ]{0,10}(?=\s*:\s*$)|"
    r"(?P<work>things\s+to\s+work\s+on|to\s+get\s+there|"
    r"(?:development|growth|focus)\s+areas?|areas?\s+to\s+(?:work\s+on|develop|improve|grow))(?=\s*:)|"
    r"(?:what\s+i\s+)?needs?(?=\s*:)|what\s+i\s+need|what\s+i\s+(?:must|need\s+to|have\s+to|should|gotta)\s+do|"
    r"before\s+(?:approval|promotion|sign[- ]?off|the\s+(?:promotion|panel|board|move))|"  # "## Before approval"
    # "Before that:", "before then I need:", "before the board I need to", "Before 18 June:"
    r"before\s+(?:that|then|the\s+\w+|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+|[a-z]+\s+\d{1,2}(?:st|nd|rd|th)?)"
    r"(?:\s+i\s+(?:need|must|have|should)(?:\s+to)?)?(?=\s*:|\s+(?=1[.)]))|"
    r"blockers?|requirements?|pre-?reqs?|(?:[\w' ]{0,40}\s)?(?:realistic|possible|doable|"
    r"likely|on|a\s+yes)\s+if\s+i|if\s+i|(?:things\s+)?to\s+do\s+(?:first|before\b[^:]*)|before\s+(?:then|"
    r"(?:i|she|he|they)\s+(?:can\s+)?(?:go|put|apply|be\s+put|recommend|nominate|sign|promote|submit|support|back|"
    r"endorse)\b[^:]*)|needs?\s+(?:first|before\b[^:]*)|"
    r"[\w' ]{0,40}\bwith\s+a\s+plan(?=\s*:)|"  # "she says revisit in Q2 with a plan: own the M-Pesa service + ..."
    r"(?P<plan>(?:the\s+|my\s+|(?:her|his|their|(?-i:[A-Z])[\w-]*['’]s)\s+(?=plan\s+for\s+me\b)|agreed\s+|"
    r"development\s+|dev\s+)?"
    r"plan(?:\s+for\s+[\w ]{1,20}?|"
    r"\s+(?:til+|until)\s+then|"
    # "plan to be ready when it lifts:"
    r"\s+to\s+(?:be\s+ready|get\s+there|get\s+it|close\s+the\s+gaps?)[\w' ]{0,30}(?=\s*:\s*$)|"
    r"\s+in\s+the\s+meantime)?"
    r"(?=\s*(?::|->|→|=)|\s+is\s)))"
    r"(?:\s+(?:first|by\s+then|by\s+the\s+\w+|before\s+[^:]{1,40}|in\s+the\s+meantime|(?:til+|until)\s+then|"
    r"to\s+have\s+done))?(?:\s*\([^)]{1,40}\))?\s*(?:(?P<sep>:|->|→|=|is\s|(?=1[.)]\s))\s*(?P<rest>.*))?$")
# a heading over what is still wanted, said another way: "what would swing it next time:", "what's still missing:",
# "she said I need:", "Marisol's criteria (Dan says):", "the bar is:" (not "what I've got already:")
# "Mrs Rao condition: if I can show", 'lisa: "if you can show 3 things by then"'
_LIST_HEAD = re.compile(r"(?i)^\W*(?:[\w' ]{1,25}:\s*[\"“]?if\s+(?:i|you)\s+can\s+show\b[^:]{0,40}|"
                        r"(?P<head>(?!what\s+i(?:'ve|\s+have)\s+(?:got|done))[^:]{0,60}?\b(?:swing\s+it|"
                        r"missing|criteria|the\s+bar|(?:she|he|they)\s+said\s+i\s+need|i\s+still\s+need|needs?\s+to\s+"
                        r"see|would\s+help|what'?s\s+left|to\s+get\s+over\s+the\s+line|requirements?|conditions?|"
                        r"if\s+(?:i|you)\s+can\s+show|(?:wants?|needs?)\s+(?:the\s+case|my\s+case|it|the\s+file|the\s+"
                        r"application)\s+to\s+show|(?:her|his|their|(?-i:[A-Z])\w+['’]s)\s+list\s+before)\b[^:]{0,40}):\s*"
                        r"(?:[\"“]?if\s+(?:i|you)\s+can\s+show\b[^:]{0,30})?"
                        r")(?P<rest>)(?P<plan>)(?P<work>)(?P<sep>)$")
# a question over what is still wanted, and the answer under it
_ASKED = re.compile(r"(?i)^\W*q\s*\d*\s*[:.)-]\s*what\s+(?:does|do|would|will)\s+(?!i\b)[\w' ]{1,20}?\s+"
                    r"(?:still\s+)?(?:want|need|expect|look\s+for)\b")
_NOTHING = re.compile(r"(?i)\W*(?:nothing|none|n/?a)\b")
_STEP_SAID = re.compile(r"(?i)\b(?:i'?ll|i\s+will|she'?ll|he'?ll|they'?ll|she\s+will|he\s+will)\b")
_I_DID = re.compile(r"(?i)\b(?:i|we)\s+(?:\w+ed|led|ran|built|rebuilt|made|won|got|did|set\s+up|wrote|rewrote|taught|"
                    r"grew|cut|took|gave|brought|sold)\b|\b(?:done|completed|passed|achieved)\s+(?:in\s+(?:jan|feb|mar|apr|"
                    r"may|jun|jul|aug|sep|oct|nov|dec)|last\s+\w+|already)|\(\s*(?:done|completed|passed)\b|"
                    r"\balready\s+(?:done|completed|passed)\b")
_ALSO_WANTS = re.compile(r"(?i)(?:she|he|they)\s+(?:also\s+)?(?:wants|needs|would\s+like)\s+(?:me\s+)?to\s+")
_ANSWER = re.compile(r"(?i)^\W*a\s*\d*\s*[:.)-]\s*(?P<rest>.+?)\W*$")
_HEADING = re.compile(r"^[^:]{1,40}:\s*$|^(?:next(?:\s+steps?)?|actions?|email|for\s+the\s+\w+|add|private|outcome)\b",
                      re.IGNORECASE)
_PARTS = re.compile(r"\s+\+\s+|\s+&\s+(?=(?:the|my|a|an)\s)|\s*;\s*|,\s+and\s+")  # not "Maple & Co"
_NUMBERED = re.compile(r"^\s*1[.)]\s+|\s+\d[.)]\s+")  # "1) clear my SEP recurrent 2) fly 10 sectors"
_THEIRS = re.compile(r"(?i)^(?:she|he|they|my\s+manager|\w+\s+(?:will|'ll|to))\b")
_DONE_THING = re.compile(r"(?i)^(?P<thing>(?!i\b|me\b)\w.{2,60}?)\s+"
                         r"(?P<done>hit|passed|done|completed|finished|signed\s+off|in\s+place)(?:\s*\([^)]*\))?\W*$")
_DONE = re.compile(r"(?i)\b(?:done|completed|finished|passed|closed|delivered)\b")
_OWNED = re.compile(r"(?i)\s(?:->|→|=>)\s*[a-z]|\bto\s+be\s+(?:done|sorted|booked|sent)\s+by\b")
_SUBJECT = re.compile(r"(?i)^(?:she|he|they|i|we|my\s+manager)\b|^\w+\s+(?:to|will|'ll)\b")


_STATE = re.compile(r"(?i)\b(?:down|up|under|over|below|above|trained|done|hit|passed|signed\s+off|in\s+place|"
                    r"sorted|cleared|finished|completed)\b")


def _states(part: str) -> list[str]:
    """'complaints down, stock loss under 1%, new starters trained': each a state to reach; [] for anything else."""
    pieces = [p.strip() for p in re.split(r",\s+(?:and\s+)?", part.strip(" .")) if p.strip()]
    return pieces if len(pieces) > 1 and all(_STATE.search(p) and not starts_with_a_verb(p) for p in pieces) else []


@dataclass(frozen=True)
class Wanted:
    """One condition from a list: the line it is on, and what I will do."""

    line: int
    quote: str
    text: str


def _as_mine(item: str, thing_prefix: str | None = None) -> str:
    """The item as what I will do: a verb phrase as written, a thing to complete otherwise (or, under "Things to
    work on:", a thing to work on: "work on AHT still high (target 6:30)")."""
    item = re.sub(r"(?i)^(?:i|me)\s+(?:will\s+|'ll\s+|to\s+|need\s+to\s+|have\s+to\s+|must\s+)?", "",
                  item.strip(" .,;-–—"))  # "plan -> I call the book on the studio show in May"
    if once := re.match(r"(?i)(?:once|when|after|as\s+soon\s+as)\s+(?:i'?ve|ive|i\s+have)\s+(?P<v>got|passed|done|"
                        r"finished)\s+(?P<x>.+?)(?:,?\s+(?:she|he|they)\b.*)?$", item):  # "once ive got my Cert IV ..."
        return f"{ {'got': 'get', 'done': 'complete'}.get(once['v'].lower(), once['v'][:-2])} {once['x']}"
    if re.match(r"(?i)(?:evidence|proof|examples?)\s+of\b", item):
        return f"show {item[0].lower()}{item[1:]}"  # "evidence of leading a project"
    if re.match(r"(?i)(?:sole\s+|full\s+)?(?:conduct|charge|ownership|responsibility)\s+(?:of|for)\b", item):
        return f"take {item[0].lower()}{item[1:]}"  # "sole conduct of a High Court matter"
    if starts_with_a_verb(item):
        return item
    if re.search(r"(?i)\s(?:down|up|under|over|below|above)\b", item) or re.search(r"(?i)\s(?:trained|sorted|cleared)$",
                                                                                   item):
        return f"get {item[0].lower()}{item[1:]}" if item[1:2].islower() else f"get {item}"  # "complaints down"
    if m := _DONE_THING.match(item):  # "H2 deposit target hit": hit the H2 deposit target
        thing = m["thing"] if re.match(r"(?i)(?:the|a|an|my|our)\b", m["thing"]) else f"the {m['thing']}"
        return {"hit": f"hit {thing}", "passed": f"pass {thing}", "signed off": f"get {thing} signed off",
                "in place": f"get {thing} in place"}.get(m["done"].lower(), f"complete {thing}")
    if thing_prefix:
        return thing_prefix + item
    if re.match(r"(?i)^\d+\s*(?:more\s+|extra\s+)?(?:wks?|weeks?|months?|days?|shifts?|nights?|sessions?)\b", item):
        return f"do {item}"  # "4 wks as learning ambassador on nights"
    if re.match(r"^\d", item):
        return f"reach {item}"  # "100%+ pick rate for 6 wks straight"
    if re.match(r"(?i)^(?:zero|no|nil)\s", item):
        return f"keep {item[0].lower()}{item[1:]}"  # "Zero cash shortages for two more quarters"
    if re.search(r"(?i)\bto\s+[$£€₦₹]?\d", item):
        return f"get the {item[0].lower()}{item[1:]}" if item[1:2].islower() else f"get the {item}"  # "coverage to 70%"
    if re.match(r"(?i)^(?:the|a|an|my|our|his|her|some|more|another)\b", item):
        return f"complete {item}"
    return f"complete the {item}"  # "CLM Sgt course": complete the CLM Sgt course


def listed(lines: list[Line]) -> list[Wanted]:
    """The conditions listed under a heading that says what is wanted (see the module)."""
    found: list[Wanted] = []
    for at, line in enumerate(lines):
        answer = _ANSWER.match(lines[at + 1].text) if at + 1 < len(lines) and _ASKED.match(line.text) else None
        if answer:  # "Q: what does she still want?" / "A: CFA Level 2 passed + 6 months signing off credits"
            for k, said in enumerate(lines[at + 1].sentences):  # the answer; after it, only "he also wants me to X"
                rest = re.sub(r"(?i)^(?:and|also|plus)\s+", "", _ANSWER.sub(r"\g<rest>", said))
                wants = _ALSO_WANTS.match(rest)
                rest = re.sub(r"^(A|An|The)\s", lambda a: a[0].lower(), rest[wants.end():] if wants else rest)
                if (k and not wants) or ADD_SAY.search(rest) or drop_phrases(rest) or _SUBJECT.match(rest) or \
                        _I_DID.search(rest) or _STEP_SAID.search(rest) or _NOTHING.match(rest):
                    continue  # "we were 1.9 in July", "he said mention that", "nothing, Dana has it all": not wanted
                found += [Wanted(lines[at + 1].index, said, _as_mine(p)) for part in _PARTS.split(rest) if part.strip()
                          for p in _states(part) or conditions(part)]
            continue
        m = _WANTS.match(line.text) or _LIST_HEAD.match(line.text)
        if not m:  # "he said im nearly there but need to own the GP. plan = i run costing + ordering ...": a later
            later = next((s for s in line.sentences[1:] if (w := _WANTS.match(s)) and w["plan"] and w["rest"] and not (
                w["sep"].startswith("is") and not starts_with_a_verb(w["rest"]))), None)  # not "The plan is good"
            if later is not None and (w := _WANTS.match(later)) and not _THEIRS.match(w["rest"]):  # sentence's plan
                found += [Wanted(line.index, later, _as_mine(p)) for part in _PARTS.split(w["rest"])
                          if part.strip() and not _THEIRS.match(part.strip())  # not "and Josh will get me into X"
                          for p in _states(part) or conditions(part)]
            continue
        if not m or len(line.text.split()) > (40 if m["rest"] else 16 if line.text.endswith(":") else 12):
            continue
        if m["plan"] and m["rest"] and (_THEIRS.match(m["rest"]) or (
                m["sep"].startswith("is") and not starts_with_a_verb(m["rest"]))):
            continue  # "plan: she'll take it to the board": a step of hers, read as one; "the plan is good"
        if m["rest"] and re.fullmatch(r"(?i)\W*(?:none|nothing|n/?a|tbc|-+)?\W*", m["rest"]):
            continue  # "Conditions: none"
        if m["rest"] and m["rest"].strip():  # "Boxes: CLM Sgt course + SAA instructor qual"
            found += [Wanted(line.index, line.text, _as_mine(p, "work on " if m["work"] else None))
                      for part in (_NUMBERED.split(m["rest"]) if re.match(r"\s*1[.)]\s", m["rest"]) else
                                   _PARTS.split(m["rest"])) if part.strip()
                      for p in _states(part) or conditions(part)]  # "own X and mentor Y", "X hit, Y done"
            continue
        for item in lines[at + 1:]:
            if not (item.bullet or item.indent > line.indent) or _HEADING.match(item.text) or _SUBJECT.match(
                    item.text) or len(item.text.split()) > 25 or item.text.rstrip().endswith(":"):
                break  # a heading of its own ends the list: "✅ Already done (she said put these in the summary):"
            if _OWNED.search(item.text):
                continue  # "course booking -> to be done by gordon": an action list's step, read as one
            if m.groupdict().get("head") and _I_DID.search(item.text):
                continue  # "She wants the case to show:" over "the 98% audit I led": what is done, as evidence
            if (ADD_SAY.search(item.text) and (not when_phrase(item.text) or _DONE.search(item.text))) or drop_phrases(
                    item.text) or re.search(r"(?i)\blead\s+with\b", item.text):
                continue  # "IATF recert: done in Nov, zero majors. put it in", "softball no": the evidence, said
            found += [Wanted(item.index, item.text, _as_mine(p)) for p in _PARTS.split(item.text) if p.strip()]
    return found
