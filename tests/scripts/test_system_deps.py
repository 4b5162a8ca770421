"""`scripts/system_deps.py`: what Qt's platform plugins lack on this system, named by package.

A Debian 12 desktop without two of Qt's X client libraries made the demo abort with a hint
naming libxcb-cursor0, which was installed. These tests feed the script the `ldd` output of that
machine (a fake `ldd` first on PATH), so they hold on any machine, whatever it has installed.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "system_deps.py"

# `ldd .../PySide6/Qt/plugins/platforms/libqxcb.so` on that desktop (abridged, in its order).
LDD_WITHOUT_ICCCM_AND_KEYSYMS = """\
\tlinux-vdso.so.1 (0x00007fa3dd2a2000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibQt6Gui.so.6 => /venv/PySide6/Qt/plugins/platforms/../../lib/libQt6Gui.so.6 (0x00007f)
\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007fa3dd143000)
\tlibxkbcommon-x11.so.0 => /lib/x86_64-linux-gnu/libxkbcommon-x11.so.0 (0x00007fa3dd136000)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007fa3dd12f000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-util.so.1 => /lib/x86_64-linux-gnu/libxcb-util.so.1 (0x00007fa3dd127000)
\tlibxcb-image.so.0 => /lib/x86_64-linux-gnu/libxcb-image.so.0 (0x00007fa3dd121000)
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-randr.so.0 => /lib/x86_64-linux-gnu/libxcb-randr.so.0 (0x00007fa3dd10e000)
\tlibX11-xcb.so.1 => /lib/x86_64-linux-gnu/libX11-xcb.so.1 (0x00007fa3dc545000)
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007fa3db41e000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibglib-2.0.so.0 => /lib/x86_64-linux-gnu/libglib-2.0.so.0 (0x00007fa3db2e6000)
\t/lib64/ld-linux-x86-64.so.2 (0x00007fa3dd2a4000)
"""
LDD_COMPLETE = "\n".join(
    line for line in LDD_WITHOUT_ICCCM_AND_KEYSYMS.splitlines() if "not found" not in line
)


@pytest.fixture
def system_deps(monkeypatch) -> ModuleType:
    """The script as a module (it is a script, not part of an importable package)."""
    spec = importlib.util.spec_from_file_location("system_deps", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "system_deps", module)  # dataclasses look it up there
    spec.loader.exec_module(module)
    return module


def fake_tools(folder: Path, *, installed: bool = False, lists: bool = True) -> Path:
    """`ldd`, `apt-get` and `apt-cache` stand-ins that log their calls to `calls`.

    `ldd` prints the desktop's output until a fake `apt-get install` has run; `apt-cache` knows
    every package once the package lists exist (after a fake `apt-get update` if not `lists`).
    """
    bin_dir = folder / "bin"
    bin_dir.mkdir()
    state = folder / "state"
    state.mkdir()
    (folder / "missing.txt").write_text(LDD_WITHOUT_ICCCM_AND_KEYSYMS)
    (folder / "complete.txt").write_text(LDD_COMPLETE)
    if installed:
        (state / "installed").touch()
    if lists:
        (state / "lists").touch()
    scripts = {
        "ldd": f"""echo "ldd $*" >> {folder}/calls
if [ -e {state}/installed ]; then cat {folder}/complete.txt; else cat {folder}/missing.txt; fi
""",
        "apt-get": f"""echo "apt-get $*" >> {folder}/calls
case " $* " in
  *" update "*) touch {state}/lists ;;
  *" install "*) touch {state}/installed ;;
esac
""",
        "apt-cache": f"""echo "apt-cache $*" >> {folder}/calls
[ -e {state}/lists ] || exit 0
shift
for package in "$@"; do printf '%s:\\n  Installed: (none)\\n  Candidate: 1.0\\n' "$package"; done
""",
    }
    for name, body in scripts.items():
        path = bin_dir / name
        path.write_text("#!/bin/sh\nPATH=/usr/bin:/bin\n" + body)
        path.chmod(0o755)
    return bin_dir


def calls(folder: Path) -> list[str]:
    log = folder / "calls"
    return log.read_text().splitlines() if log.exists() else []


def run_script(*args: str, path: str, **environ: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    env.update(environ, PATH=path)
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip


def test_the_demo_stops_naming_the_packages_that_are_missing_not_the_ones_installed(tmp_path):
    bin_dir = fake_tools(tmp_path)
    result = run_script("demo", "--check", path=f"{bin_dir}:{os.environ['PATH']}", DISPLAY=":99")
    assert result.returncode == 1
    message = result.stderr.strip()
    assert "libxcb-icccm4 libxcb-keysyms1" in message
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in message
    assert "libxcb-cursor0" not in message
    assert len(message.splitlines()) == 1
    assert [call.split("/")[-1] for call in calls(tmp_path)] == ["libqxcb.so"]


@pytest.mark.parametrize(
    "environ",
    [{}, {"DISPLAY": ":99", "QT_QPA_PLATFORM": "wayland"}, {"QT_QPA_PLATFORM": "xcb"}],
    ids=["no display", "wayland asked for", "no display for xcb"],
)
def test_the_demo_looks_at_xcb_only_when_it_will_use_it(tmp_path, environ):
    bin_dir = fake_tools(tmp_path)
    result = run_script("demo", "--check", path=f"{bin_dir}:{os.environ['PATH']}", **environ)
    assert (result.returncode, result.stderr) == (0, "")
    assert calls(tmp_path) == []


def test_nothing_is_said_when_nothing_is_missing(tmp_path):
    bin_dir = fake_tools(tmp_path, installed=True)
    result = run_script("demo", path=f"{bin_dir}:{os.environ['PATH']}", DISPLAY=":0")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert not any(call.startswith("apt") for call in calls(tmp_path))


def test_the_tests_name_the_x_server_window_manager_and_input_tool_too(tmp_path):
    bin_dir = fake_tools(tmp_path)
    # Only the fakes on PATH: no Xvfb, openbox, xdotool... whatever this machine has.
    result = run_script("test", "--check", path=str(bin_dir))
    assert result.returncode == 1
    message = result.stderr
    for package in ("libxcb-icccm4", "libxcb-keysyms1", "xvfb", "xauth", "openbox", "xdotool",
                    "x11-utils"):  # fmt: skip
        assert f" {package}" in message, package
    assert "libxcb-cursor0" not in message
    # Each plugin's linkage was read: the offscreen suite's, the journeys' (xcb), and the two
    # Wayland ones that the frozen app carries and that alone link libwayland-cursor and -egl.
    assert sorted(call.split("/")[-1] for call in calls(tmp_path)) == [
        "libqoffscreen.so", "libqt-plugin-wayland-egl.so", "libqwayland.so", "libqxcb.so",
    ]  # fmt: skip


def test_as_root_it_installs_exactly_the_missing_packages(system_deps, tmp_path, monkeypatch):
    bin_dir = fake_tools(tmp_path, lists=False)  # a fresh system: no package lists yet
    monkeypatch.setenv("PATH", f"{bin_dir}:{os.environ['PATH']}")
    monkeypatch.setattr(system_deps, "install_prefix", lambda: [])
    assert system_deps.main(["demo"], {"DISPLAY": ":0"}) == 0
    apt = [call for call in calls(tmp_path) if call.startswith("apt-get")]
    assert len(apt) == 2
    assert apt[0].endswith(" update")
    assert apt[1].endswith(" install -y --no-install-recommends libxcb-icccm4 libxcb-keysyms1")


def test_without_root_or_sudo_it_never_calls_apt_get(system_deps, tmp_path, monkeypatch, capsys):
    bin_dir = fake_tools(tmp_path)
    monkeypatch.setenv("PATH", f"{bin_dir}:{os.environ['PATH']}")
    monkeypatch.setattr(system_deps, "install_prefix", lambda: None)
    assert system_deps.main(["demo"], {"DISPLAY": ":0"}) == 1
    assert not any(call.startswith("apt-get") for call in calls(tmp_path))
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-render-util.so.0", "libxcb-render-util0"),
        ("libX11.so.6", "libx11-6"),  # the name ends in a digit: a hyphen before the version
        ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libEGL.so.1", "libegl1"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libpng16.so.16", "libpng16-16"),
        ("libglib-2.0.so.0", "libglib2.0-0"),  # exceptions to the rule
        ("libz.so.1", "zlib1g"),
        ("libGLdispatch.so.0", "libglvnd0"),
    ],
)
def test_debian_package_names(system_deps, soname, package):
    assert system_deps.debian_package(soname) == package
