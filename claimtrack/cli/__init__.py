"""The command line: parse options, call one library function, render the result."""

from .app import app
from . import claims as _claims  # noqa: F401  (registers commands)


def main() -> None:
    app()
