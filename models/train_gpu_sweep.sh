#!/usr/bin/env bash
# Train every configuration of models/train_gpu.py at once on one GPU, then keep the best weights.
#   bash models/train_gpu_sweep.sh BUNDLE_DIR OUT_DIR [MAX_SECONDS] [CONFIG_PREFIX...]
# BUNDLE_DIR holds stance.npz, sentiment.npz and base/ (the --export-bundle output of the CPU recipes).
# OUT_DIR receives the best KEEP_STANCE (default 5) stance and KEEP_SENTIMENT (default 2) sentiment weights
# (by the dev selection score) and records.tar.gz with every configuration's record and log.
set -uo pipefail
bundle=$1 out=$2 max=${3:-330}
shift $(( $# < 3 ? $# : 3 ))
prefixes=${*:-stance sentiment}
work=$(mktemp -d)
export PYTHONUNBUFFERED=1 OMP_NUM_THREADS=2
here=$(dirname "$0")
# Fail fast: a few steps of one configuration before launching them all.
python3 "$here/train_gpu.py" --bundle "$bundle/stance.npz" --config stance-2L --out "$work/smoke" --epochs 0.002 \
  --eval-every 1000 >"$work/smoke.log" 2>&1 || { tail -30 "$work/smoke.log"; exit 1; }
tail -1 "$work/smoke.log"
for prefix in $prefixes; do
  for config in $(python3 -c "import sys; sys.path.insert(0, '$here'); import train_gpu as g; print(' '.join(c for c in g.CONFIGS if c.startswith('$prefix')))"); do
    task=${config%%-*}
    python3 "$here/train_gpu.py" --bundle "$bundle/$task.npz" --config "$config" --out "$work/w" --max-seconds "$max" \
      --eval-every 250 >"$work/$config.log" 2>&1 &
  done
done
wait
tail -n 2 "$work"/*.log
mkdir -p "$out"
python3 - "$work/w" "$out" <<'PY'
import json, os, shutil, sys
from pathlib import Path
work, out = Path(sys.argv[1]), Path(sys.argv[2])
records = [json.loads(p.read_text()) for p in sorted(work.glob("*.json"))]
for task, keep in (("stance", int(os.environ.get("KEEP_STANCE", 5))), ("sentiment", int(os.environ.get("KEEP_SENTIMENT", 2)))):
    ranked = sorted((r for r in records if r["config"].startswith(task)), key=lambda r: -r["best"]["score"])
    for r in ranked:
        print(task, r["config"], round(r["best"]["score"], 4), "step", r["best"]["step"], "of", r["steps"], r["best"]["report"])
    for r in ranked[:keep]:
        if not (work / f"{r['config']}.safetensors").is_file():
            continue
        shutil.copy(work / f"{r['config']}.safetensors", out / f"{r['config']}.safetensors")
PY
tar -czf "$out/records.tar.gz" -C "$work" $(cd "$work" && ls *.log w/*.json)
ls -la "$out"
