"""Timestamps for `recorded_at` columns: UTC, ISO 8601, second precision."""

from datetime import datetime, timezone


def now_iso() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
