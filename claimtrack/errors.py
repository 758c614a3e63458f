"""The project's own error types: every failure a user can cause is one of these."""


class ClaimtrackError(Exception):
    """Base class; the CLI turns it into one line on stderr and an exit code."""

    exit_code = 1


class InputError(ClaimtrackError):
    """A value the user gave is not acceptable (bad date, stance, empty text)."""

    exit_code = 2


class NotFound(ClaimtrackError):
    """A claim, response or entity id that does not exist."""

    exit_code = 1


class StoreError(ClaimtrackError):
    """The database cannot be opened, read or written."""

    exit_code = 1


class StoreBusy(StoreError):
    """Another process held the database longer than the busy timeout; try again later.

    Exit code 75 is EX_TEMPFAIL from sysexits.h, which cron wrappers know as 'retry'.
    """

    exit_code = 75


class ReadError(ClaimtrackError):
    """A report could not be read or parsed; the message names the input."""

    exit_code = 1
