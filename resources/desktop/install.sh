#!/usr/bin/env sh
# Installs the menu entry, the icon and the *.fta.json file type for the current user.
# Run from the project folder after `make run` has installed the app: make desktop-install
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
project="$(cd "$here/../.." && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$data/applications" "$data/icons/hicolor/scalable/apps" "$data/mime/packages"
# The menu entry runs the app from this project's virtual environment.
sed "s|^Exec=fine-tune-advisor|Exec=$project/.venv/bin/fine-tune-advisor|" \
  "$here/fine-tune-advisor.desktop" > "$data/applications/fine-tune-advisor.desktop"
cp "$project/resources/icons/fine-tune-advisor.svg" "$data/icons/hicolor/scalable/apps/"
cp "$here/fine-tune-advisor-mime.xml" "$data/mime/packages/"
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v xdg-mime >/dev/null && xdg-mime default fine-tune-advisor.desktop application/x-fine-tune-advisor+json || true
echo "Installed Fine-Tune Advisor's menu entry, icon and file type in $data"
