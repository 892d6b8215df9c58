#!/usr/bin/env sh
# `make desktop-install [FROM=bundle|wheel|/path/to/fine-tune-advisor]`: installs Fine-Tune Advisor
# for the current user outside this clone, then its menu entry (resources/desktop/install.sh):
#   bundle  copies the one-folder bundle (`make bundle`, or the folder given) to ~/.local/lib
#   wheel   installs the wheel (`make wheel`, or the file given) into a venv of its own
#   a path  an installed fine-tune-advisor (pipx's, say) that the menu entry should run
# With no FROM: the bundle if one is built, else a fine-tune-advisor on PATH outside this clone,
# else the wheel. The menu entry never points into the clone or its .venv.
set -eu
project="$(cd "$(dirname "$0")/.." && pwd)"
from="${1:-}"
source_path="${2:-}"
lib="$HOME/.local/lib/fine-tune-advisor"
bin="$HOME/.local/bin"
if [ -z "$from" ]; then
  on_path="$(command -v fine-tune-advisor || true)"
  if [ -x "$project/dist/fine-tune-advisor/fine-tune-advisor" ]; then from=bundle
  elif [ -n "$on_path" ] && case "$on_path" in "$project"/*) false ;; *) true ;; esac; then from="$on_path"
  else from=wheel
  fi
fi
case "$from" in
  bundle)
    folder="${source_path:-$project/dist/fine-tune-advisor}"
    [ -x "$folder/fine-tune-advisor" ] || { echo "No bundle in $folder: run 'make bundle' first." >&2; exit 2; }
    rm -rf "$lib/bundle"
    mkdir -p "$lib" "$bin"
    cp -R "$folder" "$lib/bundle"
    program="$lib/bundle/fine-tune-advisor"
    ;;
  wheel)
    [ -n "$source_path" ] || make -C "$project" wheel
    wheel="${source_path:-$(ls -t "$project"/dist/fine_tune_advisor-*.whl | head -n 1)}"
    rm -rf "$lib/venv"
    mkdir -p "$lib" "$bin"
    "${PYTHON:-python3}" -m venv "$lib/venv"
    "$lib/venv/bin/python" -m pip install --quiet "$wheel"
    program="$lib/venv/bin/fine-tune-advisor"
    ;;
  /*) program="$from" ;;
  *) echo "FROM must be bundle, wheel or an absolute path to fine-tune-advisor" >&2; exit 2 ;;
esac
case "$program" in
  "$lib"/*) ln -sf "$program" "$bin/fine-tune-advisor"
            echo "Installed $program (linked from $bin/fine-tune-advisor)" ;;
esac
sh "$project/resources/desktop/install.sh" "$program"
