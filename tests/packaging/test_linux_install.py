"""Installing the frozen app on Linux: `packaging/linux/install.sh` and `build-deb.sh`.

The per-user install must give a menu entry that the freedesktop validator accepts, that starts
the installed app and shows its icon; uninstalling must leave the home folder exactly as it was.
The .deb is built and inspected, never installed. The validators are required, not optional:
CI installs `desktop-file-utils` and `appstream` (a missing tool fails these tests).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from approval_console import __version__

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
sys.path.insert(0, str(ROOT / "packaging"))
from system_libraries import SYSTEM_LIBRARIES  # noqa: E402

APP_ID = "org.approvalconsole.ApprovalConsole"
COMMAND = "approval-console"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
VERSION_LINE = f"Approval Console {__version__}"
# What Qt's xcb platform needs from the system (PyInstaller does not bundle these), and the
# packages of the libraries the spec leaves to the system (packaging/system_libraries.py).
REQUIRED_DEPENDS = {
    "libxcb-cursor0",
    "libxkbcommon-x11-0",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libdbus-1-3",
    *SYSTEM_LIBRARIES.values(),
}

pytestmark = [
    pytest.mark.skipif(sys.platform != "linux", reason="Linux packaging"),
    pytest.mark.timeout(900),  # the first test to ask for the app may build it
]


def require_tool(name: str, package: str) -> str:
    """The path of a command-line tool; fails (not skips) without it, since CI installs it."""
    path = shutil.which(name)
    if path is None:
        pytest.fail(
            f"{name} is not installed: apt-get install -y {package} (CI installs it in .ci/run)",
            pytrace=False,
        )
    return path


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Runs a command that must succeed, showing its output when it does not."""
    result = subprocess.run(
        [str(arg) for arg in args], capture_output=True, text=True, env=env, timeout=600
    )
    assert result.returncode == 0, (
        f"{' '.join(map(str, args))} exited with {result.returncode}\n"
        f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    )
    return result


def snapshot(root: Path, *, contents: bool = True) -> dict[str, str]:
    """Every path under `root`, relative, with what it is: a folder, a link's target or a file's
    digest (or just "file" without `contents`)."""
    tree: dict[str, str] = {}
    for folder, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            path = Path(folder, name)
            key = path.relative_to(root).as_posix()
            if path.is_symlink():
                tree[key] = f"-> {os.readlink(path)}"
            elif path.is_dir():
                tree[key] = "folder"
            elif contents:
                tree[key] = hashlib.sha256(path.read_bytes()).hexdigest()
            else:
                tree[key] = "file"
    return tree


def read_desktop_entry(path: Path) -> dict[str, dict[str, str]]:
    """The groups of a desktop entry file, each a dict of its (unescaped-as-is) keys."""
    groups: dict[str, dict[str, str]] = {}
    group: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            group = groups.setdefault(line[1:-1], {})
        else:
            key, _, value = line.partition("=")
            group[key.strip()] = value.strip()
    return groups


def exec_argv(value: str) -> list[str]:
    """Splits an Exec value as the Desktop Entry spec does: string escapes, then the quoting
    (double quotes, inside which a backslash escapes the next character), then `%%` → `%`."""
    escapes = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    text = re.sub(r"\\(.)", lambda m: escapes.get(m[1], "\\" + m[1]), value)
    argv: list[str] = []
    arg: list[str] = []
    in_arg = quoted = False
    chars = iter(text)
    for char in chars:
        if quoted:
            if char == '"':
                quoted = False
            else:
                arg.append(next(chars) if char == "\\" else char)
        elif char == " ":
            if in_arg:
                argv.append("".join(arg))
                arg, in_arg = [], False
        else:
            in_arg = True
            if char == '"':
                quoted = True
            else:
                arg.append(char)
    assert not quoted, f"unterminated quote in Exec={value}"
    if in_arg:
        argv.append("".join(arg))
    assert not any(re.search(r"%[^%]", a.replace("%%", "")) for a in argv), f"field code: {value}"
    return [a.replace("%%", "%") for a in argv]


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's header."""
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n" and header[12:16] == b"IHDR", path
    return struct.unpack(">II", header[16:24])


def deb_version(version: str) -> str:
    """The Debian spelling of a PEP 440 version, as build-deb.sh makes it: 1.2.0rc1 → 1.2.0~rc1."""
    return re.sub(r"\.?(a|b|rc|dev)(\d+)", r"~\1\2", version)


def check_desktop_entry(path: Path, executable: Path) -> None:
    """Validates the entry and checks both its launchers run `executable`."""
    validate = require_tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([validate, str(path)], capture_output=True, text=True)
    assert (result.returncode, result.stdout + result.stderr) == (0, ""), result.stdout
    groups = read_desktop_entry(path)
    entry = groups["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Approval Console"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert exec_argv(entry["Exec"]) == [str(executable)]
    assert exec_argv(groups["Desktop Action demo"]["Exec"]) == [str(executable), "--demo"]


@pytest.mark.slow
def test_install_then_uninstall_leaves_home_as_it_was(frozen_app: Path, tmp_path: Path) -> None:
    home = tmp_path / "Jane Doe"  # a space, so the desktop entry must quote its Exec
    data = home / ".data"  # a non-default XDG_DATA_HOME: the script must follow it
    (data / "applications").mkdir(parents=True)
    user_entry = data / "applications" / "mine.desktop"
    user_entry.write_text("[Desktop Entry]\nType=Link\nName=Mine\nURL=https://example.org\n")
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(data))
    before = snapshot(home)

    run("bash", LINUX / "install.sh", frozen_app, env=env)

    installed = snapshot(home, contents=False)
    app = data / COMMAND / "app" / COMMAND
    entry = data / "applications" / f"{APP_ID}.desktop"
    check_desktop_entry(entry, app)
    assert app.is_file() and os.access(app, os.X_OK)
    assert run(app, "--version").stdout.strip() == VERSION_LINE
    launcher = home / ".local" / "bin" / COMMAND
    assert run(launcher, "--version").stdout.strip() == VERSION_LINE
    for size in ICON_SIZES:
        icon = data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png_size(icon) == (size, size), icon
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (data / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert not (home / ".local" / "share").exists(), "ignored XDG_DATA_HOME"

    # The manifest names exactly what the install added.
    manifest = data / COMMAND / "installed-files"
    listed = {line.split(" ", 1)[1] for line in manifest.read_text().splitlines()}
    added = {str(home / path) for path in installed.keys() - before.keys()}
    assert listed == added

    # Installing again (an upgrade) replaces the files and leaves the same tree and manifest.
    run("bash", LINUX / "install.sh", frozen_app, env=env)
    assert snapshot(home, contents=False) == installed
    assert {line.split(" ", 1)[1] for line in manifest.read_text().splitlines()} == added

    run("bash", LINUX / "install.sh", "--uninstall", env=env)
    assert snapshot(home) == before
    assert user_entry.is_file()


@pytest.mark.slow
def test_deb_package(frozen_app: Path, tmp_path: Path) -> None:
    dpkg_deb = require_tool("dpkg-deb", "dpkg")
    appstreamcli = require_tool("appstreamcli", "appstream")
    out = tmp_path / "out"

    # gzip -1 takes seconds where the release's xz takes a minute; the contents are the same.
    env = dict(os.environ, DEB_COMPRESSION="gzip", DEB_COMPRESSION_LEVEL="1")
    run("bash", LINUX / "build-deb.sh", frozen_app, out, env=env)

    arch = run("dpkg", "--print-architecture").stdout.strip()
    version = deb_version(__version__)
    deb = out / f"{COMMAND}_{version}_{arch}.deb"
    assert [p.name for p in out.iterdir()] == [deb.name]

    info = run(dpkg_deb, "--info", deb).stdout
    assert re.search(r"\bpostinst\b", info) and re.search(r"\bpostrm\b", info), info
    control: dict[str, str] = {}
    field = ""
    for line in run(dpkg_deb, "--field", deb).stdout.splitlines():
        if line.startswith((" ", "\t")):
            control[field] += "\n" + line.strip()
        else:
            field, _, value = line.partition(":")
            control[field] = value.strip()
    assert control["Package"] == COMMAND
    assert control["Version"] == version
    assert control["Architecture"] == arch
    assert "@" in control["Maintainer"]
    assert control["Section"] and control["Priority"] == "optional"
    assert control["Description"].split("\n")[0]
    depends = {
        re.split(r"[\s(]", choice.split("|")[0].strip())[0]
        for choice in control["Depends"].replace("\n", " ").split(",")
    }
    assert depends >= REQUIRED_DEPENDS, REQUIRED_DEPENDS - depends

    listing: dict[str, str] = {}
    for line in run(dpkg_deb, "--contents", deb).stdout.splitlines():
        mode, owner, _size, _date, _time, path = line.split(maxsplit=5)
        assert owner == "root/root", line
        path, _, target = path.partition(" -> ")
        listing[path.rstrip("/")] = f"{mode} {target}".strip()
    assert listing[f"./opt/{COMMAND}/{COMMAND}"] == "-rwxr-xr-x"
    assert listing[f"./usr/bin/{COMMAND}"] == f"lrwxrwxrwx /opt/{COMMAND}/{COMMAND}"
    expected = {
        f"./usr/share/applications/{APP_ID}.desktop",
        f"./usr/share/metainfo/{APP_ID}.metainfo.xml",
        f"./usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        *(f"./usr/share/icons/hicolor/{s}x{s}/apps/{APP_ID}.png" for s in ICON_SIZES),
        *(f"./opt/{COMMAND}/{path}" for path in snapshot(frozen_app, contents=False)),
    }
    assert expected <= listing.keys(), sorted(expected - listing.keys())[:10]

    root = tmp_path / "root"
    run(dpkg_deb, "-x", deb, root)
    check_desktop_entry(
        root / "usr" / "share" / "applications" / f"{APP_ID}.desktop", Path("/usr/bin", COMMAND)
    )
    assert run(root / "opt" / COMMAND / COMMAND, "--version").stdout.strip() == VERSION_LINE
    metainfo = root / "usr" / "share" / "metainfo" / f"{APP_ID}.metainfo.xml"
    run(appstreamcli, "validate", "--no-net", "--strict", metainfo)
    releases = ET.parse(metainfo).getroot().findall("./releases/release")
    assert releases and releases[0].get("version") == __version__, "metainfo lacks this release"

    scripts = tmp_path / "control"
    run(dpkg_deb, "--control", deb, scripts)
    for name in ("postinst", "postrm"):
        assert os.access(scripts / name, os.X_OK), name
        run("sh", "-n", scripts / name)
