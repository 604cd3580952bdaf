"""`promo-ai ...`: a thin command line over workflow. Imports stay lazy so `--help` is instant
(litellm and chromadb cost seconds to import and are only loaded by the commands that need them)."""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

if TYPE_CHECKING:
    from promo_ai.draft import Draft

EXIT_OK, EXIT_CHECKS_FAILED, EXIT_BAD_INPUT, EXIT_NEEDS_REVIEW = 0, 1, 2, 3
F = TypeVar("F", bound=Callable[..., Any])


def fail(message: str, code: int = EXIT_BAD_INPUT) -> NoReturn:
    click.echo(f"Error: {message}", err=True)
    sys.exit(code)


def friendly_errors(command: F) -> F:
    """PromoAIError becomes one clear message on stderr and exit 2, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from promo_ai.errors import PromoAIError

        try:
            return command(*args, **kwargs)
        except PromoAIError as exc:
            fail(str(exc))

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--home", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for everything promo-ai writes (default: $PROMO_AI_HOME or ~/.local/share/promo-ai).")
@click.version_option(package_name="promo-ai")
def cli(home: Path | None) -> None:
    """Write a promotion-request email that makes the case on its own.

    \b
    Start with:  promo-ai draft data/examples/business-analyst.yaml
    """
    if home is not None:
        os.environ["PROMO_AI_HOME"] = str(home.expanduser().resolve())
    from promo_ai.settings import reset_settings

    reset_settings()


def _read_text(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        fail(f"{path}: no such file.")
    except UnicodeDecodeError:
        fail(f"{path}: not UTF-8 text; save it as UTF-8.")
    except OSError as exc:
        fail(f"{path}: cannot read it ({exc.strerror or exc}).")


def _load_case(path: str) -> Any:
    from promo_ai.case import load_case, parse_case

    return parse_case(_read_text(path), source="standard input") if path == "-" else load_case(path)


def _load_draft(path: str) -> Draft:
    from promo_ai.draft import parse_draft
    from promo_ai.export import render_text

    text = _read_text(path)
    result = parse_draft(text, source="standard input" if path == "-" else path)
    # The email is read from "sections"; "body" is only written from them. A body that no longer matches
    # was edited by hand (or the sections were): say which one counts rather than ignore it silently.
    body = json.loads(text).get("body")
    if isinstance(body, str) and body.strip() != render_text(result.email).strip():
        click.echo(f"Note: in {path}, 'body' does not match 'sections'. promo-ai checks and exports the "
                   "sections; if you edited the body, make the same edit in 'sections'.", err=True)
    return result


def _draft_output(draft: Draft, as_json: bool, ids: dict[str, int]) -> str:
    """Subject, blank line, body; or the draft as JSON with the store ids that later commands follow."""
    from promo_ai.export import render_text

    body = render_text(draft.email)
    if as_json:
        return json.dumps({**draft.to_json_data(body), **ids}, indent=2, ensure_ascii=False) + "\n"
    return f"Subject: {draft.email.subject}\n\n{body}"


def _write(output: str, out: Path | None) -> None:
    if out is None:
        click.echo(output, nl=False)
        return
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(output, encoding="utf-8")
    except OSError as exc:
        fail(f"cannot write {out} ({exc.strerror or exc}).")
    click.echo(f"Wrote {out}", err=True)


def _report(draft: Draft) -> int:
    """Failing checks and notes to stderr; the exit code for the checks."""
    for warning in draft.warnings:
        click.echo(f"Note: {warning}", err=True)
    if draft.left_out:
        click.echo(f"Left out to keep the email short ({len(draft.left_out)}): " + "; ".join(draft.left_out),
                   err=True)
    failures = [c for c in draft.checks if not c.passed]
    for check in failures:
        click.echo(f"FAIL [{check.id}] {check.message}", err=True)
    return EXIT_CHECKS_FAILED if failures else EXIT_OK


def _refine(draft: Draft, model: str, api_base: str | None) -> tuple[Draft, int]:
    from promo_ai.workflow import refine

    def status(text: str) -> None:
        click.echo(f"… {text}", err=True)

    refined = refine(draft, model=model, api_base=api_base, on_status=status)
    if refined.reason:
        click.echo(f"Refinement with {model} failed: {refined.reason}", err=True)
        return refined, EXIT_CHECKS_FAILED
    return refined, EXIT_OK


model_option = click.option("--model", default=None, help="A litellm model string (e.g. gpt-4o-mini, "
                            "ollama/llama3.2); default $PROMO_AI_MODEL or offline.")
api_base_option = click.option("--api-base", default=None, help="Base URL of an OpenAI-compatible server.")


@cli.command()
@click.argument("case_file")
@click.option("--json", "as_json", is_flag=True, help="Write the draft as JSON (for check, refine, export).")
@click.option("-o", "--output", "out", type=click.Path(dir_okay=False, path_type=Path), help="Write to a file.")
@click.option("--no-guidance", is_flag=True, help="Skip the guidance search.")
@model_option
@api_base_option
@friendly_errors
def draft(case_file: str, as_json: bool, out: Path | None, no_guidance: bool, model: str | None,
          api_base: str | None) -> None:
    """Draft the email from a case (YAML or JSON; - for standard input)."""
    from promo_ai.settings import OFFLINE_MODEL, get_settings
    from promo_ai.workflow import draft as make_draft

    case = _load_case(case_file)
    as_json = as_json or (out is not None and out.suffix.lower() == ".json")
    settings = get_settings()
    model = model or settings.model
    result = make_draft(case, with_guidance=not no_guidance)
    code = EXIT_OK
    ids = _save(result, "draft")
    if model != OFFLINE_MODEL:
        result, code = _refine(result, model, api_base or settings.api_base)
        if code == EXIT_OK:
            ids = _save(result, "refined", ids)
    _write(_draft_output(result, as_json, ids), out)
    sys.exit(max(code, _report(result)))


@cli.command()
@click.argument("draft_json")
@friendly_errors
def check(draft_json: str) -> None:
    """Re-run every check on a draft JSON (hand edits included)."""
    result = _load_draft(draft_json)
    for item in result.checks:
        click.echo(f"{'PASS' if item.passed else 'FAIL'} [{item.id}] {item.message}")
    failures = sum(not c.passed for c in result.checks)
    click.echo(f"{len(result.checks) - failures} passed, {failures} failed", err=True)
    sys.exit(EXIT_CHECKS_FAILED if failures else EXIT_OK)


@cli.command()
@click.argument("draft_json")
@click.option("--model", required=True, help="A litellm model string.")
@api_base_option
@click.option("--json/--text", "as_json", default=True, help="Output format (default JSON).")
@click.option("-o", "--output", "out", type=click.Path(dir_okay=False, path_type=Path), help="Write to a file.")
@friendly_errors
def refine(draft_json: str, model: str, api_base: str | None, as_json: bool, out: Path | None) -> None:
    """Refine a draft JSON with a language model, held to every check."""
    from promo_ai.settings import get_settings

    parent = _stored_ids(draft_json)
    result, code = _refine(_load_draft(draft_json), model, api_base or get_settings().api_base)
    ids = _save(result, "refined", parent) if code == EXIT_OK else (parent or {})
    _write(_draft_output(result, as_json, ids), out)
    sys.exit(max(code, _report(result)))


@cli.command()
@click.argument("draft_json")
@click.option("--format", "fmt", required=True,
              type=click.Choice(["txt", "md", "html", "eml", "docx", "mailto"]), help="Output format.")
@click.option("-o", "--output", "out", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (required except for mailto).")
@friendly_errors
def export(draft_json: str, fmt: str, out: Path | None) -> None:
    """Export a draft as .txt, .md, .html, .eml or .docx, or print a mailto: link."""
    from promo_ai import export as exporter

    result = _load_draft(draft_json)
    if fmt == "mailto":
        link = exporter.mailto_link(result)
        click.echo(link.url)
        if link.note:
            click.echo(f"Note: {link.note}", err=True)
        return
    if out is None:
        fail("--output is required for this format (for example: -o email." + fmt + ").")
    data = exporter.export(result, fmt)  # type: ignore[arg-type]
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
    except OSError as exc:
        fail(f"cannot write {out} ({exc.strerror or exc}).")
    click.echo(f"Wrote {out}", err=True)


def _save(result: Draft, kind: str, parent: dict[str, int] | None = None, changes: list[Any] | None = None
          ) -> dict[str, int]:
    """Keep the version in the store (PROMO_AI_HOME) so `promo-ai history` and the page find it."""
    from promo_ai.store import Store

    with Store() as store:
        case_id = parent["case_id"] if parent else store.create_case(result.case).id
        record = store.add_version(case_id, result, kind=kind, parent_id=parent["version_id"] if parent else None,  # type: ignore[arg-type]
                                   changes=changes)
    return {"case_id": case_id, "version_id": record.id}


def _stored_ids(path: str) -> dict[str, int] | None:
    """The store ids a draft JSON carries, if they still exist in this store."""
    from promo_ai.errors import StoreError
    from promo_ai.store import Store

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8")) if path != "-" else {}
        ids = {"case_id": int(data["case_id"]), "version_id": int(data["version_id"])}
    except (OSError, ValueError, KeyError, TypeError):
        return None
    try:
        with Store() as store:
            store.version(ids["version_id"])
    except StoreError:
        return None
    return ids


@cli.command()
@click.argument("draft_json")
@click.option("--notes", "notes_file", required=True, help="The meeting notes: a file, or - for standard input.")
@model_option
@api_base_option
@click.option("--accept-all", is_flag=True, help="Accept every proposed change (the recap is not a change).")
@click.option("--json", "as_json", is_flag=True, help="Write the revised draft as JSON.")
@click.option("-o", "--output", "out", type=click.Path(dir_okay=False, path_type=Path), help="Write to a file.")
@friendly_errors
def revise(draft_json: str, notes_file: str, model: str | None, api_base: str | None, accept_all: bool,
           as_json: bool, out: Path | None) -> None:
    """Revise a draft with the notes from your 1-on-1.

    \b
    Offline, the notes use one marker per line:
      title: NEW TITLE   date: YYYY-MM-DD   add: ACCOMPLISHMENT
      drop: A FEW WORDS  emphasise: A FEW WORDS   next: NEXT STEP
    Every other line is a recap, left out of the email unless you accept it interactively.
    """
    from promo_ai import revision as revisions
    from promo_ai.settings import get_settings

    as_json = as_json or (out is not None and out.suffix.lower() == ".json")
    settings = get_settings()
    model = model or settings.model
    api_base = api_base or settings.api_base
    previous = _load_draft(draft_json)
    notes = _read_text(notes_file)
    proposal = revisions.extract_changes(notes, previous.case, model=model, api_base=api_base)
    if proposal.reason:
        click.echo(f"Note: {proposal.reason}", err=True)
    for problem in proposal.problems:
        click.echo(f"Note: {problem}", err=True)
    if not proposal.changes:
        fail("the notes propose no change. Use the markers (see --help) or a model.", EXIT_CHECKS_FAILED)
    accepted = []
    interactive = sys.stdin.isatty() and notes_file != "-"
    if not accept_all and not interactive:
        click.echo("Proposed changes (nothing written; rerun with --accept-all, or in a terminal to choose):")
        for change in proposal.changes:
            click.echo(f"  [{change.kind}] {change.text}    (from: {change.source_quote[:80]!r})")
        sys.exit(EXIT_NEEDS_REVIEW)
    for change in proposal.changes:
        if accept_all:
            if change.kind != "recap":
                accepted.append(change)
        elif click.confirm(f"[{change.kind}] {change.text}  (from: {change.source_quote[:80]!r}) accept?",
                           default=change.kind != "recap", err=True):
            accepted.append(change)
    result = revisions.revise(previous, notes, accepted, model=model, api_base=api_base)
    ids = _save(result.draft, "revised", _stored_ids(draft_json),
                changes=[c.model_dump(mode="json") for c in result.changes])
    _write(_draft_output(result.draft, as_json, ids), out)
    sys.exit(_report(result.draft))


@cli.command("diff")
@click.argument("draft_a")
@click.argument("draft_b")
@friendly_errors
def diff_command(draft_a: str, draft_b: str) -> None:
    """Show what changed between two draft JSON files (a unified diff of the emails)."""
    from promo_ai.diff import email_text, unified_diff

    before, after = _load_draft(draft_a), _load_draft(draft_b)
    text = unified_diff(email_text(before), email_text(after), draft_a, draft_b)
    click.echo(text if text.strip() else "The two emails are the same.", nl=not text.endswith("\n"))


@cli.command()
@click.option("--case", "case_id", type=int, default=None, help="Show the versions of one case.")
@friendly_errors
def history(case_id: int | None) -> None:
    """List the cases and versions kept in PROMO_AI_HOME."""
    from promo_ai.store import Store

    with Store() as store:
        records = [store.case_record(case_id)] if case_id else store.cases()
        if not records:
            click.echo("No cases yet. Draft one with: promo-ai draft CASE_FILE")
            return
        for record in records:
            click.echo(f"#{record.id}  {record.title}  ({record.version_count} version(s), "
                       f"updated {record.updated_at:%Y-%m-%d %H:%M} UTC)")
            for version in store.versions(record.id):
                mark = "pass" if version.passed else "FAIL"
                parent = f" from #{version.parent_id}" if version.parent_id else ""
                click.echo(f"    v#{version.id} {version.kind:<8} {version.model:<14} {mark}{parent}  "
                           f"{version.created_at:%Y-%m-%d %H:%M}")


def _register_optional_commands() -> None:
    """Commands that live beside their subsystem; registering them imports no heavy library."""
    try:
        from promo_ai.guidance import commands as guidance_commands
    except ImportError:
        return
    for name in ("index", "guidance"):
        command = getattr(guidance_commands, f"{name}_command", None)
        if isinstance(command, click.Command):
            cli.add_command(command, name)


_register_optional_commands()


def main() -> None:
    try:
        cli(prog_name="promo-ai")
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(130)
    except Exception as exc:  # the last line of defence: a person sees a sentence, not a traceback
        import logging

        logging.getLogger("promo_ai").debug("unexpected error", exc_info=True)
        click.echo(f"Error: something unexpected went wrong ({type(exc).__name__}: {exc}). "
                   "Your files are unchanged; please report this.", err=True)
        sys.exit(EXIT_BAD_INPUT)


if __name__ == "__main__":
    main()
