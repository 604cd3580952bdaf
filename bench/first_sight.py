"""The next steps the reader's rules proposed for each development set the first time it read it.

    .venv/bin/python bench/first_sight.py     # writes bench/results/first-sight-steps.json (about a minute)

A set's first sight is the commit recorded in bench/results/notes.before.json when the set was new: the rules had
not yet been changed for its phrasings. Their steps then are the kind of mistakes the rules make on notes they
have not seen (a held-out set, a user's notes), which the in-sample steps no longer show: the step model
(bench/train_reader.py) learns from both. Each commit is checked out in a temporary git worktree and the set read
there with every step kept (no step model), with the set's labels as they are now only used at training time.
"""

from __future__ import annotations

import contextlib
import functools
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
BEFORE = ROOT / "bench" / "results" / "notes.before.json"
OUT = ROOT / "bench" / "results" / "first-sight-steps.json"
FIELDS = ("owner", "who", "text", "target", "by", "source_quote")


def set_file(name: str) -> str:
    """development-12 -> notes-dev12.yaml"""
    return f"notes-dev{name.removeprefix('development-')}.yaml"


def read_in(tree: str, notes_file: str) -> list[dict[str, Any]]:
    """Run inside a subprocess with the old tree first on the path: each note's outcome and proposed steps."""
    sys.path.insert(0, tree)
    from bench.bench_notes import build_case  # the old tree's
    from promo_ai.notes import read_notes

    try:
        from promo_ai.notes.learned import every_step_kept
        kept: Any = every_step_kept()
    except ImportError:  # before the step model there was nothing to turn off
        kept = contextlib.nullcontext()
    rows = []
    with kept:
        for item in yaml.safe_load(Path(notes_file).read_text(encoding="utf-8")):
            changes = read_notes(item["notes"], build_case(item["case"]), today=item["pasted_on"],
                                 date_order=item.get("date_order", "dmy")).changes
            rows.append({"id": item["id"], "outcome": next((c.text for c in changes if c.kind == "outcome"), None),
                         "steps": [{f: getattr(c, f, None) for f in FIELDS} for c in changes if c.kind == "next"]})
    return rows


def labelled_rows(name: str) -> tuple[list[tuple[str, int, str, str | None, str, Any, int]], int]:
    """Each step the rules proposed when they first read the set `name` (notes-devNN.yaml), as the step model reads
    it, 1 when it is one of the labelled steps as the set is labelled now (with the sentence it comes from, the
    outcome, that sentence as the step-sentence model reads it, the step, and how many steps the rules read in its
    note); and how many steps the labels want.
    Nothing for a set with no first sight recorded (development and development-2)."""
    from bench.bench_notes import counted_steps
    from promo_ai.changes.items import ChangeItem
    from promo_ai.notes.learned import contexts, in_context, sentence_read, step_text
    from promo_ai.notes.lines import read_lines

    seen = _recorded().get(f"development-{name.removeprefix('notes-dev').removesuffix('.yaml')}")
    if seen is None:
        return [], 0
    notes = yaml.safe_load((ROOT / "bench" / name).read_text(encoding="utf-8"))
    labels = {i["id"]: list(i["expected"].get("next_steps") or []) for i in notes}
    written = {i["id"]: i["notes"] for i in notes}
    rows, wanted_count = [], 0
    for note in seen["notes"]:
        proposed = [ChangeItem.model_construct(kind="next", **step) for step in note["steps"]]  # as read then
        counted = counted_steps(proposed, labels[note["id"]])
        wanted_count += len(labels[note["id"]])
        around = contexts(read_lines(written[note["id"]]))
        rows += [(step_text(c, note["outcome"], proposed), int(k in counted), c.source_quote, note["outcome"],
                  sentence_read(c.source_quote, *in_context(c.source_quote, around)), c, len(proposed))
                 for k, c in enumerate(proposed)]
    return rows, wanted_count


@functools.cache
def _recorded() -> dict[str, Any]:
    return dict(json.loads(OUT.read_text(encoding="utf-8")))


def main() -> int:
    if sys.argv[1:2] == ["--read-in"]:
        json.dump(read_in(sys.argv[2], sys.argv[3]), sys.stdout, default=str)
        return 0
    before = json.loads(BEFORE.read_text(encoding="utf-8"))
    result: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for name, seen in sorted(before.items(), key=lambda kv: int(kv[0].split("-")[1])):
            tree = Path(scratch) / seen["commit"]
            if not tree.exists():
                subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree),
                                seen["commit"]], check=True)
            # the set as labelled now (it may not have been committed yet at its first sight)
            out = subprocess.run([sys.executable, __file__, "--read-in", str(tree),
                                  str(ROOT / "bench" / set_file(name))],
                                 check=True, capture_output=True, text=True, cwd=tree).stdout
            result[name] = {"commit": seen["commit"], "notes": json.loads(out)}
            print(f"{name} at {seen['commit']}: {sum(len(r['steps']) for r in result[name]['notes'])} steps")
        for tree in Path(scratch).iterdir():
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)
    OUT.write_text(json.dumps(result, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
