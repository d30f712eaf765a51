"""Row-wise int8 storage for the shipped weights: half the size of fp16, the same predictions in practice.

A 2-D weight matrix W (out, in) is stored as int8 ``Q`` and one fp16 scale per row, W ~ Q * scale; every
other tensor (biases, LayerNorm, embeddings of segments) stays fp16. Loading restores float32 weights,
so inference runs exactly as with fp16 weights: only the stored numbers are rounded.
"""

from __future__ import annotations

import torch

QUANTIZED = ".q8"
SCALE = ".scale"


def pack_int8(state: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """float state dict -> storable dict: 2-D weights as int8 + per-row scale, the rest as fp16."""
    out: dict[str, torch.Tensor] = {}
    for name, tensor in state.items():
        tensor = tensor.detach().float()
        if tensor.dim() == 2 and name.endswith("weight"):
            scale = tensor.abs().amax(dim=1).clamp(min=1e-8) / 127.0
            out[name + QUANTIZED] = torch.round(tensor / scale[:, None]).clamp(-127, 127).to(torch.int8).contiguous()
            out[name + SCALE] = scale.to(torch.float16).contiguous()
        else:
            out[name] = tensor.to(torch.float16).contiguous()
    return out


def unpack(stored: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """Stored dict (int8-packed or plain fp16) -> float32 state dict ready for load_state_dict."""
    out: dict[str, torch.Tensor] = {}
    for name, tensor in stored.items():
        if name.endswith(SCALE):
            continue
        if name.endswith(QUANTIZED):
            base = name[: -len(QUANTIZED)]
            if base + SCALE not in stored:
                raise ValueError(f"int8 weight {base} has no {SCALE} tensor")
            out[base] = tensor.float() * stored[base + SCALE].float()[:, None]
        else:
            out[name] = tensor.float()
    return out
