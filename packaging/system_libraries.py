"""Libraries the Linux bundle leaves to the system, and the Debian package that provides each.

Qt's desktop integration loads these from the desktop it runs on: the X11 client library and
its xcb helpers, fontconfig and FreeType (the system's own font configuration), GLib (Qt's
event loop on Linux), D-Bus (the session bus: portals, the tray, the keyring), xkbcommon, CUPS
(the system's printers: a copy of libcups is only as good as the print server it talks to) and
Kerberos' GSSAPI (QtNetwork links it for HTTP Negotiate authentication). System libraries load
the C++ runtime, OpenSSL and the compression libraries too. PyInstaller copies them all into the
bundle, with what they pull in (GnuTLS, Avahi and p11-kit for CUPS; systemd, gcrypt and lz4 for
D-Bus; libpng and brotli for FreeType): about 25 MB of copies of libraries the `.deb` depends on
anyway, as the xcb platform plugin needs libxcb, libGL and libEGL from the system. The spec
leaves these out, and with them each library only they needed;
`packaging/linux/build-deb.sh` depends on every package named here
(`tests/packaging/test_bundle_parts.py` holds the two together), and `packaging/build.sh`
fails when a bundled binary then needs a library this system does not have.
"""

from __future__ import annotations

SYSTEM_LIBRARIES = {
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libcups.so.2": "libcups2",
    # QtNetwork's HTTP Negotiate authentication (CUPS uses it too): with Kerberos behind it.
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    # Compression, which the system libraries above load too: a bundled copy would be found
    # first by those, and a system library newer than the build machine's may need a newer one.
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
    "liblzma.so.5": "liblzma5",
    "libbz2.so.1.0": "libbz2-1.0",
    "libbrotlicommon.so.1": "libbrotli1",
    "libbrotlidec.so.1": "libbrotli1",
    # The C++ runtime and OpenSSL, for the same reason: the system's Mesa drivers (libGL) need
    # a libstdc++ at least as new as the one they were built with, which a copy from an older
    # build machine is not; Python's ssl and hashlib link OpenSSL 3, which every system new
    # enough for the bundle's glibc has. Left out, they make room (7.6 MB) for the modules
    # the spec keeps uncompressed (8.5 MB more).
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libssl.so.3": "libssl3",
    "libcrypto.so.3": "libssl3",
}
