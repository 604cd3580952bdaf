"""Inputs of every size and shape get a clear message (exit 2), never a hang or a traceback."""

from __future__ import annotations

import json
import os
from pathlib import Path

from click.testing import CliRunner

from promo_ai.cli import cli
from tests.conftest import EXAMPLES

SAMPLE = EXAMPLES / "business-analyst.yaml"


def run(*args: str, stdin: str | bytes | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)
    assert "Traceback" not in result.stderr
    return result.exit_code, result.stderr


def test_a_key_written_twice_is_named(tmp_path: Path) -> None:
    case = tmp_path / "case.yaml"
    case.write_text(SAMPLE.read_text() + "\ntarget_title: Lead Analyst\n")
    code, err = run("draft", str(case))
    assert code == 2 and "target_title: written twice" in err
    as_json = tmp_path / "case.json"
    as_json.write_text('{"name": "A", "name": "B"}')
    code, err = run("draft", str(as_json))
    assert code == 2 and "name: written twice" in err


def test_one_size_cap_for_files_and_standard_input(tmp_path: Path) -> None:
    code, err = run("draft", "-", stdin="name: " + "x" * 1_100_000)
    assert code == 2 and "too large" in err
    big = tmp_path / "big.yaml"
    big.write_text("name: " + "x" * 1_100_000)
    code, err = run("draft", str(big))
    assert code == 2 and "too large" in err


def test_only_regular_files_are_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)  # reading it would hang forever
    code, err = run("draft", str(fifo))
    assert code == 2 and "not a regular file" in err
    code, err = run("draft", "/dev/zero")
    assert code == 2 and "not a regular file" in err
    code, err = run("check", str(tmp_path))
    assert code == 2


def test_notes_have_a_cap(tmp_path: Path) -> None:
    draft = tmp_path / "d.json"
    assert run("draft", str(SAMPLE), "--no-guidance", "-o", str(draft))[0] == 0
    notes = tmp_path / "notes.txt"
    notes.write_text("next: call the supplier\n" * 2000)
    code, err = run("revise", str(draft), "--notes", str(notes), "--accept-all")
    assert code == 2 and "too long" in err


def test_malformed_drafts_get_a_message(tmp_path: Path) -> None:
    draft = tmp_path / "d.json"
    assert run("draft", str(SAMPLE), "--no-guidance", "-o", str(draft))[0] == 0
    data = json.loads(draft.read_text())
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    assert run("check", str(deep))[0] == 2
    broken = tmp_path / "surrogate.json"
    broken.write_text(draft.read_text().replace('"Jordan Lee"', '"Jordan \\ud800Lee"', 1))
    code, err = run("check", str(broken))
    assert code == 2 and "broken character" in err
    huge = tmp_path / "huge.json"
    huge.write_text(json.dumps({**data, "version_id": 10**30, "case_id": -5}))
    assert run("export", str(huge), "--format", "txt", "-o", str(tmp_path / "e.txt"))[0] == 0


def test_a_failed_write_keeps_the_old_file_and_saves_no_version(tmp_path: Path) -> None:
    out = tmp_path / "draft.json"
    out.write_text("the old file")
    os.chmod(tmp_path, 0o500)  # the folder cannot take the temporary file
    try:
        if os.access(tmp_path, os.W_OK):  # root writes anyway: simulate a full disk instead
            import promo_ai.files as files

            original = files.os.replace

            def full(*_: object) -> None:
                raise OSError(28, "No space left on device")

            files.os.replace = full  # type: ignore[assignment]
            try:
                code, err = run("draft", str(SAMPLE), "--no-guidance", "-o", str(out))
            finally:
                files.os.replace = original  # type: ignore[assignment]
        else:
            code, err = run("draft", str(SAMPLE), "--no-guidance", "-o", str(out))
    finally:
        os.chmod(tmp_path, 0o700)
    assert code == 2 and str(out) in err
    assert out.read_text() == "the old file"
    assert "No cases yet" in CliRunner().invoke(cli, ["history"]).stdout
