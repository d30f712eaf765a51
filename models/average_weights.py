"""Average the weights of several runs of models/train_gpu.py (a "model soup").

    python models/average_weights.py --out /tmp/soup.safetensors run1.safetensors run2.safetensors

Runs that start from the same base weights and train on the same data land in one basin, so the
mean of their weights is itself a good model and often better than each member (Wortsman et al.,
"Model soups", ICML 2022). The result is stored like a train_gpu.py output (row-wise int8, with a
.json record naming its members), so `train_stance.py --weights` packages it the same way.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from safetensors.torch import load_file, save_file

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from training import member_record

from service.classifiers.quantize import pack_int8, unpack


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("members", type=Path, nargs="+",
                    help="weights written by models/train_gpu.py, or the top.safetensors of train_stance.py artifacts")
    args = ap.parse_args()
    if len(args.members) < 2:
        ap.error("give at least two runs to average")
    states = [unpack(load_file(str(p))) for p in args.members]
    keys = set(states[0])
    for path, state in zip(args.members, states):
        if set(state) != keys or any(state[k].shape != states[0][k].shape for k in keys):
            ap.error(f"{path} does not have the same tensors as {args.members[0]}: not the same architecture")
    average = {k: sum(s[k] for s in states) / len(states) for k in states[0]}
    save_file(pack_int8(average), str(args.out))
    records = []
    for p in args.members:
        records.append(member_record(p))
    args.out.with_suffix(".json").write_text(json.dumps({"soup": records}, indent=1))
    print(f"wrote {args.out}: mean of {len(states)} runs")


if __name__ == "__main__":
    main()
