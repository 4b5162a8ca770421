#!/usr/bin/env bash
# Builds approval-console_<version>_<arch>.deb from the frozen app: the app in /opt/approval-console,
# /usr/bin/approval-console, the menu entry, icons and AppStream metadata under /usr/share.
#
# Usage: build-deb.sh [DIST_DIR] [OUT_DIR]
#   DIST_DIR  the PyInstaller output folder (default: dist/approval-console at the repo root)
#   OUT_DIR   where the .deb goes (default: dist at the repo root)
# Environment: APPROVAL_CONSOLE_VERSION (default: __version__ in approval_console/__init__.py),
#   DEB_MAINTAINER (default: the project's packaging address), DEB_COMPRESSION and
#   DEB_COMPRESSION_LEVEL (dpkg-deb's -Z and -z: default xz at its default level, about a minute
#   for the app on two cores; "gzip" and "1" take seconds, for tests).
set -euo pipefail
umask 022

readonly APP_ID=org.approvalconsole.ApprovalConsole
readonly PACKAGE=approval-console
readonly ICON_SIZES=(16 24 32 48 64 128 256 512)
# What Qt's xcb (X11) platform plugin, its GUI, D-Bus, printing and network libraries load from
# the system: PyInstaller does not bundle libxcb, libGL or libEGL, and the spec leaves out the
# libraries of packaging/system_libraries.py (tests/packaging/test_bundle_parts.py checks that
# each one's package is named here).
readonly DEPENDS="libbrotli1, libbz2-1.0, libcups2, libdbus-1-3, libegl1, libfontconfig1,
 libfreetype6, libgcc-s1, libgl1, libglib2.0-0, libgssapi-krb5-2, liblzma5, libssl3, libstdc++6,
 libx11-6, libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-glx0, libxcb-icccm4, libxcb-image0,
 libxcb-keysyms1, libxcb-randr0, libxcb-render0, libxcb-render-util0, libxcb-shape0, libxcb-shm0,
 libxcb-sync1, libxcb-util1, libxcb-xfixes0, libxcb-xkb1, libxkbcommon0, libxkbcommon-x11-0,
 libzstd1, zlib1g"
# Native Wayland windows (Qt falls back to X11 through XWayland without them), and a font.
readonly RECOMMENDS="libwayland-client0, libwayland-cursor0, libwayland-egl1,
 fonts-dejavu-core | fonts-liberation2, hicolor-icon-theme"

here=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
root=$(cd -- "$here/../.." && pwd)

die() {
    printf 'build-deb.sh: error: %s\n' "$*" >&2
    exit 1
}

case ${1:-} in
    -h | --help)
        sed -n '2,11s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
        exit 0
        ;;
    *) ;;
esac
[ $# -le 2 ] || die "too many arguments (usage: build-deb.sh [DIST_DIR] [OUT_DIR])"
dist=${1:-$root/dist/$PACKAGE}
out=${2:-$root/dist}

[ -d "$dist" ] || die "no built app at $dist: build it first (packaging/build.sh) or pass DIST_DIR"
if [ ! -f "$dist/$PACKAGE" ] || [ ! -x "$dist/$PACKAGE" ]; then
    die "$dist holds no executable '$PACKAGE': is it the PyInstaller output folder?"
fi
for tool in dpkg dpkg-deb; do
    command -v "$tool" >/dev/null || die "$tool is missing (it comes with Debian's dpkg package)"
done

# Debian versions sort pre-releases with "~": PEP 440's 1.2.0rc1 becomes 1.2.0~rc1.
version=${APPROVAL_CONSOLE_VERSION:-}
if [ -z "$version" ]; then
    version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$root/approval_console/__init__.py")
    [ -n "$version" ] || die "no __version__ in $root/approval_console/__init__.py"
fi
# shellcheck disable=SC2001 # a regular expression, more than ${var//} can say
deb_version=$(printf '%s\n' "$version" | sed -E 's/\.?(a|b|rc|dev)([0-9]+)/~\1\2/g')
[[ $deb_version =~ ^[0-9][A-Za-z0-9.+~]*$ ]] || die "'$version' makes no valid Debian version"
arch=$(dpkg --print-architecture)
maintainer=${DEB_MAINTAINER:-Approval Console packaging <packaging@approvalconsole.org>}

icons=() # "TARGET_DIR_NAME SOURCE" pairs
for size in "${ICON_SIZES[@]}"; do
    icons+=("${size}x$size $root/resources/icons/png/$PACKAGE-$size.png")
done
icons+=("scalable $root/resources/icons/$PACKAGE.svg")
for source in "$here/$APP_ID.desktop" "$here/$APP_ID.metainfo.xml" "${icons[@]#* }"; do
    [ -f "$source" ] || die "missing $source"
done

stage=$(mktemp -d)
trap 'rm -rf -- "$stage"' EXIT
chmod 0755 "$stage"

echo "Staging $PACKAGE $deb_version ($arch) from $dist"
mkdir -p "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
    "$stage/usr/share/metainfo" "$stage/DEBIAN"
cp -R -- "$dist" "$stage/opt/$PACKAGE"
chmod -R u+rwX,go+rX,go-w -- "$stage/opt/$PACKAGE"
ln -s "/opt/$PACKAGE/$PACKAGE" "$stage/usr/bin/$PACKAGE"

while IFS= read -r line || [ -n "$line" ]; do
    case $line in
        "#"*) continue ;; # notes for the packager
        "Exec=$PACKAGE" | "Exec=$PACKAGE "*) line="Exec=/usr/bin/$PACKAGE${line#"Exec=$PACKAGE"}" ;;
        *) ;;
    esac
    printf '%s\n' "$line"
done <"$here/$APP_ID.desktop" >"$stage/usr/share/applications/$APP_ID.desktop"
install -m 0644 "$here/$APP_ID.metainfo.xml" "$stage/usr/share/metainfo/$APP_ID.metainfo.xml"
for entry in "${icons[@]}"; do
    source=${entry#* }
    install -D -m 0644 "$source" "$stage/usr/share/icons/hicolor/${entry%% *}/apps/$APP_ID.${source##*.}"
done
chmod 0644 "$stage/usr/share/applications/$APP_ID.desktop"

# The frozen interpreter and its libraries need at least the C library they were built against.
glibc=$(
    find "$stage/opt" -type f \( -name '*.so*' -o -perm -u+x \) -print0 |
        { xargs -0 -r readelf -V -W 2>/dev/null || true; } |
        grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/^GLIBC_//' | sort -Vu | tail -n 1
) || glibc=""
if [ -n "$glibc" ]; then
    libc="libc6 (>= $glibc)"
else
    libc="libc6"
    command -v readelf >/dev/null || echo "build-deb.sh: no readelf (binutils): libc6 unversioned" >&2
fi

installed_size=$(du -sk --apparent-size --exclude=./DEBIAN "$stage" | cut -f1)
cat >"$stage/DEBIAN/control" <<EOF
Package: $PACKAGE
Version: $deb_version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $installed_size
Depends: $libc, $DEPENDS
Recommends: $RECOMMENDS
Section: misc
Priority: optional
Homepage: https://approvalconsole.org
Description: review and approve orders from all your order systems
 Approval Console is a fast desktop tool for the people who review and
 approve orders. It brings the orders of every order system a business runs
 on (ApprovePro, Apruve, wholesale portals, Arlo, Spree Commerce) into one
 list, shown from a local cache before the network answers.
 .
 Bulk status changes over thousands of orders, timelines, comments and due
 dates, B2B invoices with their shipments and returns, and one review queue
 for every order awaiting a decision, from every account. Start it with
 --demo to try it on a local sandbox.
EOF

# Debian's desktop-file-utils and GTK refresh these through dpkg triggers as well; the scripts
# cover systems where no trigger is installed.
for script in postinst postrm; do
    cat >"$stage/DEBIAN/$script" <<'EOF'
#!/bin/sh
set -e
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q /usr/share/applications || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f /usr/share/icons/hicolor/index.theme ]; then
    gtk-update-icon-cache -q -f /usr/share/icons/hicolor || true
fi
exit 0
EOF
    chmod 0755 "$stage/DEBIAN/$script"
done

(cd "$stage" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' |
    LC_ALL=C sort -z | xargs -0 -r md5sum) >"$stage/DEBIAN/md5sums"
chmod 0644 "$stage/DEBIAN/control" "$stage/DEBIAN/md5sums"

mkdir -p "$out"
deb="$out/${PACKAGE}_${deb_version}_$arch.deb"
compression=(-Z"${DEB_COMPRESSION:-xz}")
[ -z "${DEB_COMPRESSION_LEVEL:-}" ] || compression+=(-z"$DEB_COMPRESSION_LEVEL")
dpkg-deb --build --root-owner-group "${compression[@]}" "$stage" "$deb" >/dev/null
echo "Built $deb"
