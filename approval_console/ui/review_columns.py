"""The review queue's columns: which it shows, and how wide, so that nothing a decision rests
on is cut (an amount without its currency, an account name read as another's)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHeaderView, QTableView

from approval_console.core.accounts import Account
from approval_console.ui.models.across import ACROSS_STATUS_COLUMN
from approval_console.ui.models.orders import COLUMNS

# Account, number, customer, email, status, amount, created (see `AcrossAccountsModel`).
EMAIL_COLUMN = 3
AMOUNT_COLUMN = ACROSS_STATUS_COLUMN + 1
CREATED_COLUMN = len(COLUMNS)
SHOWN_COLUMNS = frozenset({0, 1, 2, EMAIL_COLUMN, ACROSS_STATUS_COLUMN, AMOUNT_COLUMN, 11})
# The widest texts the narrow columns must show whole (amounts with their currency above all).
WIDEST = {1: "R000000000", AMOUNT_COLUMN: "000,000.00 WWW", CREATED_COLUMN: "00 May 0000 00:00"}
CELL_PADDING = 16  # the item view's text margins and a little air
MAX_ACCOUNT_WIDTH = 240  # a longer account name elides (the panel shows it whole)
MIN_EMAIL_WIDTH = 60
NARROWEST = 60  # what a squeezed column keeps


def fit_columns(table: QTableView, accounts: Sequence[Account]) -> None:
    """Every shown column inside the table at the window's width, the narrow ones wide
    enough for their whole text: an amount cut before its currency says nothing, and an
    account read as "Wholesale portal (de…" could be two. Number, status, amount and
    created are never cut; account and customer share what is left with email, which
    takes the rest (and elides; the panel shows it whole). Run again as the table resizes.
    """
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(EMAIL_COLUMN, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(60)
    metrics = table.fontMetrics()
    widths = {ACROSS_STATUS_COLUMN: 140}
    for column, text in WIDEST.items():
        widths[column] = metrics.horizontalAdvance(text) + CELL_PADDING
    account = max((metrics.horizontalAdvance(a.name) for a in accounts), default=0)
    wanted = {0: min(max(account + CELL_PADDING, 110), MAX_ACCOUNT_WIDTH), 2: 150}
    room = table.viewport().width() - sum(widths.values())
    # Narrower than that: email goes first (the panel shows it), then the customer, then
    # the account.
    email = room - sum(wanted.values()) >= MIN_EMAIL_WIDTH
    table.setColumnHidden(EMAIL_COLUMN, not email)
    if not email and room < sum(wanted.values()):  # the account keeps what it can
        account_width = max(min(wanted[0], room - NARROWEST), NARROWEST)
        wanted = {0: account_width, 2: max(room - account_width, NARROWEST)}
    widths.update(wanted)
    for column, width in widths.items():
        table.setColumnWidth(column, width)
