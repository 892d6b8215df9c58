#!/usr/bin/env sh
# Installs the menu entry, icons, AppStream metainfo and *.fta.json file type for the current user,
# pointing at an installed Fine-Tune Advisor (a wheel's, pipx's or the bundle's command):
#   sh resources/desktop/install.sh /absolute/path/to/fine-tune-advisor
# `make desktop-install` installs the app first, then runs this.
set -eu
id=io.github.finetuneadvisor.FineTuneAdvisor
program="${1:-}"
case "$program" in
  /*) ;;
  *) echo "usage: $0 /absolute/path/to/fine-tune-advisor" >&2; exit 2 ;;
esac
[ -x "$program" ] || { echo "$program: not an installed fine-tune-advisor program" >&2; exit 2; }
here="$(cd "$(dirname "$0")" && pwd)"
icons="$(cd "$here/../icons" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$data/applications" "$data/icons/hicolor/scalable/apps" "$data/mime/packages" "$data/metainfo"

# Exec= quotes the program when its path holds a space (the desktop entry spec's quoting).
case "$program" in
  *" "*) exec_program="\"$program\"" ;;
  *) exec_program="$program" ;;
esac
sed "s|^Exec=fine-tune-advisor|Exec=$exec_program|" "$here/$id.desktop" > "$data/applications/$id.desktop"
cp "$icons/$id.svg" "$data/icons/hicolor/scalable/apps/$id.svg"
for png in "$icons"/hicolor/*/apps/"$id.png"; do
  size="$(basename "$(dirname "$(dirname "$png")")")"
  mkdir -p "$data/icons/hicolor/$size/apps"
  cp "$png" "$data/icons/hicolor/$size/apps/$id.png"
done
cp "$here/$id.metainfo.xml" "$data/metainfo/$id.metainfo.xml"
cp "$here/$id.mime.xml" "$data/mime/packages/$id.xml"
# What versions before the reverse-DNS id installed.
rm -f "$data/applications/fine-tune-advisor.desktop" "$data/icons/hicolor/scalable/apps/fine-tune-advisor.svg" \
  "$data/mime/packages/fine-tune-advisor-mime.xml"

command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
command -v xdg-mime >/dev/null && xdg-mime default "$id.desktop" application/x-fine-tune-advisor+json || true
echo "Installed Fine-Tune Advisor's menu entry, icons and file type in $data (running $program)"
