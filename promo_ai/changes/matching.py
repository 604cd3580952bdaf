"""Which accomplishment or praise in the case a phrase of the notes names ("the bit about the rota")."""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass
from typing import Any, Literal

from promo_ai.case import Case
from promo_ai.text import content_words, normalise, quoted

MATCH_CUTOFF = 0.6
# Words that name the change rather than what it is about ("drop the bit about the recon report").
CHANGE_WORDS = frozenset({"add", "drop", "emphasise", "emphasize", "next", "mention", "include", "remove", "put",
                          "first", "bit", "thing", "things", "stuff", "part", "piece", "lead", "leave", "take"})
# Words too common in a case to pick out one accomplishment on their own.
_GENERIC = frozenset({"work", "team", "role", "year", "month", "week", "time", "project", "people", "new", "led",
                      "ran", "run", "lead", "senior", "weekly", "case", "praise", "quote", "feedback", "review"})
_PRAISE = frozenset({"praise", "quote", "feedback", "review", "letter", "comment", "comments", "testimonial"})


def phrase_words(text: str) -> list[str]:
    """The content words of a phrase about a change, without the words that name the change."""
    return content_words(text, ignore=CHANGE_WORDS)


def stem(word: str) -> str:
    """A crude stem, for 'restart' ~ 'restarted', 'errors' ~ 'error', 'putting' ~ 'put'."""
    word = word.casefold().removesuffix("'s")
    for suffix in ("ions", "ion", "ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]
    return word


def _key(text: str) -> str:
    """For matching a phrase to the case: `normalise` without punctuation."""
    return " ".join(re.sub(r"[^\w\s]", " ", normalise(text)).split())


@dataclass(frozen=True)
class Match:
    """The accomplishment or accolade a phrase refers to: `target` is its summary or quote."""

    kind: Literal["accomplishment", "accolade"]
    index: int
    target: str
    score: float


def _candidates(case: Case) -> list[tuple[Match, list[str]]]:
    found: list[tuple[Match, list[str]]] = []
    for i, item in enumerate(case.accomplishments):
        texts = [item.summary] + ([f"{item.summary} {item.impact}"] if item.impact else [])
        found.append((Match("accomplishment", i, item.summary, 0.0), texts))
    for i, accolade in enumerate(case.accolades):
        texts = [accolade.quote, f"{accolade.author} {accolade.quote}"]
        found.append((Match("accolade", i, accolade.quote, 0.0), texts))
    return found


def _score(phrase: str, text: str) -> float:
    p, t = _key(phrase), _key(text)
    if not p or not t:
        return 0.0
    if p == t:
        return 1.0
    if (len(p) >= 6 and p in t) or (len(t) >= 6 and t in p):
        return 0.95
    ratio = difflib.SequenceMatcher(None, p, t, autojunk=False).ratio()
    words_p, words_t = {stem(w) for w in phrase_words(phrase)}, {stem(w) for w in phrase_words(text)}
    overlap = len(words_p & words_t) / len(words_p) if words_p else 0.0
    if overlap and len(words_p) == 1 and len(words_t) > 3:
        overlap *= 0.7  # one shared word is thin evidence against a long summary
    return max(ratio, overlap * 0.9)


def _author_match(phrase: str, case: Case) -> Match | None:
    """'drop: Sam's quote', 'the praise from the auditors' -> the only praise from that author: the phrase
    speaks of praise, or names its author ('Sam')."""
    named = {stem(w) for w in re.findall(r"\b[A-Z][a-z]+", phrase)}
    words = {stem(w) for w in phrase_words(phrase)} if set(phrase_words(phrase)) & _PRAISE else named
    hits = [Match("accolade", i, a.quote, 0.9) for i, a in enumerate(case.accolades)
            if words & {stem(w) for w in phrase_words(a.author) if len(w) >= 3}]
    return hits[0] if len(hits) == 1 else None


def _unique_word(phrase: str, case: Case) -> Match | None:
    """A word of the phrase (not a common one) that only one item of the case has: 'the court work'."""
    for word in (stem(w) for w in phrase_words(phrase) if len(w) >= 4 and w not in _GENERIC):
        hits = [c for c, texts in _candidates(case) if any(word in {stem(w) for w in phrase_words(t)} for t in texts)]
        if len({(c.kind, c.index) for c in hits}) == 1:
            return Match(hits[0].kind, hits[0].index, hits[0].target, MATCH_CUTOFF)
    return None


def _close(phrase: str, case: Case) -> list[Match]:
    """Every item the phrase matches well enough, in the case's order."""
    scored = [Match(c.kind, c.index, c.target, max(_score(phrase, t) for t in texts)) for c, texts in _candidates(case)]
    return [m for m in scored if m.score >= MATCH_CUTOFF]


def match_target(phrase: str, case: Case) -> Match | None:
    """The one accomplishment or accolade a phrase names (normalised substring, then difflib and shared
    words, then the author of praise, then a word only one item has), or None when nothing matches well
    enough or two items match equally well."""
    scored = sorted(_close(phrase, case), key=lambda m: -m.score)
    if set(phrase_words(phrase)) & _PRAISE:  # "the praise from the auditors": the accolade, if one is named
        by_author = _author_match(phrase, case)
        if by_author and (not scored or by_author.target in {m.target for m in scored} or scored[0].score < 0.95):
            return by_author
    if not scored:
        return _author_match(phrase, case) or _unique_word(phrase, case)
    if len(scored) > 1 and scored[1].score >= scored[0].score - 0.02 and scored[1].target != scored[0].target:
        tied = [m for m in scored if m.score >= scored[0].score - 0.02]
        done = [m for m in tied if m.kind == "accomplishment"]
        if len(done) == 1 and not set(phrase_words(phrase)) & _PRAISE:
            return done[0]  # "the audit": the accomplishment, not the praise whose author is the audit partner
        return None  # ambiguous: say so rather than guess
    return scored[0]


def resolve_target(data: dict[str, Any], case: Case) -> dict[str, Any]:
    """A drop or emphasise names its item in the case: `data` with that item's exact wording as its
    target (an emphasise that names none adds its text). Raises ValueError for a drop that names none."""
    kind = str(data.get("kind", "")).strip().lower()
    if kind not in {"drop", "emphasise", "emphasize"}:
        return data
    wanted = [p for p in (data.get("target"), data.get("text")) if isinstance(p, str) and p.strip()]
    found = next((m for m in (match_target(p, case) for p in wanted) if m), None)
    text = str(data.get("text") or "")
    if found and kind != "drop" and not data.get("target") and set(re.findall(r"\d+", text)) - set(
            re.findall(r"\d+", found.target)):
        found = None  # "put first: p1 incidents down from 14 to 3": figures the case item lacks, so a new one
    if found:
        return {**data, "target": found.target}
    if kind == "drop":
        phrase = wanted[0] if wanted else ""
        close = [m.target for m in _close(phrase, case)] if phrase else []
        if len(close) > 1:
            raise ValueError(f"drop: {quoted(phrase)} matches more than one item in the case ("
                             + "; ".join(quoted(c, 50) for c in close[:3]) + "); use more of its words")
        raise ValueError(f"drop: {quoted(phrase)} matches no accomplishment or praise in the case, so nothing would "
                         "be dropped; the target must be copied from the case")
    return {**data, "target": None}


def _subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(c in letters for c in short)


# Words that set a title's level: leaving one out names another role ("Head Teacher" is not "Deputy Head Teacher").
_LEVEL_WORDS = frozenset({"senior", "sr", "junior", "jr", "lead", "principal", "chief", "head", "deputy", "assistant",
                          "asst", "associate", "vice", "acting", "trainee", "interim", "sub", "co", "executive",
                          "higher", "staff", "technical", "master", "first", "second", "i", "ii", "iii", "iv", "v",
                          "regional", "area", "district", "national", "general", "group", "global", "divisional"})
_FILLER = frozenset({"of", "and", "the", "for"})
# one word too general to stand for a longer title on its own: "manager" is not the Store Manager
_GENERIC_ROLES = frozenset({"manager", "officer", "director", "engineer", "analyst", "assistant", "associate", "lead",
                            "head", "executive", "specialist", "consultant", "coordinator", "leader", "mgr"})


_NUMERALS = {"1": "i", "2": "ii", "3": "iii", "4": "iv", "5": "v"}


def _title_words(text: str, apart: bool = True) -> list[str]:
    """The words of a title, numbers as Roman numerals ("II" = "2"); letters and numbers `apart` as people write
    a title short ("AP2": AP, 2), or kept together as a grade code in the title itself ("EL1")."""
    words = re.findall(r"[A-Za-z]+|[0-9]+" if apart else r"[A-Za-z]+[0-9]+|[A-Za-z]+|[0-9]+", text)
    return [_NUMERALS.get(w, w) for w in words if w.lower() not in _FILLER]


def _clipped(short: str, word: str) -> bool:
    """A word written short the way people shorten one: its start ("sup", "tech"), its consonants ("mgr", "sgt")
    or its start and one letter after ("dept"); not any letters in order ("Lee" is not a leader)."""
    return word.startswith(short) or not re.search(r"[aeiou]", short[1:]) or (
        len(short) >= 4 and word.startswith(short[:-1]) and short[-1] in word[len(short) - 1:])  # "dept", "asst"


@functools.lru_cache(maxsize=1024)
def grade_codes(title: str) -> tuple[str, ...]:
    """The grade a title carries, which alone names it: "EC-05" in Senior Policy Analyst (EC-05), "EL1" in EL1
    Assistant Director, "Band 7" in Band 7 Team Lead Physiotherapist, "2IC" in Second in Charge (2IC)."""
    codes = [c.strip() for c in re.findall(r"\(([^)]*\d[^)]*)\)", title)]
    bare = re.sub(r"\([^)]*\)", " ", title)
    codes += re.findall(r"\b(?:band|grade|level|scale|gl|gs|step|pay\s+band)[- ]?\d{1,2}\b", bare, re.IGNORECASE)
    codes += [w for w in re.findall(r"\b[A-Za-z]{1,4}-?\d{1,2}[A-Za-z]?\b", bare) if not w.isdigit()]
    return tuple(codes)


def same_title(phrase: str, title: str) -> bool:
    """The phrase names this title: the same words, the title in other words (see short_for), or its grade alone
    ("EL1", "band 7"); "HOD Science" is Head of Science."""
    phrase = re.sub(r"\bH[Oo][Dd]\b(?=\s+[A-Z])", "Head of", phrase)
    said = normalise(phrase)
    return said == normalise(title) or any(said == normalise(c) for c in grade_codes(title)) or short_for(phrase, title)


@functools.lru_cache(maxsize=4096)  # a sentence's windows repeat: "Ss Ss Ss ..." is tried once
def short_for(phrase: str, title: str) -> bool:
    """Whether the phrase names the title in other words, shortened or reordered ("Senior SWE", "Sr Accountant",
    "TL" for Team Leader, "lead nurse" for Lead Dental Nurse, "band 6 junior sister" for Junior Sister (Band 6)):
    the same title, so nothing to change. Each word is a word of the title, or its letters in order from the same
    first letter, over one word or, written in capitals, several ("SWE": SoftWare Engineer). A word of the title
    may be left out, but not its last word nor a word or number that sets its level."""
    said = _title_words(re.sub(r"\(.*?\)", " ", phrase))
    head, _, qualifier = title.partition(",")  # "Associate Manager, Treasury": the qualifier may go unsaid
    main = [w.lower() for w in _title_words(re.sub(r"\(.*?\)", " ", head), apart=False)]
    words = main + [w.lower() for w in _title_words(" ".join(re.findall(r"\((.*?)\)", title)) + " " + qualifier,
                                                    apart=False)]
    if not said or not main or [w.lower() for w in said] == words:
        return False
    must = {i for i, w in enumerate(main) if w in _LEVEL_WORDS or w.isdigit()} | {len(main) - 1}  # "Band 6"
    initials = "".join(w[0] for w in main)

    casual = not any(c.isupper() for c in phrase)  # typed in lower case: "lead nurse" for Lead Dental Nurse
    words_as_written = _title_words(re.sub(r"\(.*?\)", " ", head), apart=False) or [""]
    if casual and len(said) == 1 and len(main) > 1 and said[0].lower() not in words:
        return False  # one clipped word for a longer title ("off" in "sign-off" is no Petty Officer)

    def fits(at: int, used: frozenset[int]) -> bool:
        if at == len(said):  # half the title's words said at least: "lead" is not a Work Coach Team Leader
            left_out = set(range(len(main))) - used
            # a word left out only when typed casually or a grade code ("EL1"): "Senior Manager" is another title
            return must <= used and 2 * len(used & set(range(len(main)))) >= len(main) and all(
                casual or any(c.isdigit() for c in main[i]) or (i == 0 and 0 not in must and (
                    words_as_written[0].isupper() or len(said) == 1))  # "Captain" (Fire Captain), "Team Lead" (PSW)
                for i in left_out) and not (
                left_out and len(said) == 1 and said[0].lower() in _GENERIC_ROLES)
        word = said[at]
        low = word.lower()
        wide = len(word) > 1 and (word.isupper() or any(c.isupper() for c in word[1:])  # "SWE", "TSgt"
                                  or (len(word) <= 4 and low in initials))  # "tl", "fom"
        lower_initials = 3 <= len(word) <= 4 and word.islower()  # "swe": software engineer, each word's first letter
        for start in range(len(words)):
            reach = len(main) - start if (wide or lower_initials) and start < len(main) else 1
            for span in range(1, reach + 1):
                taken = frozenset(range(start, start + span))
                if taken & used:
                    break
                joined = "".join(words[start:start + span])
                firsts = "".join(w[0] for w in words[start:start + span])
                shortened = _subsequence(low, joined) and (
                    wide or (_clipped(low, joined) if span == 1 else _subsequence(firsts, low)))
                if low[0] == joined[0] and (low == joined or shortened) and fits(at + 1, used | taken):
                    return True
        return False

    return fits(0, frozenset())


def shortened_in(text: str, title: str) -> str | None:
    """The words of `text` that name the title shortened (see short_for) or by its grade alone, or None: "Sgt" in
    "Sgt Mills backs me" for Sergeant. A title of one word needs three letters at least ("St Mary's" is not a
    Sergeant)."""
    for code in grade_codes(title):  # the grade said alone: "EC-05 is a go" for its title
        if said := re.search(rf"(?<![\w-]){re.escape(code).replace(chr(92) + ' ', '[- ]?')}(?![\w-])", text,
                             re.IGNORECASE):
            return said.group(0)
    words = list(re.finditer(r"[A-Za-z0-9][A-Za-z0-9&]*", text))
    starts = {w[:1].lower() for w in re.findall(r"[A-Za-z0-9]+", title)}
    one_word = len(_title_words(re.sub(r"\(.*?\)", " ", title.partition(",")[0]))) == 1
    for size in range(min(5, len(words)), 0, -1):
        for at in range(len(words) - size + 1):
            if words[at].group(0)[:1].lower() not in starts:
                continue
            phrase = text[words[at].start():words[at + size - 1].end()]
            after = text[words[at + size - 1].end():].lstrip()
            long_enough = len(phrase) >= 3 or (not one_word and len(phrase) >= 2)  # "TL", never "s"
            if long_enough and same_title(phrase, title) and not re.match(r"[A-Z][a-z]", after):
                return phrase  # not a rank before a name: "signed off by Sgt Okonjo"
    return None


# The title asked for, said in passing where the sentence speaks of the role: "she's happy to recommend me for
# senior but ...", "ready for deputy", "talked to Denise about charge.", "my B6 case", "got senior carer!!!"
_ROLE_NOUN = r"role|post|job|position|promotion|promo|case|board|spot|slot|upgrade|application|vacancy|opening"
_IN_PASSING = re.compile(
    r"(?i)\b(?:(?:for|of|about|re:?|got|as|i'?m|i\s+am)\s+(?:the\s+|a\s+)?(?P<t>[\w-]+(?:\s+[\w-]+)??)"
    rf"(?=\s*(?:[,.;:!?()]|\s[-–—]|$)|\s+(?:{_ROLE_NOUN}|in|at|this|next|but|and|so|from|when|once|after|before|"
    r"with|if|until|for)\b)|"
    rf"my\s+(?P<m>[\w-]+(?:\s+[\w-]+)?)\s+(?:{_ROLE_NOUN})\b)")  # "my B6 case", not "grow my team in Q1"
# ordinary words whose letters happen to come in a title's order: "Mar" (Manager), "duty" (Deputy), "sir" (Senior)
_NOT_SHORT_FOR = frozenset("jan feb mar apr may jun jul aug sep oct nov dec mon tue wed thu fri sat sun sir man men "
                           "met set sent stay duty day dad mum she her his the and any all new now not own one two "
                           "due sen son sun ser".split())
_SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "to", "a", "an"}


def its_own_words(phrase: str, target: str) -> bool:
    """Every word of the phrase is a word of the target as people shorten it: the word itself, its start or a
    longer form of it ("carer" for Care), its letters in order ("sgt" for Sergeant), or, in capitals or with a
    digit, the initials of words of it ("SM" for Stage Manager, "B6" for Band 6)."""
    words = [w.lower() for w in re.findall(r"[A-Za-z0-9]+", target) if w.lower() not in _SMALL_WORDS]
    said = re.findall(r"[A-Za-z0-9]+", phrase)
    if not said or not words or any(w.lower() in _SMALL_WORDS for w in said):
        return False
    initials = "".join(w if w.isdigit() else w[0] for w in words)

    def one(word: str) -> bool:
        low = word.lower()
        if len(low) >= 2 and (word.isupper() or any(c.isdigit() for c in low)) and low in initials:
            return True
        clipped = lambda w: min(len(low), len(w)) >= 4 and (w.startswith(low) or low.startswith(w))  # noqa: E731
        return len(low) >= 3 and any(low == w or clipped(w) or (low not in _NOT_SHORT_FOR and low[0] == w[0] and
                                                                _letters_in_order(low[1:], w[1:])) for w in words)

    return all(one(w) for w in said)


def _letters_in_order(short: str, word: str) -> bool:
    rest = iter(word)
    return all(c in rest for c in short)


def said_in_passing(text: str, title: str) -> str | None:
    """The words of `text` that name the title in passing, by a word or two of its own, where the sentence speaks
    of the role ("recommend me for senior but ..." for Senior Care Assistant, "my B6 case"), or None."""
    return next((said for m in _IN_PASSING.finditer(text) if its_own_words(said := m["t"] or m["m"], title)), None)
