"""Faults a test asks for by name: "lose the next two bulk POSTs", not "3 in 10 at random".

A random fault rate finds failures; a script reproduces one. Each rule matches a method and an
exact path and fires for `count` matching requests once `skip` of them have passed untouched,
ahead of the random faults:

- `lose`: the connection drops before the request is handled, as when it never reached the
  server. Nothing is applied; the client cannot tell, and must not assume either way.
- `apply_then_drop`: handled (and applied), then the connection drops before any answer.
- `error_500`: a 500 with no effect.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

FAULTS = ("lose", "apply_then_drop", "error_500")


@dataclass
class ScriptedFault:
    method: str
    path: str
    fault: str
    count: int
    skip: int = 0


class FaultScript:
    """The rules still to fire, oldest first."""

    def __init__(self) -> None:
        self.rules: list[ScriptedFault] = []

    def add(self, body: object) -> list[str]:
        """Add a rule from a control request's JSON; return error messages for a bad one."""
        if not isinstance(body, dict):
            return ["expected a JSON object"]
        method, path = body.get("method", "POST"), body.get("path")
        fault, count, skip = body.get("fault"), body.get("count", 1), body.get("skip", 0)
        errors: list[str] = []
        if not isinstance(method, str) or not method:
            errors.append("method must be an HTTP method")
        if not isinstance(path, str) or not path.startswith("/api/"):
            errors.append("path must be an /api/ path")
        if fault not in FAULTS:
            errors.append(f"fault must be one of {', '.join(FAULTS)}")
        if isinstance(count, bool) or not isinstance(count, int) or count < 1:
            errors.append("count must be a positive integer")
        if isinstance(skip, bool) or not isinstance(skip, int) or skip < 0:
            errors.append("skip must be a non-negative integer")
        if not errors:
            rule = ScriptedFault(str(method).upper(), str(path), str(fault), count, skip)
            self.rules.append(rule)
        return errors

    def take(self, method: str, path: str) -> str | None:
        """The fault for this request, if a rule matches it (which then has one fewer to go)."""
        for rule in self.rules:
            if rule.method == method.upper() and rule.path == path:
                if rule.skip:
                    rule.skip -= 1
                    return None
                rule.count -= 1
                if rule.count == 0:
                    self.rules.remove(rule)
                return rule.fault
        return None

    def clear(self) -> None:
        self.rules.clear()

    def as_json(self) -> list[dict[str, object]]:
        return [asdict(rule) for rule in self.rules]
