"""A plan changed in the talk: "she said she'd ring the ETB, then changed her mind and said I should email them
myself", "he was going to do my PDR sign-off, now says Rawlings will do it", "he'll look into the grant - no scratch
that, the advisor is doing the grant", "I offered to write it up - he said don't bother". What was dropped is no
step; what it became is, with its new owner and, when the new words only point back ("will do it", "Kunal will
send"), the thing first named."""

from __future__ import annotations

import re
from functools import lru_cache

from promo_ai.notes.voice import base_verb

# what was to be done before the change: "she'd ring the ETB", "was going to set up a meeting", "I offered to ..."
_INTENT = re.compile(r"(?i)(?:['’]d|\bwould|\bwill|['’]ll|\bhed|\bshed|\b(?:was|were)\s+(?:going\s+to|gonna)|"
                     r"\bgoing\s+to|\boffered\s+to|\bwanted\s+to|\bplanned\s+to|\bwas\s+to|\bsaid\s+i\s+would)\s+"
                     r"(?:(?:just|also|probably)\s+)?(?P<x>[a-z][^,;]*)")
# a step written as a bare line, then crossed out: "send updated org chart to Suresh — cancelled"
_BARE = re.compile(r"^\W*(?:(?:me|i)\s*[:\-–—]\s*|(?-i:[A-Z])[\w.'’]*(?:\s+(?-i:[A-Z])[\w.'’]*)?\s+to\s+)?"
                   r"(?P<x>[a-z][^,;:]*)$")  # "Dana to email HR – scratch that, I'm emailing HR myself"
# "then changed her mind and said", "now says", "then remembered he's on leave"
_THEN = re.compile(r"(?i)(?:\s*[,;]|\s+[-–—]|\.{2,})?\s+(?P<then>(?:and\s+|but\s+)?(?:then|now)\s+|but\s+)"
                   r"(?:(?:she|he|they)\s+)?"
                   r"(?P<how>changed\s+(?:her|his|their)\s+mind(?:\s+and\s+(?:said|says))?|remembered|reali[sz]ed|"
                   r"decided|thought\s+better\s+of\s+it|said|says)\b[,:]?\s*(?:that\s+)?")
# what the words after "then said" must hold to undo the plan, not go on with it ("then said she'll put me forward")
# ("then said she can't promise anything", "but said the panel won't meet till June", "instead of May it'll be June")
_UNDONE = re.compile(r"(?i)^(?:no\b|nope\b|actually\b)|"
                     r"\b(?:actually|instead(?!\s+of)|no\s+need|don['’]?t\s+(?:bother|worry)|"
                     r"better\s+(?:if|that|for)|better\s+(?-i:[A-Z])|(?:it|that)['’]?s\s+(?:on\s+)?me|scratch|"
                     r"never\s*mind|not\s+needed|myself|already\s+(?:refused|done|did|sorted|booked|sent|has|have|had)|"
                     r"handles\s+(?:that|it|those|this)|should\s+(?:do\s+it|since|as)|"
                     r"will\s+do\s+(?:it|that)\b(?!\s+too)|"
                     r"(?:does|doing)\s+(?:it|that)|clash(?:es)?|cancell?ed|nothing\s+to\s+(?:chase|do)|"
                     r"let['’]?s\s+just)\b")
# "but said" (not "then said") undoes only when it says so outright: "but she said the registrar should since ..."
_UNDONE_OUTRIGHT = re.compile(r"(?i)\b(?:instead(?!\s+of)|no\s+need|don['’]?t\s+bother|should\s+(?:do\s+it|since|as)|"
                              r"will\s+do\s+(?:it|that)\b(?!\s+too)|"
                              r"better\s+if\s+(?:[\w'’()]+\s+){1,3}?(?:does|do|did|handles?|takes?)\s+(?:it|them|that|this)|"
                              r"scratch|never\s*mind)\b")
# crossed out after a dash or comma: "- no scratch that, ...", "— cancelled, HR will ...", "- never mind, ..."
_CROSSED = re.compile(r"(?i)\s*(?:[-–—,;:(]|\.\s|\.{2,})\s*(?:(?:no|oh|ok|actually|wait|update)[,!.]?\s+)*"
                      r"(?:scratch\s+that|never\s*mind|nvm|cancell?ed|not\s+needed|no\s+need(?:ed)?|ignore\s+that|"
                      r"forget\s+(?:that|it)|don['’]?t\s+bother|no,\s*don['’]?t|left\s+it|dropped|"
                      # "she'll send the letter – actually HR will send it"
                      r"(?<=[-–—]\s)actually(?=\s+(?:[\w'’]+\s+){1,3}?(?:will|['’]ll|is|are|should|to)\b))"
                      r"\b[,.;:!)]?\s*")
# told not to: ", he said no need, MIS team will pull it", "- he said don't bother"
_WAVED_OFF = re.compile(r"(?i)\s*(?:[-–—,;]|\.\s)\s*(?:but\s+)?(?:(?:she|he|they|(?-i:[A-Z])\w+)\s+)?(?:said|says)\s+"
                        r"(?:no\s+need|don['’]?t\s+(?:bother|worry)|not\s+to\s+(?:bother|worry)|there['’]?s\s+no\s+need|"
                        r"leave\s+it|no\s+point)\b[,.;:!]?\s*")
# what the new words say when they only point back: "Rawlings will do it", "Kunal will send", "Tom should since ..."
_POINTS_BACK = re.compile(r"(?i)^(?P<who>.*?\S)\s+(?P<aux>will|['’]ll|should|can|is\s+going\s+to|to|does|handles)"
                          r"(?:\s+(?!(?:it|that|this|them|those|instead|since|as|because|so)\b)(?P<verb>[a-z]+))?"
                          r"(?:\s+(?P<obj>it|that|this|them|those))?"
                          r"(?P<tail>(?:\s+(?:instead|myself|themselves))?(?:\s*(?:,|(?:since|as|because|cos|coz|so|when|"
                          r"once|after|before|by|this|next|on|in)\b).*)?)$")
# "the advisor is doing the grant": the new plan, said as it stands
_DOING_BASE = {"doing": "do", "handling": "handle", "sorting": "sort", "taking": "take", "covering": "cover",
               "sending": "send", "booking": "book", "organising": "organise", "organizing": "organize",
               "arranging": "arrange", "running": "run", "writing": "write", "presenting": "present"}
_DOING = re.compile(rf"(?i)^(?P<who>\S.{{0,40}}?)\s+(?:is|['’]s|are)\s+(?P<ing>{'|'.join(_DOING_BASE)})\s+")
_DO = {"do", "", "handle"}  # "Rawlings will do it", "Esther does it", "Denise handles that": the thing as first named
_BETTER = re.compile(r"(?i)^(?:so\s+)?(?:it['’]?s\s+)?better\s+(?:if\s+|that\s+)?")
_MINE_NOW = re.compile(r"(?i)\b(?:(?:so\s+)?(?:it|that)['’]?s\s+(?:on\s+)?me|so\s+i['’]?ll\s+do\s+it)\b")
# whom the first plan was to contact, and the new words that contact them again: "ring the ETB about ...", "set up a
# meeting with the managing partner" then "email them myself", "ask him directly"
_CONTACT = r"(?:ring|call|phone|email|e-mail|contact|ask|text|message|write\s+to|speak\s+to|talk\s+to|meet)"
_CONTACTED = re.compile(rf"(?i)\b(?:{_CONTACT}|(?:meeting|call|chat|catch-?up)\s+with)\s+"
                        r"(?P<whom>the\s+[a-z][\w -]{1,30}?|[A-Z][\w.'-]+(?:\s+[A-Z][\w'-]+)?|the\s+[A-Z]{2,5})"
                        r"(?=\s+(?:about|re|for|to|on|regarding|whether|if|and|at)\b|\s*$)")
_CONTACT_AGAIN = re.compile(rf"(?i)\b{_CONTACT}\s+(?P<whom>them|him|her)\b")
_SOFTENERS = re.compile(r"(?i)^(?:(?:actually|instead|so|and|but|ok|okay|no|nope|that)\b[,]?\s*)+")


def _point_to(rest: str, dropped: str) -> str:
    """The new words, with what they point back to written out: "Kunal will send the new rating model docs"."""
    rest = _DOING.sub(lambda m: f"{m['who']} will {_DOING_BASE[m['ing'].lower()]} ", _plain(rest).rstrip(" .!"))
    head, _, last = rest.rpartition(" so ")  # "nominations are done by the HR BP now, so Thabo will do it"
    m = _POINTS_BACK.match(last) if head and _POINTS_BACK.match(last) else _POINTS_BACK.match(rest)
    if m is None or len(m["who"].split()) > 5:
        return rest
    verb, first = (m["verb"] or "").lower(), dropped.split()[0].lower()
    if verb and verb not in _DO and verb.rstrip("s") != first and m["obj"] is None:
        return rest  # "Anand will nominate me for X", "the advisor is doing the grant": words of its own
    if verb in _DO or verb.rstrip("s") == first or m["aux"].lower() == "handles":
        thing = dropped
    else:  # "ops will sort it": the thing the first words were about
        thing = f"{verb} " + re.sub(r"^(?:about|into|on|up|me|for)\s+", "", " ".join(dropped.split()[1:]))
    thing = re.sub(r"(?i)\s+(?:for|to)\s+(?:him|her|them)\s*$", "", thing)
    who = re.sub(r"^.*,\s*([A-Z][\w'’-]+),?$", r"\1", m["who"])  # "the new Sgt, Rawlings,": Rawlings
    return f"{who} will {thing}{m['tail']}"


def _undone(rest: str, dropped: str, then: bool) -> bool:
    """Whether the words after "then said" undo the plan ("actually Denise handles that", "Kunal will send"), not
    go on with it ("then said she'll talk to HR on Monday"); after a bare "but said", only when they say so outright.
    """
    m = _POINTS_BACK.match(_plain(rest).rstrip(" .!"))
    same = m is not None and (m["verb"] or "").lower().rstrip("s") == dropped.split()[0].lower() and not re.match(
        r"(?i)(?:s?he|they)\b", m["who"]) and len(m["who"].split()) <= 4  # "Kunal will send" (not "she'll send it")
    return same or bool((_UNDONE if then else _UNDONE_OUTRIGHT).search(rest))


def _plain(rest: str) -> str:
    """'I'll' as 'I will', "I'd ring them" as a plan ("I will ring them"), so the words can be read one way."""
    rest = re.sub(r"(?i)\bi['’]?m\s+(?!going\b)(\w+ing)\b", lambda m: f"I will {base_verb(m[1])}", rest)
    return re.sub(r"(?i)\b(i|you|she|he|they|we)['’](?:ll|d)\b", r"\1 will", rest)


@lru_cache(maxsize=4096)  # asked of each sentence by the step pass, and again by the step gate for the steps it weighs
def changed(sentence: str) -> str | None:
    """The sentence as the plan stands after a change said in it ("" when nothing is left to do), or None when it
    says no change."""
    for marker in (_WAVED_OFF, _CROSSED, _THEN):
        m = marker.search(sentence)
        if m is None:
            continue
        before, rest = sentence[:m.start()], sentence[m.end():].strip()
        intent = None
        for found in _INTENT.finditer(before):
            intent = found
        x = (intent["x"] if intent else (bare["x"] if (bare := _BARE.match(before)) else "")).strip()
        x = re.sub(r"(?i)\s+(?:himself|herself|themselves)\b", "", x)  # the first doer's, not the new one's
        if len(x.split()) < 2 or (marker is _THEN and not (
                re.match(r"(?i)changed|thought|remembered|reali", m["how"]) or _undone(rest, x,
                                                                                      m["then"].strip() != "but"))):
            continue
        rest = _BETTER.sub("", _SOFTENERS.sub("", rest))
        if mine := _MINE_NOW.search(rest):  # "he's on leave next wk so it's me - draft to him by Fri 16th"
            when = re.search(r"(?i)\b(?:by|before|on|after|this|next|end\s+of|tomorrow|tmrw|asap|"
                             r"in\s+(?-i:[A-Z\d]))\b.*$", rest[mine.end():])
            return f"I'll {x}" + (f" {when[0]}" if when else "")
        if (whom := _CONTACTED.search(x)) and (again := _CONTACT_AGAIN.search(rest)):  # "email them": the ETB
            rest = f"{rest[:again.start('whom')]}{whom['whom']}{rest[again.end('whom'):]}"
        rest = re.sub(r"(?i)^i\s+(?:should\b|(?=ask|go|do|email|ring|call|speak|talk|send|contact|book|set)\b)",
                      "I will ", _plain(rest)).replace("I will  ", "I will ")
        return _point_to(rest, x) if rest else ""
    return None
