#!/usr/bin/env bash
# The one packaging command (Linux): bundle + .deb + .run into dist/.
#   scripts/setup.sh && scripts/package.sh
# Installs what it needs when missing: Debian packages (dpkg-dev, makeself, zstd,
# desktop-file-utils, nsis) and the `package` extra (PyInstaller) into the virtualenv.
# Needs the built model (setup.sh builds it) and, once, the network for the npm store.
#   SKIP_PYINSTALLER=1  reuse dist/avery-nxr and only redo the copies and installers
#   NXR_VENV            the virtualenv (default .venv)
# Writes dist/package-report.json (seconds per step, bytes per part and per installer).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV=${NXR_VENV:-$ROOT/.venv}
PY=$VENV/bin/python
say() { printf '[package] %s\n' "$*" >&2; }
now() { date +%s.%N; }
cd "$ROOT"

[ -x "$PY" ] || { say "no virtualenv at $VENV: run scripts/setup.sh first"; exit 1; }

APT_PACKAGES="dpkg-dev makeself zstd desktop-file-utils nsis"
# shellcheck disable=SC2086  # a list of package names
"$ROOT/scripts/apt-install.sh" $APT_PACKAGES
if ! "$PY" -c 'import PyInstaller' 2>/dev/null; then
  say "installing the package extra (PyInstaller)"
  "$PY" -m pip install --quiet -e "$ROOT[package]"
fi

t0=$(now)
if [ "${SKIP_PYINSTALLER:-0}" = "1" ]; then
  "$PY" build/build_bundle.py --skip-pyinstaller
else
  "$PY" build/build_bundle.py
fi
t1=$(now)
DEB=$(installer/linux/build_deb.sh)
t2=$(now)
RUN=$(installer/linux/build_run.sh)
t3=$(now)

"$PY" - "$DEB" "$RUN" "$t0" "$t1" "$t2" "$t3" <<'PYEOF'
import json, os, sys
deb, run, t0, t1, t2, t3 = sys.argv[1], sys.argv[2], *map(float, sys.argv[3:])
bundle = json.load(open("dist/bundle-report.json"))
report = {
    "seconds": {"bundle": round(t1 - t0, 1), "deb": round(t2 - t1, 1), "run": round(t3 - t2, 1),
                "total": round(t3 - t0, 1)},
    "bundle_bytes": bundle["bytes"],
    "bundle_timings": bundle["timings"],
    "installers": {os.path.basename(p): os.path.getsize(p) for p in (deb, run)},
}
json.dump(report, open("dist/package-report.json", "w"), indent=2)
s = report["seconds"]
print(f"[package] bundle {s['bundle']} s, .deb {s['deb']} s, .run {s['run']} s, total {s['total']} s", file=sys.stderr)
for name, size in report["installers"].items():
    print(f"[package]   {name}: {size / 1e6:.0f} MB", file=sys.stderr)
print(f"[package]   bundle: {bundle['bytes']['total'] / 1e6:.0f} MB in dist/avery-nxr", file=sys.stderr)
PYEOF
