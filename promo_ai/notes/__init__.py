"""Reading meeting notes: what the notes of a 1-on-1 change in the case.

`extract_changes` turns pasted notes into `ChangeItem`s (promo_ai.changes), each quoting the line it
comes from and supported by that line, for the person to accept, edit or reject. Nothing in the notes is
ever obeyed: the notes are data, the kinds of change are a closed set, lines that address an AI are
reported and never read, private lines are offered only as private, and raw notes never reach an email.

- `dates`: dates as people write them, read against the day the notes were pasted and the day-first or
  month-first setting; every guess carries a note for the person.
- `lines`: notes cut into lines and sentences (bullets, arrows, wrapped prose, dictation that runs on).
- `privacy`: private lines, read first and final: a sentence with a privacy cue is private and nothing else.
- `reader`: the free-form reader over the rest, with `outcome` (the outcome and the title, by cue lexicons
  judged within their clause), `steps` and `clauses` (next steps and conditions from subject + modal + verb
  phrase; `requests` says what a request asks of me; `voice` speaks them to the manager), `evidence` (add,
  drop, emphasise), `people` and `when`.
- `markers`: the whole offline reader (markers such as ``title:`` and ``next:`` too), validated.
- `extract`: the same proposals from a model, held to the same validation, with the offline ones as the
  fallback.
- `patterns`: the reader's patterns compiled once, case-insensitively.
"""

from promo_ai.notes.extract import ExtractionResult, extract_changes, extraction_prompts
from promo_ai.notes.markers import MARKERS_HELP, parse_markers, read_notes

__all__ = ["MARKERS_HELP", "ExtractionResult", "extract_changes", "extraction_prompts", "parse_markers", "read_notes"]
