"""The bench scores a person's blind reading of a held-out set the way it scores the reader: a step counts only
with the labelled owner and the label's words, and the pooled table adds the sets up."""

from __future__ import annotations

from pathlib import Path

import yaml

from bench.bench_notes import PERSON, _pooled, run_person

ITEM = {
    "id": "t-01", "pasted_on": "2026-03-12", "date_order": "dmy",
    "case": {"name": "Aisha Rahman", "current_title": "Staff Nurse", "target_title": "Junior Sister",
             "manager": "Gemma", "accomplishments": ["Led the falls audit"], "accolades_by": []},
    "notes": "1:1 w Gemma today. she'll put me forward at the matrons' panel on the 26th. I send her my statement.",
    "expected": {"date": "2026-03-12", "outcome": "pending", "title": None,
                 "next_steps": [{"owner": "manager", "keywords": ["matrons' panel"], "by": "the 26th"},
                                {"owner": "me", "keywords": ["statement"], "by": None}],
                 "conditions": [], "add": [], "drop": [], "emphasise": [], "people": [], "private": [],
                 "instructions": []},
}


def _score(tmp_path: Path, proposals: list[dict[str, str]]) -> dict[str, dict[str, int]]:
    labelled, read = tmp_path / "set.yaml", tmp_path / "read.yaml"
    labelled.write_text(yaml.safe_dump([ITEM]), encoding="utf-8")
    read.write_text(yaml.safe_dump([{"id": "t-01", "proposals": proposals}]), encoding="utf-8")
    return run_person(labelled, read)["per_kind"]


def test_a_step_read_with_the_wrong_owner_is_wrong_and_missed(tmp_path: Path) -> None:
    per_kind = _score(tmp_path, [
        {"kind": "date", "text": "2026-03-12"}, {"kind": "outcome", "text": "pending"},
        {"kind": "next", "text": "put me forward at the matrons' panel", "owner": "manager", "by": "the 26th"},
        {"kind": "next", "text": "send her my statement", "owner": "manager"},
    ])
    assert (per_kind["date"]["tp"], per_kind["outcome"]["tp"]) == (1, 1)
    assert {k: per_kind["next"][k] for k in ("tp", "fp", "fn")} == {"tp": 1, "fp": 1, "fn": 1}


def test_sets_pool_by_their_counts_not_their_ratios() -> None:
    pooled = _pooled([{"tp": 9, "fp": 1, "fn": 0}, None, {"tp": 1, "fp": 9, "fn": 10}])
    assert pooled == {"tp": 10, "fp": 10, "fn": 10, "precision": 0.5, "recall": 0.5}


def test_every_reading_on_record_covers_its_whole_set() -> None:
    from bench.bench_notes import SETS

    for name, reading in PERSON.items():
        ids = [item["id"] for item in yaml.safe_load(SETS[name].read_text(encoding="utf-8"))]
        assert [r["id"] for r in yaml.safe_load(reading.read_text(encoding="utf-8"))] == ids, name
