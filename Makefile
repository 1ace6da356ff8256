# Thin wrapper: each target installs what is missing, configures and builds.
.PHONY: deps build run test bench clean

JOBS ?= $(shell nproc)

deps:
	@bash scripts/install-deps.sh

build: deps
	@cmake --preset dev >/dev/null
	@cmake --build --preset dev -j $(JOBS)

run: build
	@bash scripts/run.sh

# The benchmark programs are built (not run) so that CI sees a change that breaks `make bench`.
test: build
	@cmake --build --preset dev --target benchmarks -j $(JOBS)
	@cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

bench: deps
	@cmake --preset release >/dev/null
	@cmake --build --preset release -j $(JOBS)
	@bash scripts/bench.sh

clean:
	@rm -rf build build-release
