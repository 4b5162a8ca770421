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
from approval_console.core.i18n import translate
from approval_console.ui.dialog_host import DialogHost
from approval_console.ui.dialogs.confirm import KEEP
from approval_console.ui.wording import with_number


def told_customer(tells: bool | None) -> str:
    """Whether the customer is told, as a sentence after another (with its leading space);
    nothing where the backend cannot say."""
    if tells is None:
        return ""
    if tells:
        return " " + translate("Review", "The customer is told.")
    return " " + translate("Review", "The customer is not told.")


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
    cancel = action is OrderActionKind.CANCEL
    keep = translate("Review", "Not now")
    count = len(ready)
    if count == 1:
        account_id, order = ready[0]
        told = told_customer(tells(account_id, action))
        if cancel:
            text = translate("Review", "Cancel order {order}?")
            go, keep = translate("Review", "Cancel order"), KEEP
        else:
            text = translate("Review", "Approve order {order}?")
            go = translate("Review", "Approve")
        text = text.format(order=order.name) + told
    elif cancel:
        text = translate("Review", "Cancel %n order(s)?", None, count)
        go = translate("Review", "Cancel %n order(s)", None, count)
        keep = translate("Review", "Keep them")
    else:
        text = translate("Review", "Approve %n order(s)?", None, count)
        go = translate("Review", "Approve %n", "orders", count)
    text, go = with_number(text, count), with_number(go, count)
    details = []
    by_account = Counter(account_id for account_id, _order in ready)
    if several or len(by_account) > 1:
        for account_id, here in by_account.items():
            told_here = tells(account_id, action)
            if told_here is None or count <= 1:
                line = translate("Review", "%n from {account}.", None, here)
            elif told_here:
                line = translate("Review", "%n from {account}: the customers are told.", None, here)
            else:
                line = translate(
                    "Review", "%n from {account}: the customers are not told.", None, here
                )
            details.append(line.format(account=name(account_id)))
    left = sum(refused.values())
    if left:
        line = translate("Review", "%n selected is left as it is: {reasons}", None, left)
        details.append(line.format(reasons=" ".join(refused)))
    if cancel:
        many, one = translate("Review", "Cancel orders"), translate("Review", "Cancel order")
    else:
        many, one = translate("Review", "Approve orders"), translate("Review", "Approve order")
    title = many if count > 1 else one
    return Question(title, text, go, keep, "\n".join(details), safe_default=cancel)
