"""Offline path benchmark: compose + every check per sample case, and the CLI's start-up cost.

    .venv/bin/python bench/bench_compose.py

Writes bench/results/compose.md and compose.json. Medians over repeats; this machine is shared and noisy,
so the ratios matter more than the absolute numbers.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from promo_ai.case import load_case  # noqa: E402
from promo_ai.compose import compose  # noqa: E402
from promo_ai.email import run_checks  # noqa: E402

RESULTS = ROOT / "bench" / "results"
REPEATS = 30


def timed(fn, repeats: int = REPEATS) -> list[float]:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


def command_seconds(args: list[str], repeats: int = 5) -> float:
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run(args, capture_output=True, check=False, cwd=ROOT)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def variety() -> dict[str, dict[str, float]]:
    """The variety targets of issue 11 (see bench/variety.py for the definitions)."""
    from bench.variety import by_tone, generated_cases, max_pair_share, pair_share, sentence_share
    from promo_ai.case import TONES

    examples = [load_case(p).model_copy(update={"tone": t}) for p in sorted((ROOT / "data" / "examples").iterdir())
                for t in TONES]
    generated = generated_cases(150)
    out: dict[str, dict[str, float]] = {}
    union, only_examples, only_generated = by_tone(examples + generated), by_tone(examples), by_tone(generated)
    for tone in TONES:
        shares = sorted(pair_share(a, b) for a in only_generated[tone] for b in only_generated[tone] if a is not b)
        out[tone] = {
            "emails": len(union[tone]),
            "max_sentence_share": round(sentence_share(union[tone])[0], 3),
            "examples_max_pair_share": round(max_pair_share(only_examples[tone]), 3),
            "generated_median_pair_share": round(statistics.median(shares), 3),
            "generated_p99_pair_share": round(shares[int(len(shares) * 0.99)], 3),
            "generated_max_pair_share": round(shares[-1], 3),
        }
    return out


def main() -> None:
    rows = []
    for path in sorted((ROOT / "data" / "examples").iterdir()):
        case = load_case(path)
        compose_ms = statistics.median(timed(lambda case=case: compose(case))) * 1000
        email = compose(case).email
        checks_ms = statistics.median(timed(lambda case=case, email=email: run_checks(email, case))) * 1000
        brief = compose(case.model_copy(update={"length": "brief"})).email
        rows.append({"case": path.name, "accomplishments": len(case.accomplishments),
                     "compose_ms": round(compose_ms, 2), "checks_ms": round(checks_ms, 2),
                     "full_words": email.body_word_count(), "brief_words": brief.body_word_count()})
    python = sys.executable
    help_s = command_seconds([python, "-m", "promo_ai.cli", "--help"])
    litellm_s = command_seconds([python, "-c", "import litellm"], repeats=3)
    result = {"date": dt.date.today().isoformat(), "cores": os.cpu_count(), "python": platform.python_version(),
              "cases": rows, "cli_help_s": round(help_s, 3), "import_litellm_s": round(litellm_s, 3),
              "variety": variety()}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "compose.json").write_text(json.dumps(result, indent=2) + "\n")
    lines = [
        "# Offline path benchmark", "",
        f"Date {result['date']}; {result['cores']} cores; Python {result['python']}. Medians of {REPEATS} runs. "
        "Produced by `bench/bench_compose.py`.", "",
        "| case | accomplishments | compose (ms) | all checks (ms) | full (words) | brief (words) |",
        "| --- | --- | --- | --- | --- | --- |",
        *[f"| {r['case']} | {r['accomplishments']} | {r['compose_ms']} | {r['checks_ms']} | {r['full_words']} | "
          f"{r['brief_words']} |" for r in rows], "",
        "## Variety (issue 11)", "",
        "Sentence share: the largest fraction of a tone's emails sharing one sentence once names, titles, team, "
        "duties, dates and figures are masked (target at most 0.33; the seven examples in each tone plus 150 "
        "generated people). Pair share: the words of one email in sentences another email also has, over all its "
        "words (target at most 0.25).", "",
        "| tone | emails | max sentence share | examples: max pair share | generated: median / p99 / max pair share |",
        "| --- | --- | --- | --- | --- |",
        *[f"| {tone} | {v['emails']} | {v['max_sentence_share']} | {v['examples_max_pair_share']} | "
          f"{v['generated_median_pair_share']} / {v['generated_p99_pair_share']} / {v['generated_max_pair_share']} |"
          for tone, v in result["variety"].items()], "",
        f"`promo-ai --help`: {help_s:.2f} s (median of 5); `import litellm` alone: {litellm_s:.2f} s, "
        f"so the lazy import saves {litellm_s / help_s:.1f}x the whole help start-up.", "",
    ]
    (RESULTS / "compose.md").write_text("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
