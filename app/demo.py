"""``nxr demo``: the headless main job until the turn loop lands.

Loads the real model, shows the probe's provider choice, then streams two
generations: one free, one constrained to a small edit-plan JSON schema,
with the timings each response recorded.
"""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

from app import paths
from app.engine.base import GenerateOptions, Guidance, Message
from app.engine.ort_engine import OrtEngine
from app.engine.response import Response

DEMO_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "op": {"type": "string", "enum": ["add_page", "set_text", "remove_page"]},
        "route": {"type": "string", "pattern": "^/[a-z0-9-]{0,30}$"},
        "title": {"type": "string", "maxLength": 40},
    },
    "required": ["op", "route", "title"],
    "additionalProperties": False,
    "x-guidance": {"whitespace_flexible": False},
}


def demo_system() -> str:
    return (paths.resources_dir() / "prompts" / "demo-system.txt").read_text(encoding="utf-8").strip()


def stream(resp: Response, out: TextIO) -> str:
    parts = []
    for chunk in resp:
        parts.append(chunk)
        out.write(chunk)
        out.flush()
    out.write("\n")
    return "".join(parts)


def run_demo(engine: OrtEngine, request: str, out: TextIO = sys.stdout) -> dict[str, Any]:
    system = demo_system()
    guidance = Guidance.json_schema(DEMO_SCHEMA)
    out.write("warming up (tokenizer, grammar, system prompt prefill)...\n")
    engine.warm(guidance, system)
    engine.warm(None, system)
    messages = [Message("system", system), Message("user", request)]
    out.write(f"\n> {request}\n[free, 24 tokens max] ")
    free = engine.generate(messages, GenerateOptions(max_tokens=24))
    free_text = stream(free, out)
    out.write("[constrained to the plan schema] ")
    planned = engine.generate(messages, GenerateOptions(max_tokens=80, guidance=guidance))
    plan_text = stream(planned, out)
    plan = json.loads(plan_text)
    for label, resp in (("free", free), ("constrained", planned)):
        t = resp.timings()
        out.write(
            f"  {label:<11} first token {t['ttft_ms']} ms, {t['completion_tokens']} tokens, "
            f"{t['tokens_per_s']} tok/s, prompt {t['prompt_tokens']} tokens ({t['cached_tokens']} reused)\n"
        )
    return {"free": free_text, "plan": plan, "timings": {"free": free.timings(), "constrained": planned.timings()}}
