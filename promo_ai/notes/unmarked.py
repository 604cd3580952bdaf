"""Steps written with no auxiliary verb, as quick notes write them: "Theo recommending me at this year's board",
"Kerry from HR send me new contract next week", "decision ~ end of month", "results out in Sep"."""

from __future__ import annotations

import re

from promo_ai.notes.owners import BODIES, NAME, Owners, without_titles
from promo_ai.notes.verbs import FORWARD, IMPERATIVE, PLAIN_VERB, starts_with_a_verb
from promo_ai.notes.when import when_phrase

BARE = re.compile(rf"^(?P<s>(?:{NAME})(?:\s+(?i:sir|ma'?am|madam))?|(?i:hr|payroll|finance)(?:\s*\([^)]*\))?)\s+"
                  r"(?:(?P<ing>(?!(?:nothing|something|anything|everything|morning|evening|during|thing|being)\b)"
                  r"[a-z]+ing\b.+)|(?P<base>[a-z]{3,}\b.+))$")
_SOON = r"(?:by|next|this|on|within|in|tomorrow|tmrw|eow|eod|asap|before|end|early|mid|late|w/?c)\b"
OUT_BY = re.compile(r"(?i)^\W*(?:the\s+|an?\s+)?(?P<body>(?:panel|board|committee|hr|payroll)(?:'s)?\s+)?"
                    r"(?P<mods>(?:[\w-]+\s+){0,2}?)(?P<thing>results?|answer|decision|outcome|offer|letter|"
                    r"contract|news|confirmation|paperwork|announcement),?\s+(?:(?:should\s+be\s+|is\s+|will\s+be\s+)?"
                    r"(?:out|due|expected|back|~|nlt)|(?:should\s+|will\s+|to\s+)?(?:land|arrive)s?\b|"
                    rf"(?=by\b)|(?:(?<=letter\s)|(?<=contract\s)|(?<=offer\s)|(?<=paperwork\s)|(?<=confirmation\s)|"
                    rf"(?<=announcement\s))(?={_SOON})|(?:coming\s+)?from\s+(?P<src>[\w&]+(?:\s+[\w&]+){{0,2}}?"
                    rf"(?:\s*\([^)]{{1,30}}\))?)(?=\s+{_SOON}|\s*[.,;]?\s*$))(?P<rest>.*)$")
# "Order will be issued by Establishment section within 2 weeks": a thing done by someone, said the other way round
PASSIVE = re.compile(r"(?i)^\W*(?:the\s+|an?\s+)?(?P<thing>[\w' -]{2,40}?)\s+(?:will|should|is\s+going\s+to|"
                     r"(?:(?:is|are)\s+)?to)\s+be\s+(?P<verb>issued|sent|signed|announced|confirmed|finali[sz]ed|approved|"
                     r"raised|drafted|shared|circulated|published|processed|reviewed|collected|submitted|pulled|"
                     r"prepared|arranged|scheduled|updated|completed|checked|booked|posted|emailed|forwarded|"
                     r"presented|discussed|decided|done|written|given|taken|made|held|set\s+up|filed|requested|"
                     r"organi[sz]ed|notified|informed|released|run|conducted|sorted|carried\s+out)(?:\s+off)?\s+by\s+"
                     r"(?:the\s+)?(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
                     r"christmas|easter|eow|eod|cob|eom|eoy|end|next|then|tomorrow|tmrw|noon|midday|q[1-4]|h[12]|new\s+year|"
                     r"xmas|diwali|eid|term|cop|zoom|teams|email|e-mail|phone|video|post|hand|courier)\w*\b)"
                     rf"(?P<who>me|(?-i:[A-Z])[\w&'. -]{{1,40}}?(?:\s*\([^)]*\))?|[a-z]+\s+team)"
                     rf"(?P<rest>\s+(?:in\s+\w+\s+)?{_SOON}.*|\s+(?:to|with|for|before|after|once|so)\s+.*|"
                     r"\s*[.,;]?\s*$)")
BASE_OF_PARTICIPLE = {"issued": "issue", "sent": "send", "signed": "sign", "announced": "announce",
                       "confirmed": "confirm", "finalised": "finalise", "finalized": "finalize", "approved": "approve",
                       "raised": "raise", "drafted": "draft", "shared": "share", "circulated": "circulate",
                       "published": "publish", "processed": "process", "reviewed": "review", "collected": "collect",
                       "submitted": "submit", "pulled": "pull", "prepared": "prepare", "arranged": "arrange",
                       "scheduled": "schedule", "updated": "update", "completed": "complete", "checked": "check",
                       "booked": "book", "posted": "post", "emailed": "email", "forwarded": "forward",
                       "presented": "present", "discussed": "discuss", "decided": "decide", "done": "do",
                       "written": "write", "given": "give", "taken": "take", "made": "make", "held": "hold",
                       "set up": "set up", "filed": "file", "requested": "request", "organised": "organise",
                       "organized": "organize", "notified": "notify", "informed": "inform", "released": "release",
                       "uploaded": "upload", "returned": "return", "handed in": "hand in", "run": "run",
                       "conducted": "conduct", "sorted": "sort", "carried out": "carry out"}


def habitual(text: str) -> bool:
    """'sends the weekly report every Monday': how things are, not a step."""
    return bool(_HABIT.search(text))


# "My translation samples are to be sent to Sylvie by 06/03": mine, said in the passive with no doer
_MY_PASSIVE = re.compile(r"(?i)^\W*(?P<thing>my\s+[\w' -]{2,40}?)(?:\s*\([^)]*\))?\s+(?:(?:is|are)\s+)?to\s+be\s+"
                         r"(?P<verb>sent|submitted|emailed|forwarded|shared|uploaded|filed|returned|handed\s+in)\s+"
                         r"(?P<rest>(?:to|by|before|in)\b.*)$")


def done_by(clause: str) -> tuple[str, str] | None:
    """(who, the step) of a step said in the passive with its doer: "Order will be issued by Establishment section
    within 2 weeks" -> (Establishment section, issue the order within 2 weeks); "my samples are to be sent to Sylvie
    by 06/03" -> (me, send my samples to Sylvie by 06/03)."""
    if mine := _MY_PASSIVE.match(clause):
        verb = BASE_OF_PARTICIPLE[re.sub(r"\s+", " ", mine["verb"].lower())]
        return "me", f"{verb} my {mine['thing'].strip()[3:]} {mine['rest'].rstrip(' .,;')}"
    m = PASSIVE.match(clause)
    if not m or re.match(r"(?i)(?:it|this|that|they|i|she|he)$", m["thing"].strip()):
        return None
    verb = BASE_OF_PARTICIPLE[re.sub(r"\s+", " ", m["verb"].lower())] + (
        " off" if re.search(r"(?i)signed\s+off", m.group(0)) else "")
    thing = m["thing"].strip()
    thing = thing[0].lower() + thing[1:] if re.fullmatch(r"(?:My|[A-Z][a-z]+(?!'s))(?:\s.*)?", thing) else thing
    owned = re.match(r"(?i)(?:my|his|her|their|our)\s|[\w-]+'s\s", thing)  # "my numbers", "Tom's feedback": no "the"
    who = re.sub(r"\s+(?:at|in|on|during|after|before)\s+.*$", "", m["who"].strip())  # "Dana at the March panel"
    return who, f"{verb} {'' if owned else 'the '}{thing}{m['rest'].rstrip(' .,;')}"


SIGN_OFF = re.compile(r"^(?:the\s+)?(?P<role>[\w&' -]{1,25}?)\s+(?:sign-?off|approval)\s*"
                      r"(?:\((?P<name>[A-Z][\w'. -]+)\))?\s+"
                      r"(?P<rest>(?:after|by|before|on|in|at|next|this|within)\b.*)$", re.IGNORECASE)


def sign_off(clause: str) -> tuple[str | None, str] | None:
    """(who, the step) of a sign-off to come, said as a thing: "MD sign-off (Ingrid) after HRBP review"."""
    m = SIGN_OFF.match(clause)
    if not m or re.match(r"(?i)(?:my|her|his|their|our|your|the)$", m["role"].strip()):
        return None
    plain = re.fullmatch(r"(?i)(?:final|formal|official|initial|first|second|last|full)", m["role"].strip())
    return (m["name"] or (None if plain else m["role"].strip())), f"sign off {m['rest'].strip()}"


def unmarked(clause: str, owners: Owners, not_names: set[str]) -> tuple[str, str | None, str] | None:
    """(owner, who, the step) of a named subject followed straight by its verb, or None."""
    m = BARE.match(clause)
    if not m:
        return None
    name = re.sub(r"\s*\(.*|\s+(?:in|from|on|at)\s+.*$|\s+(?i:sir|ma'?am|madam)$", "", m["s"])  # "D'Souza sir"
    manager = owners.is_manager(name)
    if not manager and set(name.lower().split()) & not_names and name.lower() not in BODIES:
        return None
    owner, who = ("manager", None) if manager else ("me", None) if owners.is_me(name) else ("other", name)
    if m["ing"] and (FORWARD.match(m["ing"]) or when_phrase(m["ing"])):
        return owner, who, m["ing"]
    if m["base"] and when_phrase(m["base"]) and (IMPERATIVE.match(m["base"]) or PLAIN_VERB.match(m["base"])):
        return owner, who, m["base"]
    return None


def awaited_from(clause: str) -> tuple[str | None, str] | None:
    """(who, the step) of a decision, an answer or a letter to come, with its when, or None."""
    m = OUT_BY.match(clause)
    if m and m["mods"] and starts_with_a_verb(m["mods"]):
        return None  # "accept the offer in the portal by Fri": a step of mine, not an offer to come
    if not m or not (when_phrase(m["rest"]) or (m["src"] and not m["rest"].strip(" .,;"))):
        return None  # "formal outcome letter coming from People & Culture": its sender named, no when
    thing = m["thing"].lower()
    mods = "" if thing in {"answer", "decision", "results", "result", "outcome", "news"} else m["mods"]  # "revised CTC"
    verb = {"answer": "give an", "decision": "make a", "letter": "send the", "contract": "send the",
            "offer": "send the", "confirmation": "send the", "paperwork": "send the",
            "announcement": "send the"}.get(thing, "announce the")
    rest = m["rest"].strip(" .,;")
    if rest and not re.match(r"(?i)(?:by|before|in|on|at|from|after|within|next|this|early|late|mid|w/?c)\b", rest):
        rest = f"by {rest}"  # "decision ~ end of month": by the end of the month
    who = m["body"] or m["src"]  # "the panel's decision", "letter from HR by EOT"
    mods = re.sub(r"(?i)^(?:my|her|his|your|their|our|the)\s+", "", mods.strip())  # "My offer letter": the offer letter
    if mods and verb.endswith(" the"):
        thing = f"{mods} {thing}"
    return (who.strip().removesuffix("'s") if who else None), f"{verb} {thing} {rest}".strip()


# Steps in the present tense, as rushed notes write them: "LC enrols me on the course", "Darnell puts in the paperwork
# w/ payroll Mon", "I book that w/ ADM's office", "HR (Esther) sends details". Verbs of doing only, so that "Harris
# runs the ward" (a duty) is not a step unless it says when.
_DOING = (r"send|book|forward|submit|email|e-mail|ring|call|phone|confirm|arrange|enrol|enroll|announce|tell|ask|"
          r"prepare|draft|write|chase|sort|set|put|pay|post|issue|raise|re-?raise|organi[sz]e|brief|"
          r"share|sign|finish|tidy|attend|apply|update|pull|complete|shadow|introduce|motivate|nominate|recommend|"
          r"draw|notify|inform|circulate|process|schedule|approve|close|assign|invite|contact")  # "give": _ONGOING
_ONGOING = r"run|do|take|handle|cover|lead|manage|review|check|give|talk|speak|meet"


def doing(verb: str) -> bool:
    """A verb of doing, that makes a step when said in the present with a when ("he forwards it to Ritu Fri")."""
    return re.fullmatch(rf"(?i:{_DOING})", verb) is not None
PRESENT_STEP = re.compile(
    rf"^(?P<s>I|{NAME}|(?-i:[A-Z]{{1,4}}|L&D|[A-Z]/[A-Z]{{1,2}}|(?:Mr|Mrs|Ms|Dr|Miss|Prof)\.?\s+[A-Z]\.?)"
    r"(?:\s*\([^)]*\))?|(?i:hr|payroll|finance|city\s+hr)(?:\s*\([^)]*\))?)\s+"
    rf"(?P<v>(?i:(?:{_DOING}|{_ONGOING})(?:s|es)?)|(?i:does|applies))\b(?P<rest>.*)$")
_HABIT = re.compile(r"(?i)\b(?:every|each|always|usually|normally|weekly|daily|monthly|all\s+(?:the|my|our)|"
                    r"on\s+\w+days|every\w*|everyone|everybody|whole)\b")
# what someone else does for this promotion with no when ("HR (Esther) sends details of the sponsorship")
_HANDING = frozenset({"send", "forward", "submit", "book", "arrange", "enrol", "enroll", "confirm", "announce", "chase",
                      "set", "email", "e-mail", "ring", "call", "phone", "issue", "put", "sort", "brief", "schedule",
                      "notify", "circulate"})
_OBJECT_BACK = re.compile(r"(?i)^\s+(?:that|it|this|them)\b")


# what follows a plural noun, not a verb: "TLR posts frozen til September", "band 6 roles on hold until April"
_A_STATE = re.compile(r"(?i)\s*(?:frozen|on\s+hold|paused|closed|capped|suspended)\b")


def present_step(clause: str, owners: Owners, not_names: set[str]) -> tuple[str, str | None, str] | None:
    """(owner, who, the step) of a step said in the present tense, or None."""
    m = PRESENT_STEP.match(clause)
    if not m or not m["rest"].strip():
        return None
    subject, verb = m["s"], m["v"].lower()
    mine = subject == "I"
    if mine == (verb.endswith("s") and verb != "address"):
        return None  # "I sends", "Harris book": not this shape (unmarked reads the second, with a when)
    base = verb if mine else base_of(verb)
    doing = re.fullmatch(rf"(?:{_DOING})", base) is not None
    if _HABIT.search(m["rest"]) or _A_STATE.match(m["rest"]):
        return None  # "Ana sends the weekly KPI report": how things are; "TLR posts frozen til Sept": a noun, no verb
    when = when_phrase(m["rest"])
    if not ((when and (doing or not re.match(r"(?i)this\s", when))) or (doing and (
            _OBJECT_BACK.match(m["rest"]) or (not mine and base in _HANDING)))):
        return None
    name = re.sub(r"\s*\(.*", "", subject)
    acronym = re.fullmatch(r"[A-Z]{2,4}|[A-Z]/[A-Z]{1,2}", name) is not None  # "IT gives me access": a department
    if not mine and not acronym and set(without_titles(name).lower().split()) & not_names and name.lower() not in \
            BODIES | {"l&d", "city hr"}:
        return None
    manager = not mine and owners.is_manager(name)
    owner, who = ("me", None) if mine or owners.is_me(name) else ("manager", None) if manager else ("other", subject)
    return owner, who, f"{base}{m['rest']}"


# A date set for looking at it again, written as a heading: "Next review: July.", "review again: next Oct comp cycle"
_REVIEW_LINE = re.compile(r"(?i)^\W*(?P<next>next\s+)?(?:(?P<what>review|look\s+at\s+it)(?:\s+again)?\s*[:\-–—]\s*|"
                          r"(?P<what2>check[- ]?in|mid-?point\s+check|catch[- ]?up)(?:\s+again)?"
                          r"(?:\s+w(?:ith|/)?\s*[A-Z][\w'-]*)?\s*(?:[:\-–—]\s*|\s+(?=in\s)))"
                          r"(?P<when>(?!.*\b(?:went|was|were|is|are|has|had|did|got|she|he|they|i|you|we|'ll|will|"
                          r"backs?|moved|panel)\b)[^.;!?]{1,40}?)\.?$")  # only a when: "July", "next Oct comp cycle"


def review_step(sentence: str) -> str | None:
    """The manager's step a review date written as a heading gives ("Next review: July." -> "hold the next review
    in July"), or None."""
    m = _REVIEW_LINE.match(sentence)
    if not m or not when_phrase(m["when"]):
        return None
    when = m["when"].strip()
    if not re.match(r"(?i)(?:in|at|on|by|after|before|during)\b", when):
        when = ("in " if re.match(r"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$", when)
                else "at the " if not re.match(r"(?i)(?:the|my|our|your)\b", when) else "at ") + when
    what = re.sub(r"\s+", " ", (m["what"] or m["what2"]).lower())
    if what == "look at it":
        return f"look at it again {when}"
    if what == "review" and not m["next"]:
        return f"review it again {when}"
    return f"hold the {'next ' if m['next'] else ''}{what} {when}"


# "HR (Paloma) finalizes the list Nov 6", "committee reviews nominations end of Q1": a body's dated step
_PRESENT = re.compile(r"^(?P<who>.+?)\s+(?P<verb>(?!(?:is|has|was|does|says|thinks|wants|needs|likes|seems|looks|"
                      r"meets|sits|reckons|agrees|feels|knows|means|chairs|leads|runs|owns|heads|this|his|its|plus|"
                      r"thus|less|unless|across|always|perhaps)\b)[a-z]{3,}(?:es|s))\s+(?P<rest>(?!(?:up|down|from|to|"
                      r"of|for|with|per|vs|and|or|are|were)\b)\S.*)$")


def base_of(verb: str) -> str:
    """The verb a subject in the third person takes off: "sends" -> "send", "finalizes" -> "finalize",
    "approves" -> "approve", "applies" -> "apply", "does" -> "do"."""
    if verb in {"does", "goes"}:
        return verb[:-2]
    if re.search(r"(?:ch|sh|ss|x|z)es$", verb):
        return verb[:-2]
    return verb[:-3] + "y" if verb.endswith("ies") else verb[:-1]


def dated_present(clause: str, tail: str) -> tuple[str, str, str] | None:
    """(who, the verb, the rest) of someone else's step in the present tense with a when, in the clause or just after
    it ("committee reviews nominations end of Q1", "Chief's office signs off, usually within 2 weeks"), or None."""
    m = _PRESENT.match(clause)
    if not m or not (when_phrase(m["rest"]) or when_phrase(tail)) or _A_STATE.match(m["rest"]):
        return None
    who = re.sub(r"\s+(?:usually|normally|typically|generally|then|also)$", "", m["who"], flags=re.IGNORECASE)
    # "Nothing final until the board approves the budget": the board, what comes before it is no part of who
    who = re.sub(r"(?i)^.*\b(?:until|till|til|unless|once|when|after|before|so|because)\s+", "", who)
    if len(who.split()) > 5 or re.search(
            r"\b(?:will|would|shall|to|is|are|was|were|with|and|has|have|had|said|says|i|we|she|he|they|it)\b|"
            r"'(?!s\s+\w+$)", re.sub(r"\(.*?\)", "", who), re.IGNORECASE):
        return None
    if not when_phrase(m["rest"]):
        m = _PRESENT.match(f"{who} {m['verb']} {m['rest']} {when_phrase(tail)}")
        if not m:
            return None
    return who, base_of(m["verb"]), m["rest"]


_FROM_THEM = re.compile(r"^(?:the\s+|my\s+|a\s+)?(?P<thing>[\w/ -]{2,40}?)\s+from\s+(?P<who>(?-i:[A-Z][a-z]+))\s+"
                        r"(?P<rest>(?:by|before|on|next|this|tomorrow|tmrw|end|early|within)\b.*)$", re.IGNORECASE)


def sent_from(clause: str) -> tuple[str, str] | None:
    """(who, the step) of a thing to come from someone named, with its when: "schedule from Kim by Mon"."""
    m = _FROM_THEM.match(clause)
    if not m or re.match(r"(?i)(?:me|hr|payroll|finance)$", m["who"]) or not when_phrase(m["rest"]):
        return None  # "great feedback from Sam on the launch": praise, not a thing to come
    if starts_with_a_verb(m["thing"]) and re.match(r"(?i)[a-z]+(?:\s+(?:over|up|on|out|in))?\s+(?:the|my|a|an|our|his|"
                                                    r"her)\b", m["thing"]):
        return None  # "take over the capex forecast from Jordan before May": mine to do, not a thing to come
    return m["who"], f"send me the {m['thing'].strip()} {m['rest']}"


# Looked at again, or an answer awaited: "review in Mar appraisal", "we'll revisit at my mid-year in July" (the
# manager's), "expect an answer early June" (whoever decides)
_NEXT_REVIEW = re.compile(r"(?i)^(?:next\s+)?(?:review|look\s+at\s+it)\s*[:\-–]?\s+(?P<when>(?:in|at|on|by|after|"
                          r"before|next)\b(?!.*\b(?:went|was|were|is|has|had|did|got)\b).+|[A-Z][a-z]{2,8}\.?\s*$)")
_WE_REVISIT = re.compile(r"(?i)^we(?:'ll|\s+will|\s+are\s+going\s+to|'re\s+going\s+to)?\s+(?P<rest>(?:revisit|review|"
                         r"reconsider|look\s+(?:at\s+it\s+)?again|talk\s+again|pick\s+(?:it|this)\s+up)\b.*)")
_AWAITED = re.compile(r"(?i)^(?:i\s+)?(?:should\s+)?(?:expect(?:ing)?|hope\s+to\s+(?:hear|get))\s+"
                      r"(?P<what>(?:an?\s+)?(?:answer|decision|response|reply|outcome|news))\b(?P<rest>.*)")


def looked_at_again(clause: str) -> tuple[str, str] | None:
    """(owner, the step) of a review to come or an answer awaited, or None."""
    if (m := _NEXT_REVIEW.match(clause)) and when_phrase(m["when"]):
        when = m["when"] if re.match(r"(?i)(?:in|at|on|by|after|before|next)\b", m["when"]) else f"in {m['when']}"
        return "manager", f"review it {when}"
    if m := _WE_REVISIT.match(clause):
        return "manager", m["rest"]
    if m := _AWAITED.match(clause):
        return "other", f"give {m['what']}{m['rest']}"
    return None
