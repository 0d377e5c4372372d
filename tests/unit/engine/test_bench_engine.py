"""bench/engine.py's optimum plumbing: the config transformers 4.5x reads, and the child in another venv."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from bench import engine  # noqa: E402

# What transformers 5 writes for Gemma 3 270M (the app's dequantize step), trimmed.
CONFIG_5 = {
    "model_type": "gemma3_text",
    "dtype": "float32",
    "rope_parameters": {
        "full_attention": {"rope_theta": 1000000.0, "rope_type": "default"},
        "sliding_attention": {"rope_theta": 10000.0, "rope_type": "default"},
    },
    "transformers_version": "5.24.0",
}


def test_compat_checkpoint_flattens_rope_and_links_the_rest(tmp_path: Path) -> None:
    hf = tmp_path / "hf"
    hf.mkdir()
    (hf / "config.json").write_text(json.dumps(CONFIG_5))
    (hf / "model.safetensors").write_bytes(b"weights")
    (hf / "tokenizer.json").write_text("{}")
    out = engine.compat_checkpoint(hf, tmp_path / "compat")
    config = json.loads((out / "config.json").read_text())
    assert "rope_parameters" not in config
    assert config["rope_theta"] == 1000000.0  # global layers
    assert config["rope_local_base_freq"] == 10000.0  # sliding-window layers
    assert config["rope_scaling"] is None
    assert config["dtype"] == "float32"
    assert (out / "model.safetensors").is_symlink() and (out / "model.safetensors").read_bytes() == b"weights"
    assert (out / "tokenizer.json").is_symlink()
    assert json.loads((hf / "config.json").read_text()) == CONFIG_5  # the app's folder is left alone
    # Run again on the same folder: rewritten, not failing on the links already there.
    assert engine.compat_checkpoint(hf, tmp_path / "compat") == out


def test_compat_checkpoint_keeps_a_scaled_rope(tmp_path: Path) -> None:
    hf = tmp_path / "hf"
    hf.mkdir()
    scaled = {"rope_theta": 1000000.0, "rope_type": "linear", "factor": 8.0}
    (hf / "config.json").write_text(json.dumps({**CONFIG_5, "rope_parameters": {
        "full_attention": scaled, "sliding_attention": {"rope_theta": 10000.0, "rope_type": "default"}}}))
    config = json.loads((engine.compat_checkpoint(hf, tmp_path / "c") / "config.json").read_text())
    assert config["rope_theta"] == 1000000.0
    assert config["rope_scaling"] == {"rope_type": "linear", "factor": 8.0}


FAKE_CHILD = """#!{python}
import json, sys
args = sys.argv[1:]
assert args[args.index("--child") + 1] == "optimum-int4", args
print("some log line")
print("RESULT " + json.dumps({{"backend": "optimum-int4", "provider": "cpu", "load_s": 1.0,
    "hf": args[args.index("--hf") + 1], "cache": args[args.index("--optimum-cache") + 1],
    "ttft_short_fresh_s": [0.3, 0.1, 0.2], "decode_tok_s": [10.0, 12.0], "peak_rss_mib": 900.0}}))
"""


def test_optimum_runs_with_the_other_python_and_the_parent_summarizes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "hf_checkpoint", lambda: tmp_path / "hf")
    monkeypatch.setattr(engine, "optimum_cache", lambda: tmp_path / "cache")
    child = tmp_path / "python"
    child.write_text(FAKE_CHILD.format(python=sys.executable))
    child.chmod(0o755)
    raw = engine.spawn("optimum-int4", 2, 3, str(child))
    assert raw["hf"] == str(tmp_path / "hf") and raw["cache"] == str(tmp_path / "cache")
    assert raw["ttft_short_fresh_s"] == [0.3, 0.1, 0.2] and len(raw["loadavg_1min"]) == 2
    row = engine.merge([raw])
    assert row["ttft_short_fresh_s"] == {"median": 0.2, "p90": 0.28, "min": 0.1, "n": 3}
    assert row["decode_tok_s"]["median"] == 11.0
    assert "rounds" not in row


def test_rounds_pool_their_samples() -> None:
    def run(load: float, ttft: list[float], rate: list[float], rss: float) -> dict[str, object]:
        return {"backend": "ort", "load_s": load, "ttft_long_fresh_s": ttft, "decode_tok_s": rate,
                "peak_rss_mib": rss, "loadavg_1min": [1.0, 2.0]}

    row = engine.merge([run(1.0, [0.4, 0.5], [70.0, 72.0], 580.0), {"backend": "ort", "error": "killed"},
                        run(3.0, [1.4, 1.5], [20.0, 22.0], 590.0), run(2.0, [0.6], [50.0], 585.0)])
    assert row["ttft_long_fresh_s"] == {"median": 0.6, "p90": 1.46, "min": 0.4, "n": 5}
    assert row["decode_tok_s"]["median"] == 50.0
    assert row["decode_tok_s_rounds"] == [71.0, 21.0, 50.0]
    assert row["load_s"] == 2.0 and row["load_s_rounds"] == [1.0, 3.0, 2.0]
    assert row["peak_rss_mib"] == 590.0 and row["rounds"] == 3 and row["errors"] == ["killed"]
    assert engine.merge([{"backend": "ort", "error": "no model"}]) == {"backend": "ort", "error": "no model"}


def test_an_optimum_python_that_cannot_run_is_a_row_with_its_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "hf_checkpoint", lambda: tmp_path / "hf")
    monkeypatch.setattr(engine, "optimum_cache", lambda: tmp_path / "cache")
    child = tmp_path / "python"
    child.write_text("#!/bin/sh\necho 'ModuleNotFoundError: No module named optimum' >&2\nexit 1\n")
    child.chmod(0o755)
    row = engine.spawn("optimum", 2, 3, str(child))
    assert row == {"backend": "optimum", "python": str(child), "error": "ModuleNotFoundError: No module named optimum"}


def test_a_missing_optimum_python_is_a_row_with_its_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "hf_checkpoint", lambda: tmp_path / "hf")
    monkeypatch.setattr(engine, "optimum_cache", lambda: tmp_path / "cache")
    row = engine.spawn("optimum", 2, 3, str(tmp_path / "no-such-python"))
    assert "FileNotFoundError" in row["error"]
