"""Status chips: the colour an account chose, with text a person can read on it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QIcon,
    QImage,
    QPalette,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from approval_console.core.domain import Status
from approval_console.ui.widgets.status_chip import (
    DARK_TEXT,
    LIGHT_TEXT,
    STATUS_COLOR_ROLE,
    StatusChip,
    StatusChipDelegate,
    readable_text_color,
)

IN_PRODUCTION = Status("in_production", "In Production", color="#1E3A8A", position=2)
AWAITING_PROOF = Status("awaiting_proof", "Awaiting Proof Approval", color="#FDE68A", position=1)
ON_HOLD = Status("on_hold", "On Hold", color="#DC2626", position=5)


def colors_in(image: QImage) -> set[str]:
    return {
        image.pixelColor(x, y).name()
        for x in range(0, image.width())
        for y in range(0, image.height())
    }


def near(image: QImage, wanted: QColor, tolerance: int = 40) -> bool:
    """Whether some pixel is close to `wanted` (anti-aliased text is never exactly it)."""
    for x in range(image.width()):
        for y in range(image.height()):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - wanted.red())
                + abs(pixel.green() - wanted.green())
                + abs(pixel.blue() - wanted.blue())
                <= tolerance
            ):
                return True
    return False


@pytest.mark.parametrize(
    ("background", "expected"),
    [
        ("#1E3A8A", LIGHT_TEXT),  # navy
        ("#DC2626", LIGHT_TEXT),  # red
        ("#111827", LIGHT_TEXT),  # near-black
        ("#FDE68A", DARK_TEXT),  # pale yellow
        ("#F59E0B", DARK_TEXT),  # amber
        ("#A7F3D0", DARK_TEXT),  # mint
        ("#FFFFFF", DARK_TEXT),
    ],
)
def test_text_colour_is_chosen_by_contrast(background, expected):
    assert readable_text_color(QColor(background)) == expected


def test_chip_shows_the_status_name_in_white_on_a_dark_colour(qtbot):
    chip = StatusChip()
    qtbot.addWidget(chip)
    chip.set_status(IN_PRODUCTION.name, IN_PRODUCTION.color)
    chip.show()
    qtbot.waitExposed(chip)

    assert chip.text() == "In Production"
    assert chip.text_color() == LIGHT_TEXT
    assert chip.background_color() == QColor("#1E3A8A")
    image = chip.grab().toImage()
    assert not image.isNull()
    seen = colors_in(image)
    assert "#1e3a8a" in seen  # the fill
    assert near(image, LIGHT_TEXT, tolerance=30)  # the letters


def test_chip_on_a_pale_colour_uses_dark_text(qtbot):
    chip = StatusChip()
    qtbot.addWidget(chip)
    chip.set_status(AWAITING_PROOF.name, AWAITING_PROOF.color)
    chip.show()
    qtbot.waitExposed(chip)

    assert chip.text_color() == DARK_TEXT
    image = chip.grab().toImage()
    assert "#fde68a" in colors_in(image)
    assert near(image, DARK_TEXT, tolerance=30)


def test_chip_without_status_reads_no_status_in_grey(qtbot):
    chip = StatusChip()
    qtbot.addWidget(chip)
    chip.set_status(IN_PRODUCTION.name, IN_PRODUCTION.color)
    chip.set_status(None, None)

    assert chip.text() == "No status"
    assert chip.is_empty()
    assert chip.background_color() is None
    text = chip.text_color()
    assert text.red() == pytest.approx(text.green(), abs=24)  # a grey, not a status colour
    assert 60 < text.lightness() < 200


def test_chip_survives_a_colour_the_api_got_wrong(qtbot):
    chip = StatusChip()
    qtbot.addWidget(chip)
    chip.set_status("Shipped", "not-a-colour")
    assert chip.text() == "Shipped"
    assert chip.background_color() == QColor("#6B7280")


def test_chip_size_fits_its_text(qtbot):
    chip = StatusChip()
    qtbot.addWidget(chip)
    chip.set_status("In", "#1E3A8A")
    short = chip.sizeHint()
    chip.set_status(AWAITING_PROOF.name, AWAITING_PROOF.color)
    long = chip.sizeHint()
    assert long.width() > short.width() + 50
    assert long.height() == short.height()
    assert chip.minimumSizeHint().width() < long.width()


def table_with_statuses(qtbot, statuses: list[Status | None]) -> QTableView:
    model = QStandardItemModel(0, 2)
    model.setHorizontalHeaderLabels(["Order", "Status"])
    for number, status in enumerate(statuses, start=1188):
        cell = QStandardItem(status.name if status else "")
        if status:
            cell.setData(status.color, STATUS_COLOR_ROLE)
        model.appendRow([QStandardItem(f"#{number}"), cell])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.setParent(view)
    view.setItemDelegateForColumn(1, StatusChipDelegate(view))
    view.setColumnWidth(1, 220)
    view.resize(360, 200)
    view.show()
    qtbot.waitExposed(view)
    return view


def cell_image(view: QTableView, row: int, column: int) -> QImage:
    rect = view.visualRect(view.model().index(row, column))
    return view.viewport().grab(rect).toImage()


def test_delegate_paints_each_cell_as_a_chip_in_the_status_colour(qtbot):
    view = table_with_statuses(qtbot, [IN_PRODUCTION, AWAITING_PROOF, None])

    navy = cell_image(view, 0, 1)
    assert "#1e3a8a" in colors_in(navy)
    assert near(navy, LIGHT_TEXT, tolerance=30)
    yellow = cell_image(view, 1, 1)
    assert "#fde68a" in colors_in(yellow)
    assert near(yellow, DARK_TEXT, tolerance=30)
    empty = cell_image(view, 2, 1)
    assert "#1e3a8a" not in colors_in(empty) and "#fde68a" not in colors_in(empty)


def test_an_icon_the_model_gives_a_status_cell_does_not_overlap_the_chip(qtbot):
    view = table_with_statuses(qtbot, [IN_PRODUCTION])
    lime = QPixmap(16, 16)
    lime.fill(QColor("#84CC16"))  # a colour no chip or table draws
    view.model().setData(view.model().index(0, 1), QIcon(lime), Qt.ItemDataRole.DecorationRole)
    view.model().setData(view.model().index(0, 0), QIcon(lime), Qt.ItemDataRole.DecorationRole)

    assert "#84cc16" not in colors_in(cell_image(view, 0, 1))
    assert "#1e3a8a" in colors_in(cell_image(view, 0, 1))  # the chip, whole
    assert "#84cc16" in colors_in(cell_image(view, 0, 0))  # other columns keep their icons


def test_delegate_size_hint_fits_the_name(qtbot):
    view = table_with_statuses(qtbot, [IN_PRODUCTION, AWAITING_PROOF])
    delegate = view.itemDelegateForColumn(1)
    model = view.model()
    option = QStyleOptionViewItem()
    option.font = view.font()
    short = delegate.sizeHint(option, model.index(0, 1))
    long = delegate.sizeHint(option, model.index(1, 1))
    assert long.width() > short.width()
    assert long.width() > view.fontMetrics().horizontalAdvance("Awaiting Proof Approval") * 0.8


def test_delegate_keeps_the_selection_highlight_and_elides_when_narrow(qtbot):
    view = table_with_statuses(qtbot, [ON_HOLD, AWAITING_PROOF])
    view.selectRow(0)
    view.setColumnWidth(1, 70)
    qtbot.wait(10)

    selected = cell_image(view, 0, 1)
    highlight = view.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    seen = colors_in(selected)
    assert highlight.name() in seen  # the row still looks selected around the chip
    assert "#dc2626" in seen  # and the chip keeps its colour

    narrow = cell_image(view, 1, 1)
    assert "#fde68a" in colors_in(narrow)
    # The chip stays inside its cell: the rightmost pixels are the cell background.
    right_edge = {narrow.pixelColor(narrow.width() - 2, y).name() for y in range(narrow.height())}
    assert "#fde68a" not in right_edge


def test_a_selected_chip_is_outlined_in_the_selection_text_colour(qtbot):
    view = table_with_statuses(qtbot, [AWAITING_PROOF, AWAITING_PROOF])
    outline = view.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)

    def outlined(row: int) -> bool:
        """Whether the chip's left edge, halfway down, is (antialiased) the outline colour."""
        image = cell_image(view, row, 1)
        edge = image.pixelColor(4, image.height() // 2)  # the chip starts 4 px into the cell
        channels = zip(edge.getRgb()[:3], outline.getRgb()[:3], strict=True)
        return max(abs(a - b) for a, b in channels) <= 40

    assert not outlined(0)
    view.selectRow(0)
    qtbot.wait(10)
    assert outlined(0)
    assert not outlined(1)  # only the selected row
