"""Opening a claimtrack database, its transactions and its error messages; the base
the other row families build on.

Provides (StoreCore): `open`, `close`, `write()` (a transaction, or a savepoint inside
one), `checkpoint`, `backup`; `_q` (read) and `_x` (write), the only ways the mixins
run SQL; the attributes `conn`, `path`, `read_only` and `entity_ids_seen` (the names
EntityRows looked up in the open write transaction, cleared here when it ends or a
savepoint rolls back); `_date_start`, the SQL for the first day of a stored date.
Uses no other mixin.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Self

from ..errors import StoreBusy, StoreError
from ..migrations import SCHEMA_VERSION, migrations


BUSY_TIMEOUT_MS = 10_000

# migrations.m009 indexes this very expression on claims.first_reported: keep them equal.
_START = "(CASE WHEN length({col}) = 7 THEN {col} || '-01' ELSE {col} END)"


def _date_start(col: str) -> str:
    return _START.format(col=col)


def _describe(err: sqlite3.Error, path: Path) -> str:
    text = str(err)
    if "readonly" in text or "read-only" in text:
        return f"database {path} is read-only"
    if "not a database" in text or "malformed" in text:
        return f"{path} is not a claimtrack database ({text})"
    if "locked" in text or "busy" in text:
        return f"database {path} is busy (another claimtrack is writing); try again"
    if "unable to open" in text:
        return f"cannot open database {path}{_why_not(path)}"
    return f"database {path}: {text}"


def _why_not(path: Path) -> str:
    folder = path.parent
    if not os.access(folder, os.X_OK):
        return f": no permission to enter the folder {folder}"
    if path.exists() and not os.access(path, os.R_OK):
        return ": no permission to read it"
    if not path.exists() and not os.access(folder, os.W_OK):
        return f": it does not exist and the folder {folder} is not writable"
    return ""


# Files SQLite keeps beside a database in WAL mode.
_BESIDE = ("-wal", "-shm")


def _can_write(path: Path) -> bool:
    """Whether this user could write the database without leaving it unusable to its
    owner: the file, its folder and any -wal/-shm beside it must all be writable."""
    beside = [Path(f"{path}{suffix}") for suffix in _BESIDE]
    return os.access(path.parent, os.W_OK) and all(os.access(f, os.W_OK) for f in [path, *beside] if f.exists())


def _read_only_uri(path: Path) -> str:
    """Open without ever creating a file: even `mode=ro` creates -wal and -shm when they
    are missing (owned by the reader, so the owner's next write fails), and cannot open a
    WAL database in a folder it may not write. When a writer has the database open, both
    files exist and are shared read-only; when neither exists, everything committed is in
    the main file, read as immutable (a checkpoint during the read is the one risk, and
    then SQLite reports an error rather than wrong rows)."""
    active = all(Path(f"{path}{suffix}").exists() for suffix in _BESIDE)
    return path.resolve().as_uri() + ("?mode=ro" if active else "?mode=ro&immutable=1")


def _error(err: sqlite3.Error, path: Path) -> StoreError:
    text = str(err)
    busy = "locked" in text or "busy" in text
    return (StoreBusy if busy else StoreError)(_describe(err, path))



class StoreCore:
    """A claimtrack database: open it with `Store.open(path)`."""

    def __init__(self, conn: sqlite3.Connection, path: Path):
        self.conn = conn
        self.path = path
        self.read_only = False
        self.busy_timeout_ms = BUSY_TIMEOUT_MS
        # Names already looked up in the open write transaction (name key -> entity id).
        # While it holds the write lock no other process can change them; forgotten
        # when it ends and when a savepoint inside it rolls back.
        self.entity_ids_seen: dict[str, int] = {}

    # -- opening --------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, create_folder: bool = False, busy_timeout_ms: int | None = None,
             reader: bool = False, read_only: bool = False) -> "Self":
        """Open (creating a new or empty file) and migrate. A `reader` that may not write
        an existing database opens it read-only and leaves no file behind; `read_only`
        always does (the web view), and refuses a database that needs an upgrade."""
        path = Path(path)
        busy_timeout_ms = busy_timeout_ms or BUSY_TIMEOUT_MS
        folder = path.parent
        if not folder.exists():
            if not create_folder:
                raise StoreError(f"database folder {folder} does not exist")
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise StoreError(f"cannot create database folder {folder}: {err.strerror}") from None
        if path.exists() and path.is_dir():
            raise StoreError(f"database path {path} is a folder")
        if read_only and not path.exists():
            raise StoreError(f"database {path} does not exist")
        read_only = read_only or (reader and path.exists() and not _can_write(path))
        try:
            if read_only:
                conn = sqlite3.connect(_read_only_uri(path), uri=True, timeout=busy_timeout_ms / 1000,
                                       isolation_level=None)
            else:
                conn = sqlite3.connect(path, timeout=busy_timeout_ms / 1000, isolation_level=None)
        except sqlite3.Error as err:
            raise _error(err, path) from None
        store = cls(conn, path)
        store.busy_timeout_ms = busy_timeout_ms
        store.read_only = read_only
        try:
            store._check_ours()
            store._configure()
            store._migrate()
        except sqlite3.Error as err:
            conn.close()
            raise _error(err, path) from None
        except StoreError:
            conn.close()
            raise
        return store

    def _check_ours(self) -> None:
        """Refuse, before changing anything (not even the journal mode), an SQLite file
        another program made: only a new or empty file becomes a tracker."""
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        names = [r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")]
        if not names and version == 0:
            return
        if version == 0 or not {"claims", "_sqlite_migrations"} <= set(names):
            shown = ", ".join(sorted(names)[:3]) + (", …" if len(names) > 3 else "")
            raise StoreError(f"{self.path} is not a claimtrack database (an SQLite file of another program, "
                             f"holding {shown or 'no tables'}); it was left untouched")

    def _configure(self) -> None:
        self.conn.row_factory = sqlite3.Row
        self.conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_ms)}")
        self.conn.execute("PRAGMA foreign_keys = ON")
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"database {self.path} was written by a newer claimtrack "
                f"(schema {version}, this one knows {SCHEMA_VERSION})"
            )
        try:
            mode = self.conn.execute("PRAGMA journal_mode").fetchone()[0]
            if mode != "wal":
                self.conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.OperationalError as err:
            if "readonly" not in str(err):
                raise
            self.read_only = True
        self.conn.execute("PRAGMA synchronous = NORMAL")

    def _schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        if self._schema_version() == SCHEMA_VERSION:
            return
        if self.read_only:
            raise StoreError(f"database {self.path} is read-only here and needs an upgrade to schema "
                             f"{SCHEMA_VERSION}: open it once with a claimtrack command that may write it "
                             "(claimtrack list does)")
        from sqlite_utils import Database  # here, not above: see migrations.py

        with self.write():
            # Re-checked under the write lock: another process may have migrated
            # while this one waited.
            if self._schema_version() == SCHEMA_VERSION:
                return
            if self._schema_version() > 0:  # a blank database has nothing to lose
                self._copy_aside()
            migrations().apply(Database(self.conn))
            self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _copy_aside(self) -> Path:
        """Before an upgrade: a consistent copy beside the database, named for the schema
        it is upgraded to (`claimtrack.db.before-v7`; an earlier copy is never replaced).

        Taken under the write lock through a second connection: the backup API cannot read
        from a connection that is itself inside a write transaction (it waits forever).
        """
        stem = f"{self.path.name}.before-v{SCHEMA_VERSION}"
        target, n = self.path.with_name(stem), 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{stem}.{n}")
        partial = target.with_name(f".{target.name}.partial")
        try:
            source = sqlite3.connect(self.path, timeout=self.busy_timeout_ms / 1000)
            copy = sqlite3.connect(partial)
            try:
                source.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")
            finally:
                copy.close()
                source.close()
            os.replace(partial, target)
        except OSError as err:
            raise StoreError(f"cannot copy {self.path} aside before upgrading it: {err.strerror}") from None
        finally:
            partial.unlink(missing_ok=True)
        return target

    def close(self) -> None:
        self.conn.close()

    def checkpoint(self) -> None:
        """Fold the write-ahead log back into the database, so it does not grow
        without bound while cron keeps writing; skipped quietly if a reader holds it."""
        if self.read_only:
            return
        try:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.OperationalError:
            pass

    def backup(self, target: Path) -> None:
        """A consistent copy through SQLite's backup API (a `cp` of a WAL database is not
        one), written beside the target and renamed into place only once checked."""
        target = Path(target)
        partial = target.with_name(f".{target.name}.partial")
        partial.unlink(missing_ok=True)
        try:
            copy = sqlite3.connect(partial)
            try:
                self.conn.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")
                status = copy.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                copy.close()
            if status != "ok":
                raise StoreError(f"backup of {self.path} failed its integrity check: {status}")
            os.replace(partial, target)
        except sqlite3.Error as err:
            raise _error(err, target) from None
        except OSError as err:
            raise StoreError(f"cannot write backup {target}: {err.strerror}") from None
        finally:
            partial.unlink(missing_ok=True)

    def __enter__(self) -> "Self":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken with BEGIN IMMEDIATE; all or nothing.

        Nested in another, it is a savepoint of the outer transaction: still all or
        nothing, and committed with it (ingest stores many reports per commit, each whole).
        """
        if self.conn.in_transaction:
            with self._savepoint():
                yield self.conn
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as err:
            raise _error(err, self.path) from None
        self.entity_ids_seen.clear()
        try:
            yield self.conn
        except BaseException:
            self.conn.rollback()
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except sqlite3.Error as err:
                self.conn.rollback()
                raise _error(err, self.path) from None
        finally:
            self.entity_ids_seen.clear()

    @contextmanager
    def _savepoint(self) -> Iterator[None]:
        self.conn.execute("SAVEPOINT nested_write")
        try:
            yield
        except BaseException:
            self.entity_ids_seen.clear()  # entities made inside the savepoint are gone
            if self.conn.in_transaction:  # SQLite may have rolled it all back already
                self.conn.execute("ROLLBACK TO nested_write")
                self.conn.execute("RELEASE nested_write")
            raise
        self.conn.execute("RELEASE nested_write")

    def _q(self, sql: str, params=()) -> list[sqlite3.Row]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as err:
            raise _error(err, self.path) from None

    def _x(self, sql: str, params=()) -> sqlite3.Cursor:
        try:
            return self.conn.execute(sql, params)
        except sqlite3.IntegrityError:
            raise
        except sqlite3.Error as err:
            raise _error(err, self.path) from None
