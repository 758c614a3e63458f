"""The schema's history: one named step each, applied in order when a store opens.

Never edit a step that has shipped; add a new one. `SCHEMA_VERSION` is written to
`PRAGMA user_version` so that opening an up-to-date database costs one pragma read
and no import of sqlite-utils.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from .entities import starter_entities  # the one import a step may make (m003)

if TYPE_CHECKING:  # pragma: no cover
    from sqlite_utils import Database


# The keys the steps below store, frozen as they shipped: a step must give the same
# rows whatever `text/keys.py` becomes (which changes only together with a new step).
def _name_key_v1(name: str) -> str:
    return re.sub(r"[\s·・.,，、'\"“”‘’《》「」()（）_-]+", "", unicodedata.normalize("NFKC", name)).casefold()


def _wording_key_v1(text: str) -> str:
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text)).casefold()

MIGRATION_SET = "claimtrack"


def m001_core_tables(db: "Database") -> None:
    db.execute(
        """
        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'unknown',
            starter INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE aliases (
            name_key TEXT PRIMARY KEY,
            alias TEXT NOT NULL,
            entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE
        )"""
    )
    db.execute(
        """
        CREATE TABLE reports (
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            url TEXT,
            title TEXT,
            outlet TEXT,
            author TEXT,
            language TEXT,
            published TEXT,
            origin TEXT NOT NULL,
            location TEXT,
            recorded_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            text TEXT NOT NULL,
            source_id INTEGER REFERENCES entities(id),
            anonymous INTEGER NOT NULL DEFAULT 0,
            first_reported TEXT,
            due TEXT,
            status TEXT NOT NULL DEFAULT 'reported',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE claim_subjects (
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            entity_id INTEGER NOT NULL REFERENCES entities(id),
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (claim_id, entity_id)
        )"""
    )
    db.execute(
        """
        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            report_id INTEGER REFERENCES reports(id) ON DELETE SET NULL,
            sentence TEXT NOT NULL,
            credited_id INTEGER REFERENCES entities(id),
            mentioned_on TEXT,
            url TEXT,
            recorded_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE responses (
            id INTEGER PRIMARY KEY,
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            responder_id INTEGER NOT NULL REFERENCES entities(id),
            stance TEXT NOT NULL CHECK (stance IN
                ('confirm', 'deny', 'unaware', 'no_comment', 'partial')),
            quote TEXT NOT NULL,
            via_id INTEGER REFERENCES entities(id),
            responded_on TEXT,
            url TEXT,
            report_id INTEGER REFERENCES reports(id) ON DELETE SET NULL,
            recorded_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE verdicts (
            id INTEGER PRIMARY KEY,
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            verdict TEXT NOT NULL CHECK (verdict IN
                ('true', 'false', 'partly_true', 'retracted', 'unresolvable')),
            decided_on TEXT,
            evidence TEXT,
            note TEXT,
            recorded_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE claim_edits (
            id INTEGER PRIMARY KEY,
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            field TEXT NOT NULL,
            old_value TEXT,
            new_value TEXT,
            recorded_at TEXT NOT NULL
        )"""
    )
    # Removed claims are kept here as JSON so a deletion can still be explained.
    db.execute(
        """
        CREATE TABLE removed_claims (
            id INTEGER PRIMARY KEY,
            claim_id INTEGER NOT NULL,
            snapshot TEXT NOT NULL,
            removed_at TEXT NOT NULL
        )"""
    )
    for sql in (
        "CREATE INDEX claims_by_status ON claims(status, first_reported)",
        "CREATE INDEX claims_by_first_reported ON claims(first_reported)",
        "CREATE INDEX claims_by_source ON claims(source_id)",
        "CREATE INDEX claim_subjects_by_entity ON claim_subjects(entity_id)",
        "CREATE INDEX aliases_by_entity ON aliases(entity_id)",
        "CREATE INDEX mentions_by_claim ON mentions(claim_id)",
        "CREATE INDEX mentions_by_report ON mentions(report_id)",
        "CREATE INDEX responses_by_claim ON responses(claim_id)",
        "CREATE INDEX verdicts_by_claim ON verdicts(claim_id)",
        "CREATE INDEX claim_edits_by_claim ON claim_edits(claim_id)",
    ):
        db.execute(sql)


def m002_claim_search(db: "Database") -> None:
    # The default tokenizer sees a run of Chinese characters as one token and a
    # trigram index misses two-character words (小米, 北汽), so claim text is
    # indexed as our own terms: English words, and CJK characters plus bigrams.
    db.execute("CREATE VIRTUAL TABLE claims_search USING fts5(terms, tokenize='unicode61')")


def m003_starter_entities(db: "Database") -> None:
    # The list a new database starts with is the one shipped with this version, on
    # purpose; the alias key is this step's own copy, as every key a step stores.
    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    for entity in starter_entities():
        cursor = db.execute(
            "INSERT INTO entities (name, kind, starter, created_at) VALUES (?, ?, 1, ?)",
            [entity.name, entity.kind, now],
        )
        for alias in (entity.name, *entity.aliases):
            db.execute(
                "INSERT OR IGNORE INTO aliases (name_key, alias, entity_id) VALUES (?, ?, ?)",
                [_name_key_v1(alias), alias, cursor.lastrowid],
            )


def m004_matching(db: "Database") -> None:
    # What the extractor found in each report, and why it was linked where it was,
    # so a wrong automatic link can be explained and undone.
    db.execute("ALTER TABLE mentions ADD COLUMN extracted_text TEXT")
    db.execute("ALTER TABLE mentions ADD COLUMN text_key TEXT")
    db.execute("ALTER TABLE mentions ADD COLUMN link_reason TEXT")
    db.execute("CREATE INDEX mentions_by_text_key ON mentions(text_key)")
    db.execute(
        """
        CREATE TABLE match_suggestions (
            id INTEGER PRIMARY KEY,
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            candidate_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            score REAL NOT NULL,
            reason TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'accepted', 'rejected')),
            created_at TEXT NOT NULL,
            decided_at TEXT
        )"""
    )
    db.execute("CREATE INDEX match_suggestions_by_state ON match_suggestions(state, id)")


def m005_subject_dates(db: "Database") -> None:
    # Matching looks for claims about the same subject within a window of days. With
    # the date beside the subject, one index answers that, so the cost follows the
    # claims about that subject in the window, not the size of the database.
    # Triggers keep the copy right whoever writes the claim.
    db.execute("ALTER TABLE claim_subjects ADD COLUMN reported_on TEXT")
    start = "CASE WHEN length(first_reported) = 7 THEN first_reported || '-01' ELSE first_reported END"
    db.execute(
        f"""UPDATE claim_subjects SET reported_on =
              (SELECT {start} FROM claims WHERE claims.id = claim_subjects.claim_id)"""
    )
    db.execute("CREATE INDEX claim_subjects_by_entity_date ON claim_subjects(entity_id, reported_on)")
    db.execute(
        f"""CREATE TRIGGER claim_subjects_date_on_insert AFTER INSERT ON claim_subjects
            BEGIN
              UPDATE claim_subjects SET reported_on =
                (SELECT {start} FROM claims WHERE claims.id = NEW.claim_id)
              WHERE rowid = NEW.rowid;
            END"""
    )
    db.execute(
        f"""CREATE TRIGGER claim_subjects_date_on_update AFTER UPDATE OF first_reported ON claims
            BEGIN
              UPDATE claim_subjects SET reported_on =
                (SELECT {start} FROM claims WHERE claims.id = NEW.id)
              WHERE claim_id = NEW.id;
            END"""
    )


def m006_feeds(db: "Database") -> None:
    # What `update` polls, what it has already seen there, what each run did, the
    # re-reads that catch stealth edits, and the commands run on new events.
    db.execute(
        """
        CREATE TABLE feeds (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            address TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('url', 'folder')),
            format TEXT,
            language TEXT,
            full_text INTEGER NOT NULL DEFAULT 0,
            etag TEXT,
            last_modified TEXT,
            added_at TEXT NOT NULL,
            last_checked_at TEXT,
            last_outcome TEXT,
            last_error TEXT
        )"""
    )
    db.execute(
        """
        CREATE TABLE feed_entries (
            feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            entry_key TEXT NOT NULL,
            fingerprint TEXT,
            report_id INTEGER REFERENCES reports(id) ON DELETE SET NULL,
            state TEXT NOT NULL DEFAULT 'stored',
            seen_at TEXT NOT NULL,
            PRIMARY KEY (feed_id, entry_key)
        )"""
    )
    db.execute(
        """
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            seconds REAL,
            state TEXT NOT NULL DEFAULT 'running',
            exit_code INTEGER,
            pid INTEGER,
            summary TEXT
        )"""
    )
    db.execute(
        """
        CREATE TABLE run_feeds (
            id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            feed_id INTEGER REFERENCES feeds(id) ON DELETE SET NULL,
            feed_name TEXT NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('new', 'unchanged', 'failed')),
            error TEXT,
            entries_new INTEGER NOT NULL DEFAULT 0,
            reports_new INTEGER NOT NULL DEFAULT 0,
            claims_new INTEGER NOT NULL DEFAULT 0,
            responses_new INTEGER NOT NULL DEFAULT 0,
            problems TEXT,
            seconds REAL
        )"""
    )
    db.execute(
        """
        CREATE TABLE report_rechecks (
            report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
            url TEXT NOT NULL,
            title TEXT,
            content_hash TEXT NOT NULL,
            checks INTEGER NOT NULL DEFAULT 0,
            next_check_at TEXT,
            last_checked_at TEXT
        )"""
    )
    db.execute(
        """
        CREATE TABLE report_changes (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,
            kind TEXT NOT NULL CHECK (kind IN ('headline', 'body', 'removed')),
            old_value TEXT,
            new_value TEXT,
            detail TEXT,
            detected_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE hooks (
            id INTEGER PRIMARY KEY,
            event TEXT NOT NULL CHECK (event IN ('new-claim', 'new-response', 'status-change')),
            command TEXT NOT NULL,
            added_at TEXT NOT NULL
        )"""
    )
    for sql in (
        "CREATE INDEX run_feeds_by_run ON run_feeds(run_id)",
        "CREATE INDEX report_rechecks_by_due ON report_rechecks(next_check_at)",
        "CREATE INDEX report_changes_by_report ON report_changes(report_id)",
        "CREATE INDEX report_changes_by_run ON report_changes(run_id)",
    ):
        db.execute(sql)


def m007_responder_index(db: "Database") -> None:
    # `entity list` counts each entity's responses; without this it scans them all.
    db.execute("CREATE INDEX IF NOT EXISTS responses_by_responder ON responses(responder_id)")


def m008_source_hash(db: "Database") -> None:
    # A hash of a file's bytes, so re-reading a folder skips known files without
    # parsing them; the content hash still catches the same report in other bytes.
    db.execute("ALTER TABLE reports ADD COLUMN source_hash TEXT")
    db.execute("CREATE INDEX reports_by_source_hash ON reports(source_hash)")


def m009_date_order_indexes(db: "Database") -> None:
    # `list` orders by the day a claim's first-reported date starts (a month counts
    # from its first day); indexing that very expression turns a sort of every claim
    # (≈35 ms at 100k) into a walk of the first page.
    start = "(CASE WHEN length(first_reported) = 7 THEN first_reported || '-01' ELSE first_reported END)"
    db.execute(f"CREATE INDEX IF NOT EXISTS claims_by_date_start ON claims({start})")
    db.execute(f"CREATE INDEX IF NOT EXISTS claims_by_status_date_start ON claims(status, {start})")


def m010_response_quote_keys(db: "Database") -> None:
    # Ingest skips a response a party already gave (same words, however spaced or
    # punctuated). Comparing in Python meant reading every quote of the party on the
    # claim per new response: a long-running rumour made each report slower.
    db.execute("ALTER TABLE responses ADD COLUMN quote_key TEXT")
    rows = db.execute("SELECT id, quote FROM responses").fetchall()
    db.conn.executemany("UPDATE responses SET quote_key = ? WHERE id = ?", [(_wording_key_v1(q or ""), i) for i, q in rows])
    db.execute("CREATE INDEX responses_by_party_quote ON responses(claim_id, responder_id, quote_key)")


def m011_web_views(db: "Database") -> None:
    # What `claimtrack serve` browses: one row per claim with the names a reader facets
    # on (source, subjects as a JSON array, the language of its text), and one per
    # response with its parties named. Views, so the web server stays read-only and
    # never goes stale.
    db.execute(
        """
        CREATE VIEW claim_list AS
        SELECT
            c.id AS id,
            c.text AS claim,
            c.status AS status,
            s.name AS source,
            c.anonymous AS anonymous,
            (SELECT json_group_array(name) FROM
                (SELECT e.name AS name FROM claim_subjects cs JOIN entities e ON e.id = cs.entity_id
                 WHERE cs.claim_id = c.id ORDER BY cs.position, e.id)) AS subjects,
            CASE WHEN c.text GLOB '*[\u3400-\u9fff]*' THEN 'zh' ELSE 'en' END AS language,
            c.first_reported AS first_reported,
            substr(c.first_reported, 1, 7) AS first_month,
            c.due AS due,
            (SELECT count(*) FROM mentions m WHERE m.claim_id = c.id) AS mentions,
            (SELECT count(*) FROM responses r WHERE r.claim_id = c.id) AS responses,
            (SELECT v.verdict FROM verdicts v WHERE v.claim_id = c.id ORDER BY v.id DESC LIMIT 1) AS verdict
        FROM claims c LEFT JOIN entities s ON s.id = c.source_id"""
    )
    db.execute(
        """
        CREATE VIEW response_list AS
        SELECT
            r.id AS id,
            r.claim_id AS claim_id,
            c.text AS claim,
            who.name AS responder,
            r.stance AS stance,
            r.quote AS quote,
            via.name AS via,
            r.responded_on AS responded_on,
            r.url AS url
        FROM responses r
        JOIN claims c ON c.id = r.claim_id
        JOIN entities who ON who.id = r.responder_id
        LEFT JOIN entities via ON via.id = r.via_id"""
    )


STEPS = (m001_core_tables, m002_claim_search, m003_starter_entities, m004_matching, m005_subject_dates,
         m006_feeds, m007_responder_index, m008_source_hash, m009_date_order_indexes, m010_response_quote_keys,
         m011_web_views)
SCHEMA_VERSION = len(STEPS)


def migrations():
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for step in STEPS:
        migrations(name=step.__name__)(step)
    return migrations
