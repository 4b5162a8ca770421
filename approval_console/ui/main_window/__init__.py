"""The console's main window, one module per part (as qutebrowser's `mainwindow/`)."""

from approval_console.ui.main_window.window import MainWindow

__all__ = ["MainWindow"]
