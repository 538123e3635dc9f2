#!/usr/bin/env bash
# Installs mletutor, its man page and its bash, zsh and fish completions under a prefix, or
# removes them again.
#
#   Scripts/install.sh [--prefix DIR]              build a release binary and install it
#   Scripts/install.sh --uninstall [--prefix DIR]  remove what an install put there
#
# The prefix defaults to $PREFIX, else ~/.local. The binary is built in release mode with the
# Swift standard library linked in (--static-swift-stdlib), so it runs without the toolchain.
# MLETUTOR_BINARY=PATH installs that binary instead of building one (packagers, and the
# end-to-end test, which installs the debug binary `swift test` has just built).
set -euo pipefail
cd "$(dirname "$0")/.."

prefix="${PREFIX:-$HOME/.local}"
action=install
while (($#)); do
    case "$1" in
        --prefix) prefix="${2:?--prefix needs a folder}"; shift 2 ;;
        --prefix=*) prefix="${1#--prefix=}"; shift ;;
        --uninstall) action=uninstall; shift ;;
        -h | --help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
    esac
done

# Where each file goes, relative to the prefix; the same list installs and uninstalls.
binary_path="bin/mletutor"
manual_path="share/man/man1/mletutor.1"
bash_path="share/bash-completion/completions/mletutor"
zsh_path="share/zsh/site-functions/_mletutor"
fish_path="share/fish/vendor_completions.d/mletutor.fish"
all_paths=("$binary_path" "$manual_path" "$bash_path" "$zsh_path" "$fish_path")

if [[ $action == uninstall ]]; then
    for path in "${all_paths[@]}"; do
        if [[ -e "$prefix/$path" ]]; then
            rm -f "$prefix/$path"
            echo "removed $prefix/$path"
        fi
    done
    exit 0
fi

if [[ -n "${MLETUTOR_BINARY:-}" ]]; then
    built="$MLETUTOR_BINARY"
else
    echo "building mletutor in release mode (a few minutes the first time)..."
    swift build -c release --static-swift-stdlib --product mletutor
    built="$(swift build -c release --static-swift-stdlib --show-bin-path)/mletutor"
fi

install -d "$prefix/bin" "$prefix/share/man/man1" "$prefix/share/bash-completion/completions" \
    "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
install -m 755 "$built" "$prefix/$binary_path"
install -m 644 docs/mletutor.1 "$prefix/$manual_path"
installed="$prefix/$binary_path"
"$installed" --generate-completion-script bash >"$prefix/$bash_path"
"$installed" --generate-completion-script zsh >"$prefix/$zsh_path"
"$installed" --generate-completion-script fish >"$prefix/$fish_path"
for path in "${all_paths[@]}"; do echo "installed $prefix/$path"; done

case ":$PATH:" in
    *":$prefix/bin:"*) ;;
    *) echo "note: $prefix/bin is not on your PATH; add it, e.g. export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
