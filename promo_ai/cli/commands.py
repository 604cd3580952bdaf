"""`promo-ai ...`: click commands over Workflow only. Imports stay lazy so `--help` is instant
(litellm and chromadb cost seconds to import and are only loaded by the commands that need them)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from promo_ai.cli.base import (
    EXIT_CHECKS_FAILED,
    EXIT_NEEDS_REVIEW,
    EXIT_OK,
    BadInput,
    api_base_option,
    draft_of,
    friendly_errors,
    load_case_file,
    model_option,
    on_status,
    open_draft,
    output,
    output_option,
    read_text,
    report,
    workflow,
    write,
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--home", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for everything promo-ai writes (default: $PROMO_AI_HOME or ~/.local/share/promo-ai).")
@click.version_option(package_name="promo-ai")
def cli(home: Path | None) -> None:
    """Write a promotion-request email that makes the case on its own.

    \b
    Start with:  promo-ai draft data/examples/business-analyst.yaml
    """


@cli.command()
@click.argument("case_file")
@click.option("--json", "as_json", is_flag=True, help="Write the draft as JSON (for check, refine, export).")
@output_option
@click.option("--no-guidance", is_flag=True, help="Skip the guidance search.")
@click.option("--length", type=click.Choice(["full", "brief"]), default=None,
              help="brief: the ask, three pieces of evidence, one line of praise, the next step (default: the case's).")
@model_option
@api_base_option
@friendly_errors
def draft(case_file: str, as_json: bool, out: Path | None, no_guidance: bool, length: str | None, model: str | None,
          api_base: str | None) -> None:
    """Draft the email from a case (YAML or JSON; - for standard input)."""
    from promo_ai.settings import OFFLINE_MODEL

    flow = workflow()
    case = load_case_file(case_file)
    if length:
        case = case.model_copy(update={"length": length})
    as_json = as_json or (out is not None and out.suffix.lower() == ".json")
    model = model or flow.settings.model
    step = flow.draft(case, case_id=flow.case_id_for(case), with_guidance=not no_guidance)
    result, version, code = step.value, step.version, EXIT_OK
    if model != OFFLINE_MODEL:
        refined = flow.refine(version or result, model=model, api_base=api_base, on_status=on_status)
        if refined.fell_back:
            click.echo(f"Refinement with {model} failed: {refined.fell_back}", err=True)
            code = EXIT_CHECKS_FAILED
        result, version = refined.value, refined.version
    fresh = None if step.reused and version is step.version else version  # a version made by this command
    write(output(result, version, as_json), out, saved=fresh)
    sys.exit(max(code, report(result, [n for n in step.notes if n not in result.warnings])))


@cli.command()
@click.argument("draft_json")
@friendly_errors
def check(draft_json: str) -> None:
    """Re-run every check on a draft JSON (hand edits included)."""
    base = open_draft(draft_json)
    result = draft_of(base)
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
@output_option
@friendly_errors
def refine(draft_json: str, model: str, api_base: str | None, as_json: bool, out: Path | None) -> None:
    """Refine a draft JSON with a language model, held to every check."""
    step = workflow().refine(open_draft(draft_json), model=model, api_base=api_base, on_status=on_status)
    if step.fell_back:
        click.echo(f"Refinement with {model} failed: {step.fell_back}", err=True)
    write(output(step.value, step.version, as_json), out, saved=None if step.fell_back else step.version)
    sys.exit(max(EXIT_CHECKS_FAILED if step.fell_back else EXIT_OK, report(step.value)))


@cli.command()
@click.argument("draft_json")
@click.option("--format", "fmt", required=True,
              type=click.Choice(["txt", "md", "html", "eml", "docx", "ics", "brief-md", "brief-html", "brief-docx",
                                 "mailto"]),
              help="Output format (brief-*: the one-page case for the approval chain; ics: the reminder).")
@click.option("--attach-brief", is_flag=True, help="With --format eml: attach the one-page case (.docx).")
@click.option("-o", "--output", "out", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (required except for mailto).")
@friendly_errors
def export(draft_json: str, fmt: str, attach_brief: bool, out: Path | None) -> None:
    """Export a draft as .txt, .md, .html, .eml or .docx, its one-page brief, its reminder as .ics, or
    print a mailto: link."""
    base = open_draft(draft_json)
    if fmt == "mailto":
        from promo_ai.export import mailto_link

        link = mailto_link(draft_of(base))
        click.echo(link.url)
        if link.note:  # too long for a link: the .eml opens as a draft with the whole body
            click.echo(f"Note: {link.note} Use --format eml -o email.eml instead: it opens in your email app "
                       "as a draft with the whole body.", err=True)
        return
    if out is None:
        raise BadInput(f"--output is required for this format (for example: -o email.{fmt}).")
    step = workflow().export(base, fmt, path=out, attach_brief=attach_brief)
    click.echo(f"Wrote {out}", err=True)
    for note in step.notes:
        click.echo(f"Note: {note}", err=True)
    failing = any(not c.passed for c in draft_of(base).checks)
    sys.exit(EXIT_CHECKS_FAILED if failing else EXIT_OK)


@cli.command()
@click.argument("draft_json")
@click.option("--notes", "notes_file", required=True, help="The meeting notes: a file, or - for standard input.")
@model_option
@api_base_option
@click.option("--accept-all", is_flag=True, help="Accept every proposed change (private lines are never applied).")
@click.option("--json", "as_json", is_flag=True, help="Write the revised draft as JSON.")
@output_option
@friendly_errors
def revise(draft_json: str, notes_file: str, model: str | None, api_base: str | None, accept_all: bool,
           as_json: bool, out: Path | None) -> None:
    """Revise a draft with the notes from your 1-on-1, written as you wrote them.

    \b
    The notes are read offline for: the meeting date, the outcome (promoted, pending, not yet, no),
    a title agreed, next steps (who and by when), what is wanted before the promotion, accomplishments
    to add, leave out or put first, people the email will go to, and private lines (never in an email).
    Markers still work, one per line: title: / date: / add: / drop: / emphasise: / next:
    Each proposal quotes its lines; --accept-all accepts all but the private ones.
    """
    from promo_ai.changes import KIND_LABELS
    from promo_ai.changes import accept_all as acceptable

    flow = workflow()
    as_json = as_json or (out is not None and out.suffix.lower() == ".json")
    model = model or flow.settings.model
    base = open_draft(draft_json)
    from promo_ai.case import MAX_NOTES

    notes = read_text(notes_file, what="meeting notes", limit=MAX_NOTES * 4)
    if len(notes) > MAX_NOTES:
        raise BadInput(f"The notes are too long ({len(notes):,} characters); keep them under {MAX_NOTES:,}: "
                       "paste the notes of one meeting.")
    proposal = flow.propose(base, notes, model=model, api_base=api_base)
    for note in filter(None, [proposal.fell_back, *proposal.value.problems]):
        click.echo(f"Note: {note}", err=True)
    changes = proposal.value.changes
    if not changes:
        raise click.ClickException("the notes propose no change. Use the markers (see --help) or a model.")
    interactive = sys.stdin.isatty() and notes_file != "-"
    if not accept_all and not interactive:
        click.echo("Proposed changes (nothing written; rerun with --accept-all, or in a terminal to choose):")
        for change in sorted(changes, key=lambda c: list(KIND_LABELS).index(c.kind)):
            click.echo(f"  [{change.kind}] {change.text}    (from: {change.source_quote[:80]!r})"
                       + (f" [not ticked: {change.unsure}]" if change.unsure else ""))
            if change.note:
                click.echo(f"      {change.note}")
        sys.exit(EXIT_NEEDS_REVIEW)
    if accept_all:
        accepted = acceptable(changes)
        for held in (c for c in changes if c.unsure and c.kind != "private"):
            click.echo(f"Not accepted: [{held.kind}] {held.text} (from {held.source_quote[:80]!r}): {held.unsure} "
                       "Rerun in a terminal to choose it.", err=True)
    else:
        accepted = [c for c in changes if click.confirm(
            f"[{c.kind}] {c.text}  (from: {c.source_quote[:80]!r}){f' [{c.unsure}]' if c.unsure else ''} accept?",
            default=c.kind != "private" and not c.unsure, err=True)]
    step = flow.revise(base, notes, accepted, model=model, api_base=api_base, on_status=on_status)
    write(output(step.value, step.version, as_json), out, saved=step.version)
    sys.exit(report(step.value, step.notes))


@cli.command("next")
@click.argument("draft_json")
@click.option("--target", default=None, help="The next title to aim for (default: the one named in the talk).")
@output_option
@friendly_errors
def next_command(draft_json: str, target: str | None, out: Path | None) -> None:
    """After a promotion, start the next case from this one (YAML; -o case.yaml)."""
    from promo_ai.case import dump_case_yaml

    case = workflow().next_case(open_draft(draft_json), target=target)
    write(dump_case_yaml(case), out)


@cli.command("diff")
@click.argument("draft_a")
@click.argument("draft_b")
@friendly_errors
def diff_command(draft_a: str, draft_b: str) -> None:
    """Show what changed between two draft JSON files (a unified diff of the emails)."""
    from promo_ai.diff import email_text, unified_diff
    from promo_ai.draft import parse_draft

    before, after = (parse_draft(read_text(p), source=p) for p in (draft_a, draft_b))
    text = unified_diff(email_text(before), email_text(after), draft_a, draft_b)
    click.echo(text if text.strip() else "The two emails are the same.", nl=not text.endswith("\n"))


@cli.command()
@click.option("--case", "case_id", type=int, default=None, help="Show the versions of one case.")
@friendly_errors
def history(case_id: int | None) -> None:
    """List the cases and versions kept in PROMO_AI_HOME."""
    listing = workflow().history(case_id)
    if not listing:
        click.echo("No cases yet. Draft one with: promo-ai draft CASE_FILE")
        return
    for record, versions in listing:
        click.echo(f"#{record.id}  {record.title}  ({record.version_count} version(s), "
                   f"updated {record.updated_at:%Y-%m-%d %H:%M} UTC)")
        for version in versions:
            mark = "pass" if version.passed else "FAIL"
            parent = f" from #{version.parent_id}" if version.parent_id else ""
            click.echo(f"    v#{version.id} {version.kind:<8} {version.model:<14} {mark}{parent}  "
                       f"{version.created_at:%Y-%m-%d %H:%M}")


def _register_guidance_commands() -> None:
    """`index` and `guidance` live beside their subsystem; registering them imports no heavy library."""
    from promo_ai.guidance import commands as guidance_commands

    cli.add_command(guidance_commands.index_command, "index")
    cli.add_command(guidance_commands.guidance_command, "guidance")


_register_guidance_commands()


