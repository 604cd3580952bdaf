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


def main() -> None:
    rows = []
    for path in sorted((ROOT / "data" / "examples").iterdir()):
        case = load_case(path)
        compose_ms = statistics.median(timed(lambda case=case: compose(case))) * 1000
        email = compose(case).email
        checks_ms = statistics.median(timed(lambda case=case, email=email: run_checks(email, case))) * 1000
        rows.append({"case": path.name, "accomplishments": len(case.accomplishments),
                     "compose_ms": round(compose_ms, 2), "checks_ms": round(checks_ms, 2)})
    python = sys.executable
    help_s = command_seconds([python, "-m", "promo_ai.cli", "--help"])
    litellm_s = command_seconds([python, "-c", "import litellm"], repeats=3)
    result = {"date": dt.date.today().isoformat(), "cores": os.cpu_count(), "python": platform.python_version(),
              "cases": rows, "cli_help_s": round(help_s, 3), "import_litellm_s": round(litellm_s, 3)}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "compose.json").write_text(json.dumps(result, indent=2) + "\n")
    lines = [
        "# Offline path benchmark", "",
        f"Date {result['date']}; {result['cores']} cores; Python {result['python']}. Medians of {REPEATS} runs. "
        "Produced by `bench/bench_compose.py`.", "",
        "| case | accomplishments | compose (ms) | all checks (ms) |", "| --- | --- | --- | --- |",
        *[f"| {r['case']} | {r['accomplishments']} | {r['compose_ms']} | {r['checks_ms']} |" for r in rows], "",
        f"`promo-ai --help`: {help_s:.2f} s (median of 5); `import litellm` alone: {litellm_s:.2f} s, "
        f"so the lazy import saves {litellm_s / help_s:.1f}x the whole help start-up.", "",
    ]
    (RESULTS / "compose.md").write_text("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
