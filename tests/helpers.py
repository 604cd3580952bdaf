"""Builders shared by tests: a realistic case to vary, without reading files."""

from __future__ import annotations

import socket
import subprocess
from typing import Any

from promo_ai.case import Case


def case_data(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "name": "Jordan Lee",
        "email": "jordan.lee@example.com",
        "current_title": "Business Analyst",
        "target_title": "Senior Business Analyst",
        "team": "Payments Operations",
        "company": "Acme Corp",
        "manager": {"name": "Priya Shah", "email": "priya.shah@example.com"},
        "target_duties": ["Owns requirements for cross-team projects"],
        "accomplishments": [
            {"summary": "Led the redesign of vendor onboarding", "impact": "Cut onboarding from 10 days to 4",
             "duty": "Owns requirements for cross-team projects", "when": "Q3 2026"},
            {"summary": "Automated the weekly reconciliation report", "impact": "Saves 6 hours a week"},
        ],
        "accolades": [{"quote": "Jordan's analysis kept our launch on schedule.", "author": "Sam Ortiz",
                       "role": "VP of Sales"}],
        "tone": "warm",
    }
    data.update(overrides)
    return data


def make_case(**overrides: Any) -> Case:
    return Case.model_validate(case_data(**overrides))


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on right now (for servers the tests start)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def stop(process: subprocess.Popen[bytes]) -> None:
    """End a server the test started: politely first, then for good."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
