#!/usr/bin/env bash
# The whole quality pipeline for the tuned model, reproducibly:
#   1. LoRA fine-tune of Gemma 3 270M on generated (request, pages) -> plan pairs
#      (build/finetune/datagen.py + train.py; CPU torch, ~35 min on 2 cores for the
#      defaults below, which are the shipped adapter's);
#   2. the adapter goes to resources/models/adapters/ (with its training record);
#   3. `nxr model build` merges it and exports ONNX (the manifest gemma3-270m-nxr);
#   4. the held-apart plan-accuracy evals (bench/plans: 350 cases, blind 324, blind2 340, blind3 340).
# Options go to train.py and override the defaults (e.g. --n 3000 --max-minutes 32 --seed 1).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$ROOT/scripts/setup.sh"
cd "$ROOT"
PY="${NXR_VENV:-$ROOT/.venv}/bin/python"
NXR="${NXR_VENV:-$ROOT/.venv}/bin/nxr"
"$PY" build/finetune/train.py --out resources/models/adapters/gemma3-270m-nxr --n 4800 --seed 1 --max-minutes 46 "$@"
"$NXR" model build --model gemma3-270m-nxr
for cases in all blind blind2 blind3; do
  NXR_MODEL=gemma3-270m-nxr "$PY" bench/plans/run.py --cases "$cases" \
    --out "bench/results/plans-gemma3-270m-nxr-$cases-$(date +%Y%m%d-%H%M%S).json"
done
