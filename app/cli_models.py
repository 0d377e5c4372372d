"""``nxr model info|add|import|remove|use|escalate``: the models the app can run.

``add DIR`` takes an ONNX Runtime GenAI folder (checked file by file, then one short test
generation); ``add --openai URL --model NAME`` an OpenAI-compatible endpoint, whose key is
read at run time from an environment variable (``--key-env``) or the system keyring
(``--keyring``), never written to a file; ``import DIR`` converts a Hugging Face checkpoint
with the ORT GenAI builder and adds the result.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
import time
from pathlib import Path
from typing import Any

from app.errors import ManifestError, NxrError, UsageError

TEST_PROMPT = "Hello"


def _prompt_like(name: str | None, default: str) -> Any:
    """The prompt templates of model ``name`` (default: ``default``), for a new model."""
    from app.engine import catalog

    spec = catalog.prompt_of(name or default)
    if spec is None:
        raise UsageError(f"--prompt-like {name or default}: no model with prompt templates has that id.",
                         hint="nxr model info lists the models")
    return spec


def _new_id(wanted: str | None, fallback: str) -> str:
    from app.engine import catalog
    from app.engine.usermodels import slug

    model_id = slug(wanted) if wanted else slug(fallback)
    if wanted and model_id != wanted:
        raise UsageError(f"--id {wanted!r}: use lower-case letters, digits, '.', '_' and '-' only (e.g. {model_id}).")
    try:
        catalog.find_model(model_id)
    except ManifestError:
        return model_id
    raise UsageError(f"A model named '{model_id}' already exists.",
                     hint=f"choose another with --id, or remove it first: nxr model remove {model_id}")


def _test_generation(engine: Any) -> tuple[str, float]:
    from app.engine.base import GenerateOptions, Message

    start = time.perf_counter()
    resp = engine.generate([Message("user", TEST_PROMPT)], GenerateOptions(max_tokens=4))
    text = resp.text()
    if resp.usage.completion_tokens < 1:
        raise NxrError("The test generation produced no token.")
    return text, time.perf_counter() - start


def _check_folder(model: Any, provider: str | None) -> str:
    from app.engine.ort_engine import OrtEngine

    try:
        engine = OrtEngine(model, provider=provider)
    except NxrError as exc:
        raise NxrError(f"The model in {model.path} does not load: {exc.message}") from exc
    try:
        text, took = _test_generation(engine)
    except NxrError as exc:
        raise NxrError(f"The model in {model.path} loads but a test generation failed: {exc.message}") from exc
    finally:
        engine.close()
    return f"loaded on {engine.info.provider}; test generation {took:.2f} s: {TEST_PROMPT!r} -> {text!r}"


def _add_folder(args: argparse.Namespace, folder: Path, origin: str = "added") -> int:
    from app.engine.usermodels import folder_model, save_user_model

    model_id = _new_id(args.id, folder.name)
    model = folder_model(folder, model_id, args.name or model_id, _prompt_like(args.prompt_like, "gemma3-270m-base"),
                         capable=args.capable, origin=origin)
    said = _check_folder(model, args.provider)
    path = save_user_model(model)
    print(f"added {model.id}: {folder} ({said}); manifest {path}")
    return 0


def _add_endpoint(args: argparse.Namespace) -> int:
    from app.engine.openai_compat import OpenAICompatEngine
    from app.engine.usermodels import EndpointModel, check_env_name, now, save_user_model, store_keyring_key

    if not args.model:
        raise UsageError("--openai needs --model NAME (the model name the server knows, e.g. llama3.2:3b).")
    if args.key_env and args.keyring:
        raise UsageError("Give the key either by --key-env VAR or by --keyring, not both.")
    key_env = check_env_name(args.key_env) if args.key_env else None
    model_id = _new_id(args.id, args.model)
    prompt = _prompt_like(args.prompt_like, "gemma3-270m-base") if args.api == "completions" else None
    model = EndpointModel(kind="openai", id=model_id, display_name=args.name or f"{args.model} at {args.openai}",
                          base_url=args.openai, model=args.model, api=args.api, key_env=key_env,
                          keyring=args.keyring, prompt=prompt, capable=args.capable, added=now())
    OpenAICompatEngine(model.base_url, api=model.api, prompt=prompt)  # the URL's own sentence when it is wrong
    key: str | None = None
    if args.keyring:
        key = getpass.getpass(f"API key for {model.id} (stored in the system keyring): ")
        if not key:
            raise UsageError("No key was typed; nothing was added.")
        store_keyring_key(model.id, key)
    said = "not checked (--no-check)"
    if not args.no_check:
        from app.engine.usermodels import endpoint_key

        engine = OpenAICompatEngine(model.base_url, api=model.api, api_key=key or endpoint_key(model),
                                    model=model.model, prompt=prompt, model_id=model.id)
        try:
            text, took = _test_generation(engine)
        except NxrError as exc:
            raise NxrError(f"The endpoint {model.base_url} did not answer a test generation: {exc.message}",
                           hint="nothing was added; check the URL, --model and the key, or add it with --no-check") \
                from exc
        said = f"test generation {took:.2f} s: {TEST_PROMPT!r} -> {text!r}"
    path = save_user_model(model)
    where = f"key from ${key_env}" if key_env else ("key in the system keyring" if args.keyring else "no key")
    print(f"added {model.id}: {model.model} at {model.base_url} ({where}; {said}); manifest {path}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    if args.openai and args.dir:
        raise UsageError("Give either a folder or --openai URL, not both.")
    if args.openai:
        return _add_endpoint(args)
    if not args.dir:
        raise UsageError("Give the model folder (nxr model add DIR) or an endpoint (nxr model add --openai URL "
                         "--model NAME).")
    if args.key_env or args.keyring or args.model or args.no_check:
        raise UsageError("--model, --key-env, --keyring and --no-check are for --openai endpoints.")
    return _add_folder(args, Path(args.dir).expanduser())


def cmd_import(args: argparse.Namespace) -> int:
    from app.engine import hfimport
    from app.engine.probe import probe

    folder = Path(args.dir).expanduser()
    hfimport.check_checkpoint(folder)
    model_id = _new_id(args.id, folder.name)
    provider = args.provider if args.provider not in (None, "auto") else hfimport.probe_provider(probe())
    print(f"converting {folder} with the ONNX Runtime GenAI builder ({args.precision}, {provider})...",
          file=sys.stderr)
    out, took, size = hfimport.convert(folder, model_id, args.precision, provider)
    print(f"converted in {took:.1f} s: {out} ({size / 1e6:.0f} MB)", file=sys.stderr)
    args.id = model_id
    return _add_folder(args, out, origin=f"imported from {folder.resolve()}")


def cmd_remove(args: argparse.Namespace) -> int:
    from app.engine import catalog
    from app.engine.manifest import Manifest
    from app.engine.usermodels import remove_user_model

    model = catalog.find_model(args.id)
    if isinstance(model, Manifest):
        raise UsageError(f"'{args.id}' is a shipped model; only models you added can be removed.")
    remove_user_model(model.id)
    for key in ("default", "escalate"):
        if catalog.read_choice().get(key) == model.id:
            catalog.write_choice(**{key: None})
    print(f"removed {model.id} (its files, if any, were left where they are)")
    return 0


def cmd_use(args: argparse.Namespace) -> int:
    from app.engine import catalog

    model = catalog.find_model(args.id)
    catalog.write_choice(default=model.id)
    print(f"{model.id} is now the default model")
    return 0


def cmd_escalate(args: argparse.Namespace) -> int:
    from app.engine import catalog

    if args.id == "none":
        catalog.write_choice(escalate=None)
        print("no model is offered for declined requests any more")
        return 0
    model = catalog.find_model(args.id)
    catalog.write_choice(escalate=model.id)
    print(f"a request the default model declines can now be tried with {model.id}")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from app.engine import catalog
    from app.engine.manifest import Manifest, read_build_info

    models, problems = catalog.all_models()
    default = args.model or catalog.default_model_id()
    escalate = catalog.escalation_model_id()
    rows = []
    for m in models:
        e = catalog.entry(m)
        row: dict[str, Any] = {**e.to_dict(), "active": m.id == default, "escalate": m.id == escalate,
                               "built": e.ready}
        if isinstance(m, Manifest):
            row["dir"] = str(m.model_dir())
            row["build_info"] = read_build_info(m.model_dir())
        rows.append(row)
    for p in problems:
        print(f"note: {p}", file=sys.stderr)
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    for r in rows:
        marks = ("*" if r["active"] else " ") + ("^" if r["escalate"] else " ")
        state = "" if r["ready"] else (" (not built)" if r["kind"] == "shipped" else " (folder missing)")
        print(f"{marks} {r['id']} [{r['kind']}]{state}: {r['name']}; runs on {r['where']}"
              + ("; may write files" if r["capable"] else ""))
    print("* default   ^ offered for declined requests", file=sys.stderr)
    return 0


def register(msub: Any, engine_flags: Any) -> None:
    """Adds the model actions beside ``build``."""
    p = msub.add_parser("info", help="list the models (shipped and yours), where each runs, which is the default")
    p.add_argument("--model")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_info)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--id", help="the model's id (default: from the folder or model name)")
        p.add_argument("--name", help="a display name")
        p.add_argument("--prompt-like", metavar="MODEL",
                       help="use this model's prompt templates (default: gemma3-270m-base, few-shot completion)")
        p.add_argument("--capable", action="store_true",
                       help="the model may write free-form files (every path is still checked)")

    p = msub.add_parser("add", help="add an ONNX Runtime GenAI folder, or an OpenAI-compatible endpoint")
    p.add_argument("dir", nargs="?", help="an ONNX Runtime GenAI folder (with genai_config.json)")
    p.add_argument("--openai", metavar="URL", help="an OpenAI-compatible base URL, e.g. http://127.0.0.1:11434/v1")
    p.add_argument("--model", help="--openai: the model name the server knows")
    p.add_argument("--api", choices=["chat", "completions"], default="chat", help="--openai: which API (default chat)")
    p.add_argument("--key-env", metavar="VAR", help="--openai: read the API key from this environment variable")
    p.add_argument("--keyring", action="store_true", help="--openai: ask for the key and keep it in the system keyring")
    p.add_argument("--no-check", action="store_true", help="--openai: do not send a test generation")
    common(p)
    engine_flags(p)
    p.set_defaults(func=cmd_add)

    p = msub.add_parser("import", help="convert a Hugging Face checkpoint folder with the ORT GenAI builder, add it")
    p.add_argument("dir")
    p.add_argument("--precision", choices=["int4", "int8", "fp16", "fp32"], default="int4")
    common(p)
    engine_flags(p)
    p.set_defaults(func=cmd_import)

    p = msub.add_parser("remove", help="forget a model you added (its files stay)")
    p.add_argument("id")
    p.set_defaults(func=cmd_remove)
    p = msub.add_parser("use", help="make a model the default")
    p.add_argument("id")
    p.set_defaults(func=cmd_use)
    p = msub.add_parser("escalate", help="the larger model to offer when a request is declined ('none' to stop)")
    p.add_argument("id")
    p.set_defaults(func=cmd_escalate)
