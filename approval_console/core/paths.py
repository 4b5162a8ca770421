"""Every place the console writes, decided in one module.

`--profile DIR` (and tests) redirect all of them at once, so a demo or a test never touches the
user's real profile.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "approval-console"
APP_AUTHOR = "ApprovalConsole"


@dataclass(frozen=True, slots=True)
class Paths:
    """The directories of one profile."""

    config_dir: Path
    data_dir: Path
    cache_dir: Path
    log_dir: Path

    @classmethod
    def for_user(cls) -> Paths:
        dirs = platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR)
        return cls(
            config_dir=Path(dirs.user_config_dir),
            data_dir=Path(dirs.user_data_dir),
            cache_dir=Path(dirs.user_cache_dir),
            log_dir=Path(dirs.user_log_dir),
        )

    @classmethod
    def in_profile(cls, root: Path) -> Paths:
        """All locations under one directory: `--profile DIR`, demo mode and tests."""
        root = root.expanduser().resolve()
        return cls(
            config_dir=root / "config",
            data_dir=root / "data",
            cache_dir=root / "cache",
            log_dir=root / "logs",
        )

    @property
    def database(self) -> Path:
        """The order cache: rebuilt from the servers if it cannot be read."""
        return self.data_dir / "console.sqlite3"

    @property
    def journal(self) -> Path:
        """The change journal: apart from the cache, so nothing that rebuilds it touches this."""
        return self.data_dir / "journal.sqlite3"

    @property
    def instance_lock(self) -> Path:
        """Held by the one console running on this profile."""
        return self.data_dir / "console.lock"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "console.log"

    def ensure(self) -> None:
        for directory in (self.config_dir, self.data_dir, self.cache_dir, self.log_dir):
            directory.mkdir(parents=True, exist_ok=True)
