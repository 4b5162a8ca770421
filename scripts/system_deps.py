"""The system packages the console needs on this machine, found and installed before it starts.

    python scripts/system_deps.py venv   # before .venv exists: Debian's venv module
    python scripts/system_deps.py demo   # the Qt platform plugin the demo will load
    python scripts/system_deps.py test   # what the whole test suite needs

Qt's platform plugins are shared libraries that link against system libraries the PySide6 wheel
does not ship (libxcb-*, libxkbcommon, libEGL...). When one is missing, Qt aborts the process,
and its hint names libxcb-cursor0 whatever is actually missing. So the truth is taken from the
plugin's own linkage: `ldd` on PySide6's `Qt/plugins/platforms/libqxcb.so` (or
`libqoffscreen.so`) lists, transitively, every library the loader cannot find as
`libfoo.so.N => not found`. Each such soname is mapped to its Debian package by Debian's
library-package naming rule (libfoo.so.N is packaged as libfooN, or libfoo-N when the name ends
in a digit; lowercased, underscores as hyphens), with a small table of the exceptions these
plugins meet, and the names are checked with apt-cache before anything is installed.

Missing packages are installed with apt-get when that can be done without asking (running as
root, or `sudo -n` works). Otherwise the script prints one sentence naming the exact packages and
the command that installs them, and exits 1 so the caller stops before launching anything.
Nothing is printed when nothing is missing. Standard library only: it runs before, or outside,
the project's virtual environment, with whatever Python started it.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

# Libraries whose Debian package does not follow the naming rule.
PACKAGE_EXCEPTIONS = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgio-2.0.so.0": "libglib2.0-0",
    "libgmodule-2.0.so.0": "libglib2.0-0",
    "libGLdispatch.so.0": "libglvnd0",
    "libz.so.1": "zlib1g",
    "libgcc_s.so.1": "libgcc-s1",
    "libbrotlicommon.so.1": "libbrotli1",
    "libbrotlidec.so.1": "libbrotli1",
    "libc.so.6": "libc6",
    "libm.so.6": "libc6",
    "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6",
    "librt.so.1": "libc6",
}


@dataclass(frozen=True)
class Tool:
    """A program or file the tests use, and the Debian package that provides it."""

    package: str
    command: str = ""  # found on PATH
    file: str = ""  # or a file that must exist

    def present(self) -> bool:
        if self.command:
            return shutil.which(self.command) is not None
        return Path(self.file).exists()


# The journey tests run the console on a real X server (Xvfb) under a window manager (openbox)
# and drive it with xdotool; the tray's journey adds a system tray (trayer, an XEmbed tray host:
# Debian 12 no longer ships stalonetray), whose balloons show the notices without a
# notification daemon. The packaging tests freeze the console (PyInstaller strips with
# binutils) and validate its desktop entry and metainfo.
TEST_TOOLS = (
    Tool("xvfb", command="Xvfb"),
    Tool("xauth", command="xauth"),
    Tool("openbox", command="openbox"),
    Tool("trayer", command="trayer"),
    Tool("xdotool", command="xdotool"),
    Tool("x11-utils", command="xdpyinfo"),
    Tool("fonts-dejavu-core", file="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Tool("binutils", command="strip"),
    Tool("desktop-file-utils", command="desktop-file-validate"),
    Tool("appstream", command="appstreamcli"),
)

# Who needs the packages, what for, and what to do once they are installed.
PURPOSES = {
    "demo": ("The demo needs", "for the demo", "start it again"),
    "test": ("The tests need", "for the tests", "run them again"),
    "venv": ("Creating .venv needs", "for Python's venv", "run it again"),
}

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$")
_SONAME = re.compile(r"^(?P<name>lib.+?)\.so\.(?P<version>[0-9][0-9.]*)$")


def missing_libraries(ldd_output: str) -> list[str]:
    """The sonames `ldd` could not find, in the order it met them, each once."""
    found: list[str] = []
    for line in ldd_output.splitlines():
        match = _NOT_FOUND.match(line)
        if match and match.group(1) not in found:
            found.append(match.group(1))
    return found


def debian_package(soname: str) -> str | None:
    """The Debian package that ships `soname`, by Debian's naming rule; None if it has no form
    the rule covers (no `.so.N` suffix)."""
    if soname in PACKAGE_EXCEPTIONS:
        return PACKAGE_EXCEPTIONS[soname]
    match = _SONAME.match(soname)
    if match is None:
        return None
    name = match.group("name").lower().replace("_", "-")
    version = match.group("version").split(".")[0]
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def uses_xcb(environ: Mapping[str, str]) -> bool:
    """Whether Qt will load its xcb plugin: an X display, and no other platform asked for."""
    if not environ.get("DISPLAY"):
        return False
    asked = environ.get("QT_QPA_PLATFORM", "")
    return not asked or "xcb" in (name.split(":")[0] for name in asked.split(";"))


# The packaging tests freeze the console, which keeps the Wayland platform plugin and the one
# that draws with EGL on it (packaging/approval-console.spec); the build checks that every
# binary the bundle carries finds each library it links. A bare Debian 12 has neither
# libwayland-cursor0 nor libwayland-egl1, which only these two link.
FROZEN_WAYLAND = (
    "platforms/libqwayland.so",
    "wayland-graphics-integration-client/libqt-plugin-wayland-egl.so",
)


def plugins_for(purpose: str, environ: Mapping[str, str]) -> list[str]:
    """The Qt plugins whose libraries `purpose` needs: a platform's name (`xcb`), or a plugin's
    path under Qt's plugin folder."""
    if purpose == "test":
        # The offscreen suite, the journeys on Xvfb, and the frozen app's build.
        return ["offscreen", "xcb", *FROZEN_WAYLAND]
    if purpose == "demo":
        if uses_xcb(environ):
            return ["xcb"]
        if environ.get("QT_QPA_PLATFORM", "").split(":")[0] == "offscreen":
            return ["offscreen"]
    return []


def plugin_path(plugin: str) -> Path | None:
    """PySide6's plugin `plugin` (see `plugins_for`), from the PySide6 Python would import.

    PySide6 is located, not imported: importing it could itself fail on a missing library."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    relative = plugin if "/" in plugin else f"platforms/libq{plugin}.so"
    for folder in spec.submodule_search_locations:
        path = Path(folder) / "Qt" / "plugins" / relative
        if path.is_file():
            return path
    return None


def plugin_gaps(plugin: str) -> list[str]:
    """Libraries the plugin links (transitively) that this system cannot find."""
    path = plugin_path(plugin)
    if path is None or shutil.which("ldd") is None:
        return []
    result = subprocess.run(
        ["ldd", str(path)], capture_output=True, text=True, check=False, env=_c_locale()
    )
    return missing_libraries(result.stdout)


def venv_package() -> str | None:
    """Debian's venv package for this Python, when it is Debian's own Python and lacks it."""
    if importlib.util.find_spec("ensurepip") is not None:
        return None
    if not os.path.realpath(sys.executable).startswith("/usr/bin/"):
        return None
    return f"python3.{sys.version_info.minor}-venv"


@dataclass
class Needs:
    """What this machine lacks: packages known by name, and libraries no rule could name."""

    packages: list[str]
    unnamed: list[str]
    why: dict[str, str]  # package -> what needs it, for the message

    def add(self, package: str, why: str) -> None:
        if package not in self.packages:
            self.packages.append(package)
            self.why[package] = why


def find_needs(purpose: str, environ: Mapping[str, str]) -> Needs:
    needs = Needs([], [], {})
    if purpose == "venv":
        package = venv_package()
        if package:
            needs.add(package, "python -m venv")
        return needs
    for plugin in plugins_for(purpose, environ):
        for soname in plugin_gaps(plugin):
            package = debian_package(soname)
            if package is None:
                needs.unnamed.append(soname)
            else:
                needs.add(package, f"{soname} for Qt's {Path(plugin).stem} plugin")
    if purpose == "test":
        for tool in TEST_TOOLS:
            if not tool.present():
                needs.add(tool.package, tool.command or tool.file)
    return needs


def install_prefix() -> list[str] | None:
    """How to run apt-get as root without asking for anything, or None if that cannot be done."""
    if shutil.which("apt-get") is None:
        return None
    if os.geteuid() == 0:
        return []
    if shutil.which("sudo") and _quiet(["sudo", "-n", "true"]) == 0:
        return ["sudo", "-n"]
    return None


def unknown_to_apt(packages: Sequence[str]) -> list[str]:
    """The packages apt-cache has no installable version of (in its current package lists)."""
    result = subprocess.run(
        ["apt-cache", "policy", *packages],
        capture_output=True, text=True, check=False, env=_c_locale(),
    )  # fmt: skip
    candidates: dict[str, str] = {}
    current = None
    for line in result.stdout.splitlines():
        if line and not line[0].isspace() and line.endswith(":"):
            current = line[:-1].split(":")[0]  # "libfoo1:amd64:" names libfoo1 too
        elif current and line.strip().startswith("Candidate:"):
            candidates[current] = line.split(":", 1)[1].strip()
    return [p for p in packages if candidates.get(p, "(none)") == "(none)"]


def apt_install(prefix: list[str], packages: Sequence[str]) -> tuple[bool, str]:
    """apt-get install, quietly, once more after refreshing the package lists if it failed (lists
    gone stale name versions the archive no longer has). Returns (success, apt's complaint)."""
    command = [*prefix, "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "-qq",
               "-o", "DPkg::Lock::Timeout=300", "install", "-y", "--no-install-recommends",
               *packages]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    if result.returncode != 0:
        apt_update(prefix)
        result = subprocess.run(command, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    return result.returncode == 0, (result.stderr or result.stdout).strip()


def apt_update(prefix: list[str]) -> None:
    _quiet([*prefix, "apt-get", "-qq", "-o", "DPkg::Lock::Timeout=300", "update"])


def refusal(purpose: str, needs: Needs, *, debian: bool) -> str:
    """The one sentence that says what is missing and how to install it."""
    who, _, again = PURPOSES[purpose]
    names = " ".join(needs.packages)
    if needs.unnamed:
        libraries = ", ".join(needs.unnamed)
        return (
            f"{who} the system libraries {libraries} for Qt, which are not installed and have no "
            f"Debian package name known here: install what provides them, then {again}."
        )
    if debian:
        return (
            f"{who} the system packages {names}, which are not installed: "
            f"run `sudo apt-get install {names}`, then {again}."
        )
    return (
        f"{who} what Debian packages as {names}, which is not installed: install it with this "
        f"system's package manager, then {again}."
    )


def main(argv: Sequence[str] | None = None, environ: Mapping[str, str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("purpose", choices=sorted(PURPOSES))
    parser.add_argument(
        "--check", action="store_true", help="only say what is missing; never install"
    )
    args = parser.parse_args(argv)
    environ = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return 0
    needs = find_needs(args.purpose, environ)
    if not needs.packages and not needs.unnamed:
        return 0
    debian = shutil.which("apt-get") is not None
    prefix = None if args.check else install_prefix()
    if prefix is None or needs.unnamed:
        print(refusal(args.purpose, needs, debian=debian), file=sys.stderr)
        return 1
    unknown = unknown_to_apt(needs.packages)
    if unknown:  # a fresh system has no package lists yet
        apt_update(prefix)
        unknown = unknown_to_apt(needs.packages)
    if unknown:
        print(
            f"{PURPOSES[args.purpose][0]} "
            + ", ".join(f"{p} ({needs.why[p]})" for p in unknown)
            + ", which apt cannot find in its package lists.",
            file=sys.stderr,
        )
        return 1
    names = " ".join(needs.packages)
    print(f"Installing system packages {PURPOSES[args.purpose][1]}: {names}", file=sys.stderr)
    installed, complaint = apt_install(prefix, needs.packages)
    left = find_needs(args.purpose, environ)
    if not installed or left.packages or left.unnamed:
        if complaint:
            print(complaint, file=sys.stderr)
        print(refusal(args.purpose, left if left.packages else needs, debian=True), file=sys.stderr)
        return 1
    return 0


def _c_locale() -> dict[str, str]:
    """Untranslated output from ldd and apt-cache: their words are parsed."""
    return dict(os.environ, LC_ALL="C")


def _quiet(command: Iterable[str]) -> int:
    return subprocess.run(
        list(command), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL, check=False,
    ).returncode  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
