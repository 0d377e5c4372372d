"""How likely an applied plan is to be a wrong edit, read from the request and the plan alone.

A wrong edit shown as success is the worst turn this product can have, and neither the model's own
likelihood nor a second model tells one apart (bench/results/likelihood-stop64.json: AUC 0.49-0.55).
What does is what users' sessions recorded: which requests, read as which plans, failed their checks.
``build/doubt/train.py`` fits a logistic model on the replayed turns of the blind user sets; its weights
live in ``resources/doubt/gate.json`` and a turn scored above its threshold is declined before it
writes, with the edit it would have made named in the message.
"""

from __future__ import annotations

import base64
import json
import math
import os
import re
import zlib
from array import array
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from app import paths
from app.scaffold.plan import Plan

GATE_FILE = paths.resources_dir() / "doubt" / "gate.json"

_WORD = re.compile(r"[\w$€£'.:-]+")
_CAP = re.compile(r"\b[A-Z][a-z]+")
# Words too common to say anything about which content a plan carried.
_STOP = frozenset("the a an to and of on in my our for is it be with at page add please can you make change i we "
                  "this that from as by all".split())
_NOT_TEXT = frozenset({"op", "route", "kind", "sections"})  # plan fields that hold no words of the request


def _words(text: str) -> list[str]:
    return [w for w in (m.strip(".:'-").lower() for m in _WORD.findall(text)) if w]


def _texts(value: Any) -> list[str]:
    """Every text a plan carries (titles, items, names), not its op names, routes or kinds."""
    if isinstance(value, dict):
        return [t for k, v in value.items() if k not in _NOT_TEXT for t in _texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return [value] if isinstance(value, str) else []


def _ops(plan_json: str) -> list[dict[str, Any]]:
    try:
        ops = json.loads(plan_json).get("ops", [])
    except (ValueError, AttributeError):
        return []
    return [op for op in ops if isinstance(op, dict)]


def features(prompt: str, plan_json: str, model_json: str) -> list[str]:
    """The request's words and word pairs, the plan's ops (with kind and page), the model's ops, and how
    much of the request the plan's texts carry: what the gate weighs."""
    typed = _words(prompt)
    feats = [f"W_{w}" for w in typed] + [f"B_{a}_{b}" for a, b in zip(typed, typed[1:])]
    ops = _ops(plan_json)
    for op in ops:
        name = str(op.get("op", "?"))
        page = "none" if "route" not in op else "home" if op.get("route") == "/" else "page"
        feats += [f"OP_{name}", f"RT_{name}_{page}"]
        if "kind" in op:
            feats.append(f"OPK_{name}_{op['kind']}")
    feats += [f"MOP_{op.get('op', '?')}" for op in _ops(model_json or plan_json)]
    feats += [f"NOPS_{min(len(ops), 4)}", f"SAME_{not model_json or model_json == plan_json}"]
    content = [w for w in typed if w not in _STOP]
    carried = {w for t in _texts({"ops": ops}) for w in _words(t)}
    covered = sum(w in carried for w in content) / max(1, len(content))
    caps = [w.lower() for w in _CAP.findall(prompt)[1:]]  # the first is a sentence's capital
    asked = set(typed)
    feats += [f"COV_{int(covered * 5)}",
              f"NUMMISS_{min(3, sum(w not in carried for w in content if any(c.isdigit() for c in w)))}",
              f"CAPMISS_{min(3, sum(w not in carried for w in caps))}",
              f"PLEN_{min(6, len(content) // 5)}",
              f"EXTRA_{min(4, sum(w not in asked for w in carried))}"]
    feats += [f"X_{name}_{w}" for name in sorted({str(op.get('op', '?')) for op in ops}) for w in sorted(set(content))]
    return feats


def bucket(feature: str, buckets: int) -> int:
    return zlib.crc32(feature.encode("utf-8")) % buckets


def indices(feats: list[str], buckets: int) -> dict[int, int]:
    """Each feature's bucket with how often it occurs: the row the weights are summed over."""
    row: dict[int, int] = {}
    for f in feats:
        i = bucket(f, buckets)
        row[i] = row.get(i, 0) + 1
    return row


@dataclass(frozen=True)
class Gate:
    model: str  # the model whose plans it was fitted on; another model's are not weighed
    weights: array[float]  # one float per bucket
    bias: float
    threshold: float  # above it a plan is held (``NXR_DOUBT=hold``): a right edit held costs the user a step
    norm: bool  # rows scaled to unit length, as they were in training
    flag_threshold: float | None = None  # above it a made edit is flagged (None: the hold's); a flag costs a sentence

    def score(self, prompt: str, plan_json: str, model_json: str = "") -> float:
        """The probability that this plan, applied for this request, fails what the user asked."""
        row = indices(features(prompt, plan_json, model_json), len(self.weights))
        scale = 1 / math.sqrt(sum(c * c for c in row.values())) if self.norm and row else 1.0
        z = self.bias + scale * sum(self.weights[i] * c for i, c in row.items())
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))

    def doubts(self, prompt: str, plan_json: str, model_json: str = "", hold: bool = True) -> bool:
        """Whether to hold the plan (``hold``), or else to flag it once made."""
        flag = self.threshold if self.flag_threshold is None else self.flag_threshold
        return self.score(prompt, plan_json, model_json) >= (self.threshold if hold else flag)


def gate_from(record: dict[str, Any]) -> Gate:
    weights: array[float] = array("f")
    weights.frombytes(base64.b64decode(record["weights"]))
    return Gate(model=str(record["model"]), weights=weights, bias=float(record["bias"]), threshold=float(record["threshold"]),
                norm=bool(record.get("norm", True)),
                flag_threshold=float(record.get("flag_threshold", record["threshold"])))


@lru_cache(maxsize=1)
def load_gate(path: Path = GATE_FILE) -> Gate | None:
    """The shipped gate, or None where its file is missing (a build without it applies every plan)."""
    try:
        return gate_from(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError):
        return None


Mode = Literal["flag", "hold", "off"]


def mode() -> Mode:
    """What a doubted plan gets (``NXR_DOUBT``): by default it is applied and its turn says the app is
    unsure and what it read ("flag"); "hold" writes nothing until a "yes" (measured to cost more right
    edits than the wrong ones it stops, in sessions played without that yes); "0" or "off" weighs nothing."""
    value = os.environ.get("NXR_DOUBT", "flag").strip().lower()
    return "off" if value in ("0", "off") else "hold" if value == "hold" else "flag"


def gate_for(model_id: str, doubt_mode: Mode) -> Gate | None:
    """The gate a runner of ``model_id`` weighs plans with: none when off, or fitted on another model's plans."""
    gate = load_gate() if doubt_mode != "off" else None
    return gate if gate is not None and gate.model == model_id else None


@dataclass(frozen=True)
class HeldPlan:
    """A plan the gate held back, kept for one turn: "yes" applies it as it was read."""
    prompt: str
    model_plan: Plan
    plan: Plan


# The whole of a reply that says "do what you read": nothing else in it, so no request is taken for one.
_YES = re.compile(r"(?:yes|yep|yeah|y|ok|okay|sure|correct|right|go ahead|do it|apply it|that'?s right|that'?s it)"
                  r"(?:[ ,]+(?:please|do it|go ahead|apply it|thanks|thank you))*[.! ]*", re.IGNORECASE)


def confirms(prompt: str) -> bool:
    return _YES.fullmatch(prompt.strip()) is not None


TYPE_YES = "Type “yes” to make that change"
NOTHING_HELD = "There is no change waiting for a yes, so nothing was changed. Type what you want to change."


def reading(summary: list[str], held: bool) -> str:
    """What the app read, said of a doubted turn: by its message, and by the window's strip beside its button."""
    read = "; ".join(summary[:4]) or ("a change I can't describe" if held else "the change above")
    return f"I'm not sure I read that right{', so nothing was changed' if held else ''}. I read it as: {read}."


def unsure_note(summary: list[str]) -> str:
    """Said with an applied turn the gate doubted: what was made, and the way back."""
    return (f"{reading(summary, held=False)} If that is not what you meant, "
            "undo it and say it another way (which page, and the exact words to show).")


def unsure_message(summary: list[str], how: str = TYPE_YES) -> str:
    """What a held plan would have done, and the two ways on from it (``how``: the way to say yes here)."""
    return f"{reading(summary, held=True)} {how}, or say it another way (which page, and the exact words to show)."
