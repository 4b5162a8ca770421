"""What "approve" and "cancel" mean for each account, so one review queue can decide for all.

Arlo and Spree know orders awaiting a decision and take an approve or cancel request. Apruve's
pending orders wait on their buyer: nobody at the console decides them, so the queue shows them
apart (to follow up on), and cancelling one stays an order action of the account's own list.
ApprovePro has no such notion, so the person marks which of the account's statuses need review
and which statuses approving and cancelling move an order to. Those marks live in the account's
options, and so do the last choices made in the queue for the account: notify the customer or
not, and who approves.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from approval_console.core.accounts import Account
from approval_console.core.backends import Capabilities, capabilities_of
from approval_console.core.changes import Change, OrderAction, OrderActionKind, StatusChange
from approval_console.core.domain import Order, Review
from approval_console.core.i18n import QT_TRANSLATE_NOOP, translate
from approval_console.core.labels import status_label, status_text

REVIEW_STATUSES = "review_statuses"  # comma-separated status codes that need review
APPROVE_STATUS = "review_approve_status"
CANCEL_STATUS = "review_cancel_status"
NOTIFY_CHOICE = "review_notify"  # "no" once the person stopped notifying customers of this account
CONTACT_CHOICE = "review_contact"  # the contact last recorded as approving this account's orders
WAITING_ON_BUYER = QT_TRANSLATE_NOOP("Review", "Waiting on the buyer — nothing to decide here.")
# Orders a review backend no longer asks a decision of, by their `Order.review`.
ALREADY_DECIDED = {
    Review.APPROVED: QT_TRANSLATE_NOOP("Review", "Already approved — nothing to decide here."),
    Review.CANCELED: QT_TRANSLATE_NOOP("Review", "Already canceled — nothing to decide here."),
}


class NoDecision(Exception):
    """This account cannot take this decision; the message says why, for the person."""


def review_statuses(account: Account) -> tuple[str, ...]:
    raw = account.options.get(REVIEW_STATUSES, "")
    return tuple(code for code in (part.strip() for part in raw.split(",")) if code)


def marked_statuses(accounts: list[Account]) -> dict[str, tuple[str, ...]]:
    """Per account, the statuses the person marked as needing review."""
    return {account.id: review_statuses(account) for account in accounts}


def decides_here(capabilities: Capabilities) -> bool:
    """Whether the orders this backend has awaiting a decision await the person at the console.

    Review backends (Arlo, Spree) ask the seller; status-based ones ask whoever marked the
    status. A B2B purchase order awaits its buyer instead: counting it as "needs review" only
    offered A and C on orders that nobody here can decide.
    """
    return capabilities.review or capabilities.status_changes


def deciding_accounts(accounts: Sequence[Account]) -> list[Account]:
    """The accounts whose awaiting orders need review here: the queue and its count."""
    return [account for account in accounts if decides_here(_capabilities(account))]


def waiting_accounts(accounts: Sequence[Account]) -> list[Account]:
    """The accounts whose awaiting orders wait on someone else (Apruve's buyers)."""
    return [
        account
        for account in accounts
        if _capabilities(account).order_actions and not decides_here(_capabilities(account))
    ]


def _capabilities(account: Account) -> Capabilities:
    """What the account's backend can do; a backend this version does not know decides nothing."""
    return capabilities_of(account.backend) or Capabilities(read_only=True)


def action_for(
    account: Account, capabilities: Capabilities, action: OrderActionKind
) -> OrderAction:
    """An approve, cancel or finalize of one of this account's orders, carrying the choices last
    made for the account in the review queue (notify the customer, who approves)."""
    if not capabilities.review:
        return OrderAction(action)
    contact = chosen_contact(account) if capabilities.review_options else None
    return OrderAction(action, notify=chosen_notify(account), contact_id=contact)


def decision(account: Account, capabilities: Capabilities, action: OrderActionKind) -> Change:
    """The change that approves or cancels an order of this account, or `NoDecision`."""
    if capabilities.review:
        return action_for(account, capabilities, action)
    if capabilities.order_actions:
        raise NoDecision(
            translate(
                "Review",
                "{account}: the buyer approves these orders; to withdraw one, cancel it in "
                "the account's own list.",
            ).format(account=account.name)
        )
    if capabilities.status_changes:
        option = APPROVE_STATUS if action is OrderActionKind.APPROVE else CANCEL_STATUS
        code = account.options.get(option)
        if not code:
            choose = (
                translate(
                    "Review",
                    "{account}: choose the status approving moves orders to, in Review settings.",
                )
                if action is OrderActionKind.APPROVE
                else translate(
                    "Review",
                    "{account}: choose the status cancelling moves orders to, in Review settings.",
                )
            )
            raise NoDecision(choose.format(account=account.name))
        notify = chosen_notify(account)
        return StatusChange(code, email_customer=notify, email_additional=notify)
    raise NoDecision(
        translate("Review", "{account} is read-only: orders cannot be decided here.").format(
            account=account.name
        )
    )


def why_undecided(
    account: Account, capabilities: Capabilities, order: Order, action: OrderActionKind
) -> str | None:
    """Why this order cannot take this decision here, in words; None when it can.

    Asked before anything is sent: an order nobody here can decide (one waiting on its buyer,
    one already approved, one in a status not marked for review) is never sent, so A or C on it
    can only explain, never end in a server's refusal.
    """
    name = status_label(order.status) if order.status else translate("Review", "No status")
    if capabilities.review:
        if order.review is not Review.AWAITING:
            decided = ALREADY_DECIDED.get(order.review) if order.review else None
            if decided:
                return translate("Review", decided)
            return translate("Review", "“{status}”: no decision is asked of it.").format(
                status=name
            )
    elif capabilities.status_changes:
        if order.status_code not in review_statuses(account):
            return translate(
                "Review", "“{status}” is not marked as needing review: nothing to decide here."
            ).format(status=name)
    elif order.review is Review.AWAITING:
        return (
            translate(
                "Review",
                "Waiting on the buyer — nothing to decide here. To withdraw it, cancel it in "
                "{account}'s own list.",
            ).format(account=account.name)
            if capabilities.order_actions
            else translate("Review", WAITING_ON_BUYER)
        )
    try:
        decision(account, capabilities, action)
    except NoDecision as refusal:
        return str(refusal)
    return None


def tells_customer(
    account: Account, capabilities: Capabilities, action: OrderActionKind
) -> bool | None:
    """Whether deciding this way tells the customer, by the account's choice; None where the
    account offers no such choice (Apruve's buyers follow their own orders)."""
    if capabilities.review_options or capabilities.status_changes:
        return chosen_notify(account)
    if capabilities.cancel_notify and action is OrderActionKind.CANCEL:
        return chosen_notify(account)
    return None


def decision_note(account: Account, capabilities: Capabilities) -> str:
    """What deciding one of this account's orders outside the queue does, in words: the
    choices it uses are made in the queue, so the order's own pane says them."""
    if not capabilities.review:
        return ""
    on_approve = tells_customer(account, capabilities, OrderActionKind.APPROVE)
    on_cancel = tells_customer(account, capabilities, OrderActionKind.CANCEL)
    if on_approve is None and on_cancel is None:
        return ""
    named = bool(capabilities.review_options and chosen_contact(account))
    if on_approve is not None:
        notes = {
            (True, False): QT_TRANSLATE_NOOP(
                "Review", "Approving or canceling tells the customer. Change this in Needs review."
            ),
            (False, False): QT_TRANSLATE_NOOP(
                "Review",
                "Approving or canceling does not tell the customer. Change this in Needs review.",
            ),
            (True, True): QT_TRANSLATE_NOOP(
                "Review",
                "Approving or canceling tells the customer, and approvals name the approving "
                "contact you chose. Change this in Needs review.",
            ),
            (False, True): QT_TRANSLATE_NOOP(
                "Review",
                "Approving or canceling does not tell the customer, and approvals name the "
                "approving contact you chose. Change this in Needs review.",
            ),
        }
        return translate("Review", notes[(on_approve, named)])
    cancel_notes = {
        (True, False): QT_TRANSLATE_NOOP(
            "Review", "Canceling tells the customer. Change this in Needs review."
        ),
        (False, False): QT_TRANSLATE_NOOP(
            "Review", "Canceling does not tell the customer. Change this in Needs review."
        ),
        (True, True): QT_TRANSLATE_NOOP(
            "Review",
            "Canceling tells the customer, and approvals name the approving contact you chose. "
            "Change this in Needs review.",
        ),
        (False, True): QT_TRANSLATE_NOOP(
            "Review",
            "Canceling does not tell the customer, and approvals name the approving contact "
            "you chose. Change this in Needs review.",
        ),
    }
    return translate("Review", cancel_notes[(bool(on_cancel), named)])


def why_awaiting(account: Account, capabilities: Capabilities, order: Order) -> str:
    """Why an order is in the queue, in words: the state's name alone often does not say."""
    status = order.status
    name = status_label(status) if status else translate("Review", "No status")
    if order.status_code and order.status_code in review_statuses(account):
        return translate("Review", "“{status}” is marked as needing review.").format(status=name)
    if capabilities.order_actions:
        return translate("Review", "Waiting for its buyer's approval.")
    if status and status.description:
        return status_text(status.description, status.code)
    return translate("Review", "{status}: awaiting a decision.").format(status=name)


def chosen_notify(account: Account) -> bool:
    return account.options.get(NOTIFY_CHOICE) != "no"


def chosen_contact(account: Account) -> str | None:
    return account.options.get(CONTACT_CHOICE) or None


def with_choices(account: Account, *, notify: bool, contact_id: str | None) -> Account:
    """The account remembering the last notify and approving-contact choices made for it."""
    return with_review_options(
        account, {NOTIFY_CHOICE: "yes" if notify else "no", CONTACT_CHOICE: contact_id or ""}
    )


def with_review_options(account: Account, options: Mapping[str, str]) -> Account:
    """The account with its review marks replaced (empty values removed)."""
    merged = {k: v for k, v in account.options.items() if k not in options}
    merged.update({k: v for k, v in options.items() if v})
    return Account(
        id=account.id,
        backend=account.backend,
        name=account.name,
        base_url=account.base_url,
        options=merged,
    )
