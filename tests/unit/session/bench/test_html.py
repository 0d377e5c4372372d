from __future__ import annotations

import re
from typing import Any

from app.session.bench.html import render_html


def report(names: tuple[str, ...] = ("bakery", "<b>blog</b>")) -> dict[str, Any]:
    turns = [{"step": 0, "attempt": 0, "prompt": "add <about>", "outcome": "applied", "passed": True,
              "ttft_ms": 120.0, "gen_ms": 300.0, "apply_ms": 4.0, "preview_ms": 400.0, "wait_ms": 830.0},
             {"step": 1, "attempt": 0, "prompt": "x", "outcome": "invalid_plan", "passed": False,
              "ttft_ms": None, "gen_ms": None, "apply_ms": None, "preview_ms": None, "wait_ms": 12500.0}]
    sessions = [{"name": n, "completed": i == 0, "abandoned": i != 0, "abandon_reason": "step 2 failed",
                 "prompts": 2, "steps_passed": 1, "steps_total": 3, "total_wait_s": 13.3, "time_in_loop_s": 23.3,
                 "final_checks": [{"kind": "build", "passed": True, "ms": 9000.0}] if i == 0 else [],
                 "turns": turns} for i, n in enumerate(names)]
    summary = {"sessions": 2, "completed": 1, "abandoned": 1, "completed_rate": 0.5, "steps_passed": 2,
               "steps_total": 6, "prompts": 4, "prompts_per_step": 1.33, "median_wait_ms": 830.0,
               "p90_wait_ms": 12500.0, "median_ttft_ms": 120.0, "waits_under_1s": 2, "waits_over_10s": 2,
               "total_wait_s": 26.6, "think_s": 5.0, "time_in_loop_s": 46.6}
    return {"date": "2026-11-25T15:00:00+00:00", "backend": "ort", "model": "gemma3-270m-base", "provider": "cpu",
            "threads": 2, "engine": {"load_s": 1.0, "warm_s": 4.5}, "machine": {"cpu_count": 2}, "run_s": 60.0,
            "summary": summary, "sessions": sessions}


def test_html_has_an_inline_svg_with_the_flow_bands_and_limits() -> None:
    page = render_html(report())
    assert page.startswith("<!doctype html>")
    svg = page[page.index("<svg"): page.index("</svg>")]
    assert svg.count('class="band"') == 4
    assert svg.count('class="limit"') == 5
    for label in (">0.1 s<", ">1 s<", ">10 s<"):
        assert label in svg, label
    assert svg.count('<g class="turn">') == 4  # one bar per prompt
    assert "#2da44e" in svg and "#cf222e" in svg  # passed and failed prompts look different


def test_bands_are_on_a_log_scale() -> None:
    svg = render_html(report())
    pairs = re.findall(r'<line class="limit"[^>]*y1="([\d.]+)"[^>]*/>\n<text[^>]*>([^<]+)</text>', svg)
    ys = {label: float(y) for y, label in pairs}
    assert set(ys) == {"10 ms", "0.1 s", "1 s", "10 s", "60 s"}
    gaps = [ys["10 ms"] - ys["0.1 s"], ys["0.1 s"] - ys["1 s"], ys["1 s"] - ys["10 s"]]
    assert min(gaps) > 50 and max(gaps) - min(gaps) < 0.5, gaps  # each decade is the same height


def test_html_is_self_contained_and_escapes_text() -> None:
    page = render_html(report())
    assert "<script" not in page.lower()
    refs = re.findall(r'(?:src|href)="([^"]+)"', page) + re.findall(r"url\(", page)
    assert refs == []
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in page
    assert "&lt;b&gt;blog&lt;/b&gt;" in page and "<b>blog</b>" not in page
    assert "add &lt;about&gt;" in page
    assert "Completed rate" in page and "50 %" in page and "Prompts per step" in page and "1.33" in page
