"""What the review queue asks before a decision: one question for the whole of it.

How many orders, from which accounts, whether their customers are told, and what is left as it
is. A cancel's default is "Keep it", so Enter never cancels; an approval of several goes ahead on
Enter, as it is the everyday answer and destroys nothing. Asked through the window's
`DialogHost`, as every confirmation is.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from approval_console.core.changes import OrderActionKind
from approval_console.core.domain import Order
from approval_console.services.review import TOLD_CUSTOMER
from approval_console.ui.dialog_host import DialogHost
from approval_console.ui.dialogs.confirm import KEEP
from approval_console.ui.wording import agree

VERBS = {
    OrderActionKind.APPROVE: ("Approve", "approved"),
    OrderActionKind.CANCEL: ("Cancel", "canceled"),
}


def told_customer(tells: bool | None) -> str:
    """Whether the customer is told, as a sentence; nothing where the backend cannot say."""
    return "" if tells is None else TOLD_CUSTOMER[tells]


def left_as_is(count: int) -> str:
    """What happens to the selected orders that cannot take the decision: nothing."""
    return agree(count, "is left as it is", "are left as they are")


@dataclass(frozen=True)
class Question:
    """A confirmation to ask: its title, question, go-ahead and keep buttons, and details."""

    title: str
    text: str
    go: str
    keep: str
    details: str
    safe_default: bool

    def ask(
        self, dialogs: DialogHost, *, then: Callable[[], None], after: Callable[[], None]
    ) -> None:
        dialogs.confirm(
            self.title,
            self.text,
            self.go,
            then,
            keep=self.keep,
            details=self.details,
            safe_default=self.safe_default,
            after=after,
        )


def decision_question(
    ready: list[tuple[str, Order]],
    refused: dict[str, int],
    action: OrderActionKind,
    *,
    several: bool,
    name: Callable[[str], str],
    tells: Callable[[str, OrderActionKind], bool | None],
) -> Question:
    """The question for `action` on the `ready` (account id, order) pairs; `refused` counts
    the selected orders left out, by reason. `name` and `tells` give each account's name and
    whether its customers are told."""
    verb = VERBS[action][0]
    cancel = action is OrderActionKind.CANCEL
    keep = "Not now"
    if len(ready) == 1:
        account_id, order = ready[0]
        told = told_customer(tells(account_id, action))
        text = f"{verb} order {order.name}?" + told
        go = f"{verb} order" if cancel else verb
        if cancel:
            keep = KEEP
    else:
        text = f"{verb} {len(ready)} orders?"
        go = f"{verb} {len(ready)} orders" if cancel else f"{verb} {len(ready)}"
        if cancel:
            keep = "Keep them"
    details = []
    by_account = Counter(account_id for account_id, _order in ready)
    if several or len(by_account) > 1:
        for account_id, count in by_account.items():
            told_here = tells(account_id, action)
            line = f"{count} from {name(account_id)}"
            if told_here is not None and len(ready) > 1:
                line += ": the customers are told" if told_here else ": the customers are not told"
            details.append(line + ".")
    left = sum(refused.values())
    if left:
        details.append(f"{left} selected {left_as_is(left)}: " + " ".join(refused))
    title = f"{verb} {'orders' if len(ready) > 1 else 'order'}"
    return Question(title, text, go, keep, "\n".join(details), safe_default=cancel)
