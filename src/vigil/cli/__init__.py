"""The `vigil` command: a thin shell over the pipeline and the registry service.

Each command group lives in its own module and registers itself on `app`.
"""

from __future__ import annotations

from vigil.cli import backup as _backup  # noqa: F401
from vigil.cli import demo as _demo  # noqa: F401
from vigil.cli import evaluate as _evaluate  # noqa: F401
from vigil.cli import extract as _extract  # noqa: F401
from vigil.cli import names as _names  # noqa: F401
from vigil.cli import reconcile as _reconcile  # noqa: F401
from vigil.cli import registry as _registry  # noqa: F401
from vigil.cli import serve as _serve  # noqa: F401
from vigil.cli import watch as _watch  # noqa: F401
from vigil.cli import webhook as _webhook  # noqa: F401
from vigil.cli.app import app


def main() -> None:
    app()
