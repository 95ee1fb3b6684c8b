#!/bin/sh
# Install ROSC Desktop for the person signed in to this computer. No administrator password is needed.
#
#   ./install.sh                 run from the unpacked rosc-desktop-<version> folder
#   ./install.sh --prefix DIR    install under DIR instead of ~/.local (DIR/bin, DIR/share/...): for tests
#
# What it puts where (~/.local/share is $XDG_DATA_HOME when that is set):
#   ~/.local/share/rosc-desktop-app/<version>/     the app; `current` points at the one in use
#   ~/.local/bin/rosc-desktop                      a link to current/rosc-desktop
#   ~/.local/share/applications/rosc-desktop.desktop, icons/hicolor/.../rosc-desktop.{png,svg},
#   metainfo/io.github.rosc_desktop.RoscDesktop.metainfo.xml   the applications-menu entry
#
# It never touches the data folder (~/.local/share/rosc-desktop: the database, keys and backups). Running it
# again repairs an installation; running a newer version's install.sh updates it, and the app backs up and
# migrates the database at its first start. The version before stays on disk until the next update, so a
# window still open keeps working and the previous version is there to go back to; older ones are removed.
set -eu

APP_ID=io.github.rosc_desktop.RoscDesktop
NAME=rosc-desktop
ICON_SIZES="16 22 24 32 48 64 128 256 512"

say() { printf '%s\n' "$*"; }
fail() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }

usage() {
    say "usage: ./install.sh [--prefix DIR]"
    say "Installs ROSC Desktop for this user: the app, its launcher and its applications-menu entry."
    say "--prefix DIR installs under DIR (DIR/bin, DIR/share) instead of ~/.local."
}

prefix=""
while [ $# -gt 0 ]; do
    case $1 in
        --prefix) [ $# -ge 2 ] || fail "--prefix needs a folder"; prefix=$2; shift 2 ;;
        --prefix=*) prefix=${1#--prefix=}; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
done

# The unpacked bundle: the folder this script is in.
here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd -P)

if [ -n "$prefix" ]; then
    mkdir -p -- "$prefix"
    prefix=$(CDPATH='' cd -- "$prefix" && pwd -P)
    data_home=$prefix/share
    bin_dir=$prefix/bin
else
    [ -n "${HOME:-}" ] || fail "HOME is not set"
    case ${XDG_DATA_HOME:-} in
        /*) data_home=$XDG_DATA_HOME ;;
        *) data_home=$HOME/.local/share ;;  # unset, empty or relative: the XDG default
    esac
    bin_dir=$HOME/.local/bin
fi
app_root=$data_home/$NAME-app
data_dir=$data_home/$NAME
launcher=$bin_dir/$NAME

# Everything the installation needs must be in the bundle before anything is changed.
if [ ! -f "$here/$NAME" ] || [ ! -x "$here/$NAME" ]; then
    fail "$here/$NAME is missing or not executable: unpack the whole archive again"
fi
needed="share/applications/$NAME.desktop share/metainfo/$APP_ID.metainfo.xml"
needed="$needed share/icons/hicolor/scalable/apps/$NAME.svg"
for size in $ICON_SIZES; do
    needed="$needed share/icons/hicolor/${size}x$size/apps/$NAME.png"
done
for f in $needed; do
    [ -f "$here/$f" ] || fail "$here/$f is missing: unpack the whole archive again"
done

# The app must start on this computer; it also says which version it is ("ROSC Desktop 0.1.0").
if ! answer=$("$here/$NAME" --version 2>&1); then
    printf '%s\n' "$answer" | tail -n 3 >&2
    fail "this build of ROSC Desktop does not start on this computer, so nothing was installed." \
        "It needs a Linux at least as new as Ubuntu 22.04 or Debian 12."
fi
version=$(printf '%s\n' "$answer" | awk 'NF { v = $NF } END { print v }')
case $version in
    ''|*[!A-Za-z0-9._+~-]*|.*) fail "cannot tell which version this is (the app said: $answer)" ;;
esac

# A launcher that is not our link (a `pip install --user`, say) is left alone, and nothing is installed.
if [ -e "$launcher" ] && [ ! -L "$launcher" ]; then
    fail "$launcher exists and was not made by this installer (perhaps by pip);" \
        "rename or remove it, then run ./install.sh again"
fi

# The menu entry starts the launcher by its full path. A path with characters that a desktop entry would
# need escaped is refused rather than written wrongly.
case $launcher in
    *[\"\`\$\\%]*) fail "the folder $bin_dir has a character (\" \` \$ \\ %) a menu entry cannot use; try --prefix" ;;
    *[!A-Za-z0-9/._+-]*) exec_value="\"$launcher\"" ;;
    *) exec_value=$launcher ;;
esac

# Replace a symlink (or nothing) with a new one in a single rename, so it is never missing or half made.
switch_link() {  # switch_link TARGET LINK
    tmp_link=$(dirname -- "$2")/.$(basename -- "$2").new.$$
    rm -f -- "$tmp_link"
    ln -s -- "$1" "$tmp_link"
    if ! mv -T -- "$tmp_link" "$2" 2>/dev/null; then
        # A mv without -T (not GNU): remove first, as a plain mv would move the link into the old target.
        rm -f -- "$2"
        mv -- "$tmp_link" "$2"
    fi
}

# Copy a file into place through a temporary name, so a reader never sees half a file.
put_file() {  # put_file SOURCE DEST
    mkdir -p -- "$(dirname -- "$2")"
    cp -- "$1" "$2.new.$$"
    chmod 644 -- "$2.new.$$"
    mv -f -- "$2.new.$$" "$2"
}

say "Installing ROSC Desktop $version for $(id -un 2>/dev/null || echo this user)"

# 1. The app, in a folder of its own per version. It is copied under a temporary name first, so a failed copy
#    (a full disk) leaves the version in use untouched.
mkdir -p -- "$app_root"
target=$app_root/$version
staging=$app_root/.installing-$version.$$
replaced=$app_root/.replaced-$version.$$
trap 'rm -rf -- "$staging" "$replaced"' EXIT
trap 'exit 1' HUP INT TERM
if [ -d "$target" ] && [ "$(CDPATH='' cd -- "$target" && pwd -P)" = "$here" ]; then
    say "  the app is already in $target (running from the installed copy)"
else
    rm -rf -- "$staging"
    cp -RP -- "$here" "$staging" || fail "could not copy the app into $app_root (is the disk full?)"
    if [ -e "$target" ] || [ -L "$target" ]; then
        mv -- "$target" "$replaced"  # the same version installed before: replaced whole, as a repair
    fi
    if ! mv -- "$staging" "$target"; then
        if [ -e "$replaced" ]; then mv -- "$replaced" "$target"; fi
        fail "could not put the app in $target"
    fi
    rm -rf -- "$replaced"
    say "  app:          $target"
fi

# 2. Switch `current` to this version in one step.
previous=$(readlink -- "$app_root/current" 2>/dev/null || true)
switch_link "$version" "$app_root/current"
if [ -n "$previous" ] && [ "$previous" != "$version" ]; then
    say "  updated from $previous (kept in $app_root/$previous until the next update)"
fi

# 3. Leftovers of an interrupted run go; so do versions older than the one just replaced (only on an actual
#    update: running the same version's install.sh again keeps what is there).
for old in "$app_root"/.installing-* "$app_root"/.replaced-*; do
    if [ -e "$old" ]; then rm -rf -- "$old"; fi
done
if [ -n "$previous" ] && [ "$previous" != "$version" ]; then
    for old in "$app_root"/*; do
        if [ ! -d "$old" ] || [ -L "$old" ]; then continue; fi  # `current` is a link
        case ${old##*/} in
            "$version"|"$previous") continue ;;
        esac
        rm -rf -- "$old"
        say "  removed the older version ${old##*/}"
    done
fi

# 4. The launcher, ~/.local/bin/rosc-desktop.
mkdir -p -- "$bin_dir"
switch_link "$app_root/current/$NAME" "$launcher"
say "  launcher:     $launcher"

# 5. The applications-menu entry, with the launcher's full path (~/.local/bin is not always on the PATH).
desktop_file=$data_home/applications/$NAME.desktop
mkdir -p -- "$data_home/applications"
while IFS= read -r line || [ -n "$line" ]; do
    case $line in
        Exec=*) printf 'Exec=%s\n' "$exec_value" ;;
        TryExec=*) ;;
        *) printf '%s\n' "$line" ;;
    esac
done < "$here/share/applications/$NAME.desktop" > "$desktop_file.new.$$"
chmod 644 -- "$desktop_file.new.$$"
mv -f -- "$desktop_file.new.$$" "$desktop_file"
say "  menu entry:   $desktop_file"

# 6. Icons and the AppStream description (what software centres show).
for size in $ICON_SIZES; do
    put_file "$here/share/icons/hicolor/${size}x$size/apps/$NAME.png" \
        "$data_home/icons/hicolor/${size}x$size/apps/$NAME.png"
done
put_file "$here/share/icons/hicolor/scalable/apps/$NAME.svg" "$data_home/icons/hicolor/scalable/apps/$NAME.svg"
say "  icons:        $data_home/icons/hicolor/<size>/apps/$NAME.png and .svg"
put_file "$here/share/metainfo/$APP_ID.metainfo.xml" "$data_home/metainfo/$APP_ID.metainfo.xml"
say "  metainfo:     $data_home/metainfo/$APP_ID.metainfo.xml"

# 7. Let the desktop notice the new entry and icons now (where these tools are installed; harmless if not).
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data_home/applications" 2>/dev/null || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    # -t: a user's icon folder usually has no index.theme of its own.
    gtk-update-icon-cache -q -t -f "$data_home/icons/hicolor" 2>/dev/null || true
fi

say ""
say "ROSC Desktop $version is installed: find it in the applications menu, or run $launcher"
say "Your data was not touched: it stays in $data_dir (database, keys and backups)."
say "A newer version backs up and updates the database the first time it starts."
case ":${PATH:-}:" in
    *":$bin_dir:"*) ;;
    *) say "(The folder $bin_dir is not on your PATH; the menu entry works without it.)" ;;
esac
if [ -n "$prefix" ]; then
    say "To remove the app later, run: '$app_root/current/uninstall.sh' --prefix '$prefix'"
else
    say "To remove the app later, run: $app_root/current/uninstall.sh"
fi
