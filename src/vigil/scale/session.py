"""Ray for Vigil: whether the optional extra is installed, and joining or starting a cluster.

Kept apart from `cluster` (the writer's side, which imports the registry and the near-copy
index) so that the CLI can check for Ray and start it before those heavy imports, and have
them done while Ray starts."""

from __future__ import annotations

import importlib
import logging
import os
import threading
from collections.abc import Sequence

__all__ = ["INSTALL", "connect", "ray_missing"]

INSTALL = "pip install 'vigil[ray]'"


def ray_missing() -> str | None:
    """A one-line remedy when the Ray extra is not installed, else None."""
    try:
        import pyarrow  # noqa: F401
        import ray  # noqa: F401
    except ImportError:
        return f"--engine ray and --from-stage need Ray, an optional extra: {INSTALL}"
    return None


def connect(address: str | None, *, num_cpus: int | None = None, warm: Sequence[str] = ()) -> bool:
    """Join the cluster at `address`, or start a local Ray (with `num_cpus`, else all the
    machine's); True when this call started it.

    `warm` names modules to import in a thread meanwhile: starting a local Ray is mostly
    waiting for its daemons, which leaves a small machine's second core half idle for seconds,
    and the writer's imports (about a second of CPU) fit there.

    Ray sends usage statistics to its makers unless told not to; Vigil makes no network call
    its user did not ask for, so it tells Ray not to (a user's own RAY_USAGE_STATS_ENABLED wins)."""
    import ray

    if ray.is_initialized():
        return False
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    importing = [threading.Thread(target=importlib.import_module, args=(name,)) for name in warm]
    for thread in importing:
        thread.start()
    try:
        ray.init(
            address=address,
            num_cpus=num_cpus,
            include_dashboard=False,
            logging_level=logging.ERROR,  # not Ray's notes on token auth for a local instance
            configure_logging=True,
            log_to_driver=False,
        )
    finally:
        for thread in importing:
            thread.join()
    return True
