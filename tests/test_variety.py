"""Variety without randomness: the same case always reads the same, and different people read differently."""

from __future__ import annotations

import statistics

from bench.variety import by_tone, generated_cases, max_pair_share, pair_share, sentence_share
from promo_ai.case import TONES, load_case
from promo_ai.compose import compose
from tests.conftest import EXAMPLES

EXAMPLE_CASES = [load_case(p).model_copy(update={"tone": tone}) for p in sorted(EXAMPLES.iterdir()) for tone in TONES]


def test_the_same_case_always_gives_the_same_email() -> None:
    for case in EXAMPLE_CASES[:6]:
        assert compose(case) == compose(case.model_copy())


def test_no_sentence_is_in_more_than_a_third_of_the_emails_of_a_tone() -> None:
    for tone, pairs in by_tone(EXAMPLE_CASES + generated_cases(150)).items():
        share, sentence = sentence_share(pairs)
        assert share <= 1 / 3, (tone, share, sentence)


def test_two_of_the_examples_never_share_more_than_a_quarter_of_their_words() -> None:
    for tone, pairs in by_tone(EXAMPLE_CASES).items():
        assert max_pair_share(pairs) <= 0.25, tone


def test_generated_people_rarely_share_frames() -> None:
    for pairs in by_tone(generated_cases(90)).values():
        shares = [pair_share(a, b) for a in pairs for b in pairs if a is not b]
        assert statistics.median(shares) <= 0.05
        assert sorted(shares)[int(len(shares) * 0.99)] <= 0.25
