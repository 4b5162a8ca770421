"""What a new user sees first, in demo mode, on every backend's demo account: the window's
title, dates, colours and words, against the real sandbox."""

from __future__ import annotations

import os
import re
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QStyle,
    QWidget,
)

from approval_console.core.billing import OrderRecords, Shipment, ShipmentItem
from approval_console.ui.context import UiContext
from approval_console.ui.dialogs.due_date import DueDateDialog
from approval_console.ui.main_window import MainWindow
from approval_console.ui.models.orders import CREATED_COLUMN, DUE_COLUMN, overdue_color
from approval_console.ui.review_window import ReviewWindow
from approval_console.ui.tones import Tone, contrast_ratio
from approval_console.ui.widgets.billing_tabs import INVOICES_TAB, SHIPMENT_ITEMS_COLUMN
from tests.palettes import dark_palette
from tests.ui.test_main_window import _click_row, _close, _open_dialog
from tests.windows import demo_console, on_screen, open_window

OpenDemo = Callable[[str], MainWindow]
BACKENDS = ["approvepro-demo", "apruve-demo", "wholesale-demo", "arlo-demo", "spree-demo"]
SHOTS = Path(os.environ.get("APPROVAL_CONSOLE_SHOTS", tempfile.gettempdir()))  # grabs to look at
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@pytest.fixture
def open_demo(qtbot, shared_sandbox, memory_keyring, tmp_path) -> Iterator[OpenDemo]:
    """The window as `--demo` opens it, with every backend's demo account, on `account_id`."""
    opened: list[tuple[MainWindow, UiContext]] = []

    def open_on(account_id: str) -> MainWindow:
        profile = tmp_path / f"profile-{len(opened)}"
        console = demo_console(profile, shared_sandbox.url, start=account_id)
        window, context = open_window(qtbot, console, demo=True)
        opened.append((window, context))
        qtbot.waitUntil(lambda: window.orders.model.rowCount() > 0, timeout=20_000)
        qtbot.waitUntil(lambda: window.sync_label.text() == "Up to date", timeout=20_000)
        return window

    yield open_on
    for window, context in opened:
        _close(qtbot, window, context)


def show_row(qtbot, window: MainWindow, row: int) -> None:
    """Click a row and wait until the detail pane shows all of that order."""
    _click_row(qtbot, window, row)
    order_id = window.detail.order_id
    detail = window.detail
    qtbot.waitUntil(
        lambda: detail.detail is not None and detail.detail.order.id == order_id, timeout=10_000
    )


def show_first(qtbot, window: MainWindow, wanted: Callable[[], bool]) -> None:
    """Show orders from the top until the pane shows what is `wanted`."""
    for row in range(window.orders.model.rowCount()):
        show_row(qtbot, window, row)
        if wanted():
            return
    raise AssertionError("no order of the demo data shows it")


def test_the_title_says_demo_once(open_demo):
    window = open_demo("approvepro-demo")
    assert window.windowTitle() == "Approval Console — ApprovePro (demo)"
    window.accounts_combo.setCurrentIndex(window.accounts_combo.findData("spree-demo"))
    window.accounts_combo.activated.emit(window.accounts_combo.currentIndex())
    assert window.windowTitle() == "Approval Console — Spree Commerce (demo)"


def tick(qtbot, box: QCheckBox) -> None:
    """Click a check box on its box, as a person does."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(5, box.height() // 2))


def _c_date(value: date) -> str:
    """How a date reads under the C locale: never "3 12 2026"."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def _first_row_with_due_date(window: MainWindow) -> int:
    model = window.orders.model
    return next(r for r in range(model.rowCount()) if model.order_at(r).due_date is not None)


def test_dates_read_one_way_everywhere_under_the_c_locale(qtbot, open_demo):
    window = open_demo("approvepro-demo")
    bar = window.filter_bar
    tick(qtbot, bar.due_on)
    assert bar.due_from.isEnabled()
    bar.due_from.setDate(QDate(2026, 12, 3))
    assert bar.due_from.text() == "3 Dec 2026"
    assert bar.due_to.text() == _c_date(bar.due_to.date().toPython())
    tick(qtbot, bar.due_on)

    row = _first_row_with_due_date(window)
    order = window.orders.model.order_at(row)
    due = _c_date(order.due_date)
    shown = window.orders.model.index(row, DUE_COLUMN).data()
    assert shown.startswith(due)
    created = window.orders.model.index(row, CREATED_COLUMN).data()
    assert re.fullmatch(r"\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d", created), created

    _click_row(qtbot, window, row)
    assert window.pane.due.text() == f"Due {shown}"
    window.act_due.trigger()
    dialog = _open_dialog(DueDateDialog)
    assert dialog is not None
    assert dialog.due_edit.text() == due
    assert dialog.current_label.text().startswith(f"Now due {due}")
    dialog.reject()


def test_dates_follow_the_persons_locale(qtbot, open_demo):
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    window = open_demo("approvepro-demo")
    bar = window.filter_bar
    bar.due_from.setDate(QDate(2026, 12, 3))
    assert bar.due_from.text() == "12/3/2026"
    row = _first_row_with_due_date(window)
    due = window.orders.model.order_at(row).due_date
    shown = window.orders.model.index(row, DUE_COLUMN).data()
    assert shown.startswith(f"{due.month}/{due.day}/{due.year}")
    _click_row(qtbot, window, row)
    assert window.pane.due.text() == f"Due {shown}"


def _is_red(color) -> bool:  # type: ignore[no-untyped-def]
    return color is not None and color.red() > 150 and color.green() < 100 and color.blue() < 100


def test_only_open_orders_past_their_due_date_are_overdue(qtbot, open_demo):
    window = open_demo("approvepro-demo")
    model = window.orders.model
    today = date.today()
    past_due = [
        row
        for row in range(model.rowCount())
        if (order := model.order_at(row)).due_date is not None
        and (order.due_date_to or order.due_date) < today
    ]

    def done(row: int) -> bool:
        order = model.order_at(row)
        status = order.status.name if order.status else ""
        return order.fulfillment_status == "fulfilled" or status in ("Shipped", "Cancelled")

    finished = [row for row in past_due if done(row)]
    still_open = [
        row
        for row in past_due
        if not done(row)
        and not model.order_at(row).is_canceled
        and model.order_at(row).fulfillment_status != "restocked"
    ]
    assert finished and still_open, "the demo data has past due dates on both kinds"
    red = Qt.ItemDataRole.ForegroundRole
    for row in finished:
        assert not _is_red(model.index(row, DUE_COLUMN).data(red)), model.order_at(row)
    for row in still_open:
        assert _is_red(model.index(row, DUE_COLUMN).data(red)), model.order_at(row)

    _click_row(qtbot, window, finished[0])
    assert "overdue" not in window.pane.due.text()
    _click_row(qtbot, window, still_open[0])
    assert window.pane.due.text().endswith(" · overdue")


@pytest.fixture(params=["light", "dark"])
def scheme(request, qapp) -> Iterator[str]:
    previous = QPalette(qapp.palette())
    if request.param == "dark":
        qapp.setPalette(dark_palette())
    yield request.param
    qapp.setPalette(previous)


def as_shown(widget: QWidget) -> QImage:
    """The widget's pixels as the window paints them (its parents' backgrounds included)."""
    top = widget.window()
    return top.grab(QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())).toImage()


def ink_contrast(widget: QWidget) -> float:
    """How far the text stands out: its strongest pixel against the commonest (background)."""
    image = as_shown(widget)
    pixels = Counter(image.pixel(x, y) for y in range(image.height()) for x in range(image.width()))
    background = QColor.fromRgb(pixels.most_common(1)[0][0])
    return max(contrast_ratio(QColor.fromRgb(pixel), background) for pixel in pixels)


def test_captions_errors_and_notices_read_in_light_and_dark_mode(qtbot, open_demo, scheme):
    window = open_demo("approvepro-demo")
    window.resize(1360, 820)
    _click_row(qtbot, window, 0)
    pane = window.pane
    captions = [c for c in pane.findChildren(QLabel, "sectionTitle") if c.isVisible()]
    assert [c.text() for c in captions] == ["PROGRESS THE CUSTOMER SEES", "HISTORY"]
    pane.show_message("Status change not saved: the server refused it", error=True)
    window.offline_label.show()
    window.banner_text.setText("Changes interrupted last time were checked with the server.")
    window.banner.show()
    qtbot.wait(50)
    window.grab().save(str(SHOTS / f"window-{scheme}.png"))

    for label in (*captions, pane.message, window.offline_label, window.banner_text):
        assert ink_contrast(label) >= 4.5, (label.text(), scheme)
    pane.show_message("Comment saved.")
    assert ink_contrast(pane.message) >= 4.5

    if scheme == "light":  # the desktop turns dark while the console runs
        QApplication.instance().setPalette(dark_palette())
        # Qt hands the new palette down over a few event-loop turns; each tone follows it.
        for label in (*captions, pane.message, window.offline_label, window.banner_text):
            qtbot.waitUntil(lambda label=label: ink_contrast(label) >= 4.5, timeout=3000)


def test_a_dialogs_error_and_an_overdue_date_read_in_light_and_dark_mode(qtbot, scheme):
    dialog = DueDateDialog(date(2026, 3, 10), None, True)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    tick(qtbot, dialog.until_check)
    dialog.until_edit.setFocus()
    for _ in range(7):  # back to the due date itself: not a range
        qtbot.keyClick(dialog.until_edit, Qt.Key.Key_Down)
    assert dialog.error.isVisible()
    assert ink_contrast(dialog.error) >= 4.5, scheme
    assert ink_contrast(dialog.current_label) >= 4.5, scheme
    dialog.reject()

    base = QApplication.palette().color(QPalette.ColorRole.Base)
    assert contrast_ratio(overdue_color(), base) >= 4.5


# A whole text that is an API's code word: snake_case, a bare lower-case word, or CamelCase.
MACHINE_WORD = re.compile(r"[a-z0-9]+(_[a-z0-9]+)+|[a-z]+|[A-Z][a-z]+([A-Z][a-z]+)+|\w+_\w+")
RELATIVE_DAYS = {"yesterday", "tomorrow"}  # "2 Dec 2026, 20:04 · yesterday"
CODE_COLUMNS = {"SKU", "Tracking number", "Email"}  # codes people copy, shown as given


def _shown_texts(window: MainWindow) -> list[tuple[str, str]]:
    """(where, text) of everything the list row and the detail pane show about an order."""
    texts: list[tuple[str, str]] = []
    model, table = window.orders.model, window.table
    row = table.currentIndex().row()
    for column in range(model.columnCount()):
        title = model.headerData(column, Qt.Orientation.Horizontal)
        if not table.isColumnHidden(column) and title not in CODE_COLUMNS:
            texts.append((f"list {title}", model.index(row, column).data()))
    pane = window.pane
    texts += [("pane", label.text()) for label in (pane.customer, pane.language, pane.due)]
    billing = pane.billing
    for index in range(billing.count()):
        if billing.isTabVisible(index):
            texts.append(("tab", billing.tabText(index)))
    for name in ("items", "invoices", "shipments", "returns", "payments", "refunds"):
        grid = getattr(billing, name)
        for column in range(grid.columnCount()):
            title = grid.horizontalHeaderItem(column).text()
            if title in CODE_COLUMNS:
                continue
            cells = [grid.item(row, column).text() for row in range(grid.rowCount())]
            texts += [(f"{name} {title}", text) for text in cells]
    for line in pane.timeline.row_texts():
        parts = (part.strip() for part in re.split(r"[·—\n]", line))
        texts += [("timeline", part) for part in parts if part not in RELATIVE_DAYS]
    return texts


@pytest.mark.parametrize("account_id", BACKENDS)
def test_no_api_code_words_reach_the_screen(qtbot, open_demo, account_id):
    window = open_demo(account_id)
    model = window.orders.model
    shown: list[tuple[str, str]] = []
    for row in range(0, min(model.rowCount(), 120), 8):
        _click_row(qtbot, window, row)
        order_id = window.detail.order_id
        qtbot.waitUntil(
            lambda: window.detail.detail is not None and window.detail.detail.order.id == order_id,  # noqa: B023
            timeout=10_000,
        )
        shown += _shown_texts(window)
    raw = sorted({(where, text) for where, text in shown if MACHINE_WORD.fullmatch(text or "")})
    raw += sorted({text for _where, text in shown if re.fullmatch(r"Language: \w\w", text)})
    assert not raw, raw
    if account_id == "wholesale-demo":
        statuses = {text for where, text in shown if where == "shipments Status"}
        assert "In transit" in statuses


def test_shipments_that_list_no_items_do_not_claim_none(qtbot, open_demo):
    window = open_demo("wholesale-demo")
    model, tabs = window.orders.model, window.pane.billing
    for row in range(model.rowCount()):
        _click_row(qtbot, window, row)
        order_id = window.detail.order_id
        qtbot.waitUntil(
            lambda: window.detail.detail is not None and window.detail.detail.order.id == order_id,  # noqa: B023
            timeout=10_000,
        )
        if tabs.shipments.rowCount():
            break
    shipments = tabs.shipments
    assert shipments.rowCount() > 0
    assert shipments.isColumnHidden(SHIPMENT_ITEMS_COLUMN)  # the portal lists no items
    assert shipments.isColumnHidden(0)  # nor has it invoices: no empty Invoice column

    # Where some shipments list their items and others do not, the others show no number.
    listed = Shipment("s1", None, None, shipper="UPS", items=(ShipmentItem("Chair", quantity=3),))
    unlisted = Shipment("s2", None, None, shipper="DHL")
    tabs.set_records(OrderRecords(shipments=(listed, unlisted)))
    assert not shipments.isColumnHidden(SHIPMENT_ITEMS_COLUMN)
    counts = [shipments.item(row, SHIPMENT_ITEMS_COLUMN).text() for row in range(2)]
    assert counts == ["3", "—"]


WHOLE_COLUMNS = {
    "Number", "Amount", "Financial", "Fulfillment", "Due", "Status changed", "History", "Created"
}  # fmt: skip


@pytest.mark.parametrize("account_id", BACKENDS)
def test_each_backends_numbers_dates_and_amounts_fit_their_columns(qtbot, open_demo, account_id):
    window = open_demo(account_id)
    assert (window.width(), window.height()) == (1360, 820)  # the default size
    assert window.list_area.width() >= 800, "the detail pane leaves the list its room"
    table, model = window.table, window.orders.model
    metrics = table.fontMetrics()
    style = table.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    window.grab().save(str(SHOTS / f"list-{account_id}.png"))
    shown = [c for c in range(model.columnCount()) if not table.isColumnHidden(c)]
    number = table.columnViewportPosition(0) + table.columnWidth(0)
    assert number <= table.viewport().width(), "the number column is on screen"
    for column in shown:
        title = model.headerData(column, Qt.Orientation.Horizontal)
        if title not in WHOLE_COLUMNS:
            continue
        room = table.columnWidth(column) - 2 * margin
        for row in range(min(model.rowCount(), 100)):
            text = model.index(row, column).data() or ""
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            assert elided == text, (title, text, table.columnWidth(column))


def type_over(qtbot, edit: QLineEdit, text: str) -> None:
    """Replace a field's text by typing, then dismiss the completions it offers, if any."""
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    popup = edit.completer().popup() if edit.completer() else None
    if popup is not None:
        qtbot.wait(200)  # the folder's listing arrives, and with it the completions
        if popup.isVisible():
            qtbot.keyClick(popup, Qt.Key.Key_Escape)


def _open_export(qtbot, window: MainWindow) -> QFileDialog:
    qtbot.mouseClick(window.pane.billing.export_pdf, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _open_dialog(QFileDialog) is not None, timeout=5000)
    return _open_dialog(QFileDialog)


def test_export_pdf_starts_in_documents_and_remembers_the_last_folder(
    qtbot, open_demo, tmp_path, monkeypatch
):
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.chdir(Path(__file__).parents[2])  # started from the source folder
    window = open_demo("apruve-demo")
    tabs = window.pane.billing
    show_first(qtbot, window, lambda: tabs.invoices.rowCount() > 0)
    tabs.setCurrentIndex(INVOICES_TAB)
    number = tabs.current_invoice().invoice.number

    dialog = _open_export(qtbot, window)
    assert Path(dialog.directory().absolutePath()) == home / "Documents"
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name.text() == f"Invoice {number}.pdf"
    elsewhere = tmp_path / "Invoices 2026"
    elsewhere.mkdir()
    # Browsing to another folder (Qt's own dialog, not the console's) and naming the file.
    dialog.setDirectory(str(elsewhere))
    type_over(qtbot, name, "first.pdf")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    assert save.text() == "&Save"
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (elsewhere / "first.pdf").exists(), timeout=10_000)
    assert window.pane.message.text() == f"Invoice saved to {elsewhere / 'first.pdf'}"

    dialog = _open_export(qtbot, window)
    assert Path(dialog.directory().absolutePath()) == elsewhere  # where the last one went
    dialog.reject()


def test_export_pdf_without_a_documents_folder_starts_at_home(
    qtbot, open_demo, tmp_path, monkeypatch
):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.chdir(Path(__file__).parents[2])
    window = open_demo("apruve-demo")
    tabs = window.pane.billing
    show_first(qtbot, window, lambda: tabs.invoices.rowCount() > 0)
    dialog = _open_export(qtbot, window)
    assert Path(dialog.directory().absolutePath()) == home
    dialog.reject()


def test_the_accounts_form_and_the_review_queue_read_in_light_and_dark_mode(
    qtbot, open_demo, scheme
):
    from approval_console.ui.dialogs.accounts import AccountsDialog
    from approval_console.ui.widgets.transient import show_toned

    window = open_demo("approvepro-demo")
    window.open_accounts(adding=True)
    dialog = _open_dialog(AccountsDialog)
    qtbot.waitExposed(dialog)
    # The refusal as a person meets it: a wrong key tested, then saved anyway.
    demo = next(a for a in window.context.console.settings.accounts if a.backend == "approvepro")
    qtbot.keyClicks(dialog.name_edit, "Refused")
    dialog.url_edit.clear()
    qtbot.keyClicks(dialog.url_edit, demo.base_url)
    qtbot.keyClicks(dialog.key_edit, "wrong-key")
    qtbot.mouseClick(dialog.form_test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "refused" in dialog.message.text(), timeout=10_000)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.refused_frame.isVisible, timeout=3000)
    dialog.grab().save(str(SHOTS / f"accounts-{scheme}.png"))
    for label in (dialog.message, dialog.refused_label, dialog.key_hint):
        assert ink_contrast(label) >= 4.5, (label.text(), scheme)
    dialog.reject()

    window.act_review.trigger()
    queue = on_screen(window, ReviewWindow)
    assert queue is not None
    qtbot.waitExposed(queue)
    show_toned(queue.message, "Not done for #1001: the server refused it", Tone.ERROR)
    qtbot.wait(50)
    assert ink_contrast(queue.message) >= 4.5, scheme
    assert ink_contrast(queue.hint) >= 4.5, scheme
    show_toned(queue.message, "1 approved.", Tone.SUCCESS)
    qtbot.wait(50)
    assert ink_contrast(queue.message) >= 4.5, scheme


def test_the_jobs_panel_and_a_read_problem_banner_read_in_light_and_dark_mode(qtbot, scheme):
    from approval_console.ui.jobs import Job, JobList
    from approval_console.ui.viewmodels.session import ReadProblem, Remedy
    from approval_console.ui.widgets.jobs_indicator import JobRow
    from approval_console.ui.widgets.read_problem import ReadProblemView

    jobs = JobList()
    job = jobs.add(Job("Change 60 orders to Ready to Ship", 60, subtitle="Northwind Workshop"))
    job.fail("The server refused the key")
    row = JobRow(job, jobs)
    qtbot.addWidget(row)
    row.show()
    banner = ReadProblemView(compact=True)
    qtbot.addWidget(banner)
    refused = "The server refused the key of “Kiln”"
    banner.show_problem(ReadProblem("ap", refused, "401", "Fix it.", Remedy.CHECK_KEY))
    banner.show()
    qtbot.waitExposed(row)
    qtbot.waitExposed(banner)
    for label in (row.state, row.subtitle, banner.title, banner.detail):
        assert ink_contrast(label) >= 4.5, (label.text(), scheme)
