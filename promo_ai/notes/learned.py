"""Six small text classifiers the reader asks where its rules are silent or too eager, trained on our
labelled development notes (bench/train_reader.py) and shipped as weights in data/reader/model.json.

- `outcome_of(sentences)`: the outcome the notes as a whole read as, with its probability, and their
  sentences ranked by how much each says it; asked only when the rules find no outcome.
- `may_be_private(sentence)`: whether a sentence reads like the private lines people write ("Tunde told me
  he's on GL 12 already"); `held_back(changes)` then offers its proposals unticked.
- `likely_steps(changes)`: the free-form reader's next steps, each kept only when the step gate weighs it as one:
  how much it reads like the steps people mean ("revisit in Sept" beside a not-yet is the outcome said again), how
  much its sentence reads as holding that owner's step at all (a model of every sentence of the labelled notes,
  which sees the many the rules never proposed; it reads a sentence with the heading it is under and the sentence
  before it: "Other news:" over it says a lot), how the step was read (owner, someone named, a when), and how many
  steps the rules read in the note.
- the unread-step and unread-condition models, asked by promo_ai/notes/unread.py about the sentences no rule
  took a step or a plan item from.

Each is a TF-IDF of words, pairs of words and letter runs (as scikit-learn's TfidfVectorizer computes it)
and a logistic regression, worked out here with plain arithmetic: deterministic, offline, and no new
dependency. The weights are read once, when first needed.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from promo_ai.changes.items import MAY_BE_PRIVATE, UNREAD_CONDITION, UNREAD_STEP, ChangeItem
from promo_ai.notes.gate import GATE_FEATURES, step_held, step_kept
from promo_ai.notes.lines import Line, split_sentences
from promo_ai.notes.patterns import BALL_IN_COURT
from promo_ai.notes.repeats import proposed_once
from promo_ai.settings import resource_dir
from promo_ai.text import content_words

OUTCOME_AT = 0.6  # the probability the notes' outcome needs before it is proposed (a coin toss is not a reading)
PRIVATE_AT = 0.2  # the probability a sentence needs to be held back as possibly private. Chosen on the development
                  # sets, each scored by a model trained on the others, over the private sentences no rule holds
                  # back: 0.3 holds back 86.3% of them and 3.0% of the other sentences, 0.2 holds back 88.2% and
                  # 4.6%: a line sent to the director by mistake costs far more than a tick to give
_TOKEN = re.compile(r"(?u)\b\w\w+\b")
_SPACES = re.compile(r"\s\s+")


def _words(text: str, low: int, high: int) -> list[str]:
    tokens = _TOKEN.findall(text.lower())
    return [" ".join(tokens[i:i + n]) for n in range(low, high + 1) for i in range(len(tokens) - n + 1)]


def _letters(text: str, low: int, high: int) -> list[str]:
    """Letter runs inside words, each padded with a space at both ends (scikit-learn's 'char_wb')."""
    grams = []
    for word in _SPACES.sub(" ", text.lower()).split():
        padded = f" {word} "
        for n in range(low, high + 1):
            offset = 0
            grams.append(padded[offset:offset + n])
            while offset + n < len(padded):
                offset += 1
                grams.append(padded[offset:offset + n])
            if offset == 0:  # a word shorter than n gives itself once
                break
    return grams


class TextModel:
    """One classifier: its vectorizers (terms, idf, the classes' weights) and its intercepts."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.classes: list[str] = [str(c) for c in data["classes"]]
        self.intercept: list[float] = data["intercept"]
        self.parts: list[dict[str, Any]] = data["parts"]

    def _scores(self, text: str) -> list[float]:
        scores = list(self.intercept)
        for part in self.parts:
            low, high = part["ngram_range"]
            grams = (_letters if part["analyzer"] == "char_wb" else _words)(text, low, high)
            idf, weights = part["idf"], part["weights"]
            values = {g: (1 + math.log(n)) * idf[g] for g, n in Counter(grams).items() if g in idf}
            norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
            for gram, value in values.items():
                for k, w in enumerate(weights[gram]):
                    scores[k] += w * value / norm
        return scores

    def probabilities(self, text: str) -> dict[str, float]:
        scores = self._scores(text)
        if len(self.classes) == 2:  # a binary regression keeps one score, for the second class
            z = scores[0]
            p = 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))  # no overflow either way
            return {self.classes[0]: 1 - p, self.classes[1]: p}
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}


WEIGHTS = resource_dir("data") / "reader" / "model.json"
MODELS = ("outcome", "private", "step", "step_sentence", "unread_step", "unread_condition")
_weights = [WEIGHTS]  # the file in use: the shipped one, or (the benchmark only) one trained without a set


@cache
def _load(path: Path) -> tuple[dict[str, TextModel], dict[str, Any] | None]:
    data = json.loads(path.read_text(encoding="utf-8"))
    models = {name: TextModel(data[name]) for name in MODELS if name in data}
    if set(models["private"].classes) != {"0", "1"} or "none" not in models["outcome"].classes:
        raise ValueError(f"{path}: not the reader's weights (classes {models['private'].classes}, "
                         f"{models['outcome'].classes})")
    gate = data.get("step_gate")
    if gate is not None and len(gate["coef"]) != len(GATE_FEATURES):
        raise ValueError(f"{path}: a step gate of {len(gate['coef'])} weights, not {len(GATE_FEATURES)}")
    return models, gate


def models() -> dict[str, TextModel]:
    return _load(_weights[0])[0]


def step_gate() -> dict[str, Any] | None:
    """The step gate's weights (coef, intercept, and `at`, the probability a step needs), if the weights have one."""
    return _load(_weights[0])[1]


def use_weights(path: Path) -> None:
    """For the benchmark only: score a set with models trained without it (bench_notes.py --unseen)."""
    _weights[0] = path
    _load.cache_clear()  # the trainer writes the same file twice, as each model is added


def outcome_of(sentences: list[str]) -> tuple[str, float, list[str]] | None:
    """(the outcome, its probability, every sentence ranked by how much it says that outcome) when the notes,
    read as a whole, are one outcome with at least OUTCOME_AT; None otherwise."""
    if not sentences:
        return None
    model = models()["outcome"]
    read_as = {s: _PENDING_WORK.sub(r"\1open ", s) for s in sentences}
    whole = model.probabilities("\n".join(read_as[s] for s in sentences))
    best = max(whole, key=lambda c: whole[c])
    if best == "none" or whole[best] < OUTCOME_AT:
        return None
    ranked = sorted(sentences, key=lambda s: model.probabilities(read_as[s])[best], reverse=True)
    return best, whole[best], ranked


# work that is pending, not the promotion: "I have to finish the 42 pending motor claims first"
_PENDING_WORK = re.compile(r"(?i)\b((?:the|my|our|all|\d+)\s+)pending\s+(?=(?:[a-z-]+\s+)?[a-z]+s\b)")


def may_be_private(sentence: str) -> bool:
    plain = _BALL_IN_COURT.sub("it is for them to decide", sentence)
    return models()["private"].probabilities(plain)["1"] >= PRIVATE_AT


# pay in figures: "raise to $24.50/hr", "Stipend is $6,800", "pay is going to 72" (not "cut overtime by $40k", "raise
# my authority limit to $5M"): a step or an accomplishment from that line is offered, not ticked; the outcome and the
# title it says are not private
_MY_PAY = re.compile(r"(?i)(?:\b(?:salary|pay|stipend|wage|wages|package|bonus|allowance)|"
                     r"(?:^|\b(?:a|the|my)\s+)(?:pay\s+)?(?:raise|rise))\b[^.;]{0,25}?"
                     r"(?:[$£€₹₦₱]\s?\d|\b(?:r|kes|ksh|php|inr|ngn)\s?\d|\b\d+k\b)|"
                     r"\b(?:salary|pay|wages?|stipend)\s+(?:is\s+)?(?:going|goes|going\s+up|rises|up)\s+to\s+\d{2,}")


_BALL_IN_COURT = re.compile(rf"(?i)\b{BALL_IN_COURT}")  # "ball's in the DON's court re funding": no court case


def step_text(change: ChangeItem, outcome: str | None, steps: list[ChangeItem]) -> str:
    """A proposed step as the step model reads it: how the reader took it (owner, someone named, a when, the
    outcome of the notes), how it sits among the note's other proposed `steps` (one of several from its
    sentence, another of the same owner much like it, how long, in the sentence's own words or reworded), the step
    as proposed, and the sentence it comes from ("gunna" read as "gonna", as the step-sentence model reads it)."""
    words = set(content_words(change.text))
    from_sentence = sum(1 for s in steps if s.source_quote == change.source_quote)
    alike = sum(1 for s in steps if s is not change and s.owner == change.owner
                and len(words & set(content_words(s.text))) >= 2)
    said = {w.lower() for w in _TOKEN.findall(change.source_quote)}
    verbatim = all(w.lower() in said for w in _TOKEN.findall(change.text))
    shape = (f"nsame{min(from_sentence, 3)} twin{min(alike, 2)} len{min(len(words), 8) // 2} "
             f"{'literal' if verbatim else 'rewritten'}")
    return _GONNA.sub("gonna", _POLITE.sub("", f"{shape} owner{change.owner} who{'someone' if change.who else 'none'} "
                                                f"{'hasby' if change.by else 'noby'} outcome{outcome or 'none'} | "
                                                f"{change.text} | {change.source_quote}"))


_GONNA = re.compile(r"(?i)\b(?:gunna|gona|gunnah|gonnah)\b")


Around = dict[str, tuple[str, str]]  # each sentence of the notes -> (the heading it sits under, the sentence before)


def contexts(lines: list[Line]) -> Around:
    """Where each sentence of the notes sits: the heading it is under ("Other news:", "Actions:") and the sentence
    before it, which the step-sentence model reads with it."""
    around: Around = {}
    section, previous = "", ""
    for line in lines:
        if line.heading:
            section = line.text
        for sentence in line.sentences:
            around.setdefault(sentence, ("" if line.heading else section, previous))
            previous = sentence
    return around


def in_context(quote: str, around: Around) -> tuple[str, str]:
    """The heading and the sentence before a quote: its own, its first line's when it spans several, else those of a
    sentence of the notes it holds or is part of (a step's quote cut from a longer line); none when not found."""
    return around.get(quote) or around.get(quote.split("\n")[0]) or next(
        (where for sentence, where in around.items() if sentence in quote or quote in sentence), ("", ""))


def sentence_read(sentence: str, section: str, previous: str) -> str:
    """A sentence as the step-sentence model reads it: the words of its heading and of the sentence before it, each
    marked as such, then the sentence ("gunna" read as the labelled notes mostly spell it, "gonna")."""
    def marked(prefix: str, text: str) -> str:
        return " ".join(f"{prefix}{w}" for w in re.findall(r"[a-z]{2,}", text.lower()))

    return f"{marked('sec', section)} {marked('prv', previous)} | {_GONNA.sub('gonna', sentence)}"


def holds_a_step(sentence: str, outcome: str | None, around: Around | None = None) -> float:
    """The probability that a sentence holds someone's next step (the step-sentence model; 1.0 without it)."""
    model = models().get("step_sentence")
    said = sentence_read(sentence, *in_context(sentence, around or {}))
    return step_held(model.probabilities(said), outcome) if model is not None else 1.0


# words that say nothing of whether a line is a step ("pls" had come to mean not one, from a step of "Pls")
_POLITE = re.compile(r"(?i)\s*\b(?:pls|plz|please|kindly|thx|thanks|ta)\b[.!]?")


_weigh_steps = [True]


def weighing() -> bool:
    """Whether the models weigh the rules' steps and read the unread sentences (not within every_step_kept)."""
    return _weigh_steps[0]


@contextmanager
def every_step_kept() -> Iterator[None]:
    """Within it, the rules' steps are all proposed, none weighed by the step model, and no sentence is read as
    a step or a plan item by the unread-step and unread-condition models: to train them on the rules' reading
    (bench/train_reader.py), and to test the rules themselves."""
    before, _weigh_steps[0] = _weigh_steps[0], False
    try:
        yield
    finally:
        _weigh_steps[0] = before


def likely_steps(changes: list[ChangeItem], outcome: str | None, listed: set[str] | None = None,
                 around: Around | None = None) -> list[ChangeItem]:
    """The changes without the free-form next steps the step gate weighs at less than its `at`, bar a step said
    outright or from a sentence in `listed` (under a "Next steps:" heading); a step the model read in a sentence is
    weighed already. A date set to look at it again ("catch up w Dana - Weds 16th Dec") reads to the step-sentence
    model like the meeting's own heading: the rules, which tell the two dates apart, decide it, with the step model
    alone. Of the steps left, the same step said twice is proposed once (repeats.proposed_once). `around`: where
    each sentence sits (contexts)."""
    model, sentences, gate = models().get("step"), models().get("step_sentence"), step_gate()
    if model is None or sentences is None or not _weigh_steps[0]:
        return changes
    steps = [c for c in changes if c.kind == "next" and c.unsure != UNREAD_STEP]  # as the rules proposed them

    def weighed(c: ChangeItem) -> bool:
        step = model.probabilities(step_text(c, outcome, steps))["1"]
        said = sentences.probabilities(sentence_read(c.source_quote, *in_context(c.source_quote, around or {})))
        return step_kept(gate, step, said, c, outcome, len(steps))

    return proposed_once([c for c in changes if c.kind != "next" or c.unsure == UNREAD_STEP
                          or c.source_quote in (listed or set()) or weighed(c)])


def held_back(changes: list[ChangeItem]) -> list[ChangeItem]:
    """The changes, each that quotes a sentence that may be private (and is not private already) offered but
    not accepted by default; what the reader read from markers, from free-form lines and from a model alike."""
    kept = []
    for change in changes:
        if change.kind != "private" and change.unsure in {None, UNREAD_STEP, UNREAD_CONDITION} and (any(
                may_be_private(s) for line in change.source_quote.split("\n") for s in split_sentences(line)) or (
                change.kind in {"next", "condition", "add", "emphasise"} and _MY_PAY.search(change.source_quote))):
            change = change.model_copy(update={"unsure": MAY_BE_PRIVATE})
        kept.append(change)
    return kept
