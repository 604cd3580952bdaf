"""Who speaks each line of notes pasted from a chat, a meeting transcript or the manager's own email.

People paste what they have: an Otter or Teams transcript ("[10:04] Shane: I'll look at it again in the July
review"), a Slack or WhatsApp thread ("Anjali Rao [11:05 AM]" over her message, "[23/01/2026, 18:43] Funmi: I will
send your file to HR"), the manager's follow-up email ("Hi Akinyi, ... I will share the revised ToR by Friday. Best,
Samuel"). There the "I" is whoever speaks and "you" is me, so a line in someone else's voice is read for steps as
their reported words ('Shane: "I'll look at it again"' -> Shane will look at it again). The same tools write
action items with their owner ("Action: X" over "Owner: Achieng / Due: May", "[Declan Byrne] Confirm the start
date", "AI: Rachel - submit the statement") and speak of the writer by name ("Sam to prepare the deck"): those are
read as rows whose owner the step reader knows. The lines themselves are unchanged: they are what a proposal quotes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from promo_ai.case import first_name_of
from promo_ai.notes.letters import FROM, HEADERS, LEAD_FROM, MINE_AGAIN, SIGN_OFF, greetings, signed
from promo_ai.notes.lines import LABEL_WORDS, Line
from promo_ai.notes.owners import Owners
from promo_ai.notes.rows import column_rows, owned_row
from promo_ai.notes.speaker import RANKS, reported

_STAMP = r"\[[^\]\n]{1,40}\]"  # [10:02], [23/01/2026, 18:40], [11:05 AM]
_CLOCK = r"\(?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\)?"
_NAME = (r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Maj|Capt|Sgt|Lt|Col|Sir)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
         r"(?:\s+\((?:me|you|manager|mgr|boss|[A-Za-z][\w .'-]{0,25})\))?")  # "Dev (skip-level)"
# "[10:02] Shane: ...", "Tammy: ...", "[23/01/2026, 18:40] Funmi Adeyemi: ...", "Monica Reyes 3:02 PM — recap: ..."
_AT = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?"  # "00:04:10 Tariq Aziz: ..." (a recording's clock first)
_SAYS = re.compile(rf"^\W*?(?P<stamp>(?:{_STAMP}|{_AT})\s+)?(?P<who>{_NAME}|me)\s*(?P<clock>{_STAMP}|{_CLOCK})?\s*"
                   r"(?::|(?<=\S)\s+[—–]|(?<=[\])M])\s+-)\s*(?P<words>\S.*)$")
# "Anjali Rao [11:05 AM]" on a line of its own: the lines under it are hers
_HEADER = re.compile(rf"^\W*?(?P<who>{_NAME})\s*(?:{_STAMP}|{_CLOCK})\s*:?\s*$")  # (a bullet under it ends it)
# words that label a line rather than name who speaks: the notes' own labels, and meeting tools' and emails'
_LABELS = LABEL_WORDS | frozenset(
    "outcomes item items owner due private recap decisions subject from to date sent cc bcc re q a ai chatgpt gpt "
    "claude copilot gemini bot mail key points follow follow-ups followups todo to-do who what when where why how "
    "attendees with meeting transcript minutes comments comment my pros cons ps p.s nb n.b tl;dr tldr headline "
    "headlines quick overview takeaways highlights parking lot reminder reminders deadline deadlines phone text "
    "whatsapp slack teams zoom otter meet google response reply draft".split())
# "Email from Rohit (pasted):" over or before his words in quotes
_PASTED_FROM = re.compile(r"(?i)^\W*(?:(?:his|her|the|an?)\s+)?(?:e-?mail|message|msg|text|reply|note|dm|letter)\s+"
                          r"(?:from|by)\s+(?P<who>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?)[^:\"“]{0,30}?"
                          r"(?::\s*(?P<open>[\"“])?|\s*(?P<quote>[\"“]))")  # not "letter from HR this week"
_COPIED = re.compile(r"(?i)^\W*(?:(?:copied|pasted|copy|paste)\s+)?(?:from|of)\s+(?:her|his|their|"
                     r"the\s+(?:manager|boss)['’]?s?|my\s+(?:manager|boss|mgr)['’]?s?)\s+(?:follow[\s-]?up\s+)?(?:e-?mail|message|msg|text|"
                     r"reply|letter|dm)\b[^\"“:]*:?\s*(?P<open>[\"“])?|"
                     r"^\W*(?:her|his|(?P<who>(?-i:[A-Z])[\w-]+)['’]s)\s+(?:follow[\s-]?up\s+)?(?:e-?mail|message|reply|text)(?:\s+on\s+\w+)?\s*"
                     r"(?:\(pasted\))?\s*:\s*(?P<o2>[\"“])?")  # "Copied from her email:", "Ruth's message on Teams:"
# the manager's message pasted in under a lead-in as people write it: "Wanjiru's whatsapp:", "Joy's Teams msg:",
# "SMS from Mwangi:", "Slack from Rachel 4:12pm:", "Then her email (copied in):", "mail from Reddy sir:", "Denise
# email:" (a bare name: the manager's only), "Steve's email (pasted so I don't lose it):"
_MEDIUM = (r"(?:e-?mail|mail|msg|message|text|sms|whats\s?app|wa|viber|slack|teams|signal|telegram|imessage|dm|reply|"
           r"letter|voicemail|(?:teams|slack|whats\s?app)\s+chat)")  # not "Dana chat:", my notes of our chat
_MESSAGE_FROM = re.compile(
    rf"(?i)^\W*(?:(?:then|and|also|later)\s+)?(?:(?:copied|pasted)\s+(?:from|of)\s+|from\s+)?"  # "From Grace's email:"
    rf"(?:(?P<pron>her|his|their|my\s+(?:manager|boss|mgr)['’]?s?|the\s+(?:manager|boss)['’]?s?)\s+|(?:"
    rf"(?P<whose>(?!(?:my|the|an?|this|that|your)\b)[A-Za-z][\w.-]*(?:\s+(?:sir|ma['’]?am|madam|ji))?)['’]s|"
    rf"(?P<bare>(?!(?:she|he|they|it|we|i)\b)(?-i:[A-Z])[\w.-]*))\s+)?"
    rf"(?:(?:teams|slack|whats\s?app|viber|linkedin|text|follow[\s-]?up)\s+)?{_MEDIUM}\b"
    rf"(?:\s+(?:from|by)\s+(?P<sender>(?!(?:my|the|an?|this|that|hr)\b)(?:(?:mr|mrs|ms|dr|sir|ma['’]?am)\.?\s+)?"
    rf"[A-Za-z][\w'’.-]*(?:\s+(?:sir|ma['’]?am|madam|ji))?))?"
    rf"(?P<after>(?:[^:\"“\n.!?]|\d:\d){{0,40}}?)\s*:(?!\d)\s*(?P<open>[\"“])?")


# the lead-in at the end of a line of my own: "1:1 w/ Karen Thursday 1/8 — her follow up email:"
_LEAD_IN_AT_END = re.compile(r"(?i)(?:[-–—,;.]|\bthen|\band)\s+(?:her|his|(?P<who>(?-i:[A-Z])[\w-]+)['’]s)\s+"
                             r"(?:follow[\s-]?up\s+)?(?:e-?mail|message|msg|reply|text)(?:\s+after)?\s*:\s*$")


@dataclass(frozen=True)
class Voice:
    """Who says a line: `who` as the notes name them, `me` when it is the writer, `stamped` when it came from a
    chat or a transcript (a time or a stamp on it), where every sentence is the speaker's own words."""

    who: str
    me: bool
    stamped: bool
    boss: bool = False  # the one other voice of a talk of two, named by a role ("OC: Get your paperwork in")


def voices(lines: list[Line], is_me: Callable[[str], bool], is_manager: Callable[[str], bool],
           greeted: str, manager_name: str) -> dict[int, Voice]:
    """The voice of each line of the notes that someone else's words fill (a transcript, a chat, an email) or my
    own reply in them; a line not in the map is my own notes. `greeted` is my first name (an email to me says
    "Hi Akinyi")."""
    found: dict[int, Voice] = {}
    found |= _dialogue(lines, is_me, is_manager)
    found |= _emails(lines, greeted, manager_name, set(found), is_manager)
    return found


def _speaker(who: str) -> bool:
    first = who.split()[0].lower().strip(".:'’")
    return first not in _LABELS and not who.isdigit()


def _dialogue(lines: list[Line], is_me: Callable[[str], bool],
              is_manager: Callable[[str], bool]) -> dict[int, Voice]:
    """The lines of a transcript or a chat: stamped ("[10:04] Shane: ...", a Slack header over a message), or
    named lines where someone other than me speaks to me at least twice ("Tammy: Ill get you on the trainer list")
    and I answer. Action rows ("Helen: announce at dept meeting by Thurs", "me: hand over the file") are no talk."""
    said: dict[int, tuple[str, bool]] = {}  # line -> (who, stamped)
    current: tuple[str, bool] | None = None  # a chat header's speaker, for the lines under it
    for line in lines:
        text = line.text
        if (m := _HEADER.match(text)) and _speaker(m["who"]):
            current = (m["who"], True)
            said[line.index] = current
            continue
        m = _SAYS.match(text)
        if m and _speaker(m["who"]) and not m["words"].startswith(("\"", "“")) and not (
                m["stamp"] is None and m["clock"] is None and len(_plain(m["who"]).split()) > 2):
            current = None
            said[line.index] = (m["who"], bool(m["stamp"] or m["clock"]))
        elif current and not MINE_AGAIN.match(text) and not line.heading and not line.bullet:
            said[line.index] = current
        else:
            current = None
    stamped = sum(1 for _, s in said.values() if s)
    talk = sum(1 for at, (who, _) in said.items() if not _is_me(who, is_me) and _SPEAKS.search(lines[at].text))
    mine = sum(1 for at, (who, _) in said.items() if _is_me(who, is_me) and _ANSWERS.search(_words(lines[at].text)))
    boss_talks = any((is_manager(_plain(who)) and _SPEAKS.search(lines[at].text)) or _plain(who).lower() in {
        "her", "him", "she", "he"} for at, (who, _) in said.items())  # "Me: ... / Her: will speak to Mark ..."
    pasted = stamped and talk and not mine  # a message of theirs from a chat, pasted ("Aroha Ngata 4:41 pm" over it)
    if (len({who.lower() for who, _ in said.values()}) < 2 and not pasted) or (
            stamped < 2 and ((talk < 2 and not boss_talks) or not mine) and not pasted):
        return {}  # not a dialogue: "Outcome: pending", action rows, one "Dana: I'll send HR my evals"
    others = {_plain(who) for who, _ in said.values() if not _is_me(who, is_me)}
    # a talk of two, me and someone named by a role ("OC", "CO", "GM"): the 1-on-1's other side, the manager
    boss = len(others) == 1 and all((re.fullmatch(r"[A-Z]{2,4}", o) and o not in {"HR", "IT", "PA", "AI"}) or
                                    o.split()[0].lower().rstrip(".") in RANKS for o in others)
    return {at: Voice(who, _is_me(who, is_me), stamped, boss=boss and not _is_me(who, is_me))
            for at, (who, stamped) in said.items()}


# my thanks and yeses, however many ("ok thanks", "Will do, sir."), and whom I say them to
_ACK = re.compile(r"(?i)^(?:\W*(?:ok|okay|thanks|thank\s+you|thx|ty|yes|yeah|yep|sure|great|brilliant|cheers|alright|"
                  r"noted|understood|fair\s+enough|got\s+it|sounds\s+good|will\s+do|appreciate\s+it|no\s+worries|"
                  r"perfect|lovely|cool|fine|sir|ma'?am|madam|mate|boss)\b[\s,.!]*)+")
# my side of a talk: a question, thanks, a yes ("Me: Anything I need to do?", "Me: ok figured"), not my action row
_ANSWERS = re.compile(r"(?i)\?|^\W*(?:ok|okay|thanks|thank|thx|ty|yes|yeah|yep|sure|great|brilliant|cheers|alright|"
                      r"noted|understood|fair|got\s+it|sounds|appreciate|hi|hello|morning|afternoon|sir|ma'?am)\b|"
                      r"\b(?:I|you)\b")
# the speaker's "I" or a "you" said to me: words spoken, not an action row
_SPEAKS = re.compile(r"\b(?:I|I['’]ll|I['’]m|I['’]ve|I['’]d|Ill|Im|[Yy]ou|[Yy]our|[Yy]ou['’]re|[Yy]ou['’]ll)\b")


def _plain(who: str) -> str:
    return re.sub(r"\s*\(.*\)$", "", who).strip()


def _is_me(who: str, is_me: Callable[[str], bool]) -> bool:
    plain = _plain(who)
    return plain.lower() in {"me", "i", "myself"} or is_me(plain) or is_me(plain.split()[0]) or bool(
        re.search(r"\((?:me|you)\)$", who))


def _emails(lines: list[Line], greeted: str, manager_name: str, taken: set[int],
            is_manager: Callable[[str], bool]) -> dict[int, Voice]:
    """The lines of an email to me pasted into the notes, in its author's voice: from its greeting ("Hi Akinyi,")
    or the quote after "Email from Rohit:" to its sign-off ("Best, Samuel") or the first line that is mine again."""
    found: dict[int, Voice] = {}
    author: str | None = None
    body = loose = False
    quoting: bool | None = None  # the body's lines carry an email's quote marks ("> ..."): it ends where they do
    greeted_at: int | None = None  # the line of the greeting of the email being read, if it has one
    greeting, named = greetings(greeted)
    for line in lines:
        if line.index in taken:
            body = False
            continue
        text = line.text
        if m := FROM.match(text):
            author, body = m["who"], False
            continue
        if (m := _COPIED.match(text)) or (m := _PASTED_FROM.match(text)) or (m := _message_from(text, is_manager)):
            given = m.groupdict()  # "Copied from her email:", 'Email from Rohit: "Hi Neha, ...', "Joy's Teams msg:"
            author = given.get("who") or given.get("whose") or given.get("sender") or manager_name
            quoted = bool(m.groupdict().get("open") or m.groupdict().get("quote") or m.groupdict().get("o2"))
            body, loose, quoting = True, not quoted, None  # words not in quotes go on to a blank line or a bullet
            if quoted or text[m.end():].strip():
                found[line.index] = Voice(author, False, True)
                body = quoted and not re.search(r"[\"”]\s*$", text)
            continue
        if m := _LEAD_IN_AT_END.search(text):  # what follows is the message; this line is my own
            author, body, loose, quoting = m["who"] or manager_name, True, True, None
            continue
        if m := LEAD_FROM.match(text):  # her email follows, from its greeting
            author, body = m["lead"], False
            continue
        if body and quoting is not False and line.quoted:
            quoting = True  # "Ben's email:" over "> Thanks for today. ...": his, to the last quoted line
        elif body and (quoting or (loose and (line.bullet or line.after_blank))):
            body = False
        else:
            quoting = False if body else quoting
        # the whole email pasted in quotes or quote marks: the manager's, unsigned
        in_quotes = bool(re.match(r"^\s*[\"“]", text)) or line.quoted
        if greeting and (greeting.match(text) or (author and named and named.match(text))) and (
                author or signed(lines, line.index) or in_quotes):
            author = author or signed(lines, line.index) or manager_name
            body, loose, quoting, greeted_at = True, False, line.quoted, line.index  # a "> " line: her quoting me
        if not body or author is None:
            continue
        if MINE_AGAIN.match(text) or (line.heading and not HEADERS.match(text) and greeted_at is None):
            body = False  # (an email's own "In the meantime:" goes on)
            continue
        found[line.index] = Voice(author, False, True)
        if SIGN_OFF.match(text) or (text.strip() and re.search(r"[\"”]\s*$", text)) or (
                greeted_at is not None and text.strip() == author.split()[0]):  # "Tom" alone signs it
            body, greeted_at = False, None
    return found


def _message_from(text: str, is_manager: Callable[[str], bool]) -> re.Match[str] | None:
    """A lead-in to someone's message (see _MESSAGE_FROM) that names who sent it: her, his, a name's, from a name,
    or the manager's bare first name; not "note:" or "Email points:"."""
    m = _MESSAGE_FROM.match(text)
    if m is None or (m["bare"] and not is_manager(m["bare"])):
        return None
    return m if m["pron"] or m["whose"] or m["bare"] or m["sender"] else None


def _words(sentence: str) -> str:
    """The sentence without the speaker's label or stamp: '[10:04] Shane: I'll look' -> "I'll look"."""
    # 'Her reply: "yes, go ahead"'
    if opener := _COPIED.match(sentence) or _PASTED_FROM.match(sentence) or _message_from(sentence, lambda _: False):
        return sentence[opener.end():]
    m = _SAYS.match(sentence)
    if m and _speaker(m["who"]):
        return m["words"]
    return re.sub(r"^\W*(?:(?:hi|hello|hey|dear)\s+[A-Z][\w'’-]*\s*[,!]\s*)", "", sentence, flags=re.I)


def in_their_voice(sentence: str, voice: Voice, is_manager: Callable[[str], bool], manager: str) -> tuple[str, bool]:
    """The sentence as it is to be read for steps, and whether it is someone else's words ('Shane: "I'll look at
    it again"'); my own words come back without their label."""
    words = _words(sentence).strip().strip("\"“”").strip()
    if voice.me and (words.endswith("?") or not _ACK.sub("", words).strip(" ,.!-–—😊👍🙏🙌")):
        return "", False  # "Me: Thank you sir.", "Me: Anything I need to do?": my side of the talk, nothing to do
    if voice.me:  # "Me: ok thanks, I'll have the write-up to you by 11 Dec": what I say after the thanks
        words = _ACK.sub("", words).strip(" ,.!-–—") or words
    if voice.me or not words:
        return words or sentence, False
    # "Yeah I'll flick you an email", "Ill get you on the trainer list": the speaker's own "I"
    words = re.sub(r"(?i)^(?:(?:yeah|yes|yep|ok|okay|sure|right|so|well|oh|and|also|no\s+worries)"
                   r"\b[,!.]?\s+)+(?=\w)", "", words)
    words = re.sub(r"^(?:Ill|ill)\b", "I'll", re.sub(r"^(?:Ive|ive)\b", "I've", re.sub(r"^(?:Im|im)\b", "I'm", words)))
    if re.match(r"(?i)(?:will\s+do|on\s+it|sure\s+thing|no\s+(?:problem|worries)|done|noted|cool)\b", words):
        return "", True  # "will do by end of month": yes to the line before, no step of its own
    pronoun = _plain(voice.who).lower() in {"her", "him", "she", "he"}
    if pronoun and re.match(r"(?i)(?:will|shall|can|gonna|going\s+to|needs?\s+to|has\s+to|wants?|would)\b", words):
        # "Her: will speak to Mark and come back to me after": what she will do, in my words
        return f"{'she' if _plain(voice.who).lower() in {'her', 'she'} else 'he'} {words}", True
    if not voice.stamped and re.search(r"(?i)\b(?:me|my|mine|myself)\b", words) and not re.search(
            r"(?i)\byou(?:r|rs|'re|'ll|'ve|'d)?\b", words):
        return sentence, False  # "HR: will send me the new JD": my own row (my "me"), not HR's words
    if voice.stamped:  # "Tammy: will do it by Friday" in a chat: her own "I"
        words = re.sub(r"(?i)^(?=(?:will|shall|can|gonna|going\s+to|need\s+to|have\s+to)\b(?!\s+you\b))", "I ", words)
    who = _plain(voice.who)
    first_and_last = (who.split()[0], who.split()[-1]) if who.split() else ()  # "Ramon Santos": Engr. Santos
    if who.lower() in {"her", "him", "she", "he"} or voice.boss or any(is_manager(w) for w in (who, *first_and_last)):
        who = manager  # "OC", "Her", "Funmi Adeyemi": the manager, as the reader names her
    return f'{who}: "{words}"', True


def voiced(lines: list[Line], said: list[str], line_of: dict[str, int], manager_names: list[str],
           my_name: str) -> tuple[dict[str, str], set[str]]:
    """The sentences of a pasted transcript, chat or email as read for steps: someone else's in their voice
    ('Shane: "I'll look at it again"' as "Shane will look at it again"), mine without the label ("Me: I'll have a
    draft by Mar 20"), with the sentences of someone else's that say nothing to do (no model's guess reads those as
    mine)."""
    owners = Owners(manager_names, my_name)
    manager = min(manager_names, key=len, default="")
    spoken = voices(lines, owners.is_me, owners.is_manager, first_name_of(my_name), manager)
    read: dict[str, str] = {}
    theirs_said: set[str] = set()
    mine = _of_me_in_third(first_name_of(my_name))
    in_columns = column_rows([line.text for line in lines])
    for sentence in said:
        if row := owned_row(sentence) or (in_columns.get(line_of[sentence]) if len(
                lines[line_of[sentence]].sentences) == 1 else None):
            who, what = row
            first = who.split()[0] if who.split() else who
            if owners.is_me(first) or who.lower() in {"me", "i", "myself"}:  # "[Ryan Kowalski] Send Nathalie his
                who, what = "me", re.sub(r"(?i)\b(?:his|her)\b", "my", what)  # record": mine, my record
            elif owners.is_manager(first):
                who = manager  # "[Declan Byrne] Confirm start date", the manager by full name
            read[sentence] = f"{who}: {what[:1].lower() + what[1:] if what[1:2].islower() else what}"
            continue
        if (voice := spoken.get(line_of[sentence])) is None:
            if mine and mine.search(sentence):  # a summary that names me: "nominate Adaeze", "put her name forward"
                read[sentence] = _as_said_of_me(sentence, mine)
            continue
        words, theirs = in_their_voice(sentence, voice, owners.is_manager, manager)
        turned = (reported(words, owners.is_manager, every=True) if words else "") if theirs \
            else words
        read[sentence] = words if turned is None else turned
        if theirs and not turned:  # "will do by end of month", "thank you for meeting with me": no step, not mine
            theirs_said.add(sentence)
    return read, theirs_said


def _of_me_in_third(first: str) -> re.Pattern[str] | None:
    """How a meeting summary names me: by my first name ("Craig believes Emily is ready"), not after "Hi" or as a
    speaker's label; None for a name that is also a word ("Will", "May")."""
    if not first or not first[:1].isupper() or first.lower() in _NAME_WORDS:
        return None
    return re.compile(rf"(?<!\bHi )(?<!\bDear )\b{re.escape(first)}\b(?!\s*:)")


_HERS = re.compile(r"\b(?:her|his)\s+(?P<thing>name|case|application|file|cv|CV|paperwork|promotion|nomination|packet|"
                   r"portfolio|promo)\b")
# the name where it is done to me, not where I do something: "nominate Adaeze", not "Adaeze to shadow Emeka"
_NOT_AS_SUBJECT = (r"(?!\s+(?:to|will|should|needs?|has|have|is|was|must|would|can|could|and|had|said|says|thinks|"
                   r"believes)\b)")


def _as_said_of_me(sentence: str, named: re.Pattern[str]) -> str:
    """A summary's sentence that names me, as said of me: 'Ibrahim to nominate Adaeze for the course' as 'nominate me
    for the course', "Craig will put her name forward" as "my name", "Marcus's case" as "my case"."""
    first = named.pattern
    said = re.sub(rf"{first}(?:\s+[A-Z][\w-]+)?['’]s\b", "my", sentence)
    said = re.sub(rf"(?<=[a-z]\s){first}\b(?!\s+[A-Z]){_NOT_AS_SUBJECT}", "me", said)  # not "ask Sam B", a namesake
    return _HERS.sub(r"my \g<thing>", said)


_NAME_WORDS = frozenset("will may june july april august grace hope joy faith bill rich mark pat sue rose summer dawn "
                        "ray art sunny max frank guy victor".split())
