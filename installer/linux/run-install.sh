#!/bin/sh
# Runs inside the makeself archive (avery-nxr-<version>-<arch>.run): installs for the
# current user only, no root needed.
#   ~/.local/opt/avery-nxr/             the app (NXR_PREFIX overrides)
#   ~/.local/bin/nxr                     -> the app's nxr
#   ~/.local/share/applications/avery-nxr.desktop, icons in ~/.local/share/icons/hicolor
#   ~/.local/opt/avery-nxr/uninstall.sh  removes all of the above (not the user data)
set -eu
PREFIX=${NXR_PREFIX:-$HOME/.local/opt/avery-nxr}
BIN=${XDG_BIN_HOME:-$HOME/.local/bin}
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
say() { printf '[avery-nxr] %s\n' "$*"; }

if [ -x "$PREFIX/uninstall.sh" ]; then
  say "replacing the existing install in $PREFIX"
  "$PREFIX/uninstall.sh" --quiet
fi
rm -rf "$PREFIX"
mkdir -p "$(dirname "$PREFIX")" "$BIN" "$DATA/applications" \
         "$DATA/icons/hicolor/scalable/apps" "$DATA/icons/hicolor/256x256/apps"
mv avery-nxr "$PREFIX" 2>/dev/null || cp -a avery-nxr "$PREFIX"

ln -sf "$PREFIX/nxr" "$BIN/nxr"
sed -e "s|^Exec=.*|Exec=\"$PREFIX/nxr\" gui %f|" -e "s|^TryExec=.*|TryExec=$PREFIX/nxr|" \
  avery-nxr.desktop > "$DATA/applications/avery-nxr.desktop"
cp avery-nxr.svg "$DATA/icons/hicolor/scalable/apps/avery-nxr.svg"
cp avery-nxr.png "$DATA/icons/hicolor/256x256/apps/avery-nxr.png"

cat > "$PREFIX/uninstall.sh" <<UNINSTALL
#!/bin/sh
# Removes Avery NXR installed by the .run installer. User data is kept:
#   \${XDG_CACHE_HOME:-\$HOME/.cache}/avery-nxr (model/store caches), \${XDG_DATA_HOME:-\$HOME/.local/share}/avery-nxr
set -eu
[ "\${1:-}" = "--quiet" ] || echo "[avery-nxr] removing $PREFIX"
if [ "\$(readlink "$BIN/nxr" 2>/dev/null)" = "$PREFIX/nxr" ]; then rm -f "$BIN/nxr"; fi
rm -f "$DATA/applications/avery-nxr.desktop" \
      "$DATA/icons/hicolor/scalable/apps/avery-nxr.svg" \
      "$DATA/icons/hicolor/256x256/apps/avery-nxr.png"
rm -rf "$PREFIX"
[ "\${1:-}" = "--quiet" ] || echo "[avery-nxr] removed; your projects and caches are untouched"
UNINSTALL
chmod 755 "$PREFIX/uninstall.sh"

say "installed in $PREFIX"
say "command line: $BIN/nxr (add $BIN to PATH if needed); desktop: 'Avery NXR' in the menu"
say "uninstall: $PREFIX/uninstall.sh"
