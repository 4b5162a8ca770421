"""The frozen executable's other roles: the demo's sandbox, and multiprocessing's processes.

A frozen app has no `python -m approval_console.sandbox`, so the demo starts its own executable
with this flag first, and the command line hands over to the sandbox. The flag lives here, below
both the command line (`__main__`) and the demo launcher (`demo`), which each need it.

Nor has it a Python for `multiprocessing` to start: an export's process is another copy of the
executable, and so is the resource tracker multiprocessing starts beside it. Those copies must
import multiprocessing before anything else; every other start needs it only for an export, and
importing it first (with pickle, socket and subprocess) cost a normal start about 8 ms, 4 % of
its time to the first paint. `started_by_multiprocessing` tells the two apart, for `__main__`
and for the bundle's runtime hook (packaging/rthooks/multiprocessing_on_demand.py).
"""

from __future__ import annotations

SANDBOX_FLAG = "--run-sandbox"  # first argument of the frozen executable: be the sandbox


def started_by_multiprocessing(argv: list[str]) -> bool:
    """Whether multiprocessing started this copy of the executable: a spawned process (its
    `--multiprocessing-fork` first) or a helper (the resource tracker: Python flags, then `-c`
    and its code). The app's own command line takes neither."""
    return argv[1:2] == ["--multiprocessing-fork"] or "-c" in argv[1:]
