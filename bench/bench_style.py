"""Style and tone checks measured on labelled sentences written blind to the code: precision and recall
per fault. Hedges, labels and capitals are promo_ai/style.py; insults, ultimatums and comparisons with
colleagues are promo_ai/grounding/tone.py (a claim about someone, judged with the other claims).

Sets: development (bench/email-style.yaml); held-out (bench/email-style-heldout.yaml), never used to tune
style.py, but read while tone.py was written, so it is not blind for the three tone faults; held-out 2
(bench/email-style-heldout2.yaml), written later and never read while tuning either module."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from promo_ai.grounding import tone  # noqa: E402
from promo_ai.style import sentence_faults  # noqa: E402

SETS = {"development": ROOT / "bench" / "email-style.yaml", "held-out": ROOT / "bench" / "email-style-heldout.yaml",
        "held-out 2": ROOT / "bench" / "email-style-heldout2.yaml"}
LABELS = ("hedge", "label_style", "lowercase_start", "insult", "ultimatum", "peer_comparison")


def faults_of(sentence: str) -> set[str]:
    return set(sentence_faults(sentence)) | set(tone.sentence_faults(sentence))
RESULTS = ROOT / "bench" / "results"


def score(path: Path) -> tuple[dict[str, dict[str, float]], list[str]]:
    items = yaml.safe_load(path.read_text(encoding="utf-8"))
    counts = {fault: {"tp": 0, "fp": 0, "fn": 0} for fault in LABELS}
    misses = []
    for item in items:
        expected, found = set(item["faults"]), faults_of(item["sentence"])
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
    results, lines = {}, ["# Style and tone checks on labelled sentences", "",
                          "Written blind to the code. Hedges, labels and capitals: promo_ai/style.py, never tuned on "
                          "either held-out set. Insults, ultimatums, comparisons: promo_ai/grounding/tone.py, whose "
                          "author read the first held-out set, so only held-out 2 is blind for those three.", ""]
    for name, path in SETS.items():
        if not path.exists():
            continue
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
