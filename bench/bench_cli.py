"""CLI start-up benchmark: cold `promo-ai draft` (with and without guidance) and `promo-ai --help`.

    .venv/bin/python bench/bench_cli.py [--runs 7] [--checkout LABEL=DIR ...]

Every run is a new process, so nothing is imported yet (cold). A fresh PROMO_AI_HOME is prepared once:
its very first draft (which builds the guidance index and caches the answer) is reported on its own.
Then, each with an empty store (a first draft, not the version already saved) but with the guidance
index and cache kept: `--runs` drafts with the guidance cache warm, `--runs` with `--no-guidance`,
`--runs` with the answer cache emptied before each (a miss: the index is there, Chroma is opened),
and `--runs` of `--help`. Medians; this machine is shared and noisy, so compare ratios more than seconds.

By default this checkout is timed. `--checkout LABEL=DIR`, given twice or more, times those checkouts of
promo-ai instead (e.g. `--checkout now=. --checkout before=/tmp/before`, after `git archive HEAD~3 | tar -x
-C /tmp/before`), interleaved run by run, so that all see the same load.

Writes bench/results/cli.json and cli.md. Offline: no model, no network, telemetry off.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
CASE = ROOT / "data" / "examples" / "business-analyst.yaml"
TARGETS = {"draft": 1.0, "help": 0.5}  # issue 9: seconds, median on 2 cores
KEPT = {"chroma", "guidance-cache"}  # what stays in the prepared PROMO_AI_HOME between runs


class Tree:
    """One checkout of promo-ai, run as `python -m promo_ai.cli` with its own PROMO_AI_HOME."""

    def __init__(self, label: str, path: Path, scratch: Path) -> None:
        self.label, self.path = label, path
        self.home = scratch / "home"
        self.cwd = scratch / "cwd"  # no .env of any checkout is read
        self.cwd.mkdir(parents=True)  # the home is made by promo-ai itself
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("PROMO_AI_")}
        self.env.update(PROMO_AI_HOME=str(self.home), PYTHONPATH=str(path), ANONYMIZED_TELEMETRY="False",
                        LITELLM_LOCAL_MODEL_COST_MAP="True")
        self.samples: dict[str, list[float]] = {}

    def run(self, *args: str, python_flags: tuple[str, ...] = ()) -> tuple[float, subprocess.CompletedProcess[str]]:
        command = [sys.executable, *python_flags, "-m", "promo_ai.cli", *args]
        started = time.perf_counter()
        done = subprocess.run(command, cwd=self.cwd, env=self.env, capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - started
        if done.returncode != 0:
            raise SystemExit(f"{self.label}: `promo-ai {' '.join(args)}` exited {done.returncode}:\n"
                             f"{done.stderr[-2000:]}")
        return seconds, done

    def fresh_store(self) -> None:
        """Everything in the home but the guidance index and its cache goes: each draft is a first draft
        (drafting an unchanged case again only shows the version already saved)."""
        for entry in self.home.iterdir():
            if entry.name not in KEPT:
                shutil.rmtree(entry) if entry.is_dir() else entry.unlink()

    def time(self, measure: str, *args: str) -> None:
        if args[0] == "draft":
            self.fresh_store()
        if measure == "draft_miss":
            shutil.rmtree(self.home / "guidance-cache" / "answers", ignore_errors=True)
        self.samples.setdefault(measure, []).append(self.run(*args)[0])

    def imports_chromadb(self) -> bool:
        """Whether a warm-cache draft imports chromadb (from Python's own import log)."""
        self.fresh_store()
        self.run("draft", str(CASE))  # the answer cached again after the misses
        self.fresh_store()
        _, done = self.run("draft", str(CASE), python_flags=("-X", "importtime"))
        return any(line.rsplit("|", 1)[-1].strip() == "chromadb" for line in done.stderr.splitlines())


MEASURES: list[tuple[str, tuple[str, ...]]] = [
    ("draft", ("draft", str(CASE))),
    ("draft_no_guidance", ("draft", "--no-guidance", str(CASE))),
    ("draft_miss", ("draft", str(CASE))),
    ("help", ("--help",)),
]
LABELS = {
    "first": "first `draft` in a fresh PROMO_AI_HOME (builds the index)",
    "draft": "`draft`, guidance cache warm",
    "draft_no_guidance": "`draft --no-guidance`",
    "draft_miss": "`draft`, guidance answer not cached (Chroma opened)",
    "help": "`--help`",
}


def measure(trees: list[Tree], runs: int) -> dict[str, dict[str, Any]]:
    results: dict[str, dict[str, Any]] = {tree.label: {} for tree in trees}
    for tree in trees:
        results[tree.label]["first"] = round(tree.run("draft", str(CASE))[0], 3)
    for name, args in MEASURES:
        for _ in range(runs):
            for tree in trees:  # interleaved: both checkouts see the same load
                tree.time(name, *args)
    for tree in trees:
        for name, samples in tree.samples.items():
            results[tree.label][name] = round(statistics.median(samples), 3)
            results[tree.label][f"{name}_min"] = round(min(samples), 3)
        results[tree.label]["warm_draft_imports_chromadb"] = tree.imports_chromadb()
    return results


def render(result: dict[str, Any]) -> str:
    labels = list(result["trees"])
    trees = result["trees"]
    lines = [
        "# CLI start-up benchmark", "",
        f"Date {result['date']}; {result['machine']['nproc']} cores; Python {result['machine']['python']}; "
        f"case `{result['case']}`. Each figure is the median of {result['runs']} cold processes "
        "(`python -m promo_ai.cli ...`), except the first draft, which is one run. Produced by `bench/bench_cli.py`.",
        "", "| measure (s) | " + " | ".join(labels) + " |", "| --- |" + " --- |" * len(labels),
    ]
    for name in ("first", *(m for m, _ in MEASURES)):
        lines.append(f"| {LABELS[name]} | " + " | ".join(f"{trees[t][name]:.3f}" for t in labels) + " |")
    lines.append("| a warm-cache `draft` imports chromadb | "
                 + " | ".join("yes" if trees[t]["warm_draft_imports_chromadb"] else "no" for t in labels) + " |")
    lines += ["", "Ratios:", ""]
    for label in labels:
        row = trees[label]
        lines += [
            f"- {label}: `draft` / `draft --no-guidance` = {row['draft'] / row['draft_no_guidance']:.2f}; "
            f"`draft` / target {TARGETS['draft']} s = {row['draft'] / TARGETS['draft']:.2f}; "
            f"`--help` / target {TARGETS['help']} s = {row['help'] / TARGETS['help']:.2f}; "
            f"a miss / a hit = {row['draft_miss'] / row['draft']:.2f}",
        ]
    if len(labels) == 2:
        this, other = labels
        lines.append(f"- {this} / {other}: `draft` {trees[this]['draft'] / trees[other]['draft']:.2f}, "
                     f"`--help` {trees[this]['help'] / trees[other]['help']:.2f}")
    lines += ["", f"Targets (issue 9): `draft` ≤ {TARGETS['draft']} s with guidance, `--help` ≤ {TARGETS['help']} s, "
              "median on 2 cores.", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--checkout", action="append", default=[], metavar="LABEL=DIR",
                        help="A checkout of promo-ai to time (repeatable); default: this one.")
    parser.add_argument("--quick", action="store_true", help="Accepted for `make bench ARGS=--quick`; no effect.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="promo-bench-cli-") as tmp:
        given = [item.partition("=")[::2] for item in args.checkout] or [("this checkout", str(ROOT))]
        trees = [Tree(label, Path(path).resolve(), Path(tmp) / str(number))
                 for number, (label, path) in enumerate(given)]
        results = measure(trees, args.runs)
    result = {
        "date": dt.date.today().isoformat(),
        "machine": {"nproc": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
                    "load": list(os.getloadavg()) if hasattr(os, "getloadavg") else None},
        "case": str(CASE.relative_to(ROOT)), "runs": args.runs, "targets": TARGETS, "trees": results,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "cli.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    text = render(result)
    (RESULTS / "cli.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
