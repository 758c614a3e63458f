"""The command line: parse options, call one library function, render the result."""

from .app import app
from . import claims as _claims  # noqa: F401  (registers commands)
from . import reports as _reports  # noqa: F401
from . import export as _export  # noqa: F401
from . import entities as _entities  # noqa: F401
from . import merging as _merging  # noqa: F401
from . import extraction as _extraction  # noqa: F401
from . import feeds as _feeds  # noqa: F401
from . import web as _web  # noqa: F401


def main() -> None:
    app()
