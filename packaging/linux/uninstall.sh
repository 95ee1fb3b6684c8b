#!/bin/sh
# Remove ROSC Desktop as install.sh put it in for the person signed in to this computer.
#
#   ~/.local/share/rosc-desktop-app/current/uninstall.sh    (or ./uninstall.sh in the unpacked folder)
#   uninstall.sh --prefix DIR                               what install.sh --prefix DIR put in DIR
#
# It removes the app, the launcher, the applications-menu entry, the icons and the AppStream file. It never
# removes the data folder (~/.local/share/rosc-desktop: the database, keys and backups); it says where that
# is and how to remove it by hand.
set -eu

APP_ID=io.github.rosc_desktop.RoscDesktop
NAME=rosc-desktop
ICON_SIZES="16 22 24 32 48 64 128 256 512"

say() { printf '%s\n' "$*"; }
fail() { printf 'uninstall.sh: %s\n' "$*" >&2; exit 1; }

usage() {
    say "usage: uninstall.sh [--prefix DIR]"
    say "Removes ROSC Desktop installed by install.sh for this user; the data folder is kept."
}

remove() {  # remove PATH: a file or link install.sh made
    if [ -e "$1" ] || [ -L "$1" ]; then
        rm -f -- "$1"
        say "  removed $1"
    fi
}

# rmdir DIR if it is empty, or if all it holds is the cache file named (which a desktop tool wrote for us).
remove_if_empty() {  # remove_if_empty DIR [CACHE]
    [ -d "$1" ] || return 0
    if [ -n "${2:-}" ] && [ "$(ls -A -- "$1")" = "$2" ]; then
        rm -f -- "$1/$2"
    fi
    rmdir -- "$1" 2>/dev/null || true
}

# All of it in a function, read whole before anything runs: this script may be inside the folder it deletes.
main() {
    prefix=""
    while [ $# -gt 0 ]; do
        case $1 in
            --prefix) [ $# -ge 2 ] || fail "--prefix needs a folder"; prefix=$2; shift 2 ;;
            --prefix=*) prefix=${1#--prefix=}; shift ;;
            -h|--help) usage; exit 0 ;;
            *) usage >&2; exit 2 ;;
        esac
    done

    if [ -n "$prefix" ]; then
        [ -d "$prefix" ] || fail "$prefix is not a folder"
        prefix=$(CDPATH='' cd -- "$prefix" && pwd -P)
        data_home=$prefix/share
        bin_dir=$prefix/bin
    else
        [ -n "${HOME:-}" ] || fail "HOME is not set"
        case ${XDG_DATA_HOME:-} in
            /*) data_home=$XDG_DATA_HOME ;;
            *) data_home=$HOME/.local/share ;;
        esac
        bin_dir=$HOME/.local/bin
    fi
    app_root=$data_home/$NAME-app
    data_dir=$data_home/$NAME
    launcher=$bin_dir/$NAME

    say "Removing ROSC Desktop"

    # The launcher, only when it is install.sh's link into the app folder.
    if [ -L "$launcher" ]; then
        case $(readlink -- "$launcher") in
            "$app_root"/*) remove "$launcher" ;;
            *) say "  left $launcher alone: it points somewhere else" ;;
        esac
    elif [ -e "$launcher" ]; then
        say "  left $launcher alone: install.sh did not make it"
    fi

    remove "$data_home/applications/$NAME.desktop"
    for size in $ICON_SIZES; do
        remove "$data_home/icons/hicolor/${size}x$size/apps/$NAME.png"
        remove_if_empty "$data_home/icons/hicolor/${size}x$size/apps"
        remove_if_empty "$data_home/icons/hicolor/${size}x$size"
    done
    remove "$data_home/icons/hicolor/scalable/apps/$NAME.svg"
    remove_if_empty "$data_home/icons/hicolor/scalable/apps"
    remove_if_empty "$data_home/icons/hicolor/scalable"
    remove "$data_home/metainfo/$APP_ID.metainfo.xml"

    if [ -d "$app_root" ] || [ -L "$app_root" ]; then
        rm -rf -- "$app_root"
        say "  removed $app_root"
    fi

    # The desktop's caches: gone with the last entry, otherwise brought up to date.
    remove_if_empty "$data_home/icons/hicolor" icon-theme.cache
    remove_if_empty "$data_home/icons"
    if [ -d "$data_home/icons/hicolor" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t -f "$data_home/icons/hicolor" 2>/dev/null || true
    fi
    remove_if_empty "$data_home/applications" mimeinfo.cache
    if [ -d "$data_home/applications" ] && command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$data_home/applications" 2>/dev/null || true
    fi
    remove_if_empty "$data_home/metainfo"

    say ""
    say "ROSC Desktop is removed. Your data was kept."
    if [ -d "$data_dir" ]; then
        say "It is in $data_dir (the database, keys, backups and logs)."
        if [ -d "$data_dir/demo" ]; then say "The demo database is in $data_dir/demo."; fi
        say "To delete it as well, which cannot be undone, make a backup first (File > Back up to...), then run:"
        say "  rm -rf '$data_dir'"
    else
        say "There is no data folder at $data_dir (nothing was stored there)."
    fi
    if [ -n "${ROSC_DATA_DIR:-}" ]; then
        say "ROSC_DATA_DIR is set: data kept in $ROSC_DATA_DIR was not touched either."
    fi
}

main "$@"
