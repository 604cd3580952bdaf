"""The Jinja2 environment over prompts/: every prompt and every rendered email comes from a file there."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from promo_ai.settings import resource_dir


@lru_cache(maxsize=1)
def environment() -> Environment:
    # StrictUndefined: a missing variable is a bug to surface, never a blank in someone's email.
    env = Environment(
        loader=FileSystemLoader(resource_dir("prompts")),
        undefined=StrictUndefined,
        autoescape=select_autoescape(enabled_extensions=("html", "html.j2"), default_for_string=False),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters["lcfirst"] = lower_first
    env.filters["sentence"] = as_sentence
    env.filters["and_list"] = and_list
    return env


# Tags that fence data in our prompts (and prompt-ish ones); the same strings inside data are disarmed.
FENCE_TAGS = ("case", "draft", "notes", "guidance", "data", "email", "points", "system", "instruction",
              "instructions")
_FENCE_BREAK = re.compile(r"<(\s*/?\s*(?:" + "|".join(FENCE_TAGS) + r")\b)", re.IGNORECASE)


def fence_safe(text: Any) -> str:
    """Data for a fenced block: a closing (or opening) fence tag inside it becomes harmless ('<' turns
    into '‹', which `text.normalise` reads as '<' again), and so does a code fence, so text the person
    typed or the guide holds cannot end its fence and pose as an instruction."""
    text = "" if text is None else str(text)
    return _FENCE_BREAK.sub(lambda m: "‹" + m.group(1), text).replace("```", "ʼʼʼ")


def render(template_name: str, **context: Any) -> str:
    return environment().get_template(template_name).render(**context).strip() + "\n"


def template_module(template_name: str, **context: Any) -> Any:
    """The template's top-level `{% set %}` values and macros, for templates that produce sections."""
    return environment().get_template(template_name).make_module(context)


# Sentence starters safe to lower-case mid-sentence; anything else (a name, a product) keeps its capital.
_COMMON_STARTERS = frozenset(
    "a an the our my this that these those both all each every over more most less fewer about around "
    "built ran led won wrote made grew cut set took gave became brought taught drove began kept found sold "
    "spoke held met got put shipped helped saves cuts reduces raises grows brings keeps makes gives wins "
    "leads runs now up down from with laid drew rode flew threw stood wore no zero nearly almost half "
    "twice three four five six seven eight nine ten two one first second new".split()
)


def lower_first(text: str) -> str:
    """'Led the launch' -> 'led the launch', 'Cut costs' -> 'cut costs'; but 'Priya signed off',
    'NPS rose' and 'iOS app' keep their capitals."""
    first = text.split(" ", 1)[0]
    word = first.strip(",.;:").lower()
    if len(first) > 1 and first[0].isupper() and first[1:].islower() and (
        word in _COMMON_STARTERS or word.endswith("ed")
    ):
        return text[0].lower() + text[1:]
    return text


def and_list(clauses: list[str]) -> str:
    """Clauses in one sentence as people write them: "A", "A, and B"; three or more, each a clause with its
    own subject, apart: "A; B; and C" (not "A, and B, and C, and D")."""
    if len(clauses) <= 2:
        return ", and ".join(clauses)
    return "; ".join(clauses[:-1]) + "; and " + clauses[-1]


def as_sentence(text: str) -> str:
    """End with a full stop unless the text already ends a sentence."""
    text = text.strip()
    return text if not text or text[-1] in ".!?\"”)" else text + "."
