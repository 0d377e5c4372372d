"""`nxr model import DIR`: a real (tiny, random) Hugging Face checkpoint through the real ORT GenAI builder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import paths
from app.cli import main
from app.engine import catalog
from app.engine.hfimport import check_checkpoint
from app.errors import UsageError


def tiny_checkpoint(out: Path) -> Path:
    """A 2-layer Llama with a 281-token byte-level BPE tokenizer (seconds to make and convert)."""
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    tok = Tokenizer(models.BPE(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=300, special_tokens=["<unk>", "<s>", "</s>"],
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    tok.train_from_iterator(["hello world, add a page about us"] * 20, trainer)
    fast = transformers.PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<s>", eos_token="</s>",
                                                unk_token="<unk>")
    fast.save_pretrained(out)
    config = transformers.LlamaConfig(vocab_size=len(fast), hidden_size=64, intermediate_size=128,
                                      num_hidden_layers=2, num_attention_heads=4, num_key_value_heads=2,
                                      max_position_embeddings=1024, bos_token_id=1, eos_token_id=2)
    torch.manual_seed(0)
    transformers.LlamaForCausalLM(config).save_pretrained(out)
    return out


def test_a_checkpoint_is_converted_added_and_generates(isolated_dirs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ckpt = tiny_checkpoint(isolated_dirs / "ckpt")
    assert main(["model", "import", str(ckpt), "--id", "tiny", "--provider", "cpu"]) == 0
    captured = capsys.readouterr()
    assert "added tiny" in captured.out and "test generation" in captured.out
    assert "converting" in captured.err and "quantize" not in captured.err, "the builder's chatter is in the log"
    model = catalog.find_model("tiny")
    assert model.origin == f"imported from {ckpt.resolve()}"  # type: ignore[union-attr]
    assert (Path(model.path) / "genai_config.json").is_file()  # type: ignore[union-attr]
    assert main(["model", "info"]) == 0 and "tiny [ort-folder]" in capsys.readouterr().out


def test_an_architecture_the_builder_does_not_know_is_a_sentence(isolated_dirs: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    ckpt = tiny_checkpoint(isolated_dirs / "ckpt")
    config = json.loads((ckpt / "config.json").read_text())
    config["architectures"] = ["MadeUpForCausalLM"]
    (ckpt / "config.json").write_text(json.dumps(config))
    assert main(["model", "import", str(ckpt), "--provider", "cpu"]) == 4
    err = capsys.readouterr().err
    assert "MadeUpForCausalLM" in err and "Traceback" not in err and "details in" in err
    assert not (paths.models_cache_dir() / "imported" / "ckpt").exists(), "nothing half-written is left"


@pytest.mark.parametrize("files, expected", [
    ({}, "has no config.json"),
    ({"config.json": "{}"}, "does not name the model's architecture"),
    ({"config.json": '{"architectures": ["LlamaForCausalLM"]}'}, "has no weights"),
    ({"config.json": '{"architectures": ["LlamaForCausalLM"]}', "model.safetensors": ""}, "has no tokenizer"),
    ({"genai_config.json": "{}"}, "is already an ONNX Runtime GenAI folder"),
])
def test_what_is_wrong_with_a_checkpoint_folder(tmp_path: Path, files: dict[str, str], expected: str) -> None:
    for name, body in files.items():
        (tmp_path / name).write_text(body)
    with pytest.raises(UsageError, match=expected):
        check_checkpoint(tmp_path)
