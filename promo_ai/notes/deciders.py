"""Who else decides, approves or weighs in, said as a fact of the process: "the final decision sits with the Director
of Flight Ops", "Gavin decides", "needs Head of Airports + HR approval", "wants a second opinion from the Allied Health
Director (Raj)", "the area manager (Mrs Pillay) makes the final call" (read by promo_ai.notes.clauses)."""

from __future__ import annotations

import re

from promo_ai.notes.owners import NAME, Owners
from promo_ai.notes.patterns import BALL_IN_COURT
from promo_ai.notes.when import when_phrase

# Who decides, said as a fact of the process: "the final decision sits with the Director of Flight Ops", "Gavin
# decides", "the partners' meeting has to sign off the extra hours", "needs Head of Airports + HR approval".
_DECISION_WITH = re.compile(
    r"(?i)^(?:the\s+)?(?P<final>final\s+)?(?P<noun>decision|approval|say|word|sign-?off|call)\s+(?:is|sits|rests|lies|"
    r"will\s+be|is\s+to\s+be)\s+(?:taken\s+by|made\s+by|with|up\s+to|down\s+to)\s+(?P<who>[^,;]+?)"
    r"(?P<rest>\s+(?:after|in|on|at|by|before|once|when|usually|within|next|this)\b.*)?$")
_DECIDER = re.compile(
    r"^(?P<who>(?:the\s+)?[\w'’&. +-]{2,40}?(?:\s*\([^)]{1,30}\))?)\s+(?P<verb>(?i:decides?|will\s+decide|to\s+decide|"
    r"votes?|will\s+vote|must\s+(?:approve|sign\s+(?:it\s+)?off|ok)|"
    r"(?:has|have|needs?)\s+to\s+(?:approve|sign\s+(?:it\s+)?off|ok|agree)|to\s+approve|approves|"
    r"makes?\s+the\s+(?:final\s+)?(?:call|decision)|ha(?:s|ve)\s+(?:the\s+)?(?:final|last)\s+(?:say|word)))"
    r"\b(?P<rest>.*)$")  # "the area manager (Mrs Pillay) makes the final call", "group HR in Dublin have final say"
_NEEDS_APPROVAL = re.compile(
    r"(?i)^(?:but\s+)?(?:it\s+|this\s+|the\s+case\s+|my\s+case\s+)?(?:needs|requires|must\s+go\s+to|has\s+to\s+go\s+to|"
    r"now\s+with|is\s+(?:now\s+)?with|it'?s\s+(?:now\s+)?with|(?:the\s+|my\s+)?(?:file|case|packet|paperwork|nomination|"
    r"application)(?:'s|\s+has)?\s+(?:now\s+)?(?:goes|gone|went)\s+to)\s+(?:the\s+)?(?P<who>[^,;]+?)(?:'s)?\s+"
    r"(?:approval|sign[- ]?off|for\s+(?:final\s+)?(?:approval|sign[- ]?off|a\s+decision))(?P<rest>.*)$")
# "she wants a second opinion from the Allied Health Director (Raj) before anything is decided": theirs to give
_SECOND_OPINION = re.compile(r"(?i)\b(?:wants?|needs?|would\s+like|asked\s+for|is\s+getting|to\s+get|wanted)\s+"
                             r"(?:a\s+)?(?:2nd|second)\s+opinion\s+from\s+(?P<who>(?:(?:Dr|Mr|Mrs|Ms|Prof)\.\s*)?[^,;.]+?)"
                             r"(?:\s+(?:too|also|as\s+well))?"
                             r"(?P<rest>\s+(?:before|by|on|in|at|after|this|next|once)\b[^,;.]*)?(?=$|[,;.]|\s+(?:since|as|"
                             r"because|who|he|she|they)\b)")
_NEEDS_THEM_TO = re.compile(
    r"(?i)^(?:but\s+)?(?:it\s+|this\s+)?(?:needs|requires)\s+(?:the\s+)?(?P<who>[^,;]+?)\s+to\s+"
    r"(?P<verb>approve|sign(?:\s+it)?\s+off|agree|ok)\b(?P<rest>.*)$")
_BALL = re.compile(r"(?i)^(?:but\s+|so\s+|now\s+)?(?:(?:she|he)\s+)?(?:(?:reckons|says|said|thinks)\s+(?:that\s+)?)?"
                   rf"(?:the\s+)?{BALL_IN_COURT}(?:\s+now)?(?P<rest>.*)$")
# what is decided: the promotion ("decides on it", "signs off my regrade"), not "the scope" or "all my expenses"
_ON_THE_PROMOTION = re.compile(r"(?i)^\s*(?:on\s+|about\s+)?(?:it|this|that|my\s+(?:case|promotion|promo|application|"
                               r"regrade|nomination|packet|band|grade)|the\s+(?:promotion|promo|band|grade|regrade|post|role|"
                               r"case|extra\s+\w+|new\s+\w+|funding|budget))\b")
_NOT_A_SUBJECT = re.compile(r"(?i)\b(?:needs?|has|is|was|will|would|it|should|must|can|could|may|might|shall)\b|"
                            r"^\W*(?:before|after|until|till)\b")  # "Before the vote"
_NOT_DECIDERS = re.compile(r"(?i)^(?:i|we|she|he|it|this|that|they|you|nobody|no\s+one|someone|who|which)$")
_VERB_OF = {"decide": "decide", "decides": "decide", "vote": "vote", "votes": "vote", "approves": "approve"}


def decided_by(clause: str, owners: Owners) -> tuple[str, str] | None:
    """(who, the step) when the clause says who else decides or approves, or None."""
    if (m := _SECOND_OPINION.search(clause)) and not re.match(r"(?i)\s*(?:me|myself|you)\b", m["who"]):
        who, text, rest = m["who"], "give a second opinion", m["rest"] or ""
    elif m := _DECISION_WITH.match(clause):
        noun = m["noun"].lower()
        text = "give final approval" if noun in {"approval", "sign-off", "signoff"} else "make the final decision"
        who, rest = m["who"], m["rest"] or ""
    elif m := _NEEDS_APPROVAL.match(clause):
        said = m.group(0).lower()
        who, rest = m["who"], m["rest"]
        text = ("sign off" if re.search(r"sign\s+off", said) else "give sign-off" if "sign" in said
                else "give approval")  # in the words of the notes: "for sign off now" is "sign off now"
    elif (m := _BALL.match(clause)) and not re.match(r"(?i)(?:my|her|his|their|your)\b", m["who"]):  # "ball's in
        # HR's court on whether the freeze covers reclasses": theirs to decide (not "in her court", the manager's)
        who = m["who"].capitalize() if m["who"].isalpha() and m["who"].islower() else m["who"]  # "marco's": Marco
        text = "decide"
        rest = re.sub(r"(?i)^\s*(?:re:?|about|regarding|over|for)\s+", " on ", m["rest"]) if m["rest"].strip() else ""
    elif m := _NEEDS_THEM_TO.match(clause):
        who, text, rest = m["who"], m["verb"].lower(), m["rest"]
    elif (m := _DECIDER.match(clause)) and not _NOT_A_SUBJECT.search(re.sub(r"\(.*?\)", "", m["who"])) and (
            not m["rest"].strip(" .,") or when_phrase(m["rest"]) or _ON_THE_PROMOTION.match(m["rest"])):
        who, rest = m["who"], m["rest"]
        who = re.sub(r"(?i)^.*\b(?:until|till|til|unless|once)\s+", "", who)  # "Nothing final until the board approves"
        verb = re.sub(r"^(?:will|to|must|has|have|needs?)\s+(?:to\s+)?", "", m["verb"].lower())
        text = _VERB_OF.get(verb, verb)
        if re.match(r"makes?\s+the\s|ha(?:s|ve)\s+(?:the\s+)?(?:final|last)\b", m["verb"].lower()):  # "have final say"
            text = "make the final call" if "mak" in verb else "have the final say"
        elif not rest.strip(" .,"):  # "Gavin decides": what he decides is the promotion
            text = {"decide": "decide on it", "vote": "vote on it", "ok": "OK it"}.get(text, f"{text} it")
    else:
        return None
    who = re.sub(r"(?i)^the\s+", "", who.strip()).rstrip(".")
    rest = re.split(r"(?i)\s+(?:and|but|so)\s+(?=[A-Z]|(?:she|he|they|i|it)\b)|\s+(?:because|since|as)\s", rest,
                    maxsplit=1)[0]
    named = re.search(r"\(([A-Z][\w'. -]+)\)", who)
    plain = re.sub(r"\s*\(.*?\)", "", who)
    if _NOT_DECIDERS.match(plain) or owners.is_me(plain) or owners.is_manager(plain) or len(plain.split()) > 6 or \
            re.search(r"(?i)\b(?:me|i|my|we|us|our)\b", plain):  # not "Me and Kerry make the final call on the rota"
        return None
    if not named and not who[:1].isupper() and not re.search(
            r"(?i)\b(?:panel|committee|board|hr|exco|director|directors|partners|trustees|governors|office|masthead|"
            r"council|ceo|cfo|md|gm|head|chief|client|owner|owners|finance|meeting|team|dept|department)\b", who):
        return None
    person = re.fullmatch(r"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?", plain.strip())
    if named and not person:  # "the regional head (Mr Okafor)": Mr Okafor; "Janet (Sr Partner)": Janet
        return named.group(1), f"{text}{rest.rstrip(' .')}".strip()
    return re.sub(r"\s*\(.*", "", who), f"{text}{rest.rstrip(' .')}".strip()


# capitals that name a role, never a thing sent: "GM to sign the PAF", "MD to approve" (not "CV to HR asap")
ROLE_CAPS = frozenset({"HR", "GM", "AGM", "MD", "VP", "DON", "DOM", "HOD", "HOS", "CEO", "CFO", "COO", "CTO", "SGB"})
# what the manager wants of someone else: "(needs) Linda to sign off", "the CFO (Ms Dlamini) to weigh in"
_OF_SOMEONE = re.compile(rf"^(?:the\s+)?(?:[a-z][\w-]*\s+){{0,3}}(?P<who>{NAME}|(?-i:[A-Z][\w'’-]+)"
                         r"(?:\s*\([^)]{1,30}\))?)\s+to\s+(?P<v>\w.+)")


def wanted_of(wanted: str, owners: Owners, not_names: set[str]) -> tuple[str | None, str] | None:
    """(who, the step) when what the manager wants or needs is someone else's to do: "Linda to sign off", "the ops
    director Rob Kaye to sign it", "Jean-Marc (director) to sign off", "HR to confirm the band"; not "CV to go to
    HR"; (None, what I arrange) for "the CMD (Prof Adeyinka) to see my PPH audit first", a plan item of mine ("Prof.
    Eze (external) to look at my publications" is his step)."""
    if not (m := _OF_SOMEONE.match(wanted)):
        return None
    named = re.search(r"\(((?:Mr|Mrs|Ms|Dr|Prof)?\.?\s*[A-Z][\w'. -]+)\)", m["who"])
    who = named[1] if named else m["who"]
    if owners.is_manager(who) or not (who in ROLE_CAPS or (not who.isupper() and who.split()[0].lower() not in
                                                           not_names)):
        return None
    if named and not m["who"].startswith(who) and re.search(r"(?i)\bmy\b", m["v"]):
        return None, f"have {wanted[:m.end('who')]} {m['v']}"  # mine to arrange: "have the ADON (Mary Kelly) sit in"
    return re.sub(r"\s*\(.*", "", who), m["v"]
