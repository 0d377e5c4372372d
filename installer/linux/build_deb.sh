#!/usr/bin/env bash
# Builds dist/avery-nxr_<version>_<arch>.deb from the bundle dist/avery-nxr/.
#   /opt/avery-nxr/            the bundle (root-owned, read-only for users)
#   /usr/bin/nxr               -> /opt/avery-nxr/nxr
#   /usr/share/applications/avery-nxr.desktop
#   /usr/share/icons/hicolor/{scalable,256x256}/apps/avery-nxr.{svg,png}
# Compression: zstd (DEB_COMPRESSION=xz for ~25% smaller and much slower builds).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUNDLE=${BUNDLE:-$ROOT/dist/avery-nxr}
OUTDIR=${OUTDIR:-$ROOT/dist}
STAGE=$ROOT/build/out/deb
HERE=$ROOT/installer/linux
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/app/__init__.py")
ARCH=$(dpkg --print-architecture)
COMP=${DEB_COMPRESSION:-zstd}
say() { printf '[deb] %s\n' "$*" >&2; }

[ -x "$BUNDLE/nxr" ] || { say "no bundle at $BUNDLE (run build/build_bundle.py)"; exit 1; }
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
         "$STAGE/usr/share/icons/hicolor/scalable/apps" "$STAGE/usr/share/icons/hicolor/256x256/apps" \
         "$STAGE/usr/share/doc/avery-nxr"
# Hard links, not a copy: the stage costs no space and no time (same file system).
cp -al "$BUNDLE" "$STAGE/opt/avery-nxr" 2>/dev/null || cp -a "$BUNDLE" "$STAGE/opt/avery-nxr"
chmod -R u+rwX,go+rX,go-w "$STAGE/opt/avery-nxr"   # readable by every user whatever the build umask
ln -s /opt/avery-nxr/nxr "$STAGE/usr/bin/nxr"
install -m 644 "$HERE/avery-nxr.desktop" "$STAGE/usr/share/applications/avery-nxr.desktop"
install -m 644 "$ROOT/resources/icons/avery-nxr.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/avery-nxr.svg"
install -m 644 "$ROOT/resources/icons/avery-nxr.png" "$STAGE/usr/share/icons/hicolor/256x256/apps/avery-nxr.png"
printf 'Avery NXR %s\nProprietary. Bundles Qt (LGPLv3), Node.js (MIT), ONNX Runtime (MIT) and Gemma 3 (Gemma Terms of Use).\n' \
  "$VERSION" > "$STAGE/usr/share/doc/avery-nxr/copyright"

SIZE_KB=$(du -sk --apparent-size "$STAGE" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@SIZE@/$SIZE_KB/" "$HERE/control.in" > "$STAGE/DEBIAN/control"
install -m 755 "$HERE/postinst" "$STAGE/DEBIAN/postinst"
install -m 755 "$HERE/postrm" "$STAGE/DEBIAN/postrm"

mkdir -p "$OUTDIR"
OUT="$OUTDIR/avery-nxr_${VERSION}_${ARCH}.deb"
say "dpkg-deb ($COMP) -> $OUT"
dpkg-deb --root-owner-group -Z"$COMP" --build "$STAGE" "$OUT" >/dev/null
rm -rf "$STAGE"
ls -la "$OUT" >&2
echo "$OUT"
