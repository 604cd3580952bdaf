"""Someone's own words, quoted in the notes, as reported speech: 'Carlos: "I'll tell the drivers myself at Monday's
huddle"' is 'Carlos will tell the drivers at Monday's huddle', 'Her words: "I'll push it with the partners, leave
that with me."' is 'she will push it with the partners', 'Brian: "ship the service and I'll make the case in Aug"'
is 'Brian wants me to ship the service and Brian will make the case in Aug'. The "I" in a quote is the speaker's and
its "you" is me, so the step is read as theirs, not mine."""

from __future__ import annotations

import re
from collections.abc import Callable

from promo_ai.notes.verbs import IMPERATIVE, starts_with_a_verb

_QUOTE = re.compile(r"^(?P<lead>\W*?)(?P<who>(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[A-Za-z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)"
                    r"(?:\s*:|\s+(?:said|says|told me|replied)\s*:?|\s+words\s*:|\s+[-–—])\s*"
                    r"[\"“](?P<q>[^\"”]{3,240})[\"”]"
                    r"(?P<after>.*)$")
_NOT_SPEAKERS = frozenset({"me", "i", "my", "myself", "note", "notes", "email", "subject", "title", "re", "q", "a",
                           "ai", "chatgpt", "gpt", "bot", "quote", "feedback", "praise", "headline", "mum", "mom",
                           "mam", "dad", "wife", "husband", "hubby", "partner", "son", "daughter", "gran", "nan"})
# what hands the matter to the speaker and says nothing to do: "leave it with me", "no promises"
_HANDED_OVER = re.compile(r"(?i)(?:^|[,.;]\s*)(?:leave\s+(?:it|that|this)\s+with\s+me|no\s+promises)[.!]?\s*(?=$|\w)")
_FIRST_PERSON = re.compile(r"(?i)\b(?:i\s*['’]ll|i\s+will|i\s*['’]m\s+going\s+to|i\s+am\s+going\s+to|i\s*['’]m|i\s+am|"
                           r"i\s*['’]ve|i\s*['’]d|myself|my|me|i|you\s*['’]re|you\s*['’]ll|you\s*['’]ve|you\s*['’]d|you\s+are|"
                           r"you\s+were|yourself|your|you|u|ur)\b")  # "I'm putting u in for asst mgr": texted
# what the manager asks of me, said plainly: "Do the CRM module and the English test", "Keep the safety record clean"
_ASKS = re.compile(r"(?i)(?:do|get|finish|complete|take|pass|keep|make|sort|lead|run|start|go|put|give|write|read|"
                   r"talk|speak|present|fix|learn|shadow|cover|own|deliver|build|plan|think)\s+(?!you\b|it\s*$)\w")
# where a clause starts, so a "you" after it does something: "if you finish the module", not "let you know"
_OPENS_A_CLAUSE = re.compile(r"(?i)(?:^|[,;:.!?—–-]\s*|\b(?:and|but|so|if|when|once|that|because|then|or|until|till|"
                             r"before|after|as|while|unless|think|reckon|guess|hope)\s+)$")
# "you" that does something is "I", not "me": "you need to finish the module", "you can apply in May"
_AS_SUBJECT = re.compile(r"(?i)\s+(?:need|have|must|should|will|can|could|get|got|do|did|might|may|just|also|still|"
                         r"then|now|go|ask|send|apply|take|lead|run|finish|complete|keep|make|put|talk|meet|book|want|wish|like|think|"
                         r"feel|know|see|agree|submit)\b")

# "Tom reckons he can get my paperwork to the panel by the 14th": what he says he'll do (read as "he will get ..."),
# the manager's only and not hedged ("Raj reckons he can cover", "she thinks she can probably swing it": no promise)
RECKONS = re.compile(r"(?i)^(?:(?P<who>she|he|(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?)\s+)?"
                     r"(?:reckons|thinks|reckoned)\s+(?P<s>she|he)\s+can\s+(?=\w)")
_HEDGED = re.compile(r"(?i)\b(?:probably|maybe|might|perhaps|possibly|hopefully|no\s+promises|depends|not\s+sure)\b")
_PROMISE = re.compile(r"(?i)\bi\s*(?:['’]ll|will|['’]m\s+going\s+to|am\s+going\s+to|['’]m\s+gonna)\b")


# "he reckons Dave'll make a call before the shutdown", "she thinks the panel will decide by March": what someone else
# will do, as the manager expects it
_RECKONS_OF = re.compile(r"(?i)^(?:(?P<who>she|he|(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?)\s+)?"
                         r"(?:reckons|thinks|expects|reckoned)\s+(?:that\s+)?(?=(?:(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])"
                         r"[\w'’.-]*)?|HR|the\s+(?:panel|board|committee|owners?|directors?|partners|client|school|"
                         r"office))\s*(?:['’]ll|will)\s(?!get\s+(?:it|the\s+(?:job|role|post|position|nod|promotion)|"
                         r"promoted)\b|be\s))")  # not "he reckons Jo'll get it": news of someone else


# a rank or a role the other side of a talk of two is called by ("Sgt Major", "Chef", "Boss"): the manager
RANKS = frozenset("sgt sergeant sarge cpl corporal capt captain maj major lt col colonel chief boss gaffer guv chef "
                   "matron sister coach principal head supervisor super foreman sir ma'am maam madam manager mgr "
                   "director dr prof professor insp inspector supt superintendent".split())
# "Ola said she'll show me on tues": someone named tells what they will do themselves
_SAID_OWN = re.compile(r"^(?P<who>(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+)?)\s+(?:\([^)]{1,30}\)\s+)?"
                       r"(?:said|says|mentioned|confirmed|promised|told\s+me)\s+(?:that\s+)?(?P<p>she|he)\s*"
                       r"(?:['’]ll|will|['’]d|would|is\s+going\s+to|['’]s\s+going\s+to|was\s+going\s+to)\s+(?=\w)",
                       re.IGNORECASE)


def reckoned(clause: str, is_manager: Callable[[str], bool]) -> str:
    """'Tom reckons he can get my paperwork to the panel by the 14th' as 'he will get ...', when Tom is the manager
    and says it without a hedge; 'he reckons Dave'll make a call by Friday' as 'Dave'll make a call by Friday'; 'Ola
    said she'll show me on tues' as 'Ola will show me on tues' when Ola is not the manager; the clause as it is
    otherwise."""
    own = _SAID_OWN.match(clause)
    promise = own is not None and not re.match(  # not "she'll probably leave", "she'll never approve overtime"
        r"(?i)(?:(?:probably|maybe|prob|possibly)\s+)?(?:never|not|leave|quit|retire)\b", clause[own.end():])
    if own and not any(is_manager(w) for w in (own["who"], own["who"].split()[-1])) and not own["who"].isupper() \
            and own["who"].lower() not in _NOT_SPEAKERS | RANKS | {"she", "he", "they", "also", "and", "then", "so"}:
        # not "Chef said he'll", "HOD said he'd": the manager; "Ola said she'll probably leave": Ola's, no promise
        return f"{own['who']} {'will' if promise else 'may'} {clause[own.end():]}"
    if (of := _RECKONS_OF.match(clause)) and not _HEDGED.search(clause) and not (of["who"] and not is_manager(
            of["who"])) and not re.match(r"(?i)i\b", clause[of.end():]):
        return clause[of.end():]
    m = RECKONS.match(clause)
    if not m or _HEDGED.search(clause) or (m["who"] and not is_manager(m["who"])) or (
            m["who"] and m["who"].lower() in {"she", "he"} and m["who"].lower() != m["s"].lower()):
        return clause
    return f"{m['s']} will {clause[m.end():]}"


def reported(sentence: str, is_manager: Callable[[str], bool], *, every: bool = False) -> str | None:
    """The sentence with its quote turned into reported speech, or None when it quotes no one who acts (my own
    words, an email's subject, family) or the speaker promises nothing in it ("Take the weekend, you've earned it").
    With `every` (a line of a transcript, a chat or an email, where whose words they are is sure) it is turned
    whatever it says, and what the speaker asks of me ("Get your paperwork to the Chief Clerk", "Could you please
    draft a 90-day plan") reads as 'X wants me to ...'."""
    m = _QUOTE.match(sentence)
    if not m or m["who"].lower() in _NOT_SPEAKERS:
        return None
    who = m["who"]
    if who.lower() in {"her", "his"}:  # "Her words: ..."
        who = "she" if who.lower() == "her" else "he"
    elif who.lower() in {"she", "he"}:
        who = who.lower()
    elif not (who[:1].isupper() or is_manager(who)):
        return None
    quote = _HANDED_OVER.sub("", m["q"]).strip(" ,.;")
    if every:  # "Could you please draft ...", "can you run the Q4 retro?": asked of me
        quote = re.sub(r"(?i)^(?P<first>(?:before\s+(?:then|that)|first|also|and|so|meanwhile|in\s+the\s+meantime)"
                       r"\s*,?\s*)?(?:(?:could|can|would|will)\s+you\s+(?:please\s+)?|please\s+)(?=[a-z])",
                       r"\g<first>", quote)
        quote = quote.rstrip(" ?") if quote != m["q"].strip(" ,.;") else quote
    first = quote.split(" ", 1)[0]
    promised = bool(_PROMISE.search(quote))  # not "the research route isn't going to work for you", "take the weekend"
    # asked of me, with a promise of hers: "ship the service and I'll make the case" (not "let me think", "don't ...")
    # (words whose speaker is sure, asked of me only with a verb that asks: not "interview panel in 2 weeks")
    verb = bool(IMPERATIVE.match(quote) or _ASKS.match(quote)) if every and not promised else starts_with_a_verb(quote)
    asked = (promised or every) and verb and not first.lower().endswith(("ing", "ly")) and not re.match(
        r"(?i)(?:let|don'?t|do\s+not|never|not|nothing|nobody|none|maybe|probably|perhaps|just|only|still|already|"
        r"really|honestly|sadly|unfortunately|get\s+your\s+hopes|look|listen|thanks?|sorry|well|yeah|yes|no|ok|okay|"
        r"congrats|congratulations|welcome|great|good|nice|cheers|hey|hi|hello|bear|trust|keep\s+it\s+up)\b", quote)
    if not quote or not (promised or every):
        return None
    if who in {"she", "he"}:
        subject, obj, own = who, "her" if who == "she" else "him", "her" if who == "she" else "his"
    else:
        named = re.sub(r"^(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+", "", who) if " " in who else who
        subject, obj, own = who, named, f"{named}'s"
    swaps = {"i'll": f"{subject} will", "i will": f"{subject} will", "i'm going to": f"{subject} will",
             "i am going to": f"{subject} will", "i'm": f"{subject} is", "i am": f"{subject} is",
             "i've": f"{subject} has", "i'd": f"{subject} would", "i": subject, "myself": "", "my": own, "me": obj,
             "you're": "I'm", "you'll": "I'll", "you've": "I've", "you'd": "I'd", "you are": "I am",
             "you were": "I was", "yourself": "myself", "your": "my", "you": "me", "u": "me", "ur": "my"}

    def swapped(w: re.Match[str]) -> str:  # "you need to finish the module": I, the subject of what I must do
        if w.group(0) == "I" and re.search(r"\b[A-Z][a-z]+\s$", w.string[:w.start()]) and re.match(
                r"\s*(?:$|[.,;:)])", w.string[w.end():]):
            return "I"  # a grade, not me: "nominees for Master Teacher I."
        subject_of_a_clause = _AS_SUBJECT.match(w.string, w.end()) and _OPENS_A_CLAUSE.search(w.string[:w.start()])
        return "I" if _key(w.group(0)) in {"you", "u"} and subject_of_a_clause else swaps[_key(w.group(0))]

    said = _FIRST_PERSON.sub(swapped, quote)
    if asked:  # "ship the service and I'll make the case": asked of me first
        said = f"{subject} wants me to {said[:1].lower() + said[1:] if said[1:2].islower() else said}"
    elif every and not promised and starts_with_a_verb(said):
        return ""  # "thank you for meeting with me", "Look mate, ...": said, but no step and not mine to do
    said = re.sub(rf"^{re.escape(subject)} will need (?=(?:my|the|a|an)\b)", f"{subject} needs ", said)  # my to send
    return m["lead"] + re.sub(r"\s{2,}", " ", said).strip() + m["after"]


_OPENS = re.compile(r"^(?P<head>\W*?(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[A-Za-z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?"
                    r"(?:\s*:|\s+(?:said|says|told me|replied)\s*:?|\s+words\s*:|\s+[-–—])\s*)[\"“][^\"”]*$")

# a quote opened later in the sentence: 'I brought up Senior SWE and she said "I think you're there. I'll take it ...'
_OPENS_LATER = re.compile(r"\b(?P<head>(?:(?i:she|he)\s+(?:said|says|told\s+me|replied)|(?i:her|his)\s+words)\s*:?\s*)"
                          r"[\"“][^\"”]*$")


def as_quoted(sentences: list[str], is_manager: Callable[[str], bool] | None = None) -> list[str]:
    """One line's sentences as each is to be read, a quote cut into sentences given back to its speaker:
    'Dana: "Sorry, no budget this round.' 'I'll try again in April."' reads the second as 'Dana: "I'll try again
    in April."', not as my step; with `is_manager`, the sentences after the first as the speaker's reported words
    ('Get your portfolio in by Feb.' as 'Dana wants me to get my portfolio in by Feb'). The sentences themselves
    are unchanged (they are what a proposal quotes)."""
    read: list[str] = []
    head: str | None = None  # 'Dana: ' while her quote is open
    for sentence in sentences:
        if head is not None:
            closes = bool(re.search(r"[\"”]", sentence))
            body = sentence if closes else f'{sentence}"'
            quoted = f'{head}"{body.lstrip(chr(34) + "“ ")}'
            said = reported(quoted, is_manager, every=True) if is_manager else None
            read.append(quoted if said is None else said)
            head = None if closes else head
        elif m := _OPENS.match(sentence) or _OPENS_LATER.search(sentence):
            read.append(f'{sentence}"')
            head = m["head"]
        else:
            read.append(sentence)
    return read


def _key(word: str) -> str:
    """'I ’ll' -> "i'll", 'I  am' -> 'i am'."""
    return re.sub(r"\s+", " ", re.sub(r"\s*['’]\s*", "'", word.lower()))


# the manager's answer in notes kept as questions and answers: "Q - what should I do?" then "A - finish BLS training"
_ANSWER = re.compile(r"^\W*A\s*(?:[-–—:]|->)\s*(?:(?i:she|he)\s+(?i:said|says)\s+(?:that\s+)?)?(?i:also\s+)?"
                     r"(?P<rest>\w.*)$")


def answered(sentence: str) -> str:
    """An answer that tells me what to do ("A - finish BLS training", "A - she said also help train the new batch")
    as my step; any other sentence as it is."""
    m = _ANSWER.match(sentence)
    if m is None or not IMPERATIVE.match(m["rest"]) or re.match(r"(?i)(?:thank|congrat|well\s+done)", m["rest"]):
        return sentence
    return f"I'll {m['rest'][0].lower()}{m['rest'][1:]}"


# someone who got in touch, then what they want with no subject of its own: "Matron emailed, wants to meet me on the
# 5th" (Matron will meet me), "HR rang, needs my payslips by Monday" (I'll send HR my payslips)
_GOT_IN_TOUCH = re.compile(r"^(?P<head>\W*(?:update\b[^:]{0,20}:\s*)?(?P<who>(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])"
                           r"[\w'’.-]+)?)\s+(?:emailed|called|rang|phoned|messaged|texted|replied|wrote|pinged|got\s+back|"
                           r"came\s+back)(?:\s+(?:me|back|today|yesterday))*\s*(?:,|-|–|and)\s*)(?:wants|needs|asked\s+for|"
                           r"would\s+like|['’]d\s+like)\s+(?P<to>to\s+)?(?P<rest>.+)", re.IGNORECASE)


def got_in_touch(sentence: str, is_manager: Callable[[str], bool]) -> str:
    """The sentence with the wish of someone who got in touch said as a step (see _GOT_IN_TOUCH)."""
    m = _GOT_IN_TOUCH.match(sentence)
    if m is None or is_manager(m["who"]):
        return sentence
    said = f"{m['who']} will {m['rest']}" if m["to"] else f"I'll send {m['who']} {m['rest']}"
    return f"{m['head']}{said}"


# a Q/A note's answer, in quotes, that speaks to me and promises something: 'A: "You've got my recommendation, I'll
# put it in writing this week."' (not a quote alone: the line before may say I said it, or Priya from HR)
_UNSAID_BY = re.compile(r"^(?P<lead>\W*?A\s*(?:[-–—:]|->)\s*)[\"“](?P<q>[^\"”]{3,240})[\"”]\W*$")
_TO_ME = re.compile(r"(?i)\b(?:you|your|you['’](?:ve|re|ll|d)|yourself|u|ur)\b")


def unattributed(sentence: str, manager: str) -> str | None:
    """A Q/A note's answer in quotes that speaks to me ("you") and promises something ("I'll"), as the manager's
    ('Dana: "..."', which `reported` reads); None for any other sentence."""
    m = _UNSAID_BY.match(sentence)
    if not m or not _TO_ME.search(m["q"]) or not _PROMISE.search(m["q"]):
        return None
    return f'{manager}: "{m["q"]}"'


def quote_marks_paired(text: str) -> str:
    """A step without the quote mark left at an end by cutting a quote short ('put it in writing this week."'), nor
    the full stop before it."""
    was = text
    if text.count('"') % 2:
        text = re.sub(r'"\s*$', "", text) if text.rstrip().endswith('"') else re.sub(r'^\s*"', "", text)
    if text.count("”") > text.count("“"):
        text = re.sub(r"”\s*$", "", text)
    elif text.count("“") > text.count("”"):
        text = re.sub(r"^\s*“", "", text)
    return re.sub(r"[\s.,;:]+$", "", text) if text != was else text.strip()
