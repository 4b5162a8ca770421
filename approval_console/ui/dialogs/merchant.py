"""The Apruve merchant behind an account: who it is, its corporate accounts and their buyers,
and the webhook endpoints Apruve notifies.

The reading and the webhook changes are `MerchantService`'s (a change goes through the journal
like any other); this dialog runs them through the window's `TaskRunner`, so the GUI thread never
waits on the network, and closing the dialog cancels its reads. Every page of corporate accounts
is read (there is no server-side name search), so the filter box works on what is already here.

A webhook's auth header is a secret for the receiving system: it is typed into a password field,
registered with the log redactor before it is sent, and never shown back (the server returns it
with every listing; this dialog drops it).
"""

from __future__ import annotations

import html
from collections.abc import Awaitable, Callable
from typing import TypeVar

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt
from PySide6.QtGui import QShowEvent, QStandardItem
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from approval_console.core.billing import CorporateAccount, Merchant, WebhookEndpoint
from approval_console.core.errors import (
    ApiConnectionError,
)
from approval_console.core.labels import readable
from approval_console.services.merchant import (
    MerchantOverview,
    MerchantService,
    WebhookOutcome,
    webhook_url_problem,
)
from approval_console.ui.context import UiContext
from approval_console.ui.dialogs.live_text import LiveText, say_message
from approval_console.ui.dialogs.merchant_words import (
    LOADING,
    NO_ACCOUNT_SELECTED,
    Produce,
    load_failure_text,
    refusal_text,
    retranslate,
    tab_titles,
    words,
)
from approval_console.ui.language import follow_language
from approval_console.ui.runtime import explain
from approval_console.ui.tones import Tone, set_tone
from approval_console.ui.widgets.plain_table import plain_table, text_cell
from approval_console.ui.widgets.transient import show_message
from approval_console.ui.wording import number, with_number

T = TypeVar("T")

ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


class MerchantDialog(QDialog):
    """The merchant's details, corporate accounts with their buyers, and webhook endpoints."""

    def __init__(self, context: UiContext, account_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.account_id = account_id
        self._accounts: dict[str, CorporateAccount] = {}
        self._webhooks: dict[str, WebhookEndpoint] = {}
        self._started = False
        self._closed = False
        self._changing = False  # a webhook add/remove/reload is under way
        self._removing: WebhookEndpoint | None = None
        self.confirm_box: QMessageBox | None = None
        self.confirm_remove: QPushButton | None = None
        prefix = f"merchant-dialog-{id(self)}"
        self._load_key = f"{prefix}-load"
        self._webhooks_key = f"{prefix}-webhooks"

        account = context.console.settings.account(account_id)
        self._account_name = account.name if account is not None else account_id
        self._title_name = self._account_name  # the merchant's own name, once read
        self._said: Produce = lambda: ""  # what the message line says now
        self._counts: tuple[int | None, int | None] = (None, None)  # accounts, webhooks
        self.setMinimumSize(720, 520)
        self.resize(820, 620)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_status_page())
        self.stack.addWidget(self._build_content_page())

        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)
        follow_language(self, lambda: retranslate(self))
        # Lines written as things happen, said again from the same state after a change.
        self.live = LiveText(self)

    # -- building ------------------------------------------------------------------------

    def _build_status_page(self) -> QWidget:
        page = QWidget()
        self.load_status = QLabel(words(LOADING))
        self.load_status.setObjectName("merchantLoadStatus")
        self.load_status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.load_status.setWordWrap(True)
        self.load_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton()
        self.retry_button.setAutoDefault(False)
        self.retry_button.setVisible(False)
        self.retry_button.clicked.connect(self.reload)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(80, 0, 80, 0)  # long lines are hard to read
        layout.setSpacing(12)
        layout.addStretch(1)
        layout.addWidget(self.load_status)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        return page

    def _build_content_page(self) -> QWidget:
        page = QWidget()
        self.merchant_name = QLabel()
        self.merchant_name.setObjectName("merchantName")
        self.merchant_name.setStyleSheet(
            "QLabel#merchantName { font-size: 15pt; font-weight: 600; }"
        )
        self.merchant_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.merchant_email = self._detail_label()
        self.merchant_phone = self._detail_label()
        self.merchant_web = self._detail_label()
        self.merchant_web.setTextFormat(Qt.TextFormat.RichText)
        self.merchant_web.setOpenExternalLinks(True)
        self.merchant_web.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        details = QFormLayout()
        details.setContentsMargins(0, 2, 0, 6)
        details.setHorizontalSpacing(12)
        details.setVerticalSpacing(2)
        self.captions = [self._caption() for _ in range(3)]  # email, phone, web
        details.addRow(self.captions[0], self.merchant_email)
        details.addRow(self.captions[1], self.merchant_phone)
        details.addRow(self.captions[2], self.merchant_web)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_accounts_tab(), "")
        self.tabs.addTab(self._build_webhooks_tab(), "")

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.merchant_name)
        layout.addLayout(details)
        layout.addWidget(self.tabs, 1)
        return page

    @staticmethod
    def _detail_label() -> QLabel:
        label = QLabel()
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    @staticmethod
    def _caption() -> QLabel:
        label = QLabel()
        set_tone(label, Tone.CAPTION)
        return label

    def _build_accounts_tab(self) -> QWidget:
        page = QWidget()
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        self.accounts_count = QLabel()
        set_tone(self.accounts_count, Tone.CAPTION)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.accounts_count)

        self.accounts_table, self.accounts_model = plain_table(["", "", "", ""])
        self.accounts_proxy = QSortFilterProxyModel(self)
        self.accounts_proxy.setSourceModel(self.accounts_model)
        self.accounts_proxy.setFilterRole(SEARCH_ROLE)
        self.accounts_proxy.setFilterKeyColumn(0)
        self.accounts_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.accounts_proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.accounts_table.setModel(self.accounts_proxy)
        self.accounts_table.setSortingEnabled(True)
        self.accounts_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.accounts_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.accounts_table.selectionModel().selectionChanged.connect(self._account_selected)

        self.buyers_title = QLabel()
        self.buyers_title.setWordWrap(True)
        self.buyers_table, self.buyers_model = plain_table(["", ""])
        buyers_header = self.buyers_table.horizontalHeader()
        buyers_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        buyers_header.setStretchLastSection(True)
        self.buyers_table.setColumnWidth(0, 240)
        buyers = QWidget()
        buyers_layout = QVBoxLayout(buyers)
        buyers_layout.setContentsMargins(0, 6, 0, 0)
        buyers_layout.addWidget(self.buyers_title)
        buyers_layout.addWidget(self.buyers_table, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.accounts_table)
        splitter.addWidget(buyers)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        return page

    def _build_webhooks_tab(self) -> QWidget:
        page = QWidget()
        self.webhooks_intro = intro = QLabel()
        intro.setWordWrap(True)
        set_tone(intro, Tone.CAPTION)
        self.webhooks_table, self.webhooks_model = plain_table(["", ""])
        header = self.webhooks_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.webhooks_table.selectionModel().selectionChanged.connect(self._update_webhook_buttons)
        self.webhooks_empty = QLabel()
        set_tone(self.webhooks_empty, Tone.CAPTION)
        self.webhooks_empty.setVisible(False)

        self.add_webhook = QPushButton()
        self.remove_webhook = QPushButton()
        self.reload_webhooks = QPushButton()
        buttons = QHBoxLayout()
        for button in (self.add_webhook, self.remove_webhook):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.reload_webhooks.setAutoDefault(False)
        buttons.addWidget(self.reload_webhooks)
        self.add_webhook.clicked.connect(self._open_webhook_form)
        self.remove_webhook.clicked.connect(self._ask_remove_webhook)
        self.reload_webhooks.clicked.connect(self._reload_webhooks)

        self.message = QLabel()
        self.message.setObjectName("merchantMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setVisible(False)

        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.webhooks_table, 1)
        layout.addWidget(self.webhooks_empty)
        layout.addLayout(buttons)
        layout.addWidget(self._build_webhook_form())
        layout.addWidget(self.message)
        return page

    def _build_webhook_form(self) -> QFrame:
        self.webhook_form = QFrame()
        self.webhook_form.setObjectName("webhookForm")
        self.webhook_form.setFrameShape(QFrame.Shape.StyledPanel)
        self.webhook_title = title = QLabel()
        font = title.font()
        font.setBold(True)
        title.setFont(font)

        self.webhook_url = QLineEdit()
        self.webhook_url.setPlaceholderText("https://example.com/apruve/webhooks")
        self.webhook_url.textEdited.connect(self._url_edited)
        self.webhook_url.editingFinished.connect(self._url_finished)
        self.webhook_url.returnPressed.connect(self._save_webhook)
        self.webhook_url_error = QLabel()
        self.webhook_url_error.setWordWrap(True)
        self.webhook_url_error.setVisible(False)

        self.webhook_auth = QLineEdit()
        self.webhook_auth.setEchoMode(QLineEdit.EchoMode.Password)
        self.webhook_auth.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.webhook_auth.returnPressed.connect(self._save_webhook)
        self.auth_hint = auth_hint = QLabel()
        auth_hint.setWordWrap(True)
        set_tone(auth_hint, Tone.CAPTION)

        form = QFormLayout()
        self.url_label, self.auth_label = QLabel(), QLabel()
        form.addRow(self.url_label, self.webhook_url)
        form.addRow("", self.webhook_url_error)
        form.addRow(self.auth_label, self.webhook_auth)
        form.addRow("", auth_hint)

        self.cancel_webhook = QPushButton()
        self.cancel_webhook.setAutoDefault(False)
        self.save_webhook = QPushButton()
        self.save_webhook.setAutoDefault(False)
        self.cancel_webhook.clicked.connect(self._close_webhook_form)
        self.save_webhook.clicked.connect(self._save_webhook)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_webhook)
        buttons.addWidget(self.save_webhook)

        layout = QVBoxLayout(self.webhook_form)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.webhook_form.setVisible(False)
        return self.webhook_form

    # -- opening, loading and closing -------------------------------------------------------

    def open(self) -> None:
        """Shown without modality: the merchant is reference material to keep open beside
        the orders (`QDialog.open()` would make it window-modal and lock the main window)."""
        self._closed = False
        self.setResult(0)
        self.show()
        self.raise_()
        self.activateWindow()

    def showEvent(self, event: QShowEvent) -> None:
        """Load on first show, not on construction: a dialog never shown costs no request."""
        super().showEvent(event)
        self._closed = False
        if not self._started:
            self._started = True
            self.reload()

    def reload(self) -> None:
        """(Re)read the merchant, every corporate account and the webhook endpoints."""
        self.stack.setCurrentIndex(0)
        set_tone(self.load_status, None)
        self.live.say(self.load_status, lambda: self.load_status.setText(words(LOADING)))
        self.retry_button.setVisible(False)
        self.context.runner.start(
            self.service.overview(self.account_id),
            key=self._load_key,
            context="Load the merchant",
            on_done=self._loaded,
            on_error=self._load_failed,
        )

    @property
    def service(self) -> MerchantService:
        return self.context.console.merchant

    def _loaded(self, overview: MerchantOverview) -> None:
        if self._closed:
            return
        self._show_merchant(overview.merchant)
        self._fill_accounts(overview.accounts)
        self._fill_webhooks(overview.webhooks)
        self.stack.setCurrentIndex(1)
        self._update_webhook_buttons()

    def _load_failed(self, error: BaseException) -> None:
        if self._closed:
            return
        self.stack.setCurrentIndex(0)
        set_tone(self.load_status, Tone.ERROR)
        self.live.say(
            self.load_status,
            lambda: self.load_status.setText(load_failure_text(error, self._account_name)),
        )
        self.retry_button.setVisible(True)
        self.retry_button.setFocus()

    def done(self, result: int) -> None:
        """Reads still running would report into a closed dialog: stop them. An add or remove
        already sent is left to finish (cancelling it would only make its outcome unknown)."""
        self._closed = True
        self.context.runner.cancel(self._load_key)
        if not self._changing:
            self.context.runner.cancel(self._webhooks_key)
        self._close_webhook_form()
        if self.confirm_box is not None:
            self.confirm_box.close()
        super().done(result)

    # -- the merchant ----------------------------------------------------------------------

    def _show_merchant(self, merchant: Merchant) -> None:
        self._title_name = merchant.name
        self.setWindowTitle(self.tr("Merchant — {name}").format(name=merchant.name))
        self.merchant_name.setText(merchant.name)
        self.merchant_email.setText(merchant.email or "—")
        self.merchant_phone.setText(merchant.phone or "—")
        web = merchant.web_url or ""
        if web.lower().startswith(("https://", "http://")):
            escaped = html.escape(web, quote=True)
            self.merchant_web.setText(f'<a href="{escaped}">{escaped}</a>')
        else:
            self.merchant_web.setText(html.escape(web) or "—")

    # -- corporate accounts ----------------------------------------------------------------

    def _fill_accounts(self, accounts: tuple[CorporateAccount, ...]) -> None:
        self._accounts = {account.id: account for account in accounts}
        # Sorting row by row as they arrive would cost O(n² log n): sort once at the end.
        self.accounts_table.setSortingEnabled(False)
        self.accounts_model.removeRows(0, self.accounts_model.rowCount())
        for account in accounts:
            name = text_cell(account.name, tooltip=True)
            name.setData(account.id, ID_ROLE)
            emails = " ".join(buyer.email for buyer in account.authorized_buyers)
            name.setData(f"{account.name}\n{emails}", SEARCH_ROLE)
            buyers = QStandardItem()
            buyers.setData(len(account.authorized_buyers), Qt.ItemDataRole.DisplayRole)
            buyers.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.accounts_model.appendRow(
                [
                    name,
                    text_cell(readable(account.type)),
                    text_cell(readable(account.payment_term_strategy)),
                    buyers,
                ]
            )
        self.accounts_table.setSortingEnabled(True)
        self._counts = (len(accounts), self._counts[1])
        tab_titles(self)
        self._filter_changed()
        if self.accounts_proxy.rowCount() > 0:
            self.accounts_table.selectRow(0)

    def _filter_changed(self) -> None:
        """Narrow the table as the user types; the buyers shown follow the selection."""
        text = self.filter.text().strip()
        self.accounts_proxy.setFilterFixedString(text)
        shown, total = self.accounts_proxy.rowCount(), self.accounts_model.rowCount()
        if not text:
            said = with_number(self.tr("%n account(s)", "", total), total)
        elif shown == 0:
            said = self.tr("No account matches")
        else:
            said = self.tr("{shown} of {total} shown").format(
                shown=number(shown), total=number(total)
            )
        self.accounts_count.setText(said)
        self._show_buyers(self.selected_account())

    def selected_account(self) -> CorporateAccount | None:
        """The account selected and still shown (a filtered-out selection counts as none)."""
        rows = self.accounts_table.selectionModel().selectedRows(0)
        if not rows:
            return None
        return self._accounts.get(rows[0].data(ID_ROLE))

    def _account_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_buyers(self.selected_account())

    def _show_buyers(self, account: CorporateAccount | None) -> None:
        self.buyers_model.removeRows(0, self.buyers_model.rowCount())
        if account is None:
            self.buyers_title.setText(words(NO_ACCOUNT_SELECTED))
            return
        count = len(account.authorized_buyers)
        if count == 0:
            said = self.tr("“{account}” has no authorized buyers.")
        else:
            said = with_number(self.tr("Authorized buyer(s) of “{account}” (%n)", "", count), count)
        self.buyers_title.setText(said.format(account=account.name))
        for buyer in account.authorized_buyers:
            self.buyers_model.appendRow(
                [text_cell(buyer.name), text_cell(buyer.email, tooltip=True)]
            )

    # -- webhook endpoints -----------------------------------------------------------------

    def _fill_webhooks(self, endpoints: tuple[WebhookEndpoint, ...]) -> None:
        """Url and version only: the auth header the server sends back is never displayed."""
        chosen = self.selected_webhook()
        self._webhooks = {endpoint.id: endpoint for endpoint in endpoints}
        self.webhooks_model.removeRows(0, self.webhooks_model.rowCount())
        for endpoint in endpoints:
            url = text_cell(endpoint.url, tooltip=True)
            url.setData(endpoint.id, ID_ROLE)
            self.webhooks_model.appendRow([url, text_cell(endpoint.version)])
            if chosen is not None and endpoint.id == chosen.id:
                self.webhooks_table.selectRow(self.webhooks_model.rowCount() - 1)
        self._counts = (self._counts[0], len(endpoints))
        tab_titles(self)
        self.webhooks_empty.setVisible(not endpoints)
        self._update_webhook_buttons()

    def selected_webhook(self) -> WebhookEndpoint | None:
        rows = self.webhooks_table.selectionModel().selectedRows(0)
        if not rows:
            return None
        return self._webhooks.get(rows[0].data(ID_ROLE))

    def _update_webhook_buttons(self, *_args: object) -> None:
        """While a request runs nothing else may start: a double click must not add twice."""
        idle = not self._changing
        self.add_webhook.setEnabled(idle and not self.webhook_form.isVisible())
        self.remove_webhook.setEnabled(idle and self.selected_webhook() is not None)
        self.reload_webhooks.setEnabled(idle)
        self.save_webhook.setEnabled(idle)
        self.webhook_url.setReadOnly(not idle)
        self.webhook_auth.setReadOnly(not idle)

    def _open_webhook_form(self) -> None:
        if self._changing:
            return
        self._say(lambda: "")
        show_message(self.webhook_url_error, "")
        self.webhook_url.clear()
        self.webhook_auth.clear()
        self.webhook_form.setVisible(True)
        self._update_webhook_buttons()
        self.webhook_url.setFocus()

    def _close_webhook_form(self) -> None:
        """The auth header leaves the dialog's memory with the form."""
        self.webhook_auth.clear()
        self.webhook_url.clear()
        show_message(self.webhook_url_error, "")
        self.webhook_form.setVisible(False)
        self._update_webhook_buttons()

    def _url_edited(self) -> None:
        # Once a problem is shown, it follows the typing (and goes away when fixed); it is not
        # shown before the person has finished a first attempt.
        if self.webhook_url_error.isVisible():
            self._check_url()

    def _url_finished(self) -> None:
        if self.webhook_url.text().strip():
            self._check_url()

    def _check_url(self) -> bool:
        problem = webhook_url_problem(self.webhook_url.text())
        show_message(self.webhook_url_error, problem or "", "error")
        return problem is None

    def _save_webhook(self) -> None:
        if self._changing or not self.webhook_form.isVisible():
            return
        if not self._check_url():
            self.webhook_url.setFocus()
            return
        url = self.webhook_url.text().strip()
        auth = self.webhook_auth.text()

        def added() -> None:
            self._close_webhook_form()
            self._say(lambda: self.tr("Added {url}.").format(url=url), "ok")

        self._change(
            lambda: self.service.add_webhook(self.account_id, url, auth),
            lambda: self.tr("Adding {url}…").format(url=url),
            lambda: self.tr("Not added"),
            added,
        )

    def _ask_remove_webhook(self) -> None:
        endpoint = self.selected_webhook()
        if endpoint is None or self._changing:
            return
        self._removing = endpoint
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove webhook endpoint"))
        # The address on one line: wrapped at its hyphens and slashes it is hard to recognise.
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            self.tr("Remove this webhook endpoint?<br><br><nobr>{url}</nobr>").format(
                url=html.escape(endpoint.url)
            )
        )
        box.setInformativeText(self.tr("Apruve stops notifying this address at once."))
        self.confirm_remove = box.addButton(
            self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.finished.connect(lambda _result: self._confirmed(box))
        self.confirm_box = box
        box.open()

    def _confirmed(self, box: QMessageBox) -> None:
        endpoint, self._removing = self._removing, None
        if self.confirm_box is box:
            self.confirm_box = None
        box.deleteLater()
        if endpoint is None or self._closed or box.clickedButton() is not self.confirm_remove:
            return

        def removed() -> None:
            self._say(lambda: self.tr("Removed {url}.").format(url=endpoint.url), "ok")

        self._change(
            lambda: self.service.remove_webhook(self.account_id, endpoint),
            lambda: self.tr("Removing {url}…").format(url=endpoint.url),
            lambda: self.tr("Not removed"),
            removed,
        )

    def _reload_webhooks(self) -> None:
        def read() -> None:
            self._say(lambda: "")

        self._change(
            lambda: self.service.reload_webhooks(self.account_id),
            lambda: self.tr("Reading the endpoints…"),
            lambda: self.tr("Not read"),
            read,
        )

    def _change(
        self,
        action: Callable[[], Awaitable[WebhookOutcome[T]]],
        progress: Produce,
        refused: Produce,
        succeeded: Callable[[], None],
    ) -> None:
        """Run one webhook change (the service re-reads the list after it), with every button
        off meanwhile."""
        self._changing = True
        self._update_webhook_buttons()
        self._say(progress)

        async def run() -> WebhookOutcome[T]:
            return await action()

        def done(outcome: WebhookOutcome[T]) -> None:
            self._changing = False
            if self._closed:
                return
            if outcome.endpoints is not None:
                self._fill_webhooks(outcome.endpoints)
            else:
                self._update_webhook_buttons()
            if outcome.failure is not None:
                self._show_refusal(refused, outcome.failure, listed=outcome.endpoints is not None)
                return
            succeeded()
            if outcome.list_failure is not None:
                said, reason = self._said, explain(outcome.list_failure)
                self._say(
                    lambda: (
                        self.tr("{message} The list could not be re-read ({reason}): use Reload.")
                        .format(message=said(), reason=reason)
                        .strip()
                    ),
                    "error",
                )

        def failed(error: BaseException) -> None:
            self._changing = False
            if self._closed:
                return
            self._update_webhook_buttons()
            self._show_refusal(refused, error, listed=False)

        self.context.runner.start(
            run(),
            key=self._webhooks_key,
            context="Change the webhook endpoints",
            on_done=done,
            on_error=failed,
        )

    def _show_refusal(self, what: Produce, error: BaseException, *, listed: bool) -> None:
        """The server's own words (a 422's reasons, a 404...), said where the action was."""
        reason = explain(error)
        maybe = isinstance(error, ApiConnectionError) and error.maybe_applied
        self._say(lambda: refusal_text(what(), reason, maybe=maybe, listed=listed), "error")

    def _say(self, produce: Produce, kind: str = "info") -> None:
        """The message line, said again in a new language while it is shown."""
        self._said = produce
        say_message(self.live, self.message, produce, kind)
