"""Style checks measured on labelled sentences written blind to promo_ai/style.py: precision and recall
per fault on the development set (bench/email-style.yaml) and the held-out set (never tuned on)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from promo_ai.style import FAULTS, sentence_faults  # noqa: E402

SETS = {"development": ROOT / "bench" / "email-style.yaml", "held-out": ROOT / "bench" / "email-style-heldout.yaml"}
RESULTS = ROOT / "bench" / "results"


def score(path: Path) -> tuple[dict[str, dict[str, float]], list[str]]:
    items = yaml.safe_load(path.read_text(encoding="utf-8"))
    counts = {fault: {"tp": 0, "fp": 0, "fn": 0} for fault, _, _ in FAULTS}
    misses = []
    for item in items:
        expected, found = set(item["faults"]), set(sentence_faults(item["sentence"]))
        for fault in counts:
            if fault in found and fault in expected:
                counts[fault]["tp"] += 1
            elif fault in found:
                counts[fault]["fp"] += 1
                misses.append(f"{item['id']} FP {fault}: {item['sentence']}")
            elif fault in expected:
                counts[fault]["fn"] += 1
                misses.append(f"{item['id']} FN {fault}: {item['sentence']}")
    table = {}
    for fault, c in counts.items():
        precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        table[fault] = {"precision": round(precision, 3), "recall": round(recall, 3), **c}
    return table, misses


def main() -> int:
    results, lines = {}, ["# Style checks on labelled sentences", "",
                          "Written blind to the code; the held-out set was never used for tuning.", ""]
    for name, path in SETS.items():
        table, misses = score(path)
        results[name] = table
        lines += [f"## {name} ({path.name})", "", "| fault | precision | recall | tp | fp | fn |",
                  "|---|---|---|---|---|---|"]
        lines += [f"| {f} | {t['precision']:.2f} | {t['recall']:.2f} | {t['tp']} | {t['fp']} | {t['fn']} |"
                  for f, t in table.items()]
        lines.append("")
        if "-v" in sys.argv:
            print(f"== {name}", *misses, sep="\n")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "style.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    (RESULTS / "style.md").write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
