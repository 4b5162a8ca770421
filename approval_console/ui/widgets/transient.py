"""Inline messages that know how long they matter: a success line fades, an error stays.

"Comment saved." is news for a moment; left on screen it turns into furniture, and the next
time something goes wrong a person has learned to skip the line. So a success line lingers long
enough to read (longer for a longer line), fades out and hides; an error, or anything not
marked as a success, stays until the next message replaces it. Setting any new message on the
label stops a fade in progress, so an error that follows a success is never faded with it.

Every line shown here, and on the window's status bar, is redacted of every known secret first:
these are the places a server's words reach a person, and a server may echo the key back.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QObject, QPropertyAnimation, QTimer
from PySide6.QtWidgets import QGraphicsOpacityEffect, QLabel, QStatusBar

from approval_console.core.log import redact
from approval_console.ui.tones import Tone, set_tone

LINGER_MS = 4000  # a short success line stays this long before fading
PER_CHARACTER_MS = 50  # and this much longer per character past the first 40
LINGER_MAX_MS = 10_000
FADE_MS = 700


def linger_ms(text: str) -> int:
    """How long a success line stays fully visible: enough to read it, never forever."""
    extra = max(0, len(text) - 40) * PER_CHARACTER_MS
    return min(LINGER_MS + extra, max(LINGER_MAX_MS, LINGER_MS))


class Fader(QObject):
    """Fades one label out after its success line has been read, then hides it."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self.setObjectName("transientFader")
        self._label = label
        self._wait = QTimer(self)
        self._wait.setSingleShot(True)
        self._wait.timeout.connect(self._fade)
        self._animation: QPropertyAnimation | None = None

    @property
    def pending(self) -> bool:
        """True while a success line is waiting to fade or fading."""
        return self._wait.isActive() or self._animation is not None

    def start(self) -> None:
        """The label now shows a success line: let it fade once read."""
        self.stop()
        self._wait.start(linger_ms(self._label.text()))

    def stop(self) -> None:
        """The label's message changed: whatever it shows now stays, fully opaque."""
        self._wait.stop()
        if self._animation is not None:
            self._animation.stop()
            self._animation.deleteLater()
            self._animation = None
        # A graphics effect left on the label costs an offscreen render per paint: drop it.
        if self._label.graphicsEffect() is not None:
            self._label.setGraphicsEffect(None)  # type: ignore[arg-type]

    def _fade(self) -> None:
        effect = QGraphicsOpacityEffect(self._label)
        effect.setOpacity(1.0)
        self._label.setGraphicsEffect(effect)
        animation = QPropertyAnimation(effect, b"opacity", self)
        animation.setDuration(FADE_MS)
        animation.setStartValue(1.0)
        animation.setEndValue(0.0)
        animation.setEasingCurve(QEasingCurve.Type.InQuad)
        animation.finished.connect(self._faded)
        self._animation = animation
        animation.start()

    def _faded(self) -> None:
        self.stop()
        self._label.clear()
        self._label.hide()


def fader_of(label: QLabel) -> Fader:
    """The label's one fader, made the first time it is asked for."""
    found = label.findChild(Fader, "transientFader")
    return found if isinstance(found, Fader) else Fader(label)


def show_transient(label: QLabel, text: str, *, success: bool) -> None:
    """Show `text` on `label` (empty text hides it): a success fades later, all else stays."""
    fader = fader_of(label)
    fader.stop()
    text = redact(text)
    label.setText(text)
    label.setVisible(bool(text))
    if success and text:
        fader.start()


# The kinds of inline message the dialogs show, and their tones ("info": the text's own colour).
MESSAGE_TONES = {"info": None, "ok": Tone.SUCCESS, "error": Tone.ERROR}


def show_toned(label: QLabel, text: str, tone: Tone | None) -> None:
    """A message line in `tone` (None: the text's own colour): a success fades once read,
    anything else stays until the next message; empty text hides it."""
    set_tone(label, tone)
    show_transient(label, text, success=tone is Tone.SUCCESS)


def show_message(label: QLabel, text: str, kind: str = "info") -> None:
    """One inline message place per area, coloured by kind ("info", "ok" or "error")."""
    show_toned(label, text, MESSAGE_TONES[kind])


class RedactingStatusBar(QStatusBar):
    """The window's status bar: whoever shows a message there, no known secret is shown."""

    def showMessage(self, text: str, timeout: int | None = 0) -> None:
        super().showMessage(redact(text), timeout or 0)
