"""`promo-ai`: the command line (commands in promo_ai.cli.commands, what they share in promo_ai.cli.base)."""

from __future__ import annotations

import sys

import click

from promo_ai.cli.base import EXIT_BAD_INPUT
from promo_ai.cli.commands import cli

__all__ = ["cli", "main"]


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
