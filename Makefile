# Container image tasks. `make help` lists them.
#   make image            build $(IMAGE): podman here (local CPU torch wheel), Docker elsewhere
#   make container-test   build, run read-only and check a real analysis (what CI runs)
#   make validate         lint the Dockerfile, schema-check compose.yaml and deploy/k8s/*.yaml
#   make run              run the image on localhost:8000 with the production hardening

IMAGE ?= localhost/stance-service:latest
# Build arguments left empty keep the Dockerfile's defaults (CPU torch from the PyTorch CPU index).
TORCH_INDEX_URL ?=
# Space-separated "org/name@revision" hub models to bake in (needs network at build time).
BAKE_HF_MODELS ?=
# Docker when its engine answers (a docker CLI alone is not enough), else podman.
ENGINE ?= $(shell docker info >/dev/null 2>&1 && echo docker || echo podman)
# This project's machines: no registry, a podman stand-in for python:3.11-slim, a local torch wheel.
PODMAN_SETUP ?= ../shared/tools/podman-setup.sh
TORCH_WHEEL_DIR ?= $(if $(wildcard /opt/wheels/torch-2.13.0+cpu-*.whl),/opt/wheels)

BUILD_ARGS = $(if $(TORCH_INDEX_URL),--build-arg TORCH_INDEX_URL=$(TORCH_INDEX_URL)) \
             $(if $(BAKE_HF_MODELS),--build-arg BAKE_HF_MODELS="$(BAKE_HF_MODELS)")

.PHONY: help image container-test validate run

help:
	@sed -n 's/^#   //p' Makefile

ifeq ($(ENGINE),podman)
# podman can mount the wheel folder into the build, so the wheel never enters the build context.
image:
	$(if $(wildcard $(PODMAN_SETUP)),eval "$$($(PODMAN_SETUP))" &&) \
	podman build $(if $(wildcard $(PODMAN_SETUP)),--pull=never) --format docker $(BUILD_ARGS) \
	  $(if $(TORCH_WHEEL_DIR),--volume $(TORCH_WHEEL_DIR):/wheels:ro --build-arg TORCH_WHEEL_DIR=/wheels) \
	  -t $(IMAGE) .
else
image:
	docker build $(BUILD_ARGS) -t $(IMAGE) .
endif

container-test:
	IMAGE=$(IMAGE) bash .ci/container-test.sh

validate:
	bash .ci/container-test.sh --validate-only

run:
	$(if $(and $(filter podman,$(ENGINE)),$(wildcard $(PODMAN_SETUP))),eval "$$($(PODMAN_SETUP))" &&) \
	$(ENGINE) run --rm -it --read-only --tmpfs /tmp:rw,size=256m --cap-drop=ALL \
	  --security-opt=no-new-privileges -p 127.0.0.1:8000:8000 $(IMAGE)
