"""The merchant dialog's fixed words, said again after a language change.

Kept apart from the dialog's behaviour so that each module stays short; the catalogue context
is the dialog's own ("MerchantDialog"), as if written in it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from approval_console.core.errors import AuthenticationError, PermissionDeniedError
from approval_console.core.i18n import QT_TRANSLATE_NOOP
from approval_console.ui.runtime import explain

if TYPE_CHECKING:
    from approval_console.ui.dialogs.merchant import MerchantDialog

# Said in the person's language where shown (`_words`).
LOADING = QT_TRANSLATE_NOOP("MerchantDialog", "Loading…")
NO_ACCOUNT_SELECTED = QT_TRANSLATE_NOOP(
    "MerchantDialog", "Select a corporate account to see its authorized buyers."
)
Produce = Callable[[], str]  # words said again after a language change


def words(text: str) -> str:
    return QCoreApplication.translate("MerchantDialog", text)


def load_failure_text(error: BaseException, account_name: str) -> str:
    """What went wrong, and what the person can do about it."""
    said = explain(error)
    if isinstance(error, AuthenticationError | PermissionDeniedError):
        return QCoreApplication.translate(
            "MerchantDialog",
            "The server refused the API key of “{account}”. Check the key under Accounts, then "
            "try again.\n\nThe server said: {reason}",
        ).format(account=account_name, reason=said)
    return QCoreApplication.translate(
        "MerchantDialog", "The merchant could not be loaded.\n\n{reason}"
    ).format(reason=said)


def refusal_text(action: str, reason: str, *, maybe: bool, listed: bool) -> str:
    """A webhook change refused, and whether it may have reached the server all the same."""
    said = QCoreApplication.translate("MerchantDialog", "{action}: {reason}").format(
        action=action, reason=reason
    )
    if not maybe:
        return said
    if listed:
        return QCoreApplication.translate(
            "MerchantDialog",
            "{refusal} The request may have reached the server: check the list below.",
        ).format(refusal=said)
    return QCoreApplication.translate(
        "MerchantDialog", "{refusal} The request may have reached the server: use Reload to check."
    ).format(refusal=said)


def tab_titles(dialog: MerchantDialog) -> None:
    """The two tabs, with how many each holds once read."""
    accounts, webhooks = dialog._counts
    if accounts is None:
        first = QCoreApplication.translate("MerchantDialog", "Corporate accounts")
    else:
        first = QCoreApplication.translate("MerchantDialog", "Corporate accounts ({count})")
    if webhooks is None:
        second = QCoreApplication.translate("MerchantDialog", "Webhook endpoints")
    else:
        second = QCoreApplication.translate("MerchantDialog", "Webhook endpoints ({count})")
    dialog.tabs.setTabText(0, first.format(count=accounts))
    dialog.tabs.setTabText(1, second.format(count=webhooks))


def retranslate(dialog: MerchantDialog) -> None:
    """Title, tabs, headers, buttons, labels and placeholders in the person's language; the
    counts and the buyers' title are computed again from what is shown."""
    dialog.setWindowTitle(
        QCoreApplication.translate("MerchantDialog", "Merchant — {name}").format(
            name=dialog._title_name
        )
    )
    dialog.close_button.setText(QCoreApplication.translate("MerchantDialog", "Close"))
    dialog.retry_button.setText(QCoreApplication.translate("MerchantDialog", "Retry"))
    for caption, text in zip(
        dialog.captions,
        (
            QCoreApplication.translate("MerchantDialog", "Email"),
            QCoreApplication.translate("MerchantDialog", "Phone"),
            QCoreApplication.translate("MerchantDialog", "Web"),
        ),
        strict=True,
    ):
        caption.setText(text)
    tab_titles(dialog)
    dialog.filter.setPlaceholderText(
        QCoreApplication.translate("MerchantDialog", "Filter by account name or buyer email")
    )
    dialog.accounts_model.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("MerchantDialog", "Name"),
            QCoreApplication.translate("MerchantDialog", "Type"),
            QCoreApplication.translate("MerchantDialog", "Payment terms"),
            QCoreApplication.translate("MerchantDialog", "Buyers"),
        ]
    )
    dialog.buyers_model.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("MerchantDialog", "Name"),
            QCoreApplication.translate("MerchantDialog", "Email"),
        ]
    )
    dialog.webhooks_model.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("MerchantDialog", "URL"),
            QCoreApplication.translate("MerchantDialog", "Version"),
        ]
    )
    dialog.webhooks_intro.setText(
        QCoreApplication.translate(
            "MerchantDialog", "Apruve posts order and invoice notifications to these addresses."
        )
    )
    dialog.webhooks_empty.setText(
        QCoreApplication.translate(
            "MerchantDialog", "No webhook endpoints: Apruve notifies none of your systems."
        )
    )
    dialog.add_webhook.setText(QCoreApplication.translate("MerchantDialog", "Add…"))
    dialog.remove_webhook.setText(QCoreApplication.translate("MerchantDialog", "Remove"))
    dialog.reload_webhooks.setText(QCoreApplication.translate("MerchantDialog", "Reload"))
    dialog.reload_webhooks.setToolTip(
        QCoreApplication.translate("MerchantDialog", "Read the endpoints from the server again")
    )
    dialog.webhook_title.setText(
        QCoreApplication.translate("MerchantDialog", "New webhook endpoint")
    )
    dialog.webhook_auth.setPlaceholderText(
        QCoreApplication.translate("MerchantDialog", "Optional, e.g. Bearer <token>")
    )
    dialog.auth_hint.setText(
        QCoreApplication.translate(
            "MerchantDialog",
            "Sent by Apruve as the Authorization header. It is never shown again.",
        )
    )
    dialog.url_label.setText(QCoreApplication.translate("MerchantDialog", "URL:"))
    dialog.auth_label.setText(QCoreApplication.translate("MerchantDialog", "Auth header:"))
    dialog.cancel_webhook.setText(QCoreApplication.translate("MerchantDialog", "Cancel"))
    dialog.save_webhook.setText(QCoreApplication.translate("MerchantDialog", "Add endpoint"))
    dialog._filter_changed()  # the count and the buyers' title
