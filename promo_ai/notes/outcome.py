"""The outcome of the talk and the title agreed, read from the sentences of the notes.

The outcome comes from cue lexicons, one per outcome, each cue judged within its clause: a cue after a
negation or a "whether"/"if"/"before she can" is not said ("we didn't get to whether it's a yes", "before
she can put me up"), and a negated support is a no ("she's not going to support it", "won't back me").
A no with a time to it ("no for now", "didn't get it this time") is a not yet. When several outcomes are
said, the firmest wins: promoted, no, not yet, pending. The title agreed is read in promo_ai.notes.title.
"""

from __future__ import annotations

import re

from promo_ai.notes.elsewhere import (
    NO_ANSWER,
    OTHER_THING,
    PROMOTION_SAID,
    SOMETHING_ELSE,
    YES_TO_INCLUDE,
    about_a_thing,
)
from promo_ai.notes.patterns import ROLE_TALK, lexicon
from promo_ai.notes.promoted import COVER, PROMOTED
from promo_ai.notes.refusals import NO as _NO

# "nobody's getting promoted", "we didn't get to whether it's a yes"
_NEGATION = re.compile(r"(?i)\b(?:nobody|no\s*one)(?:['’]s|\s+is|\s+gets?|\s+will\s+be)\s+(?:\w+\s+)?$|"
                       r"\b(?:not|never|no|whether|if|unless|once|before|until|till|without|cannot)\b|\w+n[’']t\b|"
                       r"\b(?:dont|didnt|wont|cant|isnt|doesnt|hasnt|havent|wasnt)\b")
_CLAUSE = re.compile(r"\s*(?:[;:,]\s+|\s[-–—]+>?\s|\bbut\b|\band\s+(?=(?:she|he|they|i)\b)|[!?]+\s*)", re.IGNORECASE)


# "The PM job is going to Sam - the board approved it", "going to an outside hire, board approved him": not mine
_GONE_TO = re.compile(r"(?i)\b(?:job|role|post|position|slot|spot)\s+"
                      r"(?:is\s+|was\s+|has\s+(?:been\s+)?|been\s+)?"
                      r"(?:going|gone|went|given)\s+to\s+"
                      r"(?:(?-i:[A-Z])|an?\s+(?:outside|external)\s+hire\b)")
_SOMEONE_ELSE_GOT = r"\bbrought\s+in\s+(?:someone|somebody|an?\s+(?:external|outsider))\b"  # the role went elsewhere
NO_FOR_NOW = lexicon(r"\bfor\s+now\b", r"\bright\s+now\b", r"\byet\b", r"\bnot\s+now\b",
                      r"\banother\s+(?:\d+\s+)?(?:year|yr|cycle|round|months?)\b",
                      r"\bthis\s+(?:(?:appraisal|promotion|promo|review|pay)\s+)?(?:cycle|year|yr|round|time|season|quarter|half|term|intake|fy|fiscal\s+year|"
                      r"financial\s+year|board|window|budget)\b",
                      r"\b(?:not\s+happening|won['’]?t\s+promote\s+anyone)\s+this\s+(?:winter|summer|spring|autumn|fall)\b",
                      r"\buntil\b", r"\btill\b", r"\brevisit\b", r"\breconsider\b", r"\bre-?look\b", r"\bnext\s+time\b")
_NOT_YET = lexicon(
    # not now
    r"\bnot\s+(?:yet|(?:in\s+)?this\s+(?:promotional\s+|promotion\s+|promo\s+)?(?:cycle|year|yr|round|time|quarter|board|"
    r"intake|window|batch|cohort|exercise)|right\s+now|for\s+now|at\s+the\s+moment|ready|before(?!\s*(?:[.,;!)]|$))|"
    r"now)\b", r"\bparked\b",
    r"\bnot\s+going\s+in\s+(?:this|the)\s+(?:cycle|round|year|time|board)\b",  # "promo doc ... not going in this cycle"
    r"\btoo\s+(?:early|soon)\b", r"\bnot\s+the\s+right\s+time\b", r"\ba\s+not[- ]yet\b", r"\bnot\s+this\s+season\b",
    r"\bno\s+chance\s+this\s+(?:year|yr|cycle|round|time|season)\b",
    r"\bnot\s+(?:possible|happening|going\s+ahead)\s+this\s+(?:time|year|yr|round|cycle|session|fy|fiscal\s+year|"
    r"financial\s+year|quarter)\b",
    r"\b(?:will\s+not|won'?t)\s+go\s+(?:to|forward|up)\b[^.;]{0,40}\bthis\s+(?:session|year|cycle|round|time)\b",
    r"\b(?:isn'?t|not|aren'?t)\s+(?:funded|budgeted|available|open)\s+(?:until|till|before)\b",
    r"\b(?:maybe|probably|possibly|perhaps)\s+(?:next|in\s+the\s+new)\s+(?:year|cycle|round|"
    r"quarter|spring|summer|autumn|fall|winter)\b", r"\bnext\s+(?:cycle|round)\b",
    r"\b(?:window|deadline)\s+(?:has\s+)?(?:closed|passed)\b", r"\bmissed\s+the\s+(?:window|deadline|cut-?off)\b",
    # later: revisit, wait, hold
    r"\brevisit\b", r"\breconsider\b", r"\bre-?look\b", r"\bask\s+again\b", r"\blook\s+(?:at\s+it\s+)?again\b",
    r"\bcome\s+back\s+to\s+(?:it|this)\s+(?:in|after)\b", r"\b(?:wait|hold\s+off)\s+(?:until|till|for)\b",
    r"\b(?:can'?t|won'?t)\s+(?:do\s+anything|move|promote\s+anyone|do\s+it)\s+(?:until|till|before)\b",
    r"\bnothing\s+(?:moves|happens|changes|will\s+happen|can\s+happen)\s+(?:un)?til+\b", r"\b(?:until|till)\s+after\b",
    rf"\bno\s+(?:[\w-]+\s+)?(?:{ROLE_TALK})\s+this\s+(?:cycle|round|year|time)\b",  # "no senior this cycle"
    r"\bon\s+hold\b", r"\bdeferred\b", r"\bpostponed\b", r"\b(?:freeze|frozen)\b",
    # no money, more time needed
    r"\bno\s+(?:\w+\s+)?(?:money|budget|headcount|slot|funding|vacancy)\b(?!\s+cuts?\b)",
    r"\bonly\s+(?:got\s+)?budget\s+for\s+one\b",
    r"\banother\s+(?:\d+\s+|few\s+|six\s+|three\s+|two\s+|twelve\s+)?(?:months?|years?)\b",
    r"\b(?:\d+|a\s+few|few|six|three|two)\s+more\s+(?:months|years)\b")
_PENDING = lexicon(
    # she takes it forward
    r"\bput(?:ting)?\s+(?:(?:me|my\s+name|my\s+case)\s+(?:forward|up|in|down)|it\s+forward)\b",
    r"\bput\s+me\s+up\s+for\b",
    r"\bput(?:ting)?\s+(?:me|my\s+name|my\s+case)\s+(?:to|before)\s+the\s+(?:[\w-]+\s+){0,2}(?:panel|board|committee)\b",
    r"\bpitch(?:es|ing)?\s+(?:me|my\s+case|my\s+name)\s+to\b",
    r"\bput(?:s|ting)?\s+(?:it|my\s+case|me)\s+(?:to|before)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:director|board|panel|"
    r"committee|partners|vp|head|ceo|md|owner|chair)\b", r"\bclear(?:ing)?\s+it\s+with\b",
    r"\b(?:her|his|their)\s+(?:pick|choice|preferred\s+candidate|candidate|nominee)\s+for\b",
    r"\bsubmit(?:s|ted|ting)?\s+(?:the|my|a)\s+(?:[\w-]+\s+)?(?:request|regrade|paperwork|form|case|application|"
    r"nomination)\b",
    r"\b(?:take|taking|bring|bringing)\s+(?:it|my\s+case|this|my\s+application)\s+(?:up\s+)?to\b",
    r"\bsend(?:ing)?\s+(?:it|my\s+case)\s+up\b", r"\b(?:raise|raising)\s+(?:it|this|my\s+case)\b",
    r"\bmak(?:e|ing)\s+the\s+case\b", r"\b(?:writ|build|draft|prepar)\w*\s+(?:the|a|my)\s+business\s+case\b",
    r"\brecommend(?:s|ed|ing)?\s+me\b", r"\bpresent(?:s|ing)?\s+me\s+to\b",
    # the manager's own words, pasted: "I'm recommending you for pastry sous-chef"
    r"\bi(?:'?m|\s+am|\s+will\s+be|'ll\s+be)\s+(?:recommending|nominating|putting\s+forward|endorsing)\s+you\b",
    r"\bendors(?:e|es|ed|ing)\s+me\s+(?:na\s+)?(?:for|as|to\s+the)\b",
    r"\bvote\s+was\s+(?:positive|unanimous|in\s+favou?r)\b",
    r"(?:^|[,;]\s*)\W*goes\s+(?:up\s+)?to\s+(?:the\s+)?(?:[\w&-]+\s+){0,3}(?:committee|panel|board)\b",
    r"\bsubmit(?:s|ting|ted)?\s+(?:me|my\s+name)\b",
    r"\bput(?:s|ting)?\s+my\s+(?:packet|name|case|application|paperwork)\s+in\b", r"\bwants?\s+to\s+offer\s+me\b",
    r"\bsend(?:s|ing)?\s+(?:the|my)\s+case\s+to\b",
    r"\b(?:wants?|keen|happy|willing)\s+to\s+(?:promote|support)\s+me\b",
    r"\b(?:sponsor|champion|nominat)\w*\s+(?:me|my)\b",
    r"\bpush(?:ing)?\s+(?:me\s+)?for\b", r"\bloop(?:ing)?\s+(?:her|him|them)\s+in\b",
    r"\btalk(?:ing)?\s+to\s+(?:the\s+)?(?:partners|director|board|committee|panel|vp|head)\b",
    r"\b(?:it|my\s+case|this|my\s+application)\s+(?:then\s+)?goes\s+(?:to|up\s+to|before)\b",
    r"\brun\s+it\s+(?:past|by)\b", r"\b(?:it'?s|it\s+is)\s+with\s+(?:hr|the\s+\w+|\w+)\s+now\b",
    # she supports it
    r"\bsupport(?:s|ing)?\s+my\s+(?:promo|promotion|case|ask|request|application)\b",
    r"\bsupport(?:s|ing)?\s+(?:it|me)\b", r"\bsupportive\s+of\s+(?:me|my)\b", r"\bin\s+favou?r\b",
    r"\b(?:was|is|'s|very|really|super|hugely)\s+supportive\s*(?:[.!,;]|$)",
    r"\b(?:is|'s|was|am|all|totally|really|very\s+much|100%)\s+for\s+it\b",
    r"\bbehind\s+me\b", r"\bback(?:ing)?\s+me\b",
    # a decision to come
    r"\bsecond\s+opinion\b", r"(?<!salary\s)(?<!pay\s)\bpending\b(?!\s+(?:files|cases|items|tickets|orders|claims|"
    r"invoices|requests|applications|tasks|work|jobs|queries|complaints|referrals)\b)(?!\s+\w+\s+(?:files|cases|claims|"
    r"items|tickets|orders|invoices|requests|applications|tasks|jobs|queries|complaints|referrals)\b)",
    r"\bshortlisted\b",
    r"\bbetween\s+me\s+and\s+(?:one|an)\s*other\b", r"\bbr(?:ought|ing|inging)\s+my\s+(?:promotion|case)\s+to\b",
    r"\bit'?s\s+a\s+wait\b", r"\bwaiting\s+(?:on|for)\s+(?:approval|sign-off|hr|\w+\s+to)\b",
    r"\bpromo\s+committee\b", r"\bneeds?\s+(?:regional\s+)?(?:sign[- ]off|approval)\b",
    r"\bto\s+(?:sign\s+(?:it\s+)?off|approve\s+it)\b", r"\bdidn'?t\s+say\s+(?:yes\s+or\s+no|either\s+way)\b",
    r"\bnot\s+a\s+yes\s+or\s+(?:a\s+)?no\b", r"\bneeds\s+to\s+check\b", r"\bwho\s+else\s+(?:applies|is\s+applying)\b",
    r"\bexpects?\s+(?:a|an)\s+(?:yes|no|answer|decision)\b", r"\blet\s+me\s+know\b",
    r"\b(?:get|come)\s+back\s+to\s+me\b",
    r"(?<!\bi'd\s)(?<!\bi'll\s)(?<!\bi\swill\s)(?<!\bi\swould\s)(?<!\bi\sshould\s)(?<!\bprobably\s)\b(?:think|sleep)\s+(?:about\s+it|it\s+over|on\s+it)\b",
    r"\bawait(?:s|ing)?\s+(?:his|her|their)\s+(?:view|decision|approval|response|sign-?off)\b",
    r"\bminute\s+(?:this|it|my\s+case)\s+to\b", r"\btable\s+(?:it|this|my\s+case|my\s+name)\s+at\b",
    r"(?<!\bi'll\s)(?<!\bi\swill\s)(?<!\bwe'll\s)\bpropose\s+(?:it|me|my\s+case|my\s+name)\s+to\b")
_IN_PRINCIPLE = re.compile(r"(?i)\bin\s+principle\b|\bpending\s+(?:the\s+)?(?:budget|sign-?off|approval)\b|"
                           r"\b(?:thinks|reckons|expects|hopes)\s+it'?(?:s|\s+is|'ll\s+be)\s+a\s+yes\b|\bcan'?t\s+promise\b|"
                           r"\byes\s+from\s+(?:her|his|their|my)\s+side\b|\b(?:has|have|needs?)\s+to\s+approve\b|"
                           r"\bmust\s+approve\b")
_BUT_NOT_NOW = re.compile(r"(?i)\b(?:just|but)\s+not\s+(?:now|yet|this\s+(?:year|cycle|round|time))\b|"
                          r"\brevisit\s+(?:then|it|in|after|at\s+the\s+(?:next|panel))\b|"
                          r"\bgo(?:es)?\s+back\s+to\s+(?:the\s+)?panel\b")  # "the post approved ... so revisit then"
_NO_DECISION = lexicon(r"\bdidn'?t\s+(?:get\s+(?:to|onto|round\s+to)|discuss)\b", r"\bran\s+out\s+of\s+time\b",
                        r"\bno\s+(?:decision|view)\b")
_ANOTHER_TIME = re.compile(r"(?i)\b(?:last|previous|past)\s+(?:year|yr|cycle|round|time|intake|board|panel)\b|"
                           r"\byears?\s+ago\b")
_JUST_NOT = re.compile(r"(?:\bnot|n't|\bnever)\s+(?:\w+\s+)?$", re.IGNORECASE)
_HYPOTHETICAL = re.compile(r"\b(?:whether|if|unless)\b[^,;]*$", re.IGNORECASE)
_KEEP_CUE = lexicon(r"\bdidn'?t\s+say\s+(?:yes\s+or\s+no|either\s+way)\b",
    r"\bnot\s+(?:a\s+yes|going\s+to|yet|this|in\s+this|ready|right|for\s+now|before|a\s+fit|the\s+right)\b",
    r"n'?t\s+(?:support|back|approve|put|promote|recommend|sign|happen|change|come|be\s+happening|get\s+(?:it|the)|"
    r"think\s+i'?m\s+(?:a|the\s+right)\s+fit)\b", r"\b(?:isn'?t|aren'?t|is\s+not)\s+(?:being\s+)?(?:creat|fund)",
    r"\b(?:can'?t|won'?t)\s+(?:do|move|promote)", r"\bnothing\s+\w+\s+(?:un)?til", r"\buntil\s+after\b",
    r"\bno\s+(?:for|right|\w+\s+(?:money|budget|headcount|slot|funding))")


def _said(pattern: re.Pattern[str], sentence: str) -> bool:
    """A cue of `pattern` said in the sentence, not negated or made hypothetical within its own clause."""
    for m in pattern.finditer(sentence):
        if pattern is _NO and re.match(r"[^.;,–—]*\b(?:without|unless|until|till)\b", sentence[m.end():], re.I):
            continue  # "they won't approve it without it": a condition, not a no
        starts = [c.end() for c in _CLAUSE.finditer(sentence[:m.start()])]
        before = sentence[max(starts, default=0):m.start()]
        ends = _CLAUSE.search(sentence, m.end())
        if _ANOTHER_TIME.search(before + sentence[m.start():ends.start() if ends else len(sentence)]):
            continue  # "the council had a panel freeze last year": another round's news
        if pattern is _NO or pattern is _NOT_YET:  # a no is a no unless only supposed ("if she says no")
            if not _HYPOTHETICAL.search(before) and not (pattern is _NOT_YET and _JUST_NOT.search(before)):
                return True
        elif _KEEP_CUE.match(m.group(0).strip(" :–—-\"'“")) or not _NEGATION.search(before):
            return True
    return False


_WAITED_FOR = re.compile(r"(?i)\b(?:until|till|til|unless)\b[^,;.!?—–]*|\b(?:when|once|if)\b(?:(?!\b(?:but|and|so)\b)"
                         r"[^,;.!?—–])*|\b(?:have|get|having|getting|needs?)\s+(?:[\w'-]+\s+){0,5}(?:approved|signed\s+off)\b[^,;.!?—–]*|\b(?:giving|gave|given)\s+me\s+"
                         r"(?:[\w-]+\s+){0,8}?(?:credit|project|redesign|responsibility|chance|opportunity|feedback|"
                         r"to\s+own|to\s+lead|to\s+run)\b[^,;.!?—–]*")


def _yes_to_the_post(sentence: str) -> str:
    """The sentence without its clauses that say yes to something else: "she approved my study leave for March but
    the post is still pending the panel" is no yes to the post."""
    clauses = _CLAUSE.split(sentence)
    kept = [c for c in clauses if c and not (OTHER_THING.search(c) and not PROMOTION_SAID.search(c))]
    return sentence if len(kept) == len([c for c in clauses if c]) else " ; ".join(kept)


def sentence_outcome(sentence: str) -> str | None:
    """The firmest outcome the sentence says, or None."""
    said = _sentence_outcome(sentence)
    plain = _EMOJI.sub(" ", sentence).strip()  # "purser upgrade APPROVED ✈️ from the summer schedule"
    return said if said or plain == sentence.strip() else _sentence_outcome(plain)


_EMOJI = re.compile(r"\s*[\U0001F300-\U0001FAFF\u2600-\u27BF\ufe0f]"
                    r"[\U0001F300-\U0001FAFF\u2600-\u27BF\ufe0f\u200d]*\s*")


# the promotion refused outright, whoever confirmed it: "the promotion isn't happening, HR confirmed ..."
_REFUSED = re.compile(r"(?i)\b(?:promo\w*|it|this|role|post|job|position|regrade|upgrade)\b[^,;.]{0,40}?\s+(?:"
                      r"isn['’]?t|isnt|is\s+not|won['’]?t\s+be|aren['’]?t)\s+happening\b|"
                      r"\bdid\s*n['’]?t\s+(?:support|approve|back)\s+(?:it|me|my|the\s+promo\w*)\b")
# my own no, to something asked of me: "He suggested the Saturday clinic, I said no."
_MY_NO = re.compile(r"(?i)\bi\s+(?:said|told\s+(?:him|her|them))\s+no\b(?!\s+to\s+(?:the\s+)?(?:promo\w*|role|post|job|"
                    r"offer|it)\b)")


# a plan crossed out, not an answer: "- no scratch that, the advisor is doing the grant", "no, don't, wait for it"
_CROSSED_OUT = re.compile(r"(?i)\bno\b\s*,?\s*(?=scratch\s+that|don['’]?t\b|wait\b|need\b|worries\b|problem\b|"
                          r"bother\b|rush\b)|\bnever\s*mind\b")


def _sentence_outcome(sentence: str) -> str | None:
    sentence = _CROSSED_OUT.sub("", _MY_NO.sub("", NO_ANSWER.sub("", YES_TO_INCLUDE.sub("", sentence))))
    if about_a_thing(sentence):
        return None
    if _NO_DECISION.search(sentence) and not _said(_NO, sentence):
        return "pending" if _said(_PENDING, sentence) else None
    if _said(PROMOTED, sentence) and (_GONE_TO.search(sentence) or (re.search(_SOMEONE_ELSE_GOT, sentence, re.I) and (
            re.search(r"(?i)\bdone\s+deal\b", sentence) and not re.search(r"(?i)\bpromot|\bi'?m\b|\bmy\b", sentence)))):
        return "no"  # "brought in someone from the other property, done deal", "The PM job is going to Sam - approved"
    if _said(PROMOTED, _yes_to_the_post(_WAITED_FOR.sub("", sentence))) and not _REFUSED.search(sentence) and not (
            re.search(r"\bnot\s+(?:been\s+)?approved\b", sentence, re.IGNORECASE)) and not COVER.search(sentence):
        if _IN_PRINCIPLE.search(sentence):  # "yes in principle, pending the budget"
            return "pending"
        if _BUT_NOT_NOW.search(sentence):  # "it's a yes in the end, just not now"
            return "not_yet"
        if OTHER_THING.search(sentence) and not PROMOTION_SAID.search(sentence):
            return None  # "told her I'm taking study leave in Oct, she approved it": a yes to something else
        return "promoted"
    if OTHER_THING.search(sentence) and not PROMOTION_SAID.search(sentence):
        return "pending" if _said(_PENDING, sentence) and not SOMETHING_ELSE.search(sentence) else None
    if _said(_NO, sentence):
        firm = re.search(r"(?i)\b(?:clear|firm|hard|flat|definite|straight)\s+no\b|\bdecision\s+is\s+final|"
                         r"\bits?['’]?s?\s+a\s+no\b(?!\s+(?:for\s+now|right\s+now|for\s+the\s+moment|at\s+the\s+moment|"
                         r"yet)\b)(?![^.]*\bbut\b)|(?<!\bmy\s)(?<!\bold\s)\b(?:post|role|job|position|vacancy)\s+(?:has\s+"
                         r"been|was|is|got)\s+filled\b|"
                         r"\b(?:cut|removed|deleted)\s+from\s+the\s+structure\b|\b(?:abolish|disestablish)|"
                         r"\bnot\s+ever\b|\b(?:role|post|job|position)(?:['’]s)?\s+(?:is\s+|was\s+|has\s+|been\s+|being\s+|"
                         r"got\s+)*(?:cut|deleted|scrapped|abolished|gone)\b", sentence)
        elsewhere = re.search(r"(?i)\b(?:gave|given|went|gone)\s+(?:it\s+)?to\s+(?:the\s+)?(?:(?-i:[A-Z])|"
                              r"an?\s+(?:guy|girl|woman|man|external|internal|outside)\b|someone|somebody|another)",
                              sentence)
        return "not_yet" if NO_FOR_NOW.search(sentence) and not firm and not elsewhere else "no"
    if _said(_NOT_YET, sentence):
        return "not_yet"
    if _said(_PENDING, sentence) and not SOMETHING_ELSE.search(sentence):
        return "pending"
    return None





# the sentence after a yes that takes it back: "I'm manager now! well, acting manager till they recruit"
_ONLY_ACTING = re.compile(r"(?i)^\W*(?:well|but|though|tho)\b[,.!]*\s*(?:only\s+|just\s+)?(?:acting|covering|interim|"
                          r"temp\w*)\b|\b(?:acting|covering|interim)\b[^.]*\b(?:till|until)\s+they\s+(?:recruit|hire|"
                          r"find|appoint)\b")


def outcome(sentences: list[str]) -> tuple[str, str] | None:
    """(the outcome, the sentence that says it), the firmest said in the notes."""
    found: dict[str, str] = {}
    for at, sentence in enumerate(sentences):
        if said := sentence_outcome(sentence):
            after = sentences[at + 1] if at + 1 < len(sentences) else ""
            if said == "promoted" and _ONLY_ACTING.search(after):
                continue  # "I'm manager now! well, acting manager till they recruit": cover, not a promotion
            found.setdefault(said, sentence)
    mine = re.search(r"(?i)\b(?:i|i'm|im|me|my|mine|promotion|promo|promoted)\b", found.get("promoted", ""))
    done_deal = "done deal" in found.get("promoted", "").lower() and not re.search(
        r"(?i)\bstart|^\W*[\w' -]{2,40}:\s", found["promoted"])  # not "Team Lead: it is a done deal, starts 1 June"
    if "promoted" in found and "no" in found and not (mine and found["no"] != found["promoted"]) and (
            done_deal or re.search(r"(?i)\b(?:went|gone|given|going)\s+to\s+(?-i:[A-Z])", found["no"])):
        return "no", found["no"]  # "Tp Sgt slot went to Cpl Hughes. done deal, OC's call": someone else's news
    for name in ("promoted", "no", "not_yet", "pending"):
        if name in found:
            return name, found[name]
    return None
