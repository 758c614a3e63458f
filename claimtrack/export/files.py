"""Writing an export to disk so a reader never sees half a file."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from ..errors import ClaimtrackError, InputError


class ExportError(ClaimtrackError):
    """The export could not be written; the message names the file."""

    exit_code = 1


# Files beside the database that a write to a user-named path must never replace.
_DATABASE_FILES = ("", "-wal", "-shm", "-journal", ".update-lock")


def check_target(path: Path, *, force: bool = False, database: Path | None = None) -> None:
    """Refuse, before any work, a file the user named that must not be replaced: the
    tracker's own database or the files beside it, anything that is not a regular
    file (a symbolic link, a folder, a device, a fifo), and an existing file without
    `force`. InputError (exit 2) naming the file and the reason."""
    path = Path(path)
    if database is not None and _is_database_file(path, Path(database)):
        raise InputError(f"{path} is the tracker's database {database} (or a file beside it); choose another file")
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as err:
        raise InputError(f"cannot write {path}: {err.strerror}") from None
    if stat.S_ISLNK(mode):
        raise InputError(f"{path} is a symbolic link; name the file itself")
    if stat.S_ISDIR(mode):
        raise InputError(f"cannot write {path}: it is a folder")
    if not stat.S_ISREG(mode):
        raise InputError(f"{path} is not a regular file (a device, fifo or socket); it is never replaced")
    if not force:
        raise InputError(f"{path} exists; use --force to replace it")


def _is_database_file(path: Path, database: Path) -> bool:
    target = path.resolve()
    for suffix in _DATABASE_FILES:
        other = Path(f"{database}{suffix}")
        if target == other.resolve():
            return True
        try:  # a hard link to the database is the database too
            if os.path.samefile(path, other):
                return True
        except OSError:
            pass
    return False


def write_atomic(path: Path, data: bytes, *, force: bool = False, database: Path | None = None) -> None:
    """Write `data` to a temporary file beside `path`, then rename it over `path`.

    The rename is atomic on one file system, so `path` is either the old file or the
    whole new one, never a partial write; on any failure the temporary file is removed.
    `force` and `database` are as for `check_target`, checked again just before writing.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    check_target(path, force=force, database=database)
    try:
        handle, temp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as err:
        raise ExportError(f"cannot write {path}: {err.strerror}") from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, _file_mode(path))
        os.replace(temp, path)
    except BaseException as err:
        Path(temp).unlink(missing_ok=True)
        if isinstance(err, OSError):
            raise ExportError(f"cannot write {path}: {err.strerror or err}") from None
        raise


def _file_mode(path: Path) -> int:
    # mkstemp creates 0600; give the export the mode a plain open() would have.
    if path.exists():
        return path.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
