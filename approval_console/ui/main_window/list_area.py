"""Where the order list goes: the list, the welcome, or why the list is missing.

An account that cannot be read says why where its list would be: a banner above the cached
orders (which stay usable), or a panel in place of the list when there are none. Without an
account, the welcome says how to add one.
"""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from approval_console.ui.viewmodels.session import ReadProblem
from approval_console.ui.widgets.read_problem import ReadProblemView
from approval_console.ui.widgets.welcome import WelcomePanel

LIST_MIN_WIDTH = 260


class ListArea(QStackedWidget):
    def __init__(self, table: QWidget) -> None:
        super().__init__()
        self.welcome = WelcomePanel()
        self.problem_banner = ReadProblemView(compact=True)
        self.problem_panel = ReadProblemView(compact=False)
        self.list_page = QWidget()
        layout = QVBoxLayout(self.list_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.problem_banner)
        layout.addWidget(table, 1)
        self.addWidget(self.list_page)
        self.addWidget(self.welcome)
        self.addWidget(self.problem_panel)
        # The welcome would otherwise set the list's least width even while hidden: with a wide
        # detail pane (an Apruve order's invoice actions) the window would no longer fit a
        # 1600-pixel screen at 150 %.
        self.setMinimumWidth(LIST_MIN_WIDTH)
        self._problem: ReadProblem | None = None

    @property
    def problem_views(self) -> tuple[ReadProblemView, ReadProblemView]:
        return self.problem_banner, self.problem_panel

    def show_problem(self, problem: ReadProblem | None) -> None:
        for view in self.problem_views:
            view.show_problem(problem)

    def place(self, *, account: bool, problem: ReadProblem | None, cached: int) -> bool:
        """The welcome without an account; a problem in place of an empty list, or a banner
        above the cached orders; otherwise the list alone. True when the list shows."""
        if not account:
            page: QWidget = self.welcome
        elif problem is not None and cached == 0:
            page = self.problem_panel
        else:
            page = self.list_page
        self.setCurrentWidget(page)
        self.problem_banner.setVisible(page is self.list_page and problem is not None)
        return page is self.list_page
