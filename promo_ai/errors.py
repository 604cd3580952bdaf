"""One error family. Every message says what went wrong and what the person can do about it."""

from __future__ import annotations

from collections.abc import Sequence


class PromoAIError(Exception):
    """Base class: `message` is for a person; `hint` says what to try next."""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}" if self.hint else self.message


class CaseError(PromoAIError):
    """The case is incomplete or malformed. `problems` holds one 'field: what is wrong' per line."""

    def __init__(self, problems: Sequence[str], *, source: str | None = None) -> None:
        self.problems = list(problems)
        self.source = source
        where = f" in {source}" if source else ""
        super().__init__(f"The case{where} needs fixing:\n" + "\n".join(f"  - {p}" for p in self.problems))


class DraftError(PromoAIError):
    """A draft file could not be read or is not a promo-ai draft."""


class ExportError(PromoAIError):
    """An export could not be written."""


class GuidanceError(PromoAIError):
    """The guidance index could not be built or searched."""


class ModelError(PromoAIError):
    """A language model call failed; `reason` is a short machine-readable cause."""

    def __init__(self, message: str, *, reason: str, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.reason = reason


class StoreError(PromoAIError):
    """The local database could not be read or written."""
