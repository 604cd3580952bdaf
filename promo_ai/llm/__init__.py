"""Language models through litellm and instructor: providers and the picker (`providers`), why a call
failed and how to say it (`failures`), the calls themselves (`transport`), `structured()` on top.

Importing this package imports neither litellm nor instructor; `structured()` does, on first use.
"""

from promo_ai.llm.failures import FailedCheck, ModelFailure, Reason, failed_checks_of, redact
from promo_ai.llm.providers import (
    PROVIDERS,
    ModelOption,
    available_models,
    choose_mode,
    describe_destination,
    is_cloud,
    provider_name,
    provider_of,
)
from promo_ai.llm.structured import Generated, structured
from promo_ai.prompts import fence_safe

__all__ = [
    "PROVIDERS",
    "FailedCheck",
    "Generated",
    "ModelFailure",
    "ModelOption",
    "Reason",
    "available_models",
    "choose_mode",
    "describe_destination",
    "failed_checks_of",
    "fence_safe",
    "is_cloud",
    "provider_name",
    "provider_of",
    "redact",
    "structured",
]
