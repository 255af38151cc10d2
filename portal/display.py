"""How times and durations read on staff pages and in e-mails: local time, plain words."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from flask import Flask, current_app


def _zone() -> ZoneInfo:
    try:
        return ZoneInfo(current_app.config["DISPLAY_TIMEZONE"])
    except ZoneInfoNotFoundError:  # a machine without a time-zone database: show UTC
        return ZoneInfo("UTC")


def local_time(moment: datetime | None, with_date: bool = True) -> str:
    """'10:32 on 30 November 2026' in the partnership's time zone ('' for no time)."""
    if moment is None:
        return ""
    local = moment.astimezone(_zone()) if moment.tzinfo else moment.replace(tzinfo=UTC)
    clock = local.strftime("%H:%M")
    return f"{clock} on {local.day} {local:%B %Y}" if with_date else clock


def day_start(day: date) -> datetime:
    """The moment a calendar day starts in the partnership's time zone, as an aware datetime."""
    return datetime.combine(day, time.min, tzinfo=_zone()).astimezone(UTC)


def duration(span: timedelta | int | float | None) -> str:
    """A length of time in words: '45 seconds', '12 minutes', '3 hours 5 minutes', '2 days'."""
    if span is None:
        return ""
    seconds = int(span.total_seconds() if isinstance(span, timedelta) else span)
    seconds = abs(seconds)
    if seconds < 60:
        return _plural(seconds, "second")
    minutes = seconds // 60
    if minutes < 60:
        return _plural(minutes, "minute")
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return _plural(hours, "hour") + (f" {_plural(minutes, 'minute')}" if minutes else "")
    return _plural(hours // 24, "day")


def _plural(count: int, unit: str) -> str:
    return f"{count} {unit}{'' if count == 1 else 's'}"


def init_app(app: Flask) -> None:
    app.add_template_filter(local_time)
    app.add_template_filter(duration)
