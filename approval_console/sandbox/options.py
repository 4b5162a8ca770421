"""Run-time options shared by every emulated API (changeable through `/_sandbox/config`)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date


@dataclass
class SandboxOptions:
    """One mutable object read at request time, so that tests can retune a running sandbox."""

    orders: int = 500
    seed: int = 1
    anchor_date: date | None = None
    rate_window: float = 60.0
    queue_delay_ms: float = 1500.0
    latency_ms: float = 0.0
    fault_rate: float = 0.0
    spree_version: str = "5.6"  # the Spree release emulated: "5.6" (latest release) or "6.0"

    RUNTIME_FIELDS = ("fault_rate", "latency_ms", "queue_delay_ms", "rate_window")

    def runtime(self) -> dict[str, float]:
        """The settings `/_sandbox/config` may change, as JSON."""
        values = asdict(self)
        return {name: values[name] for name in self.RUNTIME_FIELDS}

    def update(self, changes: dict[str, object]) -> list[str]:
        """Apply the known settings of `changes`; return error messages for bad ones."""
        errors: list[str] = []
        for name, value in changes.items():
            if name not in self.RUNTIME_FIELDS:
                errors.append(f"unknown setting {name!r}")
            elif isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                errors.append(f"{name} must be a non-negative number")
            elif name == "fault_rate" and value > 1:
                errors.append("fault_rate must be between 0 and 1")
        if not errors:
            for name, value in changes.items():
                setattr(self, name, float(value))  # type: ignore[arg-type]
        return errors
