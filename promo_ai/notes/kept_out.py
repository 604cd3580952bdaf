"""What a "don't mention X" keeps out of the other lines too: "don't mention Kabir" also covers "SPM role - went to
Kabir", and "The sale isn't public yet - don't mention it" covers "paused till the sale goes through"; and what an
aside in brackets keeps out of the accomplishment or step it stands in."""

from __future__ import annotations

import re
from typing import Any

from promo_ai.notes.outcome import sentence_outcome
from promo_ai.notes.privacy import LEAVE_OUT, is_private, named_by
from promo_ai.text import content_words

# Words of "don't mention X" too general to mark other lines ("anything about", "the email").
_VAGUE = frozenset({"anything", "something", "stuff", "thing", "things", "email", "mail", "letter", "writing", "name",
                    "aboot", "aboout",
                    "names", "obviously", "please", "about", "that", "this", "those", "them", "it", "anywhere",
                    "anyone", "anybody", "everywhere", "ever", "again", "here", "there", "part", "bits", "side",
                    "fact", "whole", "looking", "going", "getting", "doing", "thinking", "feeling", "saying",
                    "taking", "making"})


# "The sale isn't public yet - don't mention it": what "it" is, the thing not yet public
_NOT_PUBLIC = re.compile(r"(?i)^\W*(?:the\s+|our\s+|my\s+|this\s+)?(?P<x>[\w' %-]{3,30}?)\s+"
                         r"(?:isn'?t|is\s+not|aren'?t|are\s+not|is|are|'s)\s+(?:still\s+)?(?:not\s+)?(?:public|official|announced|confirmed|known|out|"
                         r"confidential|under\s+wraps|hush[- ]hush|secret|personal|private|sensitive|between\s+us)\b")


# "not for the email: the union rep part, and that I'm annoyed": what a keep-out label names after it
_LABELLED_OUT = re.compile(r"(?i)^\W*(?:(?:but|and|so)\s+)?(?:not\s+for\s+(?:the\s+)?(?:e-?mail|letter|write-?up)|"
                           r"keep\s+(?:out\s+of|off)\s+(?:the\s+)?(?:e-?mail|letter)|off\s+the\s+record|private|"
                           r"confidential)\s*(?:[:–—]|\s-)\s*(?P<x>.+)$")


_WHEN_WORD = re.compile(r"(?i)(?:jan|febr?)uary|march|april|june|july|august|(?:sept|nov|dec)ember|october|monday|"
                        r"tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday|week|month|year")


_EVERYDAY = frozenset({"back", "over", "down", "through", "ahead", "forward", "along", "around", "away", "home",
                       "time", "work", "team", "role", "case", "line", "plan", "review", "meeting", "leave"})


def _kept_out_words(sentence: str) -> set[str]:
    """The words a 'don't mention ...' sentence keeps out: what it names, or, for 'it', what is not public."""
    pieces = re.split(r"[!?]+\s*|\s+and\s+(?=do\s*n[o']?t\b|never\b|keep\b)", sentence, flags=re.IGNORECASE)
    phrases = [named_by(m) for piece in pieces for m in LEAVE_OUT.finditer(piece)]  # "X!! and dont say ... sam"
    if not any(phrases) and (m := _LABELLED_OUT.match(sentence)):
        phrases = [m["x"]]
    kept: set[str] = set()
    for named in phrases:
        kept |= _named_words(named)
    if not kept and (m := _NOT_PUBLIC.match(sentence)):
        kept = _named_words(m["x"])
    return kept


def _named_words(named: str) -> set[str]:
    words = content_words(named, ignore=_VAGUE)
    figures = set(re.findall(r"[$£€₦₹]?\d[\d,.]*\s?(?:%|k\b)", named))  # "don't put the 5% thing"
    shortest = 3 if len(words) == 1 else 4  # "don't say anything about sam": a short name, when it is all that is named
    named_words = {w.removesuffix("'s") for w in words if len(w.removesuffix("'s")) >= shortest}
    kept = {w for w in named_words if not _WHEN_WORD.fullmatch(w)}  # not "march" in "my back op in March"
    for word in kept & _EVERYDAY:  # "my back op": "back op", not every "get back to me"
        kept.discard(word)
        if pair := re.search(rf"(?i)\b{word}\s+[a-z]{{2,}}\b", named):
            kept.add(pair.group(0).lower())
    return (kept or named_words) | figures  # "keep my leave out": when it is all that is named, "leave" itself


def kept_out_elsewhere(items: list[dict[str, Any]], secret: list[str]) -> list[dict[str, Any]]:
    """"don't mention Kabir" also covers "SPM role - went to Kabir", and "The sale isn't public yet - don't mention
    it" covers "paused till the sale goes through": the outcome is quoted from the clause that says it; any other
    change that quotes the name is offered unticked, with the reason."""
    words = {w for s in secret for w in _kept_out_words(s)}
    for item in items:
        named = sorted(w for w in words if re.search(rf"(?i)(?<![\w.]){re.escape(w)}", item["source_quote"]))
        if item["kind"] == "private" or not named:
            continue
        if item["kind"] == "outcome":
            clauses = re.split(r"\s*(?:[,;:.!?]+|\s[-–—]+)\s+", item["source_quote"])
            clause = next((c for c in clauses if sentence_outcome(c) == item["text"]
                           and not any(re.search(rf"(?i)\b{re.escape(w)}", c) for w in named)), None)
            if clause:
                item["source_quote"] = clause
                continue
        said = re.search(rf"(?i)(?<![\w.]){re.escape(named[0])}\w*", item["source_quote"])  # as written: "Kabir"
        word = said.group(0) if said else named[0]
        item["unsure"] = (f"It quotes a line that mentions “{word}”, which your notes ask to keep out of the "
                          "email: check it.")
    return items


# an aside in brackets that keeps something out: "covered maternity for 3 wks (don't say it was because of the strike)"
_BRACKET = re.compile(r"\s*\((?P<aside>[^()]{3,160})\)")
_SAYS = frozenset({"add", "emphasise", "next", "condition"})
_KEEP_IT_OUT = re.compile(r"(?i)^\W*(?:but\s+)?(?:don'?t|dont|do\s+not|never|not\s+to)\s+(?:say|mention|put|"
                          r"include|write|tell|bring\s+up)\b|\b(?:private|confidential|not\s+for\s+(?:the\s+)?e-?mail|between\s+us|"
                          r"off\s+the\s+record|keep\s+(?:it|that|this)\s+(?:out|quiet))\b")


_CUE_WORDS = frozenset("fyi only obviously going anything anywhere private confidential email mail mention say put "
                       "include between us record keep quiet secret write writing dont don't not never pls please just "
                       "this that it off for the in out".split())


_SAY_WHAT = re.compile(r"(?i)^\W*(?:but\s+)?(?:don'?t|dont|do\s+not|never)\s+(?:say|mention|write)\s+\S+\s+\S+")


def _names_something(aside: str) -> bool:
    """Whether a keep-out aside names what it keeps out ("don't say it was because of the strike"), not only that
    the sentence it stands in is private ("fyi only")."""
    return bool(set(content_words(aside)) - _CUE_WORDS) or bool(_SAY_WHAT.match(aside))


def asides_kept_out(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The items, each without a private aside in brackets (which becomes a private line of its own): a person who
    ticks the accomplishment sends what it did, not what they asked to keep out."""
    kept: list[dict[str, Any]] = []
    asides: list[str] = []
    for item in items:
        text = item.get("text") or ""
        private = [m for m in _BRACKET.finditer(text) if is_private(m["aside"]) or _KEEP_IT_OUT.search(m["aside"])]
        if item["kind"] in _SAYS and any(not _names_something(m["aside"]) for m in private):
            asides.append(item["source_quote"])
            continue  # "Priya is on 185k (fyi only, obviously not going in anything)": the whole of it
        if item["kind"] in _SAYS and private:
            for m in reversed(private):
                text = text[:m.start()] + text[m.end():]
            asides += [m["aside"] for m in private]
            item = {**item, "text": text.strip()}
        kept.append(item)
    known = {i["source_quote"] for i in kept if i["kind"] == "private"}
    return kept + [{"kind": "private", "text": a, "source_quote": a} for a in dict.fromkeys(asides) if a not in known]
