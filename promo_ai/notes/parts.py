"""One line said as several things: "update CV + apply for GRM in Oct" (two steps), "lead 2 weddings + get my WSET
L2" (two conditions); "reduce waiting times and cost overruns" stays one."""

from __future__ import annotations

import re

from promo_ai.notes.verbs import starts_with_a_verb

# what a split never cuts: a bracket ("pass the remaining modules (M7, M9) and get the type rating")
_BRACKETS = re.compile(r"\([^()]{1,60}\)")
_BRACKETS_OR_LIST = re.compile(r"\([^()]{1,60}\)|:\s.*$")


def split_outside(pattern: str | re.Pattern[str], text: str, whole: re.Pattern[str] = _BRACKETS) -> list[str]:
    """re.split, but never at a comma or an "and" inside what `whole` matches."""
    hidden = whole.sub(lambda m: m[0].replace(",", "\x00").replace(" and ", "\x01"), text)
    return [p.replace("\x00", ",").replace("\x01", " and ") if p else p for p in re.split(pattern, hidden)]


def steps_in(text: str) -> list[str]:
    """Several steps of mine on one action line ("update CV + apply for GRM in Oct", "book the module assessment,
    send you the rota by fri"): one each, when every part starts with a verb."""
    parts = split_outside(r"\s+\+\s+|\s*;\s*|,\s+and\s+(?:also\s+)?|,\s+(?=\w)", text)  # not "(Leadership, Pace)"
    if len(parts) < 2 or not all(an_action(p) for p in parts) or any(_SENDS_IT.match(p) for p in parts[1:]):
        return [text]  # "finalise the teaching portfolio + send to her before Easter": one step, sent when done
    return parts


# sending what the part before made: "send to her", "send it over", "email them to HR" (not "hand over my cases")
_SENDS_IT = re.compile(r"(?i)^(?:send|forward|email|pass|hand|share|submit|give)\s+(?:(?:it|them|that|this)\s+)?"
                       r"(?:(?:to|before|by|in)\b|(?:over|on|across)\b(?!\s+(?:my|the|our|all|a|an)\b))")


def an_action(part: str) -> bool:
    """A verb and what it acts on ("get my WSET L2", "lead 2 weddings", "update CV"); not a noun that can be a verb
    ("cost overruns", "support from the ops team")."""
    return starts_with_a_verb(part) and not re.match(r"(?i)thank\s+you\b", part) and bool(re.match(
        r"(?i)^\S+\s+(?:(?:up|on|off|in|out|over|back|through)\b|(?:for|to|with|about|into|at|across|the|a|an|my|our|you|"
        r"your|his|her|their|this|that|these|those|some|all|one|two|three|each|both|another|more)\b|\d|(?-i:[A-Z]))",
        part))


def conditions(text: str) -> list[str]:
    """What is wanted, one condition each: "clear the TL certification and handle night shift escalations",
    "lead 2 weddings + get my WSET L2"; a part that does not start with a verb stays with the one before."""
    # a list after a colon is one thing too: "evidence 3 behaviours: Leadership, Seeing the Big Picture, ..."
    pieces = split_outside(r"(\s+\+\s+|\s*;\s*|,?\s+and\s+(?:also\s+)?|,\s+)", text, _BRACKETS_OR_LIST)
    found = [pieces[0]]
    for joint, part in zip(pieces[1::2], pieces[2::2], strict=True):
        if an_action(part) and not re.search(r"\b(?:[iI]t|[tT]hat|[tT]his|[tT]hem)\b", part):  # "have it signed off"
            found.append(part)
        else:
            found[-1] += joint + part  # "the cake, the tea and the fair": one thing
    return found if all(len(f.split()) >= 2 for f in found) else [text]
