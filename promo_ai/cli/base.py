"""What every command shares: the Workflow for this run (with --home passed down as a setting), reading
input within its size limits, writing output whole, and turning domain errors into one sentence."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from promo_ai.draft import Draft
    from promo_ai.store import VersionRecord
    from promo_ai.workflow import Workflow

EXIT_OK, EXIT_CHECKS_FAILED, EXIT_BAD_INPUT, EXIT_NEEDS_REVIEW = 0, 1, 2, 3
F = TypeVar("F", bound=Callable[..., Any])


class BadInput(click.ClickException):
    """What the person gave us cannot be used: one sentence on stderr, exit 2, never a traceback."""

    exit_code = EXIT_BAD_INPUT


def friendly_errors(command: F) -> F:
    """A domain error (PromoAIError) becomes a ClickException here, at the command boundary only."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from promo_ai.errors import PromoAIError

        try:
            return command(*args, **kwargs)
        except PromoAIError as exc:
            raise BadInput(str(exc)) from None

    return wrapper  # type: ignore[return-value]


def workflow() -> Workflow:
    """The Workflow for this command, with `--home` passed down as a setting (the environment is left alone)."""
    from promo_ai.settings import Settings, get_settings
    from promo_ai.workflow import Workflow

    context = click.get_current_context()
    root = context.find_root()
    if not isinstance(root.obj, Workflow):
        home = root.params.get("home")
        flow = Workflow(Settings(home=home.expanduser().resolve()) if home else get_settings())
        root.obj = flow
        root.call_on_close(flow.close)
    return root.obj


def read_text(path: str, *, what: str = "a draft", limit: int = 2_000_000) -> str:
    """A regular file or standard input, as UTF-8 text, never more than `limit` bytes of it."""
    from promo_ai.errors import PromoAIError
    from promo_ai.files import read_limited

    try:
        raw = read_limited(path, limit, what=what)
    except PromoAIError as exc:
        raise BadInput(str(exc)) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadInput(f"{path}: not UTF-8 text; save it as UTF-8.") from None


def load_case_file(path: str) -> Any:
    from promo_ai.case import MAX_CASE_FILE_BYTES, load_case, parse_case

    if path == "-":
        return parse_case(read_text(path, what="a case", limit=MAX_CASE_FILE_BYTES), source="standard input")
    return load_case(path)


def open_draft(path: str) -> Draft | VersionRecord:
    """A draft JSON: the stored version it names, when that still matches, or the draft alone."""
    from promo_ai.export import render_text

    text = read_text(path)
    base = workflow().open_draft(text, source="standard input" if path == "-" else path)
    draft = draft_of(base)
    # The email is read from "sections"; "body" is only written from them. A body that no longer matches
    # was edited by hand (or the sections were): say which one counts rather than ignore it silently.
    body = json.loads(text).get("body")
    if isinstance(body, str) and body.strip() != render_text(draft.email).strip():
        click.echo(f"Note: in {path}, 'body' does not match 'sections'. promo-ai checks and exports the "
                   "sections; if you edited the body, make the same edit in 'sections'.", err=True)
    return base


def draft_of(base: Draft | VersionRecord) -> Draft:
    from promo_ai.draft import Draft

    return base if isinstance(base, Draft) else base.draft


def output(draft: Draft, version: VersionRecord | None, as_json: bool) -> str:
    """Subject, blank line, body; or the draft as JSON with the store ids that later commands follow."""
    from promo_ai.export import render_text

    body = render_text(draft.email)
    if as_json:
        ids = {"case_id": version.case_id, "version_id": version.id} if version else {}
        return json.dumps({**draft.to_json_data(body), **ids}, indent=2, ensure_ascii=False) + "\n"
    return f"Subject: {draft.email.subject}\n\n{body}"


def write(output: str, out: Path | None, saved: VersionRecord | None = None) -> None:
    """To stdout, or to `out` written whole. When the file cannot be written, the version saved for it is
    taken back (and the old file is left as it was), so nothing is kept that the person never received."""
    if out is None:
        click.echo(output, nl=False)
        return
    from promo_ai.errors import ExportError
    from promo_ai.files import write_atomic

    try:
        write_atomic(out, output)
    except ExportError:
        workflow().discard(saved)
        raise
    click.echo(f"Wrote {out}", err=True)


def report(draft: Draft, notes: list[str] | None = None) -> int:
    """Notes and failing checks to stderr; the exit code for the checks."""
    for note in dict.fromkeys([*(notes or []), *draft.warnings]):
        click.echo(f"Note: {note}", err=True)
    if draft.left_out:
        click.echo(f"Left out to keep the email short ({len(draft.left_out)}): " + "; ".join(draft.left_out),
                   err=True)
    failures = [c for c in draft.checks if not c.passed]
    for check in failures:
        click.echo(f"FAIL [{check.id}] {check.message}", err=True)
    return EXIT_CHECKS_FAILED if failures else EXIT_OK


def on_status(text: str) -> None:
    click.echo(f"… {text}", err=True)


model_option = click.option("--model", default=None, help="A litellm model string (e.g. gpt-4o-mini, "
                            "ollama/llama3.2); default $PROMO_AI_MODEL or offline.")
api_base_option = click.option("--api-base", default=None, help="Base URL of an OpenAI-compatible server.")
output_option = click.option("-o", "--output", "out", type=click.Path(dir_okay=False, path_type=Path),
                             help="Write to a file (*.json writes JSON).")


