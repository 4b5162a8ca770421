"""The plain ints the order list's first screen names Qt's roles and alignments by are Qt's own:
a wrong one would paint the list without its texts, colours or right-aligned amounts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from approval_console.ui import roles


@pytest.mark.parametrize(
    ("value", "qt"),
    [
        (roles.DISPLAY_ROLE, Qt.ItemDataRole.DisplayRole),
        (roles.TOOLTIP_ROLE, Qt.ItemDataRole.ToolTipRole),
        (roles.FONT_ROLE, Qt.ItemDataRole.FontRole),
        (roles.TEXT_ALIGNMENT_ROLE, Qt.ItemDataRole.TextAlignmentRole),
        (roles.FOREGROUND_ROLE, Qt.ItemDataRole.ForegroundRole),
        (roles.USER_ROLE, Qt.ItemDataRole.UserRole),
        (roles.ALIGN_CENTER, Qt.AlignmentFlag.AlignCenter),
        (roles.ALIGN_RIGHT_VCENTER, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
    ],
)
def test_each_plain_value_is_qts_own(value: int, qt: Qt.ItemDataRole | Qt.AlignmentFlag) -> None:
    assert value == qt.value
