"""Private lines: what the notes say must never reach an email, and what is not the person's to share.

Safety comes first: a sentence with a privacy cue is private and nothing else (no proposal quotes it, so
none can be accepted by default). The cues come in families, each written as a rule rather than a phrase:

- kept out of writing: "not for the email", "keep that out", "don't put it in writing", "nothing about X
  goes in writing", "out of everything", "delete anything about", "rather not mention";
- in confidence: "between us", "off the record", "confidential", "not public yet", "let slip", "hinted";
- notes to oneself: "note to self", "remind me to", "ask about X separately";
- rumours and gossip: "heard that", "apparently", "I'm hearing", "there's talk of", "word is", someone
  "being let go", "about to resign", "passed over", a site "might be sold";
- health, and what happens to other people: illness, injury, "occ health", disciplinary and grievance
  matters, investigations, legal action, someone else's pay or bonus, one's own family plans, a divorce;
- how someone else feels: "she's clearly fed up with Rupert", "Sue is furious", "not my circus";
- asides: a line all in brackets is the writer's own commentary (unless it ends by asking to be added),
  and "vent:", "rant -", "chase it separately" are notes to oneself.

A sentence that only says "not for the email" speaks of the one before it, which is private too.
"Don't mention X", "leave X out" or "X: not needed in the write-up" is a drop only when X is plainly an
item of the case and nothing else in the sentence is sensitive; otherwise it is private (`leave_out`,
`kept_out_of`). "It isn't confidential, I can share it" takes away only its own cue.
"""

from __future__ import annotations

import re

from promo_ai.notes.patterns import compiled
from promo_ai.notes.private_topics import FEELINGS, HEALTH, HOME, OTHERS, PLANS, RUMOUR

_KEEP_OUT = (
    r"\b(?:none|nothing)\s+of\b[^.;]{0,40}\b(?:go|goes|going|gets?|to\s+go)\s+(?:in|into|near)\s+(?:the\s+|this\s+|my\s+|"
    r"an?\s+|any\s+)?(?:e-?mail|write-?up|letter)\b|"  # "NONE of the union stuff goes in the email"
    r"\bnot\b[^.;]{0,20}\b(?:go|goes|going|be|put)\s+(?:in|into|(?:anywhere\s+)?near)\s+(?:the\s+|this\s+|an?\s+|"
    r"any\s+)?(?:e-?mail|write-?up|letter)\b|\bnot\s+(?:for|in|into|on)\s+(?:the\s+|this\s+|an?\s+|any\s+|"
    r"my\s+)?(?:e-?mail|write-?up|letter|record|file|note)s?\b|\bnot\s+for\s+(?:writing|sharing|anyone)\b|"
    r"\bnot\s+(?:in\s+)?(?:this|that)\s+e-?mail\s*(?:[.!)]|$)|(?:^|"
    r"[,:;–—-]\s*)\W*nothing\s+about\b|\b(?:don'?t|do\s+not|dont|dinnae|dinna|never|not\s+to|rather\s+not|won'?t|"
    r"wouldn'?t|"
    r"shouldn'?t|please\s+don'?t)\s+(?:put|write|say|mention|include|repeat|share|bring\s+up|raise|refer\s+to|tell|"
    r"talk\s+about|go\s+into|touch|note\s+down|record)\b[^.;]*?\b(?:in\s+writing|anything\s+written|down|anywhere|"
    r"in\s+(?:there|it|anything)|on\s+paper|to\s+anyone)\b|\b(?:keep|leave)\s+(?:that|this|it|them|"
    r"those)\s+(?:to\s+myself|quiet|private|between|off\s+the\s+record)\b|\bkeep\s+(?:that|this)\s+out\b|"
    r"\bkeep\s+it\s+(?:quiet|under\s+wraps|private)\b|\bunder\s+wraps\b|\bout\s+of\s+(?:everything|anything|"
    r"all\s+of\s+it|writing)\b|\b(?:delete|remove|strip)\s+anything\s+(?:about|on)\b|\bdon'?t\s+(?:want|"
    r"need)\s+(?:that|this|it)\s+(?:in|on)\s+(?:my\s+)?(?:hr\s+)?(?:file|record|writing)\b|\b(?:in|"
    r"into)\s+writing\b[^.]*\b(?:not|never)\b|\b(?:not|never|nothing)\b[^.;]{0,60}\b(?:in\s+writing|goes?\s+(?:in|"
    r"into)\s+(?:writing|the\s+email))\b|\brather\s+not\s+(?:mention|say|include|put)\b|\bkeep\s+quiet\s+about\b|"
    r"\bdon'?t\s+write\s+(?:down|anything)\b|\bstays?\s+(?:out\b|in\s+(?:this|my)\s+(?:notebook|head|notes)\b|with\s+me\b)|"
    r"\blocked\s+in\s+(?:this|my)\b|^\W*(?:(?:pls|please|and|also|but|ps)\s+)?keep\s+(?:it\s+)?(?:out|away)\b|\bnowhere\s+near\b|\banywhere\s+near\s+(?:this|it|that)\b|"
    r"\bnot\s+(?:going\s+)?(?:repeating|to\s+repeat)\b|\bnot\s+want\s+to\s+(?:write|mention|say|include|put)\b|"
    r"\bnot\s+for\s+(?:any\s+)?(?:paper(?:work)?|print)\b|\bnot\s+for\s+anything\s+written\b|\bnever\s+in\s+writing\b|"
    r"(?:\s[-–—]\s*|:\s*)out\s*(?:[,;]|$)|\bnone\s+of\s+(?:it|this|that)\s+goes\b|\bdon'?t\s+repeat\b|\b(?:no-?one|nobody|no\s+one)(?:\s+else)?\s+(?:needs|"
    r"has|is)\s+to\s+know\b|\b(?:don'?t|do\s+not|dont|never|not\s+to)\s+quote\b|"
    # a bare cue that ends the line: "pay's going up to £37k - don't put", "... suspended, don't touch it",
    # "close hold", "nobody's business", "neither goes in", "di pwede sa email" (Tagalog: not allowed in the email)
    r"(?:^|[-–—.,;:]\s*)(?:don'?t|do\s+not|dont)\s+(?:put|mention|include|touch|bring\s+(?:it|that|this)\s+up)"
    r"(?:\s+(?:it|that|this|in|"
    r"anywhere))*\W*$|\bclose\s+hold\b|\bnobody'?s\s+business\W*$|\bneither\s+goes\s+in\b|\bdi\s+pwede\b|"
    # "not putting in the email what i think about X", "won't put that in", "don't want that written down"
    r"\b(?:not|won'?t|wont|will\s+not|never)\s+(?:be\s+)?(?:putting|put|writing|write)\s+(?:that|this|it)\s+(?:in|down)"
    r"(?=\s*(?:[,.;:!)\-–—]|$|\s(?:but|and|lol|pls|please|obviously)\b))|\b(?:not|never)\s+(?:putting|writing|including|"
    r"going)\s+(?:in|into)\s+(?:the\s+|an?\s+|my\s+)?(?:e-?mail|letter|write-?up)\b|"
    r"\bdon'?t\s+want\s+(?:that|this|it)\s+written\s+down\b|\bnot\s+(?:mine|for\s+me)\s+to\s+(?:write|talk|say)\s+"
    r"about\b|^\W*(?:pls\s+|please\s+)?(?:don'?t|do\s+not|dont|never)\s+(?:put|include|mention|write)\s*:|"
    r"\bmy\s+eyes\s+only\b|"
    # what the manager must not hear: "Must not tell Pieter I've been approached by Anglo", "ask about a job, quietly"
    r"\b(?:must\s*n[o']?t|don'?t|do\s+not)\s+(?:let\s+(?:him|her|them|(?-i:[A-Z])\w+)\s+know|tell\s+"
    r"(?:him|her|them|(?-i:[A-Z])\w+))\b(?=[^.;]{0,60}\b(?:i'?ve|i\s+have|i'?m|i\s+am|that\s+i|about)\b)|"
    r"\b(?:ask|check|see|find\s+out|ring|call|phone|email|message|text|contact|speak\s+to|talk\s+to)\b[^.;]{0,60},\s*"
    r"quietly\W*$|\bon\s+the\s+quiet\b|\boff\s+my\s+record\b")
_CONFIDENCE = (
    r"\boff[\s-]+(?:the[\s-]+)?record\b|\bnot\s+to\s+be\s+(?:repeated|shared|mentioned|written|passed\s+on)\b|"
    r"\bconfidential(?:ly)?\b|\bin\s+confidence\b|\bon\s+the\s+(?:quiet|q\.?t\.?)(?!\w)|\bstrictly\s+between\s+(?:us|me|you|ourselves|the\s+two)\b|\bbetween\s+(?:us|you\s+and\s+me|ourselves|"
    r"the\s+two\s+of\s+us)\b|\bnot\s+(?:been\s+)?(?:announced|public|official)(?:\s+yet)?\b|\bisn'?t\s+(?:public|"
    r"announced)\b|\blet\s+slip\b|\bhinted\b|\bdon'?t\s+(?:share|tell\s+any(?:one|body))\b|"
    r"\bnot\s+(?:to\s+)?(?:be\s+)?shared\b|\bhush\b|\bkeep\s+(?:it\s+)?(?:schtum|shtum|mum)\b|\bunder\s+(?:my|your|her|"
    r"his)\s+hat\b|\b(?:not|isn'?t|aren'?t)\s+telling\s+any(?:one|body)\b|\bdon'?t\s+spread\b|\b(?:a|it'?s|keep\s+(?:it\s+)?|our|my|his|her)\s+secret\b(?!\s+santa)|"
    r"\b(?:ask|mention|raise|check|bring\s+up)\b[^.]{0,40}\bquietly\b|"  # "(and ask him about the union thing quietly)"
    r"(?<!\bto\s)(?<!\bas\s)\bsecret(?:\s+(?:muna|pa|lang|for\s+now|yet))?\s*(?:!|$|[,.;)])|\boff\s+record\b|"
    r"\bnot\s+(?:my|our)\s+business\b|\b(?:nobody|no-?one|no\s+one)\s+(?:else\s+)?knows\b(?=(?:\s+about\s+(?:it|this|that))?\s+yet\b|\s*(?:[-–—.;:!]|$))|\bnot\s+for\s+any(?:one|body|where)\b|\botr\b|\bmum'?s\s+the\s+word\b|"
    r"\bentre\s+nous\b|\bnot\s+(?:putting|writing|saying|including|mentioning)\s+anything\b|"
    r"\bthat'?s\s+(?:his|her|their)\s+(?:own\s+)?business\b|\bnone\s+of\s+my\s+business\b|\b(?:telling|tell|told)\s+(?:nobody|no\s*one|no-one)\b|\bnda\b(?!\s+(?:queue|work|review|template|backlog|process|requests?|tracker)s?\b)|\bnot\s+(?:mine|my\s+(?:news|place|story))\s+"
    r"to\s+(?:share|tell)\b|\bkeep(?:ing|s)?\s+(?:it\s+)?quiet\b|\bis\s+private\b|🙊|🫢|\bkeep\s+(?:this\s+|it\s+)?private\b|\bnb\s+(?:for\s+me|to\s+self)\b|\bkeep\s+(?:\w+\s+){0,2}?to\s+myself\b|\b(?:don'?t|do\s+not|not\s+to|never)\s+let\s+on\b|\bdon'?t\s+want\s+(?:it|this|that)\s+(?:getting|to\s+get)\s+out\b")
# (not a "voice note to self thursday ...": a recording of the debrief)
_SELF = r"(?<!voice\s)\bnote\s+to\s+(?:self|me)\b|\bmy\s+own\s+(?:note|notes|stuff)\s*:|" \
        r"\bremind\s+me\s+to\b|\breminder\s+(?:to|for)\s+(?:self|me)\b|" \
        r"\bfor\s+my\s+eyes\b|\bseparately\b[^.]*\bnot\s+(?:in|for)\b|\b(?:just|only)\s+for\s+me\b|" \
        r"(?:^\W*|\(\s*|[-–—:]\s*)for\s+me\s+only\b|\bfor\s+me\s+only\s*(?:[:)!]|\W*$)|(?:^\W*|\(\s*)me\s+only\b|" \
        r"^\W*(?:also\s+|and\s+)?(?:i'?m|i\s+am|i'?ve|i\s+have|i'?ll|i\s+will|will|i\s+might|i\s+may|my)" \
        r"\b" \
        r"(?![^.]*\b(?:promot\w*|she\s+said|he\s+said|they\s+said|next\s+year|not\s+yet)\b)" \
        r"[^.]*,\s*not\s+for\s+now\W*$|" \
        r"\((?:personal|private|confidential|off\s+the\s+record|between\s+us|" \
        r"not\s+for\s+(?:the\s+)?e-?mail)\)|" \
        r"^\W*(?:private|personal|confidential|sensitive|fyi\s+only|not\s+for\s+sharing|vent|venting|rant|moan|gripe|" \
        r"aside|personal\s+note)\s*(?:[:–—),-]|\s-)|" \
        r"\b(?:chase|ask|raise|sort|discuss|take\s+up|deal\s+with|follow\s+up|handle|pick\s+up)\b[^.;]{0,40}\bseparately\b"
PRIVATE = re.compile("|".join((_KEEP_OUT, _CONFIDENCE, _SELF, RUMOUR, HEALTH, HOME, OTHERS, FEELINGS, PLANS)),
                     re.IGNORECASE)
_OTHER_FAMILIES = re.compile("|".join((_CONFIDENCE, _SELF, RUMOUR, HEALTH, HOME, OTHERS, FEELINGS, PLANS)),
                             re.IGNORECASE)
_KEPT_OUT = re.compile(_KEEP_OUT, re.IGNORECASE)
SENSITIVE, _REFERS_BACK, _SAFE, _ASIDE, _ASKED_FOR, LEAVE_OUT = compiled(
    # What makes "leave X out" private rather than a drop: a topic no one shares in a promotion email.
    r"\bdispute\b|\bsaga\b|\bmessy\b|\brow\b|\bcomplaints?\b(?!\s+(?:down|fell|dropped|cut|halved))|\bincident\b|"
    r"\bfight\b|\bargument\b|\bfalling[- ]out\b|\bsensitive\b|\bawkward\b|\bembarrass\w*|\bpolitics\b",
    # "not for the email" on its own: it speaks of the sentence before it.
    r"^\W*(?:don'?t|secret|not\s+my\s+business(?:\s+to\s+repeat)?|don'?t\s+spread\s+it|(?:don'?t|do\s+not|dont)\s+"
    r"(?:put|mention|include|touch)(?:\s+(?:it|that|this|in|anywhere))*|close\s+hold|nobody'?s\s+business|"
    r"neither\s+goes\s+in|stays?\s+out|keep\s+(?:it\s+)?out)\W*$|"
    r"^\W*(?:(?:but|and|so|obviously|pls|please)\s+)?(?:not\s+for|not\s+in|keep\s+(?:that|this|it)|(?:that'?s|"
    r"this\s+is|it'?s)\s+(?:between|off|confidential|private|not)|off\s+the\s+record|between\s+us|don'?t\s+(?:put|"
    r"write|mention|repeat|(?:say|tell)\s+(?:anything|anyone|any\s*one|a\s+word)\s+(?:about|re|on))\s+(?:that|this|it)|confidential|(?:no-?one|nobody|no\s+one)(?:\s+else)?\s+(?:needs|has|"
    r"is)\s+to\s+know)\b",
    # what it says is fine to share: "it isn't confidential", "I can share it"
    r"\b(?:fine|ok|okay|free|allowed)\s+to\s+(?:mention|include|share|say)\b|\b(?:no\s+longer|isn'?t|is\s+not|"
    r"not)\s+(?:a\s+)?(?:confidential|secret|private)\b|\bnow\s+public\b|\b(?:i|we)\s+(?:can|may)\s+(?:share|mention|"
    r"include)\s+(?:it|that|this)\b",
    # A line that is all an aside in brackets is the writer's own commentary, unless it ends by asking for it.
    r"^\s*\((?P<body>[^()]*(?:\([^()]*\)[^()]*)*)\)\s*$",
    r"(?:[-–—,:]\s*|^\W*)(?:add|include(?:\s+(?:it|that))?|put\s+(?:it|that|this)\s+in|lead\s+with\s+(?:it|that))\W*$",
    # "don't mention X", "keep X out", "nothing about X": X is a drop when it is an item of the case, else private
    r"\b(?:do\s*n[o']?t|dinnae|dinna|never|not\s+to|rather\s+not|must\s*n[o']?t)\s+(?:mention|bring\s+up|"
    r"say\s+anything\s+(?:about|aboot)|quote\s+(?:her|him|them)\s+on|reference|refer\s+to|cite|"
    r"(?:put|write)\s+(?:anything\s+)?(?:about|aboot)|"
    r"write\s+anything\s+about|(?:send|forward|cc)\s+anything\s+(?:about|on)|include|raise|talk\s+about|refer\s+to|put|"
    r"repeat)\s+(?P<a>[^,.;:–—]*)|\b(?:no\s+need\s+to|should\s*n[o']?t|can'?t|cannot)\s+(?:mention|bring\s+up|"
    r"quote\s+(?:her|him|them)\s+on|reference|cite|include|repeat)\s+(?P<f>[^,.;:–—]*)|\b(?:i|me)\s+(?:not|to\s+not|"
    r"not\s+to)\s+(?:include|mention|bring\s+up)\s+(?P<b>[^,.;]*)|\bkeep\s+out\s+(?P<c>[^,.;]*)|"
    r"\bkeep\s+(?P<d>[^,.;]+?)\s+(?:out|off)\b|\bnothing\s+about\s+(?P<e>[^,.;–—-]*)")
_FILLER_WORDS = frozenset("obviously please pls the that this email mail those them just really though thanks "
                          "note notes also and but for not anyone anybody yet".split())
_POLITE = re.compile(r"^(?:the\s+)?(?:anything|something|stuff|bit|thing|part)\s+(?:about|on|re)\s+", re.IGNORECASE)


def sensitive(sentence: str, item: str = "") -> bool:
    """A sensitive topic in the sentence, besides the words of the item it names ('the messy play garden')."""
    own = set(re.findall(r"[a-z]+", item.lower()))
    return any(not set(re.findall(r"[a-z]+", m.group(0).lower())) <= own for m in SENSITIVE.finditer(sentence))


def is_private(sentence: str) -> bool:
    """A privacy cue in the sentence, besides what it says is fine to share ('it isn't confidential')."""
    return bool(PRIVATE.search(_SAFE.sub(" ", sentence)))


def kept_out_of(sentence: str) -> str | None:
    """'messy play garden: not needed in the write-up': what a sentence keeps out of the email when that is its only
    cue and it names its subject first (a drop, when the subject is an item of the case); else None."""
    m = _KEPT_OUT.search(sentence)
    if not m or _OTHER_FAMILIES.search(sentence):
        return None
    head = re.match(r"^\W*(?P<x>[^,.;:–—]+?)\s*(?:[:–—]|\s-)\s*$", sentence[:m.start()])
    return head["x"] if head else None


# an aside that says when the talk was: "(met him Monday 8 June, office)"
_MET = re.compile(r"(?i)\W*(?:met|meeting|mtg|1[:-]?1|one[- ]to[- ]one|spoke|talked|call(?:ed)?)(?:\s+(?:with|w/?|to))?"
                  r"(?:\s+(?:him|her|them))?(?:\s+on)?(?:\s+the)?\s+[\w ]{0,14}?\d[\w /.-]{0,12}?"
                  r"(?:,\s*(?:in\s+)?(?:the\s+|her\s+|his\s+)?(?:office|online|teams|zoom|in\s+person|by\s+phone|on\s+teams|"
                  r"canteen|cafe))?\W*$")


def aside(line: str) -> bool:
    """A line that is all in brackets and does not ask for anything: '(she's clearly fed up with Rupert)'."""
    m = _ASIDE.match(line)
    return m is not None and not _ASKED_FOR.search(m["body"]) and not _MET.match(m["body"])


def refers_back(sentence: str) -> bool:
    """'not for the email obviously', '^ keep that out': a cue with nothing of its own, about the sentence before."""
    if not _REFERS_BACK.search(sentence) and not re.match(r"^\W*(?:\^|above|the\s+above)", sentence):
        return False
    if re.search(r"(?i)\bthat\s+(?:i|i'?m|i'?ve|he|she|they|we|my|his|her|their)\b", sentence):
        return False  # "dont mention that i cried": what follows "that" is what it keeps out, not the line before
    rest = _REFERS_BACK.sub(" ", sentence)
    words = [w for w in re.findall(r"[a-z']{3,}", rest.lower()) if w not in _FILLER_WORDS]
    return len(words) <= 1


# the words of a heading over private lines: "Personal / confidential:", "For me only:", "off the record / fyi only:"
_HEADING_CUE = re.compile(r"(?i)\b(?:personal(?:ly)?|private|confidential|off\s+the\s+record|fyi(?:\s+only)?|"
                          r"(?:(?:just|only)\s+)?for\s+me(?:\s+only)?|me\s+only|for\s+my\s+eyes(?:\s+only)?|"
                          r"(?:my\s+)?own\s+(?:notes?|stuff)|not\s+for\s+(?:the\s+)?(?:e-?mail|letter|write-?up)|"
                          r"do\s+not\s+include|don'?t\s+include|keep\s+out|between\s+us|notes?\s+to\s+self|"
                          r"not\s+in\s+(?:the\s+)?(?:e-?mail|letter)|notes?|stuff|bits?|and)\b")


# a heading that is only the word for what is kept out, with no colon: "Personal", "Private stuff", "Not for email"
_CUE_HEADING = re.compile(r"(?i)\W*(?:personal|private|confidential|(?:just\s+)?for\s+me(?:\s+only)?|me\s+only|"
                          r"(?:my\s+)?own\s+notes?|(?:personal|private)\s+(?:stuff|notes?|bits?|matters?|things?)|"
                          r"off\s+the\s+record)\W*")  # not "Not for email", "note to self": they point back too


def private_heading(sentence: str) -> bool:
    """A heading that is only a privacy cue and points forward ("Personal / confidential:", "For me only:",
    "off the record / fyi only:", "personal - not for the email:"): the lines under it are private."""
    return bool(re.search(r":\s*$", sentence)) and only_a_cue(sentence)


def only_a_cue(text: str) -> bool:
    """'For me only', 'Not for email', 'Note to self': a privacy cue with nothing of its own to keep private (not
    'Confidential: £42k')."""
    return bool(PRIVATE.search(text)) and not re.findall(r"[a-z']{2,}|\d", _HEADING_CUE.sub(" ", text.lower()))


def _bare(sentence: str) -> bool:
    """'not in email', 'nobody knows.': a cue with next to nothing of its own, passed over for what it points at."""
    return refers_back(sentence) or (bool(PRIVATE.search(sentence)) and len(
        [w for w in re.findall(r"[a-z']{3,}", sentence.lower()) if w not in _FILLER_WORDS]) <= 2)


def left_out(sentence: str) -> str | None:
    """What 'don't mention X' / 'keep X out' names, or None when the sentence says no such thing."""
    return named_by(m) if (m := LEAVE_OUT.search(sentence)) else None


def named_by(m: re.Match[str]) -> str:
    """The phrase a LEAVE_OUT match names, without 'the bit about' ('don't mention the bit about the rota')."""
    return _POLITE.sub("", next((g for g in m.groups() if g), "").strip(" -–—:'\"")).strip()


def private_sentences(lines: list[list[str]], headings: list[bool] | None = None,
                      bullets: list[bool] | None = None, after_blank: list[bool] | None = None) -> set[tuple[int, int]]:
    """(line, sentence) positions that are private: each with a cue, and the one before a cue that refers back
    (in its line, or the last of the line before: "- keep that out of the email" under the line it means); under a
    heading that is only such a cue ("## Not for email", "DO NOT INCLUDE"), every line to the next heading."""
    found: set[tuple[int, int]] = set()
    headings = headings or [False] * len(lines)
    bullets = bullets or [False] * len(lines)
    after_blank = after_blank or [False] * len(lines)  # a blank line ends a private heading's list
    section = False  # under a private heading: its bullets (or the one line under it)
    for i, sentences in enumerate(lines):
        cue_heading = len(sentences) == 1 and bool(_CUE_HEADING.fullmatch(sentences[0])) and (
            headings[i] or i == 0 or bullets[i - 1] or headings[i - 1])  # "Personal" over a list; not under prose
        if headings[i] or cue_heading or (len(sentences) == 1 and private_heading(sentences[0])):
            section = bool(sentences) and i + 1 < len(lines) and all(private_heading(s) or cue_heading or (
                PRIVATE.search(s) and refers_back(s) and not re.search(r"(?i)\b(?:that|this|it|above)\b|\^", s))
                for s in sentences)  # "## Not for email" over what follows; not "Keep that out:", not a last line
            if section:
                continue  # the heading itself says nothing to keep
        elif section:
            found |= {(i, j) for j in range(len(sentences))}
            section = bullets[i] and i + 1 < len(lines) and bullets[i + 1] and not headings[i + 1] and not (
                after_blank[i + 1])
            continue
        if aside(" ".join(sentences)):
            found |= {(i, j) for j in range(len(sentences))}
            continue
        heading = False  # "Private, don't put this in the email: ..." covers the rest of a run-on cut after it
        for j, sentence in enumerate(sentences):
            cue = PRIVATE.search(_SAFE.sub(" ", sentence))
            carried = heading and not re.search(r"[.!?;)]\s*$", sentences[j - 1])
            heading = bool(cue and cue.start() <= 3 and not refers_back(sentence)) or carried  # not "dont put that in"
            if cue or carried:
                found.add((i, j))
                if refers_back(sentence):
                    back = j - 1
                    while back > 0 and _bare(sentences[back]):  # "... last week. nobody knows. not in email"
                        back -= 1
                    if j:
                        found.add((i, back))
                    elif i and lines[i - 1]:
                        found.add((i - 1, len(lines[i - 1]) - 1))
            if cue and _ALL_OF_IT.match(sentence):  # the part of the notes it closes, from the blank line before it
                start = next((k for k in range(i, 0, -1) if after_blank[k]), 0)
                found |= {(k, m) for k in range(start, i) for m in range(len(lines[k]))} if start else set()
    return found


# a cue that closes a part of the notes set off by a blank line: "Later - chat w/ Declan (union rep) ... NONE of the
# union stuff goes in the email"
_ALL_OF_IT = re.compile(r"(?i)^\W*(?:none\s+of|nothing\s+(?:of|from|about)|all\s+of|any\s+of)\s+"
                        r"(?:the\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,2}?(?:stuff|bits?|chat|talk|conversation|part|above|lot|this|that)\b")
