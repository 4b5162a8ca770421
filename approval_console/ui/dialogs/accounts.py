"""Add, edit, test and remove the accounts the console talks to.

Keys go to the OS keyring and nowhere else: with no usable keyring the dialog says so, disables
saving and stores nothing. Testing a connection runs on the event loop through the `TaskRunner`
(never a blocking call on the GUI thread), and removal is confirmed inline rather than in a
stacked modal box, which would break qasync.

A key the server just refused is not saved without a word: Save then asks, inline, whether to
save it anyway, with "Keep editing" as the default (see `AccountsDialog._save`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from approval_console.app import Console
from approval_console.core.accounts import Account
from approval_console.core.backends import BACKENDS, Backend
from approval_console.core.errors import (
    AuthenticationError,
    KeyringUnavailableError,
    PermissionDeniedError,
)
from approval_console.core.log import MASK, register_secret
from approval_console.core.settings import new_account_id, url_problem
from approval_console.ui.dialogs.accounts_history import HistoryChoice
from approval_console.ui.dialogs.accounts_words import retranslate
from approval_console.ui.dialogs.live_text import LiveText, say_message
from approval_console.ui.language import follow_language
from approval_console.ui.runtime import TaskRunner, explain
from approval_console.ui.tones import Tone, set_tone, style_notice
from approval_console.ui.widgets.transient import show_message
from approval_console.ui.wording import with_number

TEST_TASK_KEY = "accounts-dialog-test"


def _fingerprint(account: Account, key: str) -> str:
    """What a test result is about (where, as whom, with which key), without keeping the key."""
    settings = json.dumps([account.backend, account.base_url, account.options], sort_keys=True)
    return hashlib.sha256(f"{settings}\0{key}".encode()).hexdigest()


def _backend_title(backend: str) -> str:
    known = BACKENDS.get(backend)
    return known.title if known is not None else backend


class AccountsDialog(QDialog):
    """The account list and its edit form, on one non-blocking dialog."""

    accountsChanged = Signal()
    accountSaved = Signal(str)  # the account added or edited (its id), before accountsChanged

    def __init__(self, console: Console, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.console = console
        self.runner = runner
        self._editing: Account | None = None  # None while adding a new account
        self._confirming: str | None = None  # the account whose removal awaits a yes
        # Fingerprints (never the keys) of the settings a test saw refused, while open.
        self._refused: set[str] = set()
        self._warning_refusal = False  # Save asked "save anyway?" and awaits the answer
        self._previous_default_url = ""

        self.setMinimumSize(640, 400)
        self._keyring_problem: str | None = None  # the keyring's own words, once it failed

        self.banner = QLabel()
        self.banner.setObjectName("keyringBanner")
        self.banner.setWordWrap(True)
        self.banner.setMargin(8)
        style_notice(self.banner)
        self.banner.setVisible(False)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_list_page())
        self.stack.addWidget(self._build_form_page())

        self.message = QLabel()
        self.message.setObjectName("accountsMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setVisible(False)

        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)
        self.close_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.close_button.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(
            self.close_button, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)

        self._keyring_ok = self.console.secrets.available()
        self.banner.setVisible(not self._keyring_ok)
        # Messages written as things happen, said again in a new language.
        self.live = LiveText(self)
        self._reload()
        self._show_list()
        follow_language(self, self._retranslate)

    def _retranslate(self) -> None:
        retranslate(self)
        self._say_key_label()
        self._validate()

    def _secret_words(self) -> str:
        """What the backend signs in with ("API key", "password"), in the person's language."""
        return QCoreApplication.translate("Backend", self._secret_label)

    def _say_key_label(self) -> None:
        secret = self._secret_words()
        self.key_label.setText(
            self.tr("{secret}:").format(secret=f"{secret[:1].upper()}{secret[1:]}")
        )

    def _say(self, produce: Callable[[], str], kind: str = "info") -> None:
        say_message(self.live, self.message, produce, kind)

    # -- building ------------------------------------------------------------------------

    def _build_list_page(self) -> QWidget:
        page = QWidget()
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        header = self.table.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 200)
        self.table.setColumnWidth(1, 110)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda *_: self._edit_selected())

        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_tone(self.empty_label, Tone.CAPTION)

        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.remove_button = QPushButton()
        self.test_button = QPushButton()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button, self.test_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.add_button.clicked.connect(self.start_adding)
        self.edit_button.clicked.connect(self._edit_selected)
        self.remove_button.clicked.connect(self._ask_remove)
        self.test_button.clicked.connect(self._test_selected)

        self.confirm_frame = QFrame()
        self.confirm_frame.setObjectName("removeConfirm")
        style_notice(self.confirm_frame)
        self.confirm_label = QLabel()
        self.confirm_label.setWordWrap(True)
        self.confirm_remove_button = QPushButton()
        self.confirm_keep_button = QPushButton()
        confirm = QHBoxLayout(self.confirm_frame)
        confirm.addWidget(self.confirm_label, 1)
        for button in (self.confirm_remove_button, self.confirm_keep_button):
            button.setAutoDefault(False)
            confirm.addWidget(button)
        self.confirm_remove_button.clicked.connect(self._confirm_remove)
        self.confirm_keep_button.clicked.connect(self._cancel_remove)
        self.confirm_frame.setVisible(False)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.confirm_frame)
        layout.addLayout(buttons)
        return page

    def _build_form_page(self) -> QWidget:
        page = QWidget()
        self.form_title = QLabel()
        font = self.form_title.font()
        font.setBold(True)
        self.form_title.setFont(font)

        self.backend_combo = QComboBox()
        for backend in BACKENDS.values():
            self.backend_combo.addItem(backend.title, backend.key)
        self.backend_combo.currentIndexChanged.connect(self._backend_changed)

        self.name_edit = QLineEdit()
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://app.example.com")
        self.url_error = QLabel()
        self.url_error.setWordWrap(True)
        self.url_error.setVisible(False)

        self.user_edit = QLineEdit()
        self.key_label = QLabel()
        self._secret_label = "API key"  # the backend's word, translated where shown
        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.show_key = QCheckBox()
        self.show_key.toggled.connect(self._toggle_key_visible)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.show_key)
        self.key_hint = QLabel()
        self.key_hint.setWordWrap(True)
        set_tone(self.key_hint, Tone.CAPTION)

        form = QFormLayout()
        self._form = form
        form.addRow("Backend:", self.backend_combo)
        form.addRow("Name:", self.name_edit)
        form.addRow("Base URL:", self.url_edit)
        form.addRow("", self.url_error)
        form.addRow("User name:", self.user_edit)
        form.addRow(self.key_label, key_row)
        form.addRow("", self.key_hint)
        self.history = HistoryChoice()  # how much of the account's orders is read
        form.addRow(self.history.label, self.history)

        self.form_test_button = QPushButton()
        self.form_cancel_button = QPushButton()
        self.save_button = QPushButton()
        self.form_hint = QLabel()
        set_tone(self.form_hint, Tone.CAPTION)
        for button in (self.form_test_button, self.form_cancel_button):
            button.setAutoDefault(False)
        self.save_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.form_test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.form_hint)
        buttons.addWidget(self.form_cancel_button)
        buttons.addWidget(self.save_button)
        self.form_test_button.clicked.connect(self._test_form)
        self.form_cancel_button.clicked.connect(self._cancel_form)
        self.save_button.clicked.connect(self._save)

        for edit in (self.name_edit, self.url_edit, self.user_edit, self.key_edit):
            edit.textChanged.connect(self._form_edited)

        self.refused_frame = QFrame()
        self.refused_frame.setObjectName("refusedConfirm")
        style_notice(self.refused_frame)
        self.refused_label = QLabel()
        self.refused_label.setWordWrap(True)
        self.keep_editing_button = QPushButton()
        self.save_anyway_button = QPushButton()
        # Default only while it asks: an auto-default button, even hidden, would take Enter
        # away from Save when the dialog picks its default on showing.
        self.keep_editing_button.setAutoDefault(False)
        self.save_anyway_button.setAutoDefault(False)
        refused = QHBoxLayout(self.refused_frame)
        refused.addWidget(self.refused_label, 1)
        refused.addWidget(self.keep_editing_button)
        refused.addWidget(self.save_anyway_button)
        self.keep_editing_button.clicked.connect(self._keep_editing)
        self.save_anyway_button.clicked.connect(lambda: self._save(refusal_confirmed=True))
        self.refused_frame.setVisible(False)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form_title)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.refused_frame)
        layout.addLayout(buttons)
        return page

    # -- the list ------------------------------------------------------------------------

    def _reload(self, select: str | None = None) -> None:
        self.table.clear()
        for account in self.console.settings.accounts:
            item = QTreeWidgetItem(
                [account.name, _backend_title(account.backend), account.base_url]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, account.id)
            item.setToolTip(2, account.base_url)
            self.table.addTopLevelItem(item)
            if account.id == select:
                self.table.setCurrentItem(item)
        has_accounts = self.table.topLevelItemCount() > 0
        self.table.setVisible(has_accounts)
        self.empty_label.setVisible(not has_accounts)
        first = self.table.topLevelItem(0)
        if first is not None and self.table.currentItem() is None:
            self.table.setCurrentItem(first)
        self._selection_changed()

    def selected_account(self) -> Account | None:
        item = self.table.currentItem()
        if item is None or not item.isSelected():
            return None
        return self.console.settings.account(item.data(0, Qt.ItemDataRole.UserRole))

    def _selection_changed(self) -> None:
        if self._confirming is not None:
            self._cancel_remove()
        # An old test result or notice describes another row: it would mislead here.
        self.runner.cancel(TEST_TASK_KEY)
        show_message(self.message, "")
        self._update_list_buttons()

    def _update_list_buttons(self) -> None:
        chosen = self.selected_account() is not None and self._confirming is None
        self.add_button.setEnabled(self._confirming is None)
        for button in (self.edit_button, self.remove_button, self.test_button):
            button.setEnabled(chosen)

    def _show_list(self) -> None:
        self.key_edit.clear()
        self.show_key.setChecked(False)
        self._editing = None
        self.stack.setCurrentIndex(0)
        self.close_button.setVisible(True)
        self.table.setFocus()

    # -- the form ------------------------------------------------------------------------

    def start_adding(self) -> None:
        """The form for a new account, as the Add button opens it."""
        self._editing = None
        self.live.say(self.form_title, lambda: self.form_title.setText(self.tr("Add an account")))
        self.backend_combo.setEnabled(True)
        self.backend_combo.setCurrentIndex(0)
        self.name_edit.clear()
        backend = BACKENDS.get(self.backend_combo.currentData())
        self._previous_default_url = backend.default_url if backend else ""
        self.url_edit.setText(self._previous_default_url)
        self.user_edit.clear()
        self.key_edit.clear()
        self.history.show_account(None)
        self.live.say(
            self.key_edit,
            lambda: self.key_edit.setPlaceholderText(self.tr("Paste the API key or password")),
        )
        self._backend_changed()
        self._open_form()

    def start_editing(self, account_id: str) -> None:
        """The form of one account, ready for a new key (the window's "Check the key…")."""
        if self.console.settings.account(account_id) is None:
            return
        self._reload(select=account_id)
        self._edit_selected()
        self.key_edit.setFocus()

    def _edit_selected(self) -> None:
        account = self.selected_account()
        if account is None:
            return
        self._editing = account
        self.live.say(
            self.form_title,
            lambda: self.form_title.setText(self.tr("Edit “{name}”").format(name=account.name)),
        )
        index = self.backend_combo.findData(account.backend)
        if index < 0:
            self.backend_combo.addItem(account.backend, account.backend)
            index = self.backend_combo.count() - 1
        self.backend_combo.setCurrentIndex(index)
        # The key in the keyring belongs to this backend: changing it means a new account.
        self.backend_combo.setEnabled(False)
        self.name_edit.setText(account.name)
        self.url_edit.setText(account.base_url)
        known = BACKENDS.get(account.backend)
        self.user_edit.setText(
            account.options.get(known.user_option, "") if known and known.user_option else ""
        )
        self._backend_changed()
        self.key_edit.clear()
        self.history.show_account(account)
        self.live.say(
            self.key_edit,
            lambda: self.key_edit.setPlaceholderText(self.tr("Leave empty to keep the stored key")),
        )
        self._open_form()

    def _open_form(self) -> None:
        show_message(self.message, "")
        self._hide_refusal_warning()
        self.show_key.setChecked(False)
        self.stack.setCurrentIndex(1)
        self.close_button.setVisible(False)
        self._validate()
        self.name_edit.setFocus()

    def _cancel_form(self) -> None:
        self.runner.cancel(TEST_TASK_KEY)
        show_message(self.message, "")
        self._hide_refusal_warning()
        self._show_list()

    def _backend(self) -> Backend | None:
        return BACKENDS.get(self.backend_combo.currentData())

    def _backend_changed(self) -> None:
        """Ask for what the backend signs in with; follow its default address unless the
        user typed their own."""
        backend = self._backend()
        self._form.setRowVisible(self.user_edit, bool(backend and backend.user_option))
        self._secret_label = backend.secret_label if backend else "API key"
        self._say_key_label()
        if backend is None or self._editing is not None:
            return
        current = self.url_edit.text().strip()
        if not current or current == self._previous_default_url:
            self.url_edit.setText(backend.default_url)
        self._previous_default_url = backend.default_url

    def _toggle_key_visible(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.key_edit.setEchoMode(mode)

    def _form_account(self) -> Account:
        name = self.name_edit.text().strip()
        url = self.url_edit.text().strip().rstrip("/")
        known = self._backend()
        user_option = known.user_option if known else None
        if self._editing is not None:
            options = dict(self._editing.options)
            if user_option:
                options[user_option] = self.user_edit.text().strip()
            options = self.history.apply(options)
            return replace(self._editing, name=name, base_url=url, options=options)
        backend = str(self.backend_combo.currentData())
        options = {user_option: self.user_edit.text().strip()} if user_option else {}
        options = self.history.apply(options)
        return Account(
            id=new_account_id(backend), backend=backend, name=name, base_url=url, options=options
        )

    def _form_edited(self) -> None:
        """A test result for values no longer in the form would mislead: drop it (and the
        question about a refusal that may no longer apply)."""
        self.runner.cancel(TEST_TASK_KEY)
        show_message(self.message, "")
        self._hide_refusal_warning()
        self._validate()

    def _validate(self) -> None:
        """Inline: the address as it is typed, and what Save still needs."""
        problem = url_problem(self.url_edit.text())
        show_message(self.url_error, problem or "", "error")
        needs: str | None = None
        backend = self._backend()
        if not self.name_edit.text().strip():
            needs = self.tr("Enter a name.")
        elif backend is not None and backend.user_option and not self.user_edit.text().strip():
            needs = self.tr("Enter the user name.")
        elif problem is not None:
            needs = self.tr("Fix the address.")
        elif self._editing is None and not self.key_edit.text().strip():
            needs = self.tr("Enter the {secret}.").format(secret=self._secret_words())
        key_available = bool(self.key_edit.text().strip()) or self._editing is not None
        self.form_test_button.setEnabled(problem is None and key_available)
        if not self._keyring_ok:
            needs = self.tr("No keyring: saving is off.")
        # While "save anyway?" is asked, the question's own buttons answer it.
        self.save_button.setEnabled(needs is None and not self._warning_refusal)
        self.form_hint.setText(needs or "")

    def _save(self, *, refusal_confirmed: bool = False) -> None:
        """Store the account; a key a test just saw refused is saved only after a yes.

        Warn rather than refuse: a careful operator may know better than one answer (a key
        issued a minute ago and not yet active, a server refusing everyone for a moment), and
        an account that cannot save blocks the rest of their setup. But saving it silently
        means discovering it later as an empty list, so Save stops and asks, inline, with
        "Keep editing" as the default button so that Enter does the safe thing. A key never
        tested is saved as it is; if the server refuses it on first use, the window says so
        where the list should be, with a button back to this form.
        """
        if self._warning_refusal and not refusal_confirmed:
            return
        self._hide_refusal_warning()
        self._validate()
        if not self.save_button.isEnabled():
            return
        account = self._form_account()
        key = self.key_edit.text().strip()
        try:
            # Editing with an empty key keeps the stored one; writing it back through
            # `add_account` also drops the console's cached connector for the old address.
            secret = key or (self.console.secrets.get(account.id) if self._editing else None)
            if not secret:
                self._say(
                    lambda: self.tr("No key is stored for this account: enter its API key."),
                    "error",
                )
                return
            if not refusal_confirmed and _fingerprint(account, secret) in self._refused:
                self._ask_about_refusal()
                return
            register_secret(secret)
            self.console.add_account(account, secret)
        except KeyringUnavailableError as error:
            self._keyring_lost(error.message)
            return
        added = self._editing is None
        self._show_list()
        self._reload(select=account.id)
        self._say(
            lambda: (self.tr("Added “{name}”.") if added else self.tr("Saved “{name}”.")).format(
                name=account.name
            ),
            "ok",
        )
        self.accountSaved.emit(account.id)
        self.accountsChanged.emit()

    def _ask_about_refusal(self) -> None:
        self._warning_refusal = True
        self.refused_frame.setVisible(True)
        self.keep_editing_button.setDefault(True)  # Enter keeps editing: the safe choice
        self.keep_editing_button.setFocus()
        self._validate()

    def _hide_refusal_warning(self) -> None:
        if not self._warning_refusal:
            return
        self._warning_refusal = False
        self.refused_frame.setVisible(False)
        self.save_button.setDefault(True)
        self._validate()

    def _keep_editing(self) -> None:
        """Back to the key, selected, so that pasting the right one replaces it."""
        self._hide_refusal_warning()
        self.key_edit.setFocus()
        self.key_edit.selectAll()

    def _keyring_lost(self, message: str) -> None:
        self._keyring_ok = False
        self._keyring_problem = message
        self.banner.setText(message)
        self.banner.setVisible(True)
        self._validate()
        self._say(lambda: self.tr("Nothing was saved."), "error")

    # -- testing -------------------------------------------------------------------------

    def _test_selected(self) -> None:
        account = self.selected_account()
        if account is None:
            return
        try:
            key = self.console.secrets.get(account.id)
        except KeyringUnavailableError as error:
            self._test_failed(error.message)
            return
        if not key:
            self._say(
                lambda: self.tr("No key is stored for “{name}”: edit it to add one.").format(
                    name=account.name
                ),
                "error",
            )
            return
        self._run_test(account, key)

    def _test_form(self) -> None:
        if url_problem(self.url_edit.text()) is not None:
            return
        account = self._form_account()
        key = self.key_edit.text().strip()
        if not key and self._editing is not None:
            try:
                key = self.console.secrets.get(account.id) or ""
            except KeyringUnavailableError as error:
                self._test_failed(error.message)
                return
        if not key:
            self._say(lambda: self.tr("Enter the API key to test the connection."), "error")
            return
        self._run_test(account, key)

    def _run_test(self, account: Account, key: str) -> None:
        register_secret(key)
        self._say(lambda: self.tr("Connecting to {address}…").format(address=account.base_url))
        fingerprint = _fingerprint(account, key)

        def done(count: int) -> None:
            self._refused.discard(fingerprint)
            self._say(
                lambda: with_number(self.tr("Connected: %n status(es).", "", count), count), "ok"
            )

        def failed(error: BaseException) -> None:
            said = explain(error).replace(key, MASK)
            if not isinstance(error, AuthenticationError | PermissionDeniedError):
                self._test_failed(said)
                return
            self._refused.add(fingerprint)
            self._say(
                lambda: self.tr("Test failed: the server refused this key ({reason})").format(
                    reason=said
                ),
                "error",
            )

        self.runner.start(
            self.console.ops.test_connection(account, key),
            key=TEST_TASK_KEY,
            context="Test connection",
            on_done=done,
            on_error=failed,
        )

    def _test_failed(self, reason: str) -> None:
        self._say(lambda: self.tr("Test failed: {reason}").format(reason=reason), "error")

    # -- removing ------------------------------------------------------------------------

    def _ask_remove(self) -> None:
        account = self.selected_account()
        if account is None:
            return
        self._confirming = account.id
        self.live.say(
            self.confirm_label,
            lambda: self.confirm_label.setText(
                self.tr("Remove “{name}”? Its API key is deleted from the system keyring.").format(
                    name=account.name
                )
            ),
        )
        self.confirm_frame.setVisible(True)
        self._update_list_buttons()
        self.confirm_keep_button.setFocus()

    def _cancel_remove(self) -> None:
        self._confirming = None
        self.confirm_frame.setVisible(False)
        self._update_list_buttons()

    def _confirm_remove(self) -> None:
        account_id = self._confirming
        account = self.console.settings.account(account_id) if account_id else None
        self._cancel_remove()
        if account is None:
            return
        self.runner.cancel(TEST_TASK_KEY)
        try:
            # The key goes first: an account is never removed leaving its secret behind.
            self.console.remove_account(account.id)
        except KeyringUnavailableError as error:
            said = error.message
            self._say(lambda: self.tr("Not removed: {reason}").format(reason=said), "error")
            return
        self._reload()
        self._say(lambda: self.tr("Removed “{name}”.").format(name=account.name), "ok")
        self.accountsChanged.emit()

    # -- closing -------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """A test still running would report into a closed dialog: stop it, forget the key."""
        self.runner.cancel(TEST_TASK_KEY)
        self.key_edit.clear()
        super().done(result)
