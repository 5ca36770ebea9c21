# The user's interface: `make run` and `make test` work on a fresh Debian 12 machine.
BUILD_DIR ?= build
PRESET ?= dev
CTEST_JOBS ?= 2

.PHONY: all deps test-deps fuzz-deps configure build run test test-asan fuzz fuzz-smoke package clean

all: build

deps:
	@scripts/ensure-deps.sh build

test-deps:
	@scripts/ensure-deps.sh test

$(BUILD_DIR)/build.ninja:
	cmake --preset $(PRESET)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR)

run: build
	@scripts/run-app.sh $(BUILD_DIR)/tokenwise

test: test-deps configure
	cmake --build $(BUILD_DIR)
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(CTEST_JOBS)

test-asan: test-deps
	$(MAKE) BUILD_DIR=build-asan PRESET=asan test

# libFuzzer targets (clang, tests/fuzz/): FUZZ_SECONDS per target, one after another; crashes fail the run.
FUZZ_SECONDS ?= 600
fuzz-deps:
	@scripts/ensure-deps.sh fuzz

fuzz: fuzz-deps
	test -f build-fuzz/build.ninja || cmake --preset fuzz
	cmake --build build-fuzz --target fuzz_targets
	tests/fuzz/run-fuzz.sh build-fuzz $(FUZZ_SECONDS)

fuzz-smoke:
	$(MAKE) fuzz FUZZ_SECONDS=5

# build/tokenwise_<version>_<arch>.deb; CPack needs dpkg-dev and file, which are in the test packages.
package: test-deps configure
	cmake --build $(BUILD_DIR) --target package

clean:
	rm -rf $(BUILD_DIR)
