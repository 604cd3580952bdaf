"""`promo-ai index` and `promo-ai guidance`: click commands the CLI registers with `cli.add_command`.

Importing this module does not import chromadb: the work happens inside the command bodies.
"""

from __future__ import annotations

import json
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from promo_ai.errors import PromoAIError


def _fail(exc: PromoAIError) -> None:
    click.echo(f"Error: {exc}", err=True)
    sys.exit(2)


def _progress_bar() -> tuple[Callable[[str, int, int], None] | None, Callable[[], None]]:
    if not sys.stderr.isatty():
        return None, lambda: None
    from tqdm import tqdm

    state: dict[str, Any] = {}

    def update(name: str, done: int, total: int) -> None:
        bar = state.get("bar")
        if bar is None or bar.total != total:
            if bar is not None:
                bar.close()
            bar = state["bar"] = tqdm(total=total, unit="file", file=sys.stderr, leave=False)
        bar.set_postfix_str(name[-40:], refresh=False)
        bar.update(done - bar.n)

    def close() -> None:
        if state.get("bar") is not None:
            state["bar"].close()

    return update, close


@click.command("index")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--rebuild", is_flag=True, help="Drop the index and build it again from scratch.")
def index_command(paths: tuple[Path, ...], rebuild: bool) -> None:
    """Index book files (markdown with front matter) for guidance search.

    PATHS are files or folders (searched recursively for *.md); without any, promo-ai's own guide.
    Unchanged files are skipped; changed ones replaced; files gone from a folder removed.
    """
    from promo_ai.guidance.index import index_paths

    update, close = _progress_bar()
    try:
        report = index_paths(list(paths) if paths else None, rebuild=rebuild, progress=update)
    except PromoAIError as exc:
        close()
        _fail(exc)
        return
    close()
    for skipped in report.skipped:
        click.echo(f"skipped {skipped.path}: {skipped.reason}", err=True)
    seen = report.files_indexed + report.files_unchanged
    if paths and seen == 0:
        click.echo("Error: no indexable book files found in " + ", ".join(str(p) for p in paths)
                   + " (markdown files with a front matter block holding a title).", err=True)
        sys.exit(2)
    click.echo(
        f"Indexed {report.files_indexed} file(s) ({report.chunks_written} passages), "
        f"{report.files_unchanged} unchanged, {report.files_removed} removed, "
        f"{len(report.skipped)} skipped; {report.chunks} passages in the index ({report.seconds:.1f} s)."
    )


@click.command("guidance")
@click.argument("query")
@click.option("-k", "k", default=5, show_default=True, type=click.IntRange(1, 50), help="How many passages.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list, best first.")
def guidance_command(query: str, k: int, as_json: bool) -> None:
    """Search the guide for the passages that answer QUERY (indexes the guide on first use)."""
    from promo_ai.guidance.search import search

    try:
        hits = search(query, k=k)
    except PromoAIError as exc:
        _fail(exc)
        return
    if as_json:
        click.echo(json.dumps([hit.model_dump() for hit in hits], indent=2, ensure_ascii=False))
        return
    if not hits:
        click.echo("No guidance found. Index some with `promo-ai index`.")
        return
    for number, hit in enumerate(hits, start=1):
        heading = hit.title if hit.heading == hit.title else f"{hit.title} › {hit.heading}"
        click.echo(click.style(f"{number}. {heading}", bold=True) + f"  (score {hit.score:.2f})")
        click.echo(f"   {hit.link or hit.source}")
        for paragraph in hit.text.split("\n\n"):
            click.echo(textwrap.fill(" ".join(paragraph.split()), width=88, initial_indent="   ",
                                     subsequent_indent="   "))
        click.echo()
