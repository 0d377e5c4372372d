#!/usr/bin/env bash
# Builds dist/avery-nxr-<version>-<arch>.run (makeself): a self-extracting per-user
# installer (see installer/linux/run-install.sh). RUN_COMPLEVEL: zstd level (default 6).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUNDLE=${BUNDLE:-$ROOT/dist/avery-nxr}
OUTDIR=${OUTDIR:-$ROOT/dist}
STAGE=$ROOT/build/out/run
HERE=$ROOT/installer/linux
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/app/__init__.py")
ARCH=$(dpkg --print-architecture 2>/dev/null || uname -m)
say() { printf '[run] %s\n' "$*" >&2; }

[ -x "$BUNDLE/nxr" ] || { say "no bundle at $BUNDLE (run build/build_bundle.py)"; exit 1; }
rm -rf "$STAGE"
mkdir -p "$STAGE"
cp -al "$BUNDLE" "$STAGE/avery-nxr" 2>/dev/null || cp -a "$BUNDLE" "$STAGE/avery-nxr"
install -m 755 "$HERE/run-install.sh" "$STAGE/install.sh"
install -m 644 "$HERE/avery-nxr.desktop" "$ROOT/resources/icons/avery-nxr.svg" \
               "$ROOT/resources/icons/avery-nxr.png" "$STAGE/"
mkdir -p "$OUTDIR"
OUT="$OUTDIR/avery-nxr-${VERSION}-${ARCH}.run"
say "makeself (zstd) -> $OUT"
makeself --zstd --complevel "${RUN_COMPLEVEL:-6}" --sha256 --noprogress --nox11 \
  "$STAGE" "$OUT" "Avery NXR $VERSION (per-user install)" ./install.sh >/dev/null
rm -rf "$STAGE"
ls -la "$OUT" >&2
echo "$OUT"
