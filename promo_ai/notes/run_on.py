"""Where a line typed without stops runs on to what someone will do: "i asked for the scorecard breakdown she will
send it by friday" is two clauses, the second her step (read by promo_ai.notes.steps before it splits a sentence)."""

from __future__ import annotations

import re

# she, he or they and what they will do, said straight after another clause; not "the date she'll send is not set"
_GOES_ON = re.compile(r"(?i)(?<=\w)\s+(?=(?:she|he|they)\s*(?:will|['’]ll|is\s+going\s+to|['’]s\s+going\s+to|"
                      r"are\s+going\s+to)\s+\w+\b(?!\s+(?:is|was|are|were|has|had|would|will)\b))")
# a word that leads into the clause rather than ending the one before: "if he'll", "she said he'll", "maybe he'll"
_LEADS_IN = frozenset(
    "that if when and but so because which what who whether once until till before after as since than where how "
    "why think thinks thought reckons reckon said says hope hopes hoped know knows sure unless whatever or told me "
    "hoping maybe perhaps probably then stuff things".split())
# what makes the rest hang on something: "If the bid comes through in the summer he'll make the case"
_HANGS_ON = re.compile(r"(?i)\b(?:if|unless|maybe|perhaps|once|whether|depends|might|provided)\b")


def run_on(sentence: str) -> str:
    """The sentence with a comma where it runs on to what she (he, they) will do after a clause of three words or
    more, unless the word before leads into that clause or the clause before makes it hang on something."""
    cuts = []
    for m in _GOES_ON.finditer(sentence):
        before = re.split(r"[,;:.!?]|\s[-–—]\s", sentence[:m.start()])[-1]  # the clause it would end
        words = re.findall(r"[\w'’]+", before)
        if len(words) > 2 and words[-1].lower() not in _LEADS_IN and not _HANGS_ON.search(before):
            cuts.append(m.start())  # not after "Basically" or "ok so": a word that only leads in
    for cut in reversed(cuts):
        sentence = f"{sentence[:cut]},{sentence[cut:]}"
    return sentence
