"""The clock: timestamps for `recorded_at` columns and update runs, in UTC, ISO 8601,
to the second, and the one parser for them."""

from datetime import datetime, timezone

ISO_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def now_iso() -> str:
    return datetime.now(timezone.utc).strftime(ISO_FORMAT)


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def iso(moment: datetime) -> str:
    """`moment` as a timestamp; any time zone is first converted to UTC."""
    return moment.astimezone(timezone.utc).strftime(ISO_FORMAT)


def parse_iso(text: str) -> datetime:
    """A timestamp written by `iso` or `now_iso`, as an aware UTC datetime."""
    return datetime.strptime(text, ISO_FORMAT).replace(tzinfo=timezone.utc)
