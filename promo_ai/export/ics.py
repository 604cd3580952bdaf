"""The reminder after the talk, as an RFC 5545 calendar file (icalendar): an all-day event on the day to
check in (pending) or to revisit the promotion (not yet), with what was agreed in its description."""

from __future__ import annotations

import datetime as dt
import hashlib

from promo_ai.case import Case
from promo_ai.compose import plan_phrase, step_phrase
from promo_ai.draft import Draft
from promo_ai.errors import ExportError

CHECK_IN_AFTER = dt.timedelta(days=14)  # when nothing was agreed: two weeks after the talk


def reminder_date(case: Case) -> dt.date | None:
    """The date agreed to come back to it; for a pending decision, two weeks after the talk by default."""
    if case.follow_up_on is not None:
        return case.follow_up_on
    if case.outcome == "pending" and case.meeting_date is not None:
        return case.meeting_date + CHECK_IN_AFTER
    return None


def to_ics(draft: Draft) -> bytes:
    from icalendar import Alarm, Calendar, Event  # imported here: only the reminder pays for it

    case = draft.case
    day = reminder_date(case)
    if day is None:
        raise ExportError(
            "There is no date to be reminded of: no check-in or revisit date was agreed, and the talk's outcome "
            "is not 'pending'.",
            hint="Add the date from your notes (for example 'come back to me by Dec 11') and revise again.")
    manager = case.manager.first_name
    what = ("Revisit my promotion" if case.outcome == "not_yet" else "Check in") + f" with {manager}: " \
        f"{case.target_title}"
    lines = [f"After our talk{f' on {case.meeting_date:%d %B %Y}' if case.meeting_date else ''} about "
             f"{case.target_title}."]
    lines += [f"- {step_phrase(s)}" for s in case.next_steps]
    lines += [f"- plan: {plan_phrase(p)}" for p in case.plan]
    calendar = Calendar()
    calendar.add("prodid", "-//promo-ai//reminder//EN")
    calendar.add("version", "2.0")
    event = Event()
    seed = f"{case.name}|{case.target_title}|{day.isoformat()}|{case.outcome}"
    event.add("uid", hashlib.sha256(seed.encode()).hexdigest()[:32] + "@promo-ai.local")
    event.add("dtstamp", draft.created_at)
    event.add("dtstart", day)
    event.add("dtend", day + dt.timedelta(days=1))
    event.add("summary", what)
    event.add("description", "\n".join(lines))
    event.add("transp", "TRANSPARENT")
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", what)
    alarm.add("trigger", dt.timedelta(hours=9))  # 09:00 on the day
    event.add_component(alarm)
    calendar.add_component(event)
    return bytes(calendar.to_ical())
