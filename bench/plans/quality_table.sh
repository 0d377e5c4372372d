#!/usr/bin/env bash
# Rebuilds bench/results/quality.md (the before/after table of the quality levers) from the
# recorded results; every figure comes from a JSON file written by bench/plans/run.py or
# `nxr bench --report`. Row labels say which eval set each row is on.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
R=bench/results
exec "${NXR_VENV:-.venv}/bin/python" bench/plans/table.py --out "$R/quality.md" \
  "base + few-shot, sorted-key grammar (before; 350 cases)=$R/plans-base-int4-fewshot.json,$R/sessions-ort.json" \
  "base + few-shot, grammar fixed (blind, 324)=$R/plans-base-int4-fewshot-blind-grammarfixed.json" \
  "LoRA run 2 (350 cases; sessions on a loaded machine)=$R/plans-tuned-int4-run2.json,$R/sessions-tuned-int4.json" \
  "LoRA run 2, blind (324)=$R/plans-tuned-int4-blind-run2.json" \
  "LoRA run 3 (350 cases)=$R/plans-tuned-int4-run3.json,$R/sessions-tuned-int4-run3.json" \
  "LoRA run 3, blind (324)=$R/plans-tuned-int4-blind-run3.json" \
  "LoRA run 3 as int8 (1.07 GB), blind (324)=$R/plans-tuned-int8-blind-run3.json" \
  "LoRA run 3, blind2 (340; loaded machine)=$R/plans-tuned-int4-blind2-run3.json" \
  "LoRA run 4, blind (324; seen when writing generator v4)=$R/plans-tuned-int4-blind-run4.json" \
  "LoRA run 4, blind2 (340, unseen)=$R/plans-tuned-int4-blind2-run4.json" \
  "LoRA run 4, blind3 (340, unseen); sessions before the rename-title rule=$R/plans-tuned-int4-blind3-run4.json,$R/sessions-tuned-int4-run4-norenamefix.json" \
  "LoRA run 4, before request fitting: blind3 (340, unseen); sessions=$R/plans-tuned-int4-blind3-run4.json,$R/sessions-tuned-int4-run4.json" \
  "LoRA run 5 (generator v5, not shipped), blind3 (340, unseen)=$R/plans-tuned-int4-blind3-run5.json" \
  "LoRA run 6 (v4 + punctuation and longer labels, not shipped), blind3 (340)=$R/plans-tuned-int4-blind3-run6.json" \
  "LoRA run 4, blind4 (340, unseen): the model's own plans=$R/plans-tuned-int4-blind4-run4-fit1.json#model" \
  "LoRA run 4 + request fitting v1 (rules from blind3's misses), blind4 (340, unseen); sessions (v1: a new page's route bug)=$R/plans-tuned-int4-blind4-run4-fit1.json,$R/sessions-tuned-int4-run4-fit1.json" \
  "LoRA run 4, blind5 (340, unseen): the model's own plans=$R/plans-tuned-int4-blind5-run4-fit2.json#model" \
  "LoRA run 4 + request fitting v2 (refined on blind4), shipped: blind5 (340, unseen); sessions=$R/plans-tuned-int4-blind5-run4-fit2.json,$R/sessions-tuned-int4-run4-fit2.json"
