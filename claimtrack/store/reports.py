"""Stored reports, found by content hash or by the bytes of their file, and listed.

Provides (ReportRows): `report_id_by_hash`, `report_id_by_source_hash`, `insert_report`,
`reports`. Uses: StoreCore `_q` and `_x`.
"""

from __future__ import annotations

class ReportRows:
    """Stored reports, found by content hash or by the bytes of their file."""

    def report_id_by_hash(self, content_hash: str) -> int | None:
        row = self._q("SELECT id FROM reports WHERE content_hash = ?", [content_hash])
        return row[0][0] if row else None

    def report_id_by_source_hash(self, source_hash: str) -> int | None:
        row = self._q("SELECT id FROM reports WHERE source_hash = ? LIMIT 1", [source_hash])
        return row[0][0] if row else None

    def insert_report(self, report, content_hash: str, recorded_at: str, source_hash: str | None = None) -> int:
        """Store a parsed report once; the same content hash returns the stored id."""
        existing = self.report_id_by_hash(content_hash)
        if existing is not None:
            return existing
        return self._x(
            """INSERT INTO reports (content_hash, url, title, outlet, author, language,
                   published, origin, location, recorded_at, source_hash)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [content_hash, report.url, report.title, report.outlet, report.author, report.language,
             str(report.published) if report.published else None, report.origin, report.location,
             recorded_at, source_hash],
        ).lastrowid

    def reports(self, limit: int | None = None) -> list[dict]:
        sql = """SELECT r.*,
                   (SELECT count(DISTINCT claim_id) FROM mentions m WHERE m.report_id = r.id) AS claims,
                   (SELECT count(*) FROM responses x WHERE x.report_id = r.id) AS responses
                 FROM reports r ORDER BY r.id DESC"""
        params: list = []
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [dict(r) for r in self._q(sql, params)]
