#!/usr/bin/env bash
# The long reliability runs (beyond CI's budget): 10,000 fuzzed plans, 2,000 damaged state files, 300
# SIGKILLs mid-apply, 2 x 100 session turns at once with a history/diff loop, and a 200-turn soak
# on the real model. Results land in bench/results/.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$ROOT/scripts/setup.sh"
cd "$ROOT"
PY="${NXR_VENV:-$ROOT/.venv}/bin/python"
stamp=$(date +%Y%m%d-%H%M%S)
NXR_FUZZ_EXAMPLES=10000 NXR_CRASH_RUNS=300 NXR_STRESS_TURNS=100 NXR_FUZZ_STATE_EXAMPLES=2000 "$PY" -m pytest \
  tests/reliability/test_fuzz_paths.py tests/reliability/test_crash_apply.py tests/reliability/test_concurrent_sessions.py \
  tests/reliability/test_fuzz_state.py -q -s -p no:cacheprovider | tee "bench/results/reliability-$stamp.txt"
"$PY" bench/soak.py --turns "${NXR_SOAK_TURNS:-200}"
