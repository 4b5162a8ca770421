"""The console in the desktop's tray: how many orders await a decision, and the way back in.

Where the desktop has a tray (a StatusNotifier host over D-Bus, or an XEmbed tray on X11), the
icon shows the app's icon with the count of orders awaiting a decision, across accounts, as a
badge, and says it in its tooltip. A click brings the window forward; its menu offers Show,
Needs review… and Quit. With "close to tray" on (`Preferences.close_to_tray`, read when the
window closes, so a change in Preferences applies at once), closing the window hides it and the
console goes on refreshing and telling of new orders in the background; Quit, from this menu or
File → Quit, really ends it. Without a tray, closing always quits: a hidden window with no way
back would be a console the person can neither see nor stop.

Desktop notices (`notifications.Notifier`) are shown through the icon: `showMessage` goes to
the desktop's notification service where one runs, else a balloon by the icon.
"""

from __future__ import annotations

import contextlib
from functools import lru_cache
from typing import Protocol

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from approval_console.services.review_watch import NewForReview, ReviewWatch
from approval_console.services.sync import SyncResult
from approval_console.ui.app_icon import SvgIconEngine, small_drawing
from approval_console.ui.change_bus import OrderChanges
from approval_console.ui.context import UiContext
from approval_console.ui.jobs import Job
from approval_console.ui.language import follow_language
from approval_console.ui.notifications import Notice, Notifier
from approval_console.ui.resources import icon_path
from approval_console.ui.viewmodels.review import QueueMode
from approval_console.ui.viewmodels.session import SessionViewModel

SIZES = (16, 22, 24, 32, 48, 64)  # the sizes trays ask for, each drawn at 1x and 2x
BADGE = QColor("#C62828")  # white on it: 5.6:1
NOTICE_MS = 10_000
MOST = 99  # a bigger count reads "99+" in the badge (the tooltip says it whole)


class TrayHost(Protocol):
    """The window the tray stands for (`MainWindow`)."""

    @property
    def context(self) -> UiContext: ...
    @property
    def session(self) -> SessionViewModel: ...

    def open_review(self, mode: QueueMode) -> None: ...
    def close(self) -> bool: ...


def _drawings() -> SvgIconEngine | None:
    """The app's icon drawings, small and large, as the window's icon draws them."""
    path = icon_path()
    if path is None:
        return None
    small = small_drawing(path)
    return SvgIconEngine(path, small if small.exists() else None)


@lru_cache(maxsize=32)
def badge_icon(count: int) -> QIcon:
    """The app's icon with `count` in a red badge at its top right, drawn at each size in
    device pixels (so crisp at 200 %); without a count, the plain icon."""
    icon = QIcon()
    drawings = _drawings()
    for size in SIZES:
        for ratio in (1, 2):
            pixels = size * ratio
            image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer = drawings.renderer_for(pixels) if drawings is not None else None
            if renderer is not None and renderer.isValid():
                renderer.render(painter, QRectF(0, 0, pixels, pixels))
            if count > 0:
                _draw_badge(painter, pixels, count)
            painter.end()
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            icon.addPixmap(pixmap)
    return icon


def _draw_badge(painter: QPainter, pixels: int, count: int) -> None:
    text = f"{MOST}+" if count > MOST else str(count)
    height = pixels * 0.62
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(1, round(height * 0.78)))
    painter.setFont(font)
    advance = painter.fontMetrics().horizontalAdvance(text)
    width = min(float(pixels), max(height, advance + height * 0.4))
    rect = QRectF(pixels - width, 0, width, height)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BADGE)
    painter.drawRoundedRect(rect, height / 2, height / 2)
    painter.setPen(QColor("white"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


class ConsoleTray(QObject):
    def __init__(self, window: TrayHost, owner: QWidget) -> None:
        super().__init__(owner)
        self._window = window
        self._owner = owner
        context = window.context
        self._context = context
        self.count = 0
        self.quitting = False  # Quit was chosen: the window's close really ends the console
        self._last: Notice | None = None  # the notice on screen, for a click on it
        self.watch = ReviewWatch(context.console.db_thread, context.console.cache)
        self.notifier = Notifier(
            context,
            owner,
            lambda: window.session.account_id,
            self,
            queue_active=self._queue_active,
        )
        self.icon = QSystemTrayIcon(self)
        self.menu = QMenu()  # a tray's menu has no parent window
        self.act_show = QAction(self.menu)
        self.act_review = QAction(self.menu)
        self.act_quit = QAction(self.menu)
        self.act_show.triggered.connect(self.bring_forward)
        self.act_review.triggered.connect(self.open_review)
        self.act_quit.triggered.connect(self.quit)
        self.menu.addAction(self.act_show)
        self.menu.addAction(self.act_review)
        self.menu.addSeparator()
        self.menu.addAction(self.act_quit)
        self.icon.setContextMenu(self.menu)
        self.icon.setIcon(badge_icon(0))
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self._notice_clicked)
        self.notifier.noticed.connect(self.show_notice)
        window.session.awaitingCounted.connect(self.show_count)
        window.session.synced.connect(self._refreshed)
        context.bus.changed.connect(self._changed_here)
        context.preferences.changed.connect(self._apply_preferences)
        follow_language(owner, self._retranslate)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon.show()

    # -- what it shows -----------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.act_show.setText(self.tr("&Show Approval Console"))
        self.act_review.setText(self.tr("Needs &review…"))
        self.act_quit.setText(self.tr("&Quit"))
        self.show_count(self.count)

    def show_count(self, count: int) -> None:
        self.count = count
        self.icon.setIcon(badge_icon(count))
        if count:
            said = self.tr("%n order(s) await a decision", "", count)
        else:
            said = self.tr("No order awaits a decision")
        self.icon.setToolTip(f"Approval Console\n{said}")

    def available(self) -> bool:
        """Whether the desktop shows the icon: only then can the window hide in the tray."""
        return self.icon.isVisible() and QSystemTrayIcon.isSystemTrayAvailable()

    def _apply_preferences(self) -> None:
        """Close to tray and the notices read the preferences when they act; the icon itself
        comes back if the desktop gained a tray meanwhile."""
        if not self.icon.isVisible() and QSystemTrayIcon.isSystemTrayAvailable():
            self.icon.show()

    # -- closing -----------------------------------------------------------------------------

    def keeps_on_close(self) -> bool:
        """Closing the window hides it instead: chosen, a tray to come back from, not Quit."""
        chosen = self._context.console.settings.preferences.close_to_tray
        return chosen and not self.quitting and self.available()

    def quit(self) -> None:
        """Really end the console (it may still ask about changes running)."""
        if self._context.jobs.running:
            self.bring_forward()  # the question about them is asked in the window
        self.quitting = True
        try:
            self._window.close()
        finally:
            self.quitting = False

    def stop(self) -> None:
        """The console ends: the icon goes at once, not when the process does, and what
        changes from now on (a bulk run settling late) is no longer looked at."""
        self.icon.hide()
        with contextlib.suppress(RuntimeError, TypeError):
            self._context.bus.changed.disconnect(self._changed_here)
        with contextlib.suppress(RuntimeError, TypeError):
            self._window.session.synced.disconnect(self._refreshed)

    # -- coming back -------------------------------------------------------------------------

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.bring_forward()

    def bring_forward(self) -> None:
        owner = self._owner
        if owner.isMinimized():
            owner.showNormal()
        owner.show()
        owner.raise_()
        owner.activateWindow()

    def open_review(self) -> None:
        self.bring_forward()
        self._window.open_review(QueueMode.REVIEW)

    def _queue_active(self) -> bool:
        from approval_console.ui.review_window import ReviewWindow

        return any(
            queue.isVisible() and queue.isActiveWindow()
            for queue in self._owner.findChildren(ReviewWindow)
        )

    # -- notices -----------------------------------------------------------------------------

    def _refreshed(self, _result: SyncResult) -> None:
        """After each refresh of the account in use: what newly awaits a decision there."""
        account = self._window.session.account()
        if account is None:
            return
        # No key: a check cancelled half-way would still have recorded what it found.
        self._context.runner.start(self.watch.new_since_last_look(account), on_done=self._found)

    def _found(self, found: NewForReview) -> None:
        self.notifier.review_found(found)

    def _changed_here(self, changes: OrderChanges) -> None:
        """An order the console itself changed (the person's doing) into a review status is
        no news to them: recorded as known before the next refresh could announce it."""
        account = self._context.console.settings.account(changes.account_id or "")
        if changes.refreshed or account is None:
            return
        self._context.runner.start(self.watch.new_since_last_look(account))

    def show_notice(self, notice: Notice) -> None:
        self._last = notice
        if not self.available():
            return
        icon = (
            QSystemTrayIcon.MessageIcon.Warning
            if notice.warning
            else QSystemTrayIcon.MessageIcon.Information
        )
        self.icon.showMessage(notice.title, notice.text, icon, NOTICE_MS)

    @property
    def last_notice(self) -> Notice | None:
        return self._last

    def _notice_clicked(self) -> None:
        """A click on the notice shows what it is about: the account, or the job's report."""
        notice = self._last
        self.bring_forward()
        if notice is None:
            return
        session = self._window.session
        if notice.account_id is not None and notice.account_id != session.account_id:
            session.switch(notice.account_id)
        job: Job | None = notice.job
        if job is not None:
            with contextlib.suppress(RuntimeError):  # dismissed meanwhile
                job.show()
