"""A minimal LoRA layer for training, and the adapter's state dict.

Keys are ``<module path>.lora_A`` / ``.lora_B`` (``model.layers.3.mlp.up_proj.lora_A``);
the merge in ``app.engine.adapter`` adds ``scale * B @ A`` to ``<module path>.weight``.
"""

from __future__ import annotations

import math
from typing import Any

import torch


class LoRALinear(torch.nn.Module):
    def __init__(self, base: torch.nn.Linear, rank: int, alpha: float) -> None:
        super().__init__()
        self.base = base
        self.lora_A = torch.nn.Parameter(torch.randn(rank, base.in_features) / math.sqrt(base.in_features))
        self.lora_B = torch.nn.Parameter(torch.zeros(base.out_features, rank))
        self.scale = alpha / rank

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.base(x) + (x @ self.lora_A.t() @ self.lora_B.t()) * self.scale


def adapter_state(model: Any) -> dict[str, torch.Tensor]:
    """The adapter's tensors, pre-scaled into B so a merge is ``W += B @ A``."""
    out: dict[str, torch.Tensor] = {}
    for name, module in model.named_modules():
        if isinstance(module, LoRALinear):
            out[f"{name}.lora_A"] = module.lora_A.detach().clone()
            out[f"{name}.lora_B"] = (module.lora_B.detach() * module.scale).clone()
    return out
