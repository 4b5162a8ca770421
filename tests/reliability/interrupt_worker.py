"""A console process for crash tests: starts a change and is killed by the test mid-flight.

Usage: python tests/reliability/interrupt_worker.py PROFILE URL (single|bulk) STATUS ORDER_ID...
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from approval_console.app import Console
from approval_console.core.changes import StatusChange
from approval_console.core.paths import Paths
from tests.helpers import DEMO_KEY, approvepro_account

ACCOUNT_ID = "ap-test"


async def main(profile: str, url: str, mode: str, status: str, order_ids: list[str]) -> None:
    console = Console(Paths.in_profile(Path(profile)))
    console.add_account(approvepro_account(url, ACCOUNT_ID, rate_window="0"), DEMO_KEY)
    connector = console.connector(ACCOUNT_ID)
    change = StatusChange(status, comment="Moved by a console that is about to die")
    print("started", flush=True)
    if mode == "single":
        await console.changes.apply(connector, order_ids[0], change)
    else:
        plan = await console.changes.plan_bulk(connector, order_ids, change)
        await console.changes.run_bulk(connector, plan)
    print("finished", flush=True)


if __name__ == "__main__":
    profile, url, mode, status, *ids = sys.argv[1:]
    asyncio.run(main(profile, url, mode, status, ids))
