"""The benchmark's HTML report: one self-contained file (inline CSS and SVG, no script).

The chart shows every prompt's wait on a log scale over the bands that matter for
flow (Nielsen's limits): under 0.1 s feels instant, under 1 s keeps the train of
thought, under 10 s keeps attention, beyond that the user leaves (the session is
abandoned). Bars are grouped by session; a tick marks the first token.
"""

from __future__ import annotations

import math
from html import escape
from typing import Any

Y_MIN_MS = 10.0
Y_MAX_MS = 60_000.0
PLOT_H = 300
LEFT, RIGHT, TOP = 64, 150, 16
BAR_W, BAR_GAP, SESSION_GAP = 10, 3, 14
LABEL_H = 120

BANDS = (  # (from ms, to ms, fill, label)
    (Y_MIN_MS, 100.0, "#e3f4e6", "instant (< 0.1 s)"),
    (100.0, 1000.0, "#eef6da", "in flow (< 1 s)"),
    (1000.0, 10_000.0, "#fdf1d6", "attention drifts (1-10 s)"),
    (10_000.0, Y_MAX_MS, "#fbe0e0", "abandoned (> 10 s)"),
)
TICKS = ((10.0, "10 ms"), (100.0, "0.1 s"), (1000.0, "1 s"), (10_000.0, "10 s"), (60_000.0, "60 s"))

CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f2328;margin:24px auto;
max-width:1180px;padding:0 16px;background:#fff}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
.meta{color:#57606a;margin:0 0 16px}
table{border-collapse:collapse;margin:4px 0 12px;font-variant-numeric:tabular-nums}
th,td{border-bottom:1px solid #d8dee4;padding:3px 10px;text-align:left;vertical-align:top}
th{background:#f6f8fa;font-weight:600}td.n{text-align:right}
.ok{color:#1a7f37;font-weight:600}.bad{color:#cf222e;font-weight:600}
.chart{overflow-x:auto;border:1px solid #d8dee4;border-radius:6px;padding:8px 0}
.legend span{display:inline-block;margin-right:16px}.sw{display:inline-block;width:11px;height:11px;
margin-right:5px;vertical-align:-1px;border-radius:2px}
.note{color:#57606a;font-size:13px}
details{margin:4px 0}summary{cursor:pointer;font-weight:600;padding:3px 0}details table{font-size:13px}
"""


def _y(ms: float) -> float:
    v = min(max(ms, Y_MIN_MS), Y_MAX_MS)
    span = math.log10(Y_MAX_MS) - math.log10(Y_MIN_MS)
    return TOP + PLOT_H * (1 - (math.log10(v) - math.log10(Y_MIN_MS)) / span)


def _fmt_ms(ms: float | None) -> str:
    if ms is None:
        return "-"
    return f"{ms:.0f} ms" if ms < 1000 else f"{ms / 1000:.2f} s"


def wait_chart(sessions: list[dict[str, Any]]) -> str:
    """An inline SVG: one bar per prompt (its total wait), the flow bands, log-scale axis."""
    n_turns = sum(len(s["turns"]) for s in sessions)
    plot_w = max(640, n_turns * (BAR_W + BAR_GAP) + max(0, len(sessions) - 1) * SESSION_GAP + 2 * BAR_GAP)
    width, height = LEFT + plot_w + RIGHT, TOP + PLOT_H + LABEL_H
    x0, x1, bottom = LEFT, LEFT + plot_w, TOP + PLOT_H
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'style="width:100%;max-width:{width}px;height:auto" '
           f'viewBox="0 0 {width} {height}" role="img" aria-label="Wait per prompt, log scale" '
           'font-family="system-ui,Arial,sans-serif" font-size="11">']
    for lo, hi, fill, label in BANDS:
        y_hi, y_lo = _y(hi), _y(lo)
        out.append(f'<rect class="band" x="{x0}" y="{y_hi:.1f}" width="{plot_w}" height="{y_lo - y_hi:.1f}" fill="{fill}"/>')
        out.append(f'<text x="{x1 + 8}" y="{(y_hi + y_lo) / 2 + 4:.1f}" fill="#57606a">{escape(label)}</text>')
    for ms, label in TICKS:
        y = _y(ms)
        strong = ms in (100.0, 1000.0, 10_000.0)
        style = 'stroke="#8c959f" stroke-width="1.2"' if strong else 'stroke="#d0d7de" stroke-dasharray="3 3"'
        out.append(f'<line class="limit" x1="{x0}" x2="{x1}" y1="{y:.1f}" y2="{y:.1f}" {style}/>')
        out.append(f'<text x="{x0 - 6}" y="{y + 4:.1f}" text-anchor="end" fill="#1f2328">{label}</text>')
    out.append(f'<text x="14" y="{TOP + PLOT_H / 2:.0f}" transform="rotate(-90 14 {TOP + PLOT_H / 2:.0f})" '
               'text-anchor="middle" fill="#57606a">wait per prompt (log)</text>')
    x = x0 + BAR_GAP
    for si, s in enumerate(sessions):
        start_x = x
        for t in s["turns"]:
            wait = float(t["wait_ms"])
            y = _y(wait)
            color = "#2da44e" if t["passed"] else "#cf222e"
            tip = (f'{s["name"]} step {t["step"] + 1}.{t["attempt"] + 1}: {t["prompt"]}\n'
                   f'wait {_fmt_ms(wait)} (first token {_fmt_ms(t.get("ttft_ms"))}, generation {_fmt_ms(t.get("gen_ms"))}, '
                   f'preview {_fmt_ms(t.get("preview_ms"))}); {t["outcome"]}, {"passed" if t["passed"] else "failed"}')
            out.append(f'<g class="turn"><title>{escape(tip)}</title>'
                       f'<rect x="{x}" y="{y:.1f}" width="{BAR_W}" height="{max(1.0, bottom - y):.1f}" fill="{color}" '
                       'fill-opacity="0.85"/>')
            if t.get("ttft_ms"):
                ty = _y(float(t["ttft_ms"]))
                out.append(f'<line x1="{x - 1}" x2="{x + BAR_W + 1}" y1="{ty:.1f}" y2="{ty:.1f}" stroke="#1f2328" '
                           'stroke-width="2"/>')
            out.append("</g>")
            x += BAR_W + BAR_GAP
        end_x = max(x - BAR_GAP, start_x + BAR_W)
        mid = (start_x + end_x) / 2
        mark = "" if s["completed"] else (" ✗" if s["abandoned"] else " ·")
        out.append(f'<text x="{mid:.1f}" y="{bottom + 12}" text-anchor="end" transform="rotate(-40 {mid:.1f} {bottom + 12})" '
                   f'fill="#1f2328">{escape(s["name"][:28])}{mark}</text>')
        x += SESSION_GAP
        if si + 1 < len(sessions):
            sep = x - (SESSION_GAP + BAR_GAP) / 2
            out.append(f'<line x1="{sep:.1f}" x2="{sep:.1f}" y1="{TOP}" y2="{bottom}" stroke="#afb8c1" '
                       'stroke-dasharray="2 3"/>')
    out.append(f'<rect x="{x0}" y="{TOP}" width="{plot_w}" height="{PLOT_H}" fill="none" stroke="#8c959f"/>')
    out.append("</svg>")
    return "\n".join(out)


def _row(cells: list[str], numeric: set[int] | None = None) -> str:
    numeric = numeric or set()
    return "<tr>" + "".join(f'<td{" class=n" if i in numeric else ""}>{c}</td>' for i, c in enumerate(cells)) + "</tr>"


def summary_table(summary: dict[str, Any]) -> str:
    rate = summary.get("completed_rate")
    rows = [
        ("Sessions", f'{summary["sessions"]} ({summary["completed"]} completed, {summary["abandoned"]} abandoned)'),
        ("Completed rate", "-" if rate is None else f"{rate * 100:.0f} %"),
        ("Steps passed", f'{summary["steps_passed"]} of {summary["steps_total"]}'),
        ("Prompts", str(summary["prompts"])),
        ("Prompts per step", "-" if summary["prompts_per_step"] is None else f'{summary["prompts_per_step"]:.2f}'),
        ("Median wait", _fmt_ms(summary["median_wait_ms"])),
        ("p90 wait", _fmt_ms(summary["p90_wait_ms"])),
        ("Median first token", _fmt_ms(summary["median_ttft_ms"])),
        ("Waits under 1 s / over 10 s", f'{summary["waits_under_1s"]} / {summary["waits_over_10s"]}'),
        ("Total wait", f'{summary["total_wait_s"]:.1f} s'),
        (f'Time in the loop (+{summary["think_s"]:g} s thinking per prompt)', f'{summary["time_in_loop_s"]:.1f} s'),
    ]
    body = "".join(f"<tr><th>{escape(k)}</th><td class=n>{escape(v)}</td></tr>" for k, v in rows)
    return f'<table class="summary">{body}</table>'


def sessions_table(sessions: list[dict[str, Any]]) -> str:
    head = ("<tr><th>Session</th><th>Result</th><th>Steps</th><th>Prompts</th><th>Total wait</th>"
            "<th>In the loop</th><th>Final checks</th></tr>")
    rows = []
    for s in sessions:
        if s["completed"]:
            result = '<span class="ok">completed</span>'
        elif s["abandoned"]:
            result = f'<span class="bad">abandoned</span>: {escape(s["abandon_reason"])}'
        else:
            result = '<span class="bad">final checks failed</span>'
        finals = ", ".join(f'{escape(c["kind"])} {"✓" if c["passed"] else "✗"} ({_fmt_ms(c["ms"])})'
                           for c in s["final_checks"]) or "-"
        rows.append(_row([escape(s["name"]), result, f'{s["steps_passed"]}/{s["steps_total"]}', str(s["prompts"]),
                          f'{s["total_wait_s"]:.1f} s', f'{s["time_in_loop_s"]:.1f} s', finals], {2, 3, 4, 5}))
    return f"<table>{head}{''.join(rows)}</table>"


def turns_details(sessions: list[dict[str, Any]]) -> str:
    """Every prompt of every session, one collapsible block per session (no script needed)."""
    head = ("<tr><th>#</th><th>Prompt</th><th>Outcome</th><th>Checks</th><th>First token</th><th>Generation</th>"
            "<th>Preview</th><th>Wait</th><th>Tokens</th></tr>")
    blocks = []
    for s in sessions:
        rows = []
        for t in s["turns"]:
            failed = [c for c in t.get("checks", []) if not c["passed"]]
            checks = ('<span class="ok">passed</span>' if t["passed"] else
                      '<span class="bad">failed</span>' + "".join(
                          f"<br>{escape(c['target'])}: {escape(c['detail'][:120])}" for c in failed[:2]))
            outcome = escape(t["outcome"]) + (" (undone)" if t.get("undone") else "")
            rows.append(_row([f'{t["step"] + 1}.{t["attempt"] + 1}', escape(t["prompt"]), outcome, checks,
                              _fmt_ms(t.get("ttft_ms")), _fmt_ms(t.get("gen_ms")), _fmt_ms(t.get("preview_ms")),
                              _fmt_ms(t["wait_ms"]), str(t.get("tokens", "-"))], {4, 5, 6, 7, 8}))
        blocks.append(f'<details><summary>{escape(s["name"])}: {s["prompts"]} prompt(s)</summary>'
                      f'<table>{head}{"".join(rows)}</table></details>')
    return "\n".join(blocks)


def _load(report: dict[str, Any]) -> str:
    start, end = report.get("load_average_start"), report.get("machine", {}).get("load_average_end")
    one = [f"{v[0]:.1f}" if v else "?" for v in (start, end)]
    return f"{one[0]} at start, {one[1]} at end (1 min)"


def render_html(report: dict[str, Any]) -> str:
    sessions = report["sessions"]
    engine = report.get("engine", {})
    m = report.get("machine", {})
    title = f'Session benchmark: {report["backend"]} / {report["model"]}'
    meta = (f'{escape(report["date"])} · backend <b>{escape(str(report["backend"]))}</b> · model '
            f'{escape(str(report["model"]))} · provider {escape(str(report["provider"]))} · threads '
            f'{escape(str(report.get("threads")))} · {escape(str(m.get("cpu_count")))} CPUs · '
            f'model load {escape(str(engine.get("load_s")))} s, warm-up {escape(str(engine.get("warm_s")))} s · '
            f'run {escape(str(report.get("run_s")))} s · load average {escape(_load(report))}')
    legend = ('<p class="legend"><span><i class="sw" style="background:#2da44e"></i>prompt whose checks passed</span>'
              '<span><i class="sw" style="background:#cf222e"></i>prompt whose checks failed</span>'
              '<span><i class="sw" style="background:#1f2328;height:3px;vertical-align:3px"></i>first token</span>'
              '<span>✗ abandoned session</span></p>')
    return (
        f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><style>{CSS}</style></head><body>\n'
        f"<h1>{escape(title)}</h1><p class=meta>{meta}</p>\n"
        f'<h2>Summary</h2>{summary_table(report["summary"])}\n'
        f'<h2>Wait per prompt</h2>{legend}<div class="chart">{wait_chart(sessions)}</div>\n'
        '<p class="note">Wait = submit to preview showing the change (or giving up). Hover a bar for the prompt and '
        "its phases.</p>\n"
        f"<h2>Sessions</h2>{sessions_table(sessions)}\n"
        f"<h2>Prompts</h2>{turns_details(sessions)}\n</body></html>\n"
    )
