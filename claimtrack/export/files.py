"""Writing an export to disk so a reader never sees half a file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..errors import ClaimtrackError


class ExportError(ClaimtrackError):
    """The export could not be written; the message names the file."""

    exit_code = 1


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path`, then rename it over `path`.

    The rename is atomic on one file system, so `path` is either the old file or the
    whole new one, never a partial write; on any failure the temporary file is removed.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise ExportError(f"cannot write {path}: it is a folder")
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
