"""Two small text classifiers the reader asks where its rules are silent, trained on our labelled
development notes (bench/train_reader.py) and shipped as weights in data/reader/model.json.

- `outcome_of(sentences)`: the outcome the notes as a whole read as, with its probability, and the sentence
  that says it most; asked only when the rules find no outcome.
- `may_be_private(sentence)`: whether a sentence reads like the private lines people write ("Tunde told me
  he's on GL 12 already"); its proposals are then not accepted by default.

Each is a TF-IDF of words, pairs of words and letter runs (as scikit-learn's TfidfVectorizer computes it)
and a logistic regression, worked out here with plain arithmetic: deterministic, offline, and no new
dependency. The weights are read once, when first needed.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

from promo_ai.settings import resource_dir

OUTCOME_AT = 0.5  # the probability the notes' outcome needs before it is proposed
PRIVATE_AT = 0.5  # the probability a sentence needs to be held back as possibly private
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
        self.classes: list[str] = data["classes"]
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
            p = 1 / (1 + math.exp(-scores[0]))
            return {self.classes[0]: 1 - p, self.classes[1]: p}
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}


WEIGHTS = resource_dir("data") / "reader" / "model.json"


@cache
def _models(path: Path = WEIGHTS) -> dict[str, TextModel]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {name: TextModel(data[name]) for name in ("outcome", "private")}


def use_weights(path: Path) -> None:
    """Read another set of weights from now on (the benchmark scores a set with models that never saw it)."""
    global WEIGHTS
    WEIGHTS = path
    _models.cache_clear()


def outcome_of(sentences: list[str]) -> tuple[str, float, list[str]] | None:
    """(the outcome, its probability, the sentences best saying it, best first) when the notes read as one
    outcome with at least OUTCOME_AT; None otherwise."""
    if not sentences:
        return None
    model = _models(WEIGHTS)["outcome"]
    whole = model.probabilities("\n".join(sentences))
    best = max(whole, key=lambda c: whole[c])
    if best == "none" or whole[best] < OUTCOME_AT:
        return None
    ranked = sorted(sentences, key=lambda s: model.probabilities(s)[best], reverse=True)
    return best, whole[best], ranked


def may_be_private(sentence: str) -> bool:
    return _models(WEIGHTS)["private"].probabilities(sentence)["1"] >= PRIVATE_AT
