#!/usr/bin/env bash
# Set up (if needed) and run every test: unit, architecture (import-linter, mypy strict)
# and integration on the real model.  Extra arguments go to pytest.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$ROOT/scripts/setup.sh"
cd "$ROOT"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export NEXT_TELEMETRY_DISABLED=1
exec "${NXR_VENV:-$ROOT/.venv}/bin/python" -m pytest "$@"
