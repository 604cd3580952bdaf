"""The changes meeting notes make to a case, and applying the ones the person accepts. Pure: no model,
no files, no store. A `ChangeItem` is one change of a closed set of kinds, quoting the notes. With a
context {"notes": str, "case": Case} (what reads the notes passes it; a stored item reloads without
it) an item must quote the notes, name a drop target in the case and be supported by its own quote:
its words, figures, names and dates come from the line it quotes, not from elsewhere in the case.
Raw notes never reach a case: there is no recap, and a private line is never applied.
"""

from promo_ai.changes.apply import apply_changes
from promo_ai.changes.items import (
    KIND_LABELS,
    KIND_ORDER,
    MAX_CHANGES,
    OUTCOME_LABELS,
    SINGLE_KINDS,
    ChangeItem,
    ChangeKind,
    ChangeSet,
    accept_all,
    label,
)
from promo_ai.changes.matching import (
    CHANGE_WORDS,
    MATCH_CUTOFF,
    Match,
    match_target,
    phrase_words,
    resolve_target,
    stem,
)

__all__ = ["CHANGE_WORDS", "KIND_LABELS", "KIND_ORDER", "MATCH_CUTOFF", "MAX_CHANGES", "OUTCOME_LABELS", "SINGLE_KINDS",
           "ChangeItem", "ChangeKind", "ChangeSet", "Match", "accept_all", "apply_changes", "label", "match_target",
           "phrase_words", "resolve_target", "stem"]
