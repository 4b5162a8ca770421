"""The frozen executable's second role: it also serves the demo's sandbox.

A frozen app has no `python -m approval_console.sandbox`, so the demo starts its own executable
with this flag first, and the command line hands over to the sandbox. The flag lives here, below
both the command line (`__main__`) and the demo launcher (`demo`), which each need it.
"""

from __future__ import annotations

SANDBOX_FLAG = "--run-sandbox"  # first argument of the frozen executable: be the sandbox
