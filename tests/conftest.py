"""Shared fixtures; each concern keeps its own in `tests/fixtures/`."""

from tests.fixtures.database import *  # noqa: F403
from tests.fixtures.extraction import *  # noqa: F403
from tests.fixtures.http_server import *  # noqa: F403
from tests.fixtures.web import *  # noqa: F403
