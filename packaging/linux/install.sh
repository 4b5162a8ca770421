#!/usr/bin/env bash
# Installs the frozen Approval Console so it shows in the application menu, for the current user
# by default (XDG data dir and ~/.local/bin) or under --prefix; --uninstall removes exactly what
# the install created, going by the manifest the install wrote.
#
# Manifest ($DATA/approval-console/installed-files): one "TYPE PATH" line per thing the install
# created, TYPE being f (file), l (symlink) or d (directory, listed only when the install made it).
# Uninstalling removes the files and links, then the directories deepest first, and only those
# that are empty; anything else (a file the user added, a directory that was there before) stays.
set -euo pipefail

readonly APP_ID=org.approvalconsole.ApprovalConsole
readonly COMMAND=approval-console
readonly ICON_SIZES=(16 24 32 48 64 128 256 512)

here=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
root=$(cd -- "$here/../.." && pwd)

usage() {
    cat <<EOF
Usage: install.sh [--prefix DIR] [--uninstall] [DIST_DIR]

Installs the frozen Approval Console (the folder PyInstaller built, holding the executable
'$COMMAND') with a menu entry, icons and AppStream metadata. Running it again upgrades.

  DIST_DIR        the built app folder (default: $root/dist/$COMMAND)
  --prefix DIR    install under DIR/share and DIR/bin instead of, for the current user,
                  \${XDG_DATA_HOME:-\$HOME/.local/share} and \$HOME/.local/bin
  --uninstall     remove what the install created (use the same --prefix as for installing)
  -h, --help      show this help
EOF
}

say() { printf '%s\n' "$*"; }
warn() { printf 'install.sh: warning: %s\n' "$*" >&2; }
die() {
    printf 'install.sh: error: %s\n' "$*" >&2
    exit 1
}

prefix=""
uninstall=0
dist=""
while [ $# -gt 0 ]; do
    case $1 in
        --prefix)
            if [ $# -lt 2 ] || [ -z "$2" ]; then die "--prefix needs a directory"; fi
            prefix=$2
            shift 2
            ;;
        --prefix=*)
            prefix=${1#--prefix=}
            [ -n "$prefix" ] || die "--prefix needs a directory"
            shift
            ;;
        --uninstall) uninstall=1 && shift ;;
        -h | --help) usage && exit 0 ;;
        --)
            shift
            [ $# -le 1 ] || die "too many arguments (see --help)"
            [ $# -eq 0 ] || dist=$1
            break
            ;;
        -*) die "unknown option: $1 (see --help)" ;;
        *)
            [ -z "$dist" ] || die "too many arguments (see --help)"
            dist=$1
            shift
            ;;
    esac
done

# Absolute path, without trailing slashes (the manifest holds absolute paths).
absolute() {
    local path=$1
    case $path in /*) ;; *) path="$PWD/$path" ;; esac
    while [ "${#path}" -gt 1 ] && [ "${path%/}" != "$path" ]; do path=${path%/}; done
    printf '%s\n' "$path"
}

if [ -n "$prefix" ]; then
    prefix=$(absolute "$prefix")
    data="${prefix%/}/share"
    bin="${prefix%/}/bin"
else
    [ -n "${HOME:-}" ] || die "HOME is not set"
    home=$(absolute "$HOME")
    # The XDG Base Directory spec says to ignore a relative XDG_DATA_HOME.
    case ${XDG_DATA_HOME:-} in
        /*) data=$(absolute "$XDG_DATA_HOME") ;;
        *) data="${home%/}/.local/share" ;;
    esac
    bin="${home%/}/.local/bin"
fi
case "$data$bin" in
    *$'\n'*) die "install paths must not contain a newline" ;;
esac

app_home="$data/$COMMAND"
app_dir="$app_home/app"
manifest="$app_home/installed-files"
desktop_file="$data/applications/$APP_ID.desktop"
metainfo_file="$data/metainfo/$APP_ID.metainfo.xml"
icon_root="$data/icons/hicolor"
launcher="$bin/$COMMAND"

# --- manifest ------------------------------------------------------------------------------

old_entries=() # "TYPE PATH" lines of the previous install's manifest
old_removed=0  # whether this run removed the previous install's files yet
created=()     # "TYPE PATH" lines of what this run created

read_manifest() {
    local line type path
    old_entries=()
    [ -f "$manifest" ] || return 0
    while IFS= read -r line || [ -n "$line" ]; do
        [ -n "$line" ] || continue
        type=${line%% *}
        path=${line#* }
        case $type in f | l | d) ;; *) die "$manifest: unknown entry '$line'" ;; esac
        # Never touch anything outside the install's own directories, whatever the manifest says;
        # a directory may also be one of those or above them (made for them, removed if empty).
        case $path in
            /*) ;;
            *) die "$manifest: '$path' is not an absolute path" ;;
        esac
        case $path in
            */../* | */.. | */./* | */. | *//*) die "$manifest: unexpected path '$path'" ;;
            "$data"/* | "$bin"/*) ;;
            *)
                if [ "$type" != d ] ||
                    { [ "${data#"$path"/}" = "$data" ] && [ "${bin#"$path"/}" = "$bin" ] &&
                        [ "$path" != "$data" ] && [ "$path" != "$bin" ]; }; then
                    die "$manifest: '$path' is outside $data and $bin"
                fi
                ;;
        esac
        old_entries+=("$type $path")
    done <"$manifest"
}

in_old_manifest() {
    local entry
    for entry in ${old_entries[@]+"${old_entries[@]}"}; do
        [ "${entry#* }" != "$1" ] || return 0
    done
    return 1
}

write_manifest() {
    # Until the previous install's files are gone they are still to be uninstalled; after that,
    # the directories it created and that are still there stay ours.
    local entry all=()
    for entry in ${old_entries[@]+"${old_entries[@]}"}; do
        if [ "$old_removed" -eq 0 ] ||
            { [ "${entry%% *}" = d ] && [ -d "${entry#* }" ] && [ ! -L "${entry#* }" ]; }; then
            all+=("$entry")
        fi
    done
    all+=(${created[@]+"${created[@]}"} "f $manifest")
    [ -d "$app_home" ] || return 0
    printf '%s\n' "${all[@]}" | awk '!seen[$0]++' >"$manifest.tmp"
    mv -f -- "$manifest.tmp" "$manifest"
}

# Removes the files and links among ENTRIES, except the manifest (the caller removes it last).
remove_files() {
    local entry path files=()
    for entry in "$@"; do
        path=${entry#* }
        if [ "${entry%% *}" = d ] || [ "$path" = "$manifest" ]; then
            continue
        elif [ -d "$path" ] && [ ! -L "$path" ]; then
            warn "kept $path: it is a directory now"
        elif [ -e "$path" ] || [ -L "$path" ]; then
            files+=("$path")
        fi
    done
    if [ ${#files[@]} -gt 0 ]; then
        printf '%s\0' "${files[@]}" | xargs -0 rm -f --
    fi
}

# Removes the directories among ENTRIES that are empty, deepest first.
remove_dirs() {
    local entry dirs=()
    for entry in "$@"; do
        [ "${entry%% *}" != d ] || dirs+=("${entry#* }")
    done
    if [ ${#dirs[@]} -gt 0 ]; then
        # A directory sorts after its parent, so the reverse order empties children first.
        printf '%s\0' "${dirs[@]}" | LC_ALL=C sort -zr |
            xargs -0 rmdir --ignore-fail-on-non-empty -- 2>/dev/null || true
    fi
}

# Names the deepest of the directories the install created that are still there: they hold
# something the install did not put there (their parents are kept for them).
report_kept_dirs() {
    local entry kept=() path shown=""
    for entry in "$@"; do
        if [ "${entry%% *}" = d ] && [ -d "${entry#* }" ]; then kept+=("${entry#* }"); fi
    done
    [ ${#kept[@]} -gt 0 ] || return 0
    while IFS= read -r -d '' path; do
        if [ "${shown#"$path"/}" = "$shown" ]; then
            say "Kept $path: it holds files the install did not create."
        fi
        shown=$path
    done < <(printf '%s\0' "${kept[@]}" | LC_ALL=C sort -zr)
}

# Runs the cache tools only on caches that already exist: without a cache the desktop reads the
# directories directly, and creating one would leave a file behind that --uninstall cannot tell
# apart from the user's.
refresh_caches() {
    if [ -f "$data/applications/mimeinfo.cache" ] && command -v update-desktop-database >/dev/null; then
        update-desktop-database -q "$data/applications" ||
            warn "update-desktop-database failed; the menu may update only after logging in again"
    fi
    if [ -f "$icon_root/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null; then
        gtk-update-icon-cache -q -f -t "$icon_root" ||
            warn "gtk-update-icon-cache failed; the icon may show only after logging in again"
    fi
}

# --- uninstall -----------------------------------------------------------------------------

if [ "$uninstall" -eq 1 ]; then
    [ -z "$dist" ] || die "--uninstall takes no DIST_DIR"
    if [ ! -f "$manifest" ]; then
        say "Approval Console is not installed under $data (no $manifest); nothing to remove."
        exit 0
    fi
    read_manifest
    say "Removing Approval Console (${#old_entries[@]} entries in $manifest)"
    remove_files "${old_entries[@]}"
    rm -f -- "$manifest"
    remove_dirs "${old_entries[@]}"
    report_kept_dirs "${old_entries[@]}"
    refresh_caches
    say "Approval Console is uninstalled."
    exit 0
fi

# --- install -------------------------------------------------------------------------------

dist=$(absolute "${dist:-$root/dist/$COMMAND}")
[ -d "$dist" ] || die "no built app at $dist: build it first (packaging/build.sh) or pass DIST_DIR"
if [ ! -f "$dist/$COMMAND" ] || [ ! -x "$dist/$COMMAND" ]; then
    die "$dist holds no executable '$COMMAND': is it the PyInstaller output folder?"
fi
if [ -n "$(find "$dist" -name $'*\n*' -print -quit)" ]; then
    die "$dist holds a file name with a newline, which the manifest cannot list"
fi
case "$app_dir/" in
    "$dist"/*) die "DIST_DIR $dist would contain the install itself" ;;
esac

desktop_source="$here/$APP_ID.desktop"
metainfo_source="$here/$APP_ID.metainfo.xml"
icon_source="$root/resources/icons"
for source in "$desktop_source" "$metainfo_source"; do
    [ -f "$source" ] || die "missing $source"
done
icons=() # "TARGET_DIR_NAME SOURCE" pairs
for size in "${ICON_SIZES[@]}"; do
    png="$icon_source/png/$COMMAND-$size.png"
    if [ -f "$png" ]; then
        icons+=("${size}x$size $png")
    else
        warn "no ${size}x$size icon ($png); the desktop scales another size"
    fi
done
if [ -f "$icon_source/$COMMAND.svg" ]; then
    icons+=("scalable $icon_source/$COMMAND.svg")
else
    warn "no scalable icon ($icon_source/$COMMAND.svg)"
fi
[ ${#icons[@]} -gt 0 ] || die "no icons in $icon_source: the menu entry would have none"

read_manifest

# Refuse to overwrite, and later delete, anything this script did not install.
targets=("$app_dir" "$launcher" "$desktop_file" "$metainfo_file")
for entry in "${icons[@]}"; do
    extension=${entry##*.}
    targets+=("$icon_root/${entry%% *}/apps/$APP_ID.$extension")
done
foreign=()
for target in "${targets[@]}"; do
    if { [ -e "$target" ] || [ -L "$target" ]; } && ! in_old_manifest "$target"; then
        foreign+=("$target")
    fi
done
if [ ${#foreign[@]} -gt 0 ]; then
    printf 'install.sh: error: these exist and were not installed by this script:\n' >&2
    printf '  %s\n' "${foreign[@]}" >&2
    die "remove them (or install with another --prefix) and run again"
fi

# Creates DIR and its missing parents, noting each one created.
make_dir() {
    local dir=$1 missing=()
    while [ ! -d "$dir" ]; do
        if [ -e "$dir" ] || [ -L "$dir" ]; then die "$dir exists and is not a directory"; fi
        missing=("$dir" ${missing[@]+"${missing[@]}"})
        dir=$(dirname -- "$dir")
    done
    for dir in ${missing[@]+"${missing[@]}"}; do
        mkdir -m 0755 -- "$dir"
        created+=("d $dir")
    done
}

stage=""
finished=0
on_exit() {
    if [ -n "$stage" ] && [ -d "$stage" ]; then
        rm -rf -- "$stage"
    fi
    if [ "$finished" -eq 0 ]; then
        write_manifest || true
        warn "the install did not finish; run it again, or remove what it did with --uninstall"
    fi
}
trap on_exit EXIT

if [ ${#old_entries[@]} -gt 0 ]; then
    say "Upgrading the Approval Console installed under $data"
else
    say "Installing Approval Console under $data"
fi

# Copy first, next to the old app, so a failed copy (a full disk) leaves the old install working.
make_dir "$app_home"
stage=$(mktemp -d "$app_home/.app.XXXXXX")
cp -R -- "$dist/." "$stage/"
chmod -R u+rwX,go+rX,go-w -- "$stage"

if [ ${#old_entries[@]} -gt 0 ]; then
    remove_files "${old_entries[@]}"
    remove_dirs "${old_entries[@]}"
    old_removed=1
fi
if [ -e "$app_dir" ] || [ -L "$app_dir" ]; then
    die "$app_dir still holds files the install did not create: move them away and run again"
fi
mv -T -- "$stage" "$app_dir"
stage=""
app_list=$(
    find "$app_dir" \( -type l -printf 'l %p\n' \) -o \( -type d -printf 'd %p\n' \) \
        -o -printf 'f %p\n'
)
mapfile -t app_entries <<<"$app_list"
created+=("${app_entries[@]}")

make_dir "$bin"
ln -s -- "$app_dir/$COMMAND" "$launcher"
created+=("l $launcher")

# Quotes ARG for a desktop entry's Exec key (Desktop Entry spec, "The Exec key"): in double
# quotes when it holds a reserved character, with " ` $ \ escaped inside; then % doubled and,
# for the string type the key also is, every backslash doubled.
desktop_exec_arg() {
    local arg=$1 reserved=$' \t"\'\\><~|&;$*?#()`' i
    for ((i = 0; i < ${#reserved}; i++)); do
        if [[ $arg == *"${reserved:i:1}"* ]]; then
            arg=${arg//\\/\\\\}
            arg=${arg//\"/\\\"}
            arg=${arg//\`/\\\`}
            arg=${arg//\$/\\\$}
            arg="\"$arg\""
            break
        fi
    done
    arg=${arg//%/%%}
    printf '%s\n' "${arg//\\/\\\\}"
}

exec_path=$(desktop_exec_arg "$app_dir/$COMMAND")
make_dir "$data/applications"
while IFS= read -r line || [ -n "$line" ]; do
    case $line in
        "#"*) continue ;; # notes for the packager
        "Exec=$COMMAND" | "Exec=$COMMAND "*) line="Exec=$exec_path${line#"Exec=$COMMAND"}" ;;
        *) ;;
    esac
    printf '%s\n' "$line"
done <"$desktop_source" >"$desktop_file"
chmod 0644 -- "$desktop_file"
created+=("f $desktop_file")

make_dir "$data/metainfo"
install -m 0644 -- "$metainfo_source" "$metainfo_file"
created+=("f $metainfo_file")

for entry in "${icons[@]}"; do
    source=${entry#* }
    target_dir="$icon_root/${entry%% *}/apps"
    make_dir "$target_dir"
    target="$target_dir/$APP_ID.${source##*.}"
    install -m 0644 -- "$source" "$target"
    created+=("f $target")
done

write_manifest
finished=1
refresh_caches

say "Installed Approval Console:"
say "  menu entry  $desktop_file"
say "  command     $launcher"
say "  app         $app_dir"
say "Remove it with: $0${prefix:+ --prefix $prefix} --uninstall"
case ":${PATH:-}:" in
    *":$bin:"*) ;;
    *) say "Note: $bin is not on your PATH, so '$COMMAND' works from the menu but not by name." ;;
esac
