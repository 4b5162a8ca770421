"""Exporting the list to CSV as a person does: narrow it, Ctrl+E, a file, Export, then open
the file in a spreadsheet (here: read it back with the csv module, as one would)."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from approval_console.ui.dialogs.export import ExportDialog
from approval_console.ui.jobs import JobState


def _export_dialog() -> ExportDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ExportDialog)]
    return next((w for w in found if w.isVisible()), None)


def test_export_the_narrowed_list_and_open_it_as_a_spreadsheet(demo_desk, qtbot, tmp_path):
    desk = demo_desk("--orders", "500", "--seed", "11", start="spree-demo")
    window, person = desk.window, desk.person
    table, model = window.table, window.orders.model
    assert window.session.account_id == "spree-demo"  # its orders carry amounts
    qtbot.waitUntil(lambda: model.rowCount() > 100, timeout=60_000)
    qtbot.waitUntil(lambda: window.sync_label.text() == "Up to date", timeout=60_000)
    everything = model.rowCount()

    # The list narrowed by a search: what is exported is what it shows, all of it.
    person.press("ctrl+f")
    person.type(model.order_at(3).customer.name.split()[0])
    qtbot.waitUntil(lambda: 0 < model.rowCount() < everything, timeout=10_000)
    shown = model.rowCount()
    numbers = [model.order_at(row).name for row in range(shown)]
    person.click_row(table, 0, column=1)  # one current order: the whole view is still meant
    qtbot.waitUntil(lambda: table.selected_count() == 1, timeout=3000)

    person.press("ctrl+e")
    qtbot.waitUntil(lambda: _export_dialog() is not None, timeout=5000)
    dialog = _export_dialog()
    assert dialog is not None
    assert dialog.view_choice.isChecked() and dialog.selection_choice.isEnabled()
    assert dialog.view_choice.text().startswith(f"All {shown:,} orders in the list")
    assert Path(dialog.path.text()).name.startswith("orders-")
    person.screenshot("export-dialog")

    target = tmp_path / "spree-orders.csv"
    person.click(dialog.path)
    person.press("ctrl+a")
    person.type(str(target))
    person.click(dialog.bom, QPoint(8, dialog.bom.height() // 2))  # on the box
    assert dialog.bom.isChecked()
    person.screenshot("export-chosen")
    person.click(dialog.export_button)

    [job] = window.context.jobs.jobs
    qtbot.waitUntil(lambda: not job.running, timeout=30_000)
    assert job.state is JobState.DONE, job.detail
    assert window.status.currentMessage() == f"Exported {shown:,} orders to spree-orders.csv"
    person.screenshot("exported")

    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the mark Excel needs
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == shown
    assert [row["Number"] for row in rows] == numbers  # in the list's order
    header = list(rows[0])
    assert header[:3] == ["Number", "Customer", "Email"]
    assert header[-1] == "Order id"
    assert header[header.index("Amount") + 1] == "Currency"
    # Amounts a spreadsheet sums: plain numbers with a dot, the currency beside them.
    total = sum(Decimal(row["Amount"]) for row in rows if row["Amount"])
    assert total > 0
    assert all(row["Currency"] for row in rows if row["Amount"])
    first = model.order_at(0)
    assert rows[0]["Order id"] == first.id
    assert rows[0]["Status"] == (first.status.name if first.status else "No status")
    assert rows[0]["Created"][:4].isdigit() and rows[0]["Created"][4] == "-"
