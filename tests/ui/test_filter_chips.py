"""The filter bar's chips: each says what is chosen, each goes on its own, and multi-choice
menus stay open while several choices are ticked."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from approval_console.core.domain import Status
from approval_console.ui.viewmodels.list_filters import ChangedWindow, DueWindow, ListFilters
from approval_console.ui.widgets.filter_bar import FilterBar

LEFT = Qt.MouseButton.LeftButton
STATUSES = [
    Status("st1", "Awaiting Proof"),
    Status("st2", "Proof Approved"),
    Status("st3", "In Production"),
]


def _bar(qtbot, **kwargs) -> tuple[FilterBar, list[ListFilters]]:  # type: ignore[no-untyped-def]
    bar = FilterBar(**kwargs)
    qtbot.addWidget(bar)
    bar.resize(900, 80)
    bar.show()
    qtbot.waitExposed(bar)
    bar.set_statuses(STATUSES)
    emitted: list[ListFilters] = []
    bar.filtersChanged.connect(emitted.append)
    return bar, emitted


def _action(menu: QMenu, text: str) -> QAction:
    return next(action for action in menu.actions() if action.text() == text)


def _click_in_menu(qtbot, menu: QMenu, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(_action(menu, text)).center())


def test_two_statuses_ticked_with_the_menu_open_make_one_chip(qtbot) -> None:
    bar, emitted = _bar(qtbot)
    menu = bar.status.menu()
    assert menu is not None
    menu.popup(bar.status.mapToGlobal(QPoint(0, bar.status.height())))
    qtbot.waitUntil(menu.isVisible)
    _click_in_menu(qtbot, menu, "Awaiting Proof")
    assert menu.isVisible()  # still open for the next tick
    _click_in_menu(qtbot, menu, "Proof Approved")
    assert menu.isVisible()
    assert emitted[-1].status_codes == ("st1", "st2")
    assert bar.chips.texts() == ["Status: Awaiting Proof, Proof Approved ✕"]
    # From the keyboard too: Space ticks the highlighted choice, the menu stays.
    menu.setActiveAction(_action(menu, "In Production"))
    qtbot.keyClick(menu, Qt.Key.Key_Space)
    assert menu.isVisible()
    assert emitted[-1].status_codes == ("st1", "st2", "st3")
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not menu.isVisible())
    assert bar.chips.texts() == ["Status: Awaiting Proof, Proof Approved, In Production ✕"]


def test_each_chip_is_removed_on_its_own_by_its_cross(qtbot) -> None:
    bar, emitted = _bar(qtbot)
    bar.set_tags(["rush", "vip", "wholesale"])
    bar.set_filters(
        ListFilters(
            status_codes=("st1",),
            tags=("rush", "vip"),
            due_window=DueWindow.OVERDUE,
            include_canceled=False,
        )
    )
    assert bar.chips.texts() == [
        "Status: Awaiting Proof ✕",
        "Tags: rush, vip ✕",
        "Overdue ✕",
        "Canceled hidden ✕",
    ]
    assert bar.overdue.isChecked()
    tags = bar.chips.chip("tags")
    assert tags is not None
    qtbot.mouseClick(tags.close_button, LEFT)
    assert emitted[-1] == ListFilters(
        status_codes=("st1",), due_window=DueWindow.OVERDUE, include_canceled=False
    )
    assert bar.chips.texts() == ["Status: Awaiting Proof ✕", "Overdue ✕", "Canceled hidden ✕"]
    overdue = bar.chips.chip("overdue")
    assert overdue is not None
    qtbot.mouseClick(overdue.close_button, LEFT)
    assert not bar.overdue.isChecked()  # the quick filter's button follows its chip
    assert emitted[-1].due_window is None
    canceled = bar.chips.chip("canceled")
    assert canceled is not None
    qtbot.mouseClick(canceled.close_button, LEFT)
    assert bar.canceled.isChecked()
    assert bar.chips.texts() == ["Status: Awaiting Proof ✕"]
    assert bar.status.chosen() == ("st1",)


def test_a_chip_goes_from_the_keyboard(qtbot) -> None:
    bar, emitted = _bar(qtbot)
    bar.set_filters(ListFilters(status_codes=("st2",), changed_window=ChangedWindow.TODAY))
    chip = bar.chips.chip("changed_today")
    assert chip is not None and chip.text() == "Changed today ✕"
    chip.close_button.setFocus()
    qtbot.keyClick(chip.close_button, Qt.Key.Key_Space)
    assert emitted[-1] == ListFilters(status_codes=("st2",))
    status = bar.chips.chip("status")
    assert status is not None
    status.setFocus()
    qtbot.keyClick(status, Qt.Key.Key_Delete)
    assert emitted[-1] == ListFilters()
    assert not bar.chips.isVisible()  # nothing chosen: no empty row of chips


def test_the_overdue_quick_filter_and_its_shortcut(qtbot) -> None:
    bar, emitted = _bar(qtbot)
    qtbot.mouseClick(bar.overdue, LEFT)
    assert emitted[-1].due_window is DueWindow.OVERDUE
    assert bar.chips.texts() == ["Overdue ✕"]
    bar.activateWindow()
    qtbot.waitUntil(bar.isActiveWindow)
    bar.setFocus()
    qtbot.keyClick(
        bar, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert emitted[-1].due_window is None
    assert not bar.overdue.isChecked()
    # Due this week takes the place of Overdue: both are a due window.
    _action(bar.add_menu, "Due this week").trigger()
    assert emitted[-1].due_window is DueWindow.THIS_WEEK
    assert bar.chips.texts() == ["Due this week ✕"]
    qtbot.mouseClick(bar.overdue, LEFT)
    assert bar.chips.texts() == ["Overdue ✕"]


def test_add_filter_offers_every_filter_and_hides_what_the_backend_cannot_answer(qtbot) -> None:
    bar, emitted = _bar(qtbot)

    def offered() -> list[str]:
        return [a.text() for a in bar.add_menu.actions() if a.isVisible() and a.text()]

    assert offered() == [
        "Status",
        "Financial",
        "Fulfillment",
        "Tags",
        "Overdue",
        "Due this week",
        "Changed today",
        "Awaiting a decision",
        "Due between…",
    ]
    bar.set_filters(ListFilters(financial=("paid",), due_window=DueWindow.THIS_WEEK))
    bar.set_capabilities(False, False)
    assert offered() == ["Status", "Tags", "Changed today", "Awaiting a decision"]
    assert not bar.overdue.isVisible()
    assert emitted[-1] == ListFilters()  # nothing hidden keeps filtering
    _action(bar.add_menu, "Awaiting a decision").trigger()
    assert emitted[-1].awaiting
    assert bar.chips.texts() == ["Awaiting a decision ✕"]


def test_tags_are_chosen_from_the_accounts_tags(qtbot) -> None:
    bar, emitted = _bar(qtbot)
    bar.set_tags(["rush", "vip"])
    tags_menu = bar.tags.menu()
    assert tags_menu is not None
    tags_menu.popup(bar.mapToGlobal(QPoint(0, 0)))
    qtbot.waitUntil(tags_menu.isVisible)
    _click_in_menu(qtbot, tags_menu, "rush")
    _click_in_menu(qtbot, tags_menu, "vip")
    assert tags_menu.isVisible()
    assert emitted[-1].tags == ("rush", "vip")
    assert bar.chips.texts() == ["Tags: rush, vip ✕"]
    tags_menu.close()
    # Saved tags another account's orders carried are still shown (and removable).
    bar.set_filters(ListFilters(tags=("gone",)))
    bar.set_tags(["rush"])
    assert bar.chips.texts() == ["Tags: gone ✕"]


def test_a_chip_spells_out_a_few_names_and_counts_the_rest(qtbot) -> None:
    bar, _emitted = _bar(qtbot)
    bar.set_tags([f"tag{n}" for n in range(6)])
    bar.set_filters(ListFilters(tags=tuple(f"tag{n}" for n in range(6))))
    chip = bar.chips.chip("tags")
    assert chip is not None
    assert chip.text() == "Tags: tag0, tag1, tag2 and 3 more ✕"
    assert chip.label.toolTip() == "Tags: tag0, tag1, tag2, tag3, tag4, tag5"


def test_many_chips_wrap_instead_of_widening_the_bar(qtbot) -> None:
    bar, _emitted = _bar(qtbot)
    bar.set_tags([f"a-rather-long-tag-{n}" for n in range(10)])
    bar.set_filters(
        ListFilters(
            status_codes=("st1", "st2", "st3"),
            tags=tuple(f"a-rather-long-tag-{n}" for n in range(3)),
            due_from=date(2026, 12, 1),
            due_to=date(2026, 12, 14),
            due_window=DueWindow.OVERDUE,
            changed_window=ChangedWindow.TODAY,
            awaiting=True,
            include_canceled=False,
        )
    )
    bar.resize(420, bar.heightForWidth(420) if bar.hasHeightForWidth() else 200)
    qtbot.wait(50)
    assert bar.chips.minimumSizeHint().width() <= 420
    tops = {chip.geometry().top() for chip in bar.chips.chips}
    assert len(tops) > 1  # on more than one line
    assert all(chip.geometry().right() <= bar.chips.width() for chip in bar.chips.chips)


def test_statuses_across_accounts_are_offered_by_name_and_accounts_chosen(qtbot) -> None:
    bar, emitted = _bar(qtbot, across=True)
    bar.set_statuses([*STATUSES, Status("other-code", "In Production")])
    assert [a.text() for a in (bar.status.menu() or QMenu()).actions()] == [
        "Awaiting Proof",
        "Proof Approved",
        "In Production",
        "No status",
    ]
    bar.set_accounts([("a1", "Workshop"), ("a2", "Spree shop")])
    assert bar.accounts.isVisible()
    assert not bar.financial.isVisible()
    accounts_menu = bar.accounts.menu()
    assert accounts_menu is not None
    _action(accounts_menu, "Spree shop").trigger()
    _action(bar.status.menu() or QMenu(), "In Production").trigger()
    assert emitted[-1].accounts == ("a2",)
    assert emitted[-1].status_codes == ("In Production",)
    assert bar.chips.texts() == ["Account: Spree shop ✕", "Status: In Production ✕"]


def test_chips_and_reset_never_overlap_as_chips_come_and_go(qtbot) -> None:
    bar, _emitted = _bar(qtbot)
    bar.resize(700, 120)
    bar.set_filters(ListFilters(status_codes=("st1",)))
    bar.set_filters(ListFilters(status_codes=("st1", "st2"), due_window=DueWindow.OVERDUE))
    qtbot.wait(20)
    boxes = [chip.geometry() for chip in bar.chips.chips] + [bar.reset.geometry()]
    assert bar.reset.isVisible()
    for i, box in enumerate(boxes):
        assert all(not box.intersects(other) for other in boxes[i + 1 :]), boxes
