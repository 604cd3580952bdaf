"""The offline draft: a case composed into a checked email, with the guidance behind it when the guide
answers in time. No model, no network; the first version of every case."""

from __future__ import annotations

from promo_ai.case import Case
from promo_ai.compose import compose
from promo_ai.draft import Citation, Draft
from promo_ai.email import run_checks
from promo_ai.settings import OFFLINE_MODEL, Settings


def offline_draft(case: Case, *, with_guidance: bool = True, settings: Settings | None = None) -> Draft:
    """Case -> a checked offline draft, with the guidance behind it when the index is reachable."""
    composition = compose(case)
    citations: list[Citation] = []
    reason: str | None = None
    if with_guidance:
        from promo_ai.guidance import guidance_for  # lazy: the guide is imported only when asked for

        citations, reason = guidance_for(case, "draft", settings=settings)
    return Draft(
        email=composition.email, case=case, checks=run_checks(composition.email, case, case.notes),
        model=OFFLINE_MODEL, citations=citations, left_out=composition.left_out, notes=case.notes,
        warnings=([reason] if reason else []) + address_warnings(case),
    )


def address_warnings(case: Case) -> list[str]:
    """An address whose domain is written in punycode (xn--) may look like another one once displayed."""
    found = []
    for who, address in (("Your manager's", case.manager.email), ("Your", case.email)):
        domain = (address or "").rpartition("@")[2]
        if not domain.isascii() or any(label.startswith("xn--") for label in domain.lower().split(".")):
            shown = domain.encode("idna").decode() if not domain.isascii() else domain
            found.append(f"{who} email address {address} has an internationalised domain ({shown}): check it is "
                         "the address you meant before you send.")
    return found
