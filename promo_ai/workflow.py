"""Workflow: the one place that runs and saves each step, for the page and the CLI alike.

draft -> refine -> (talk) -> propose -> revise -> edit -> export. Every method returns a `Step`: the
value, the version it saved (if any), why it fell back (if it did) and what it cost. A version always
carries the case it was made from, so the case a person is working on is the latest version's case;
nothing agreed in a meeting is lost by a later draft, and a hand edit survives a revision that need
not touch it. Neither the page nor the CLI calls the store or a model directly: they call this.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from promo_ai.case import Case, case_changes
from promo_ai.compose import compose
from promo_ai.draft import Draft, parse_draft
from promo_ai.email import BODY_SECTIONS, SECTION_LABELS, PromotionEmail
from promo_ai.errors import StoreError
from promo_ai.offline import offline_draft
from promo_ai.settings import OFFLINE_MODEL, Settings, get_settings

if TYPE_CHECKING:
    from promo_ai.changes import ChangeItem
    from promo_ai.notes import ExtractionResult
    from promo_ai.store import CaseRecord, Store, VersionKind, VersionRecord
    from promo_ai.talk import TalkPrep

log = logging.getLogger(__name__)
T = TypeVar("T")
SECTIONS: tuple[str, ...] = ("subject", *BODY_SECTIONS)


@dataclass(frozen=True)
class Step(Generic[T]):
    """What one step made. `version` is the stored version it saved or showed (None when nothing is
    stored); `reused` says no new version was needed; `fell_back` says why the value is not what was
    asked for (a model failed, the guide was unreachable) and that the last valid one was kept."""

    value: T
    version: VersionRecord | None = None
    reused: bool = False
    fell_back: str | None = None
    notes: list[str] = field(default_factory=list)
    tokens: int | None = None
    cost: float | None = None


def _sections_differing(a: PromotionEmail, b: PromotionEmail) -> list[str]:
    return [name for name in SECTIONS if getattr(a, name) != getattr(b, name)]


def _listing(names: Sequence[str]) -> str:
    labels = [SECTION_LABELS[n].lower() for n in names]
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]


class Workflow:
    """Runs and saves each step. One per process (the page shares it between sessions; it is thread-safe
    because the store is)."""

    def __init__(self, settings: Settings | None = None, *, store: Store | None = None) -> None:
        self.settings = settings or get_settings()
        self._store = store
        self._lock = threading.Lock()

    @property
    def store(self) -> Store:
        with self._lock:
            if self._store is None:
                from promo_ai.store import Store

                self._store = Store(self.settings.db_path)
            return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()

    # -- reading what is kept ----------------------------------------------------------------------

    def open_draft(self, text: str | bytes, *, source: str | None = None) -> Draft | VersionRecord:
        """A draft JSON as the CLI reads it: the stored version it names when its ids match this store and
        its case; otherwise the draft alone (saving from it starts a new case, never files it under
        another case)."""
        import json

        result = parse_draft(text, source=source)
        try:
            data = json.loads(text)
            version = self.store.version(int(data["version_id"]))
        except (ValueError, KeyError, TypeError, OverflowError, StoreError):  # no ids, or not ours
            return result
        same = version.case_id == data.get("case_id") and version.draft.case == result.case
        return version if same and version.draft.email == result.email else result

    def history(self, case_id: int | None = None) -> list[tuple[CaseRecord, list[VersionRecord]]]:
        """Every case (or one), most recently updated first, each with its versions, oldest first."""
        store = self.store
        records = [store.case_record(case_id)] if case_id is not None else store.cases()
        return [(record, store.versions(record.id)) for record in records]

    def case_id_for(self, case: Case, *, look_back: int = 50) -> int | None:
        """The stored case whose current content is exactly `case` (a case file drafted again), if any."""
        for record in self.store.cases()[:look_back]:
            try:
                if self.store.get_case(record.id) == case:
                    return record.id
            except StoreError:
                continue
        return None

    def latest(self, case_id: int | None) -> VersionRecord | None:
        return None if case_id is None else self.store.latest_version(case_id)

    def changed_since(self, base: Draft | VersionRecord, working: Case | None = None) -> list[str]:
        """What changed in the case after this version: against `working` (what the page shows) or else
        against the case as the store has it now (after later versions)."""
        draft = _draft_of(base)
        if working is None:
            case_id = getattr(base, "case_id", None)
            if case_id is None:
                return []
            try:
                working = self.store.get_case(case_id)
            except StoreError:
                return []
        return case_changes(draft.case, working)

    # -- the steps ---------------------------------------------------------------------------------

    def draft(self, case: Case, *, case_id: int | None = None, with_guidance: bool = True) -> Step[Draft]:
        """The offline draft of `case`, saved as a new version of `case_id` (or a new case). Drafting
        the same case again returns the current version instead of a copy."""
        latest = self.latest(case_id)
        if latest is not None and latest.draft.case == case:
            return Step(latest.draft, latest, reused=True,
                        notes=[f"Nothing in the case changed since {latest.label}, so that version is shown."])
        drafted = offline_draft(case, with_guidance=with_guidance, settings=self.settings)
        record = self._save(drafted, "draft", case_id=case_id, parent=latest)
        return Step(drafted, record, notes=list(drafted.warnings))

    def refine(self, base: Draft | VersionRecord, *, model: str, api_base: str | None = None,
               on_partial: Callable[[Any], None] | None = None, on_status: Callable[[str], None] | None = None,
               cancel: threading.Event | None = None) -> Step[Draft]:
        """A version written by `model` that passes every check, saved; or, when the model fails, the
        base kept and `fell_back` saying why."""
        from promo_ai.refine import refine

        draft = _draft_of(base)
        refined = refine(draft, model=model, api_base=api_base or self.settings.api_base, settings=self.settings,
                         on_partial=on_partial, on_status=on_status, cancel=cancel)
        if refined.reason:
            return Step(draft, _record_of(base), fell_back=refined.reason, tokens=refined.tokens, cost=refined.cost)
        refined = refined.model_copy(update={"edited": []})  # the model rewrote every section, hand edits too
        record = self._save(refined, "refined", parent=base)
        return Step(refined, record, tokens=refined.tokens, cost=refined.cost)

    def propose(self, base: Draft | VersionRecord, notes: str, *, model: str = OFFLINE_MODEL,
                api_base: str | None = None, today: dt.date | None = None) -> Step[ExtractionResult]:
        """The changes the meeting notes propose, each quoting its lines, for the person to accept.
        'Today' in the notes is the day they were pasted (`today`, by default the current date)."""
        from promo_ai.notes import extract_changes

        result = extract_changes(notes, _draft_of(base).case, model=model,
                                 api_base=api_base or self.settings.api_base, settings=self.settings,
                                 today=today or dt.date.today())
        return Step(result, _record_of(base), fell_back=result.reason, tokens=result.tokens, cost=result.cost)

    def revise(self, base: Draft | VersionRecord, notes: str, accepted: Sequence[ChangeItem], *,
               model: str = OFFLINE_MODEL, api_base: str | None = None,
               on_status: Callable[[str], None] | None = None) -> Step[Draft]:
        """The accepted changes applied to the case and a new version made from it, saved with them.
        Hand-edited sections the revision need not change are kept; the notes say which were replaced.
        Raises CaseError when the accepted changes would leave an invalid case."""
        from promo_ai.revision import revise

        draft = _draft_of(base)
        revision = revise(draft, notes, accepted, model=model, api_base=api_base or self.settings.api_base,
                          settings=self.settings, on_status=on_status)
        revised, replaced = self._keep_hand_edits(draft, revision.draft)
        messages = list(revised.warnings)
        if replaced:
            messages.append(f"Your hand edits to the {_listing(replaced)} were replaced, because the changes you "
                            "accepted rewrite them; edit them again if you want.")
        record = self._save(revised, "revised", parent=base, changes=revision.changes)
        return Step(revised, record, notes=messages, fell_back=revised.reason,
                    tokens=revised.tokens, cost=revised.cost)

    def edit(self, base: Draft | VersionRecord, email: PromotionEmail) -> Step[Draft]:
        """A hand edit, checked and saved as a version like any other (nothing saved when nothing changed)."""
        draft = _draft_of(base)
        changed = _sections_differing(draft.email, email)
        if not changed:
            return Step(draft, _record_of(base), reused=True, notes=["Nothing was changed, so no new version."])
        edited = draft.with_email(email, edited=sorted(set(draft.edited) | set(changed), key=SECTIONS.index),
                                  model=draft.model, reason=None)
        record = self._save(edited, "edited", parent=base)
        return Step(edited, record)

    def talk(self, case: Case, *, model: str = OFFLINE_MODEL, api_base: str | None = None) -> Step[TalkPrep]:
        """Talking points for the 1-on-1 and the short meeting request; polished by `model` when chosen."""
        from promo_ai.guidance import guidance_for
        from promo_ai.talk import polish_talk, prepare_talk

        citations, warning = guidance_for(case, "talk", 3, settings=self.settings)
        prep = prepare_talk(case, citations)
        if model == OFFLINE_MODEL:
            return Step(prep, notes=[warning] if warning else [])
        polished, problem = polish_talk(prep, case, model=model, api_base=api_base or self.settings.api_base,
                                        settings=self.settings)
        return Step(polished, fell_back=problem)

    def export(self, base: Draft | VersionRecord, fmt: str, *, path: Path | None = None,
               working: Case | None = None, attach_brief: bool = False) -> Step[bytes]:
        """The version as a file (.txt .md .html .eml .docx), written whole to `path` when given. The notes
        say when the case changed after this version or when a check fails."""
        from promo_ai import export as exporter

        draft = _draft_of(base)
        payload = exporter.export(draft, fmt, attach_brief=attach_brief)  # type: ignore[arg-type]
        if path is not None:
            from promo_ai.files import write_atomic

            write_atomic(path, payload)
        notes = []
        if draft.case.meeting_date is None:
            notes.append("The talk has not happened yet (no meeting date): ask in person first, then paste your "
                         "notes under After the talk so this email records what was said, before you send it.")
        changed = self.changed_since(base, working)
        if changed:
            label = getattr(base, "label", None) or "this version"
            notes.append(f"Your case changed after {label} ({', '.join(changed)}); draft again so the email "
                         "includes it.")
        failing = [c for c in draft.checks if not c.passed]
        if failing:
            notes.append(f"This version fails {len(failing)} check(s): "
                         + "; ".join(f"[{c.id}] {c.message}" for c in failing))
        return Step(payload, _record_of(base), notes=notes)

    def next_case(self, base: Draft | VersionRecord, *, target: str | None = None) -> Case:
        """After a promotion, the next loop: the new title is the current one, the next target (named in the
        talk or given here) is the target, accomplishments and praise are kept as history; what belonged
        to the last request (the meeting, its outcome, steps and plan) starts empty."""
        from promo_ai.errors import CaseError

        case = _draft_of(base).case
        if case.outcome != "promoted":
            raise CaseError(["outcome: the next case starts once you are promoted (this version's outcome is "
                             f"{(case.outcome or 'not recorded').replace('_', ' ')})"])
        next_target = (target or case.next_target or "").strip()
        if not next_target:
            raise CaseError(["target_title: name the next title to aim for (for example --target \"Lead Analyst\")"])
        data = case.model_dump()
        data.update(current_title=case.target_title, target_title=next_target, meeting_date=None, outcome=None,
                    next_steps=[], plan=[], follow_up_on=None, forward_to=None, next_target=None, notes=None,
                    target_duties=[])
        return Case.model_validate(data)

    def discard(self, version: VersionRecord | None) -> None:
        """Take back a version whose file could not be written: a failed write saves nothing."""
        if version is not None:
            self.store.discard_version(version.id)

    # -- saving ------------------------------------------------------------------------------------

    def _keep_hand_edits(self, before: Draft, after: Draft) -> tuple[Draft, list[str]]:
        """Put back every hand-edited section of `before` that the step did not need to change (the
        composer writes it the same for the old and the new case); return the ones it replaced."""
        if not before.edited:
            return after, []
        old, new = compose(before.case).email, compose(after.case).email
        kept = [s for s in before.edited if getattr(old, s) == getattr(new, s)]
        replaced = [s for s in before.edited if s not in kept]
        email = after.email.model_copy(update={s: getattr(before.email, s) for s in kept})
        return after.with_email(email, edited=kept, created_at=after.created_at), replaced

    def _save(self, draft: Draft, kind: VersionKind, *, case_id: int | None = None,
              parent: Draft | VersionRecord | None = None, changes: Sequence[Any] | None = None) -> VersionRecord:
        """Keep the version; its case becomes the case's current content. A parent that is gone (deleted
        in another window) or was never stored starts a new case: nothing is filed under a stranger."""
        store = self.store
        parent_record = _record_of(parent) if parent is not None else None
        if parent_record is not None:
            case_id = parent_record.case_id
        data = [c.model_dump(mode="json") if hasattr(c, "model_dump") else c for c in changes or []]
        if case_id is not None:
            try:
                return store.add_version(case_id, draft, kind=kind, changes=data,
                                         parent_id=parent_record.id if parent_record else None)
            except StoreError:
                log.info("case #%s is gone; saving as a new case", case_id)
        new_case = store.create_case(draft.case)
        return store.add_version(new_case.id, draft, kind=kind, changes=data)

    # -- cases, versions and a tab's unsaved work, for the page (thin pass-throughs to the store) ----

    def cases(self) -> list[CaseRecord]:
        return self.store.cases()

    def last_case(self) -> CaseRecord | None:
        return self.store.last_case()

    def versions(self, case_id: int) -> list[VersionRecord]:
        return self.store.versions(case_id)

    def version(self, version_id: int) -> VersionRecord:
        return self.store.version(version_id)

    def rename(self, case_id: int, title: str) -> CaseRecord:
        return self.store.rename_case(case_id, title)

    def duplicate(self, case_id: int) -> CaseRecord:
        return self.store.duplicate_case(case_id)

    def delete(self, case_id: int) -> None:
        self.store.delete_case(case_id)

    def save_scratch(self, key: str, data: dict[str, Any]) -> None:
        self.store.save_scratch(key, data)

    def scratch(self, key: str) -> dict[str, Any] | None:
        return self.store.scratch(key)


def _draft_of(base: Draft | VersionRecord) -> Draft:
    return base if isinstance(base, Draft) else base.draft


def _record_of(base: Draft | VersionRecord | None) -> VersionRecord | None:
    return None if base is None or isinstance(base, Draft) else base
