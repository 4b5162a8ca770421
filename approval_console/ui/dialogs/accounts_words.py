"""The words of the accounts dialog that are set once, said again after a language change.

Kept apart from the dialog's behaviour so that each module stays short; the catalogue context
is the dialog's own ("AccountsDialog"), as if written in it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from approval_console.ui.dialogs.accounts import AccountsDialog


def retranslate(dialog: AccountsDialog) -> None:
    """Title, banner, buttons, headers, labels and placeholders, in the person's language."""
    dialog.setWindowTitle(QCoreApplication.translate("AccountsDialog", "Accounts"))
    dialog.banner.setText(
        dialog._keyring_problem
        or QCoreApplication.translate(
            "AccountsDialog",
            "No usable system keyring was found, so API keys cannot be stored safely and "
            "nothing can be saved here. Install or unlock a keyring (for example GNOME "
            "Keyring or KWallet), then open this window again.",
        )
    )
    dialog.close_button.setText(QCoreApplication.translate("AccountsDialog", "Close"))
    dialog.table.setHeaderLabels(
        [
            QCoreApplication.translate("AccountsDialog", "Name"),
            QCoreApplication.translate("AccountsDialog", "Backend"),
            QCoreApplication.translate("AccountsDialog", "Base URL"),
        ]
    )
    dialog.empty_label.setText(
        QCoreApplication.translate(
            "AccountsDialog", "No accounts yet. Add one to start reviewing orders."
        )
    )
    dialog.add_button.setText(QCoreApplication.translate("AccountsDialog", "Add…"))
    dialog.edit_button.setText(QCoreApplication.translate("AccountsDialog", "Edit…"))
    dialog.remove_button.setText(QCoreApplication.translate("AccountsDialog", "Remove"))
    dialog.test_button.setText(QCoreApplication.translate("AccountsDialog", "Test"))
    dialog.test_button.setToolTip(
        QCoreApplication.translate(
            "AccountsDialog", "Connect with the stored key and read the status list"
        )
    )
    dialog.confirm_remove_button.setText(
        QCoreApplication.translate("AccountsDialog", "Remove account")
    )
    dialog.confirm_keep_button.setText(QCoreApplication.translate("AccountsDialog", "Keep"))
    dialog.name_edit.setPlaceholderText(
        QCoreApplication.translate("AccountsDialog", "For example: Northwind Workshop")
    )
    dialog.user_edit.setPlaceholderText(
        QCoreApplication.translate("AccountsDialog", "The user the API is reached as")
    )
    dialog.show_key.setText(QCoreApplication.translate("AccountsDialog", "Show"))
    dialog.key_hint.setText(
        QCoreApplication.translate(
            "AccountsDialog", "The key is kept in the system keyring, never in a file."
        )
    )
    for field, label in (
        (dialog.backend_combo, QCoreApplication.translate("AccountsDialog", "Backend:")),
        (dialog.name_edit, QCoreApplication.translate("AccountsDialog", "Name:")),
        (dialog.url_edit, QCoreApplication.translate("AccountsDialog", "Base URL:")),
        (dialog.user_edit, QCoreApplication.translate("AccountsDialog", "User name:")),
    ):
        found = dialog._form.labelForField(field)
        if isinstance(found, QLabel):
            found.setText(label)
    dialog.form_test_button.setText(QCoreApplication.translate("AccountsDialog", "Test connection"))
    dialog.form_test_button.setToolTip(
        QCoreApplication.translate(
            "AccountsDialog", "Connect with these settings without saving them"
        )
    )
    dialog.form_cancel_button.setText(QCoreApplication.translate("AccountsDialog", "Cancel"))
    dialog.save_button.setText(QCoreApplication.translate("AccountsDialog", "Save"))
    dialog.refused_label.setText(
        QCoreApplication.translate(
            "AccountsDialog",
            "<b>The server refused this key: save anyway?</b><br>Until the key is fixed, "
            "the console cannot read this account's orders.",
        )
    )
    dialog.keep_editing_button.setText(QCoreApplication.translate("AccountsDialog", "Keep editing"))
    dialog.save_anyway_button.setText(QCoreApplication.translate("AccountsDialog", "Save anyway"))
