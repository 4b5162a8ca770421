"""Qt's item data roles and text alignments as the plain ints they are, for the code that draws
the order list's first screen.

PySide builds every enum of Qt's `Qt` namespace, 93 of them and about 14 ms, the first time
Python meets it: by naming `Qt`, or when Qt calls a Python method with one of its values (a
model's `headerData` gets a `Qt.Orientation`, its `sort` a `Qt.SortOrder`). That is a tenth of a
bare window's start, and the first screen needs none of it: a model's `data` is asked for a role
as an int and may answer an alignment as an int. So the list's model, its delegates and its view
use these until the first paint, and meet `Qt` itself only later, where a person acts (a sort, a
tooltip, a menu). Each value is checked against Qt's own in the tests.
"""

from __future__ import annotations

DISPLAY_ROLE = 0  # Qt.ItemDataRole.DisplayRole
TOOLTIP_ROLE = 3  # Qt.ItemDataRole.ToolTipRole
FONT_ROLE = 6  # Qt.ItemDataRole.FontRole
TEXT_ALIGNMENT_ROLE = 7  # Qt.ItemDataRole.TextAlignmentRole
FOREGROUND_ROLE = 9  # Qt.ItemDataRole.ForegroundRole
USER_ROLE = 0x0100  # Qt.ItemDataRole.UserRole

ALIGN_CENTER = 0x0084  # Qt.AlignmentFlag.AlignCenter
ALIGN_RIGHT_VCENTER = 0x0082  # Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
