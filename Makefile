# The front door. `make test` and `make run` work on a fresh machine with Node 20 + npm.
SHELL := /bin/bash
NODE_BIN := node_modules/.bin
CLI := node dist/cli/bin.js

.PHONY: setup generate check-generated rules-doc check-rules-doc build web lint typecheck test fuzz run bench clean refresh-data diff-reference diff-reference-bioimageio

# npm ci only when the lockfile changed since the last install.
node_modules/.setup-stamp: package-lock.json
	npm ci --no-audit --no-fund
	touch $@

setup: node_modules/.setup-stamp

generate: setup
	$(NODE_BIN)/tsx codegen/main.ts

check-generated: setup
	$(NODE_BIN)/tsx codegen/main.ts --check

# The rule catalogue (docs/rules.md), written from the rules' own declarations; checked fresh like generated/.
rules-doc: setup
	$(NODE_BIN)/tsx scripts/rules-doc.ts

check-rules-doc: setup
	$(NODE_BIN)/tsx scripts/rules-doc.ts --check

# dist/ (tsc, the generated validators, the CLI bundle: scripts/build.ts, also npm's prepack/prepare), rebuilt
# only when a source changed since the last build.
BUILD_INPUTS := $(shell find src generated scripts -type f) package.json tsconfig.json tsconfig.build.json
dist/.built: $(BUILD_INPUTS) | node_modules/.setup-stamp
	$(NODE_BIN)/tsx scripts/build.ts

build: setup dist/.built

# The validator page as static files in web/dist (serve that folder with any static server).
web: setup
	$(NODE_BIN)/tsx scripts/build-web.ts

lint: setup
	$(NODE_BIN)/eslint . && $(NODE_BIN)/prettier --check "src/**/*.ts" "codegen/**/*.ts" "test/**/*.ts" "scripts/**/*.ts" "bench/**/*.ts" "web/src/**/*.ts" "web/*.{html,css}"

# The page is checked on its own too, with browser globals only.
typecheck: setup
	$(NODE_BIN)/tsc -p tsconfig.json && $(NODE_BIN)/tsc -p web/tsconfig.json

# The consumer test (test/package/) packs dist/: built first.
test: setup check-generated check-rules-doc lint typecheck build
	$(NODE_BIN)/vitest run

# Longer fuzzing than `make test` does (test/fuzz/): FUZZ_RUNS cases per property (default 5000) from a fresh seed,
# printed first; inputs that reach new outcomes are added to test/fuzz/corpus/ (commit them: `make test` replays them).
# Replay a failure with what it prints: make fuzz FUZZ_SEED=<seed> FUZZ_PATH=<path> FUZZ_TEST='<test name>'
FUZZ_RUNS ?= 5000
fuzz: setup
	FUZZ_RUNS=$(FUZZ_RUNS) FUZZ_SEED=$(FUZZ_SEED) FUZZ_PATH=$(FUZZ_PATH) $(NODE_BIN)/vitest run test/fuzz $(if $(FUZZ_TEST),-t "$(FUZZ_TEST)")

# Validate the bundled examples of every family (some invalid on purpose: exit 1 is expected, 2 is not); the
# bioimage.io examples ship without their data files, hence no IO checks.
EXAMPLES := examples/bioimageio/*.yaml examples/fractal/*.json examples/copick/tiny-project/filesystem.json \
	examples/copick/tiny-project/Croissant/metadata.json examples/copick/tiny-project/ExperimentRuns/run_001/Picks/*.json
run: build
	@$(CLI) validate --no-io-checks $(EXAMPLES); status=$$?; test $$status -le 1

# Differential testing against the reference implementations (not part of `make test` or CI: it needs them; the
# command says how to set them up when they are missing). bioimage.io: DIFF_CASES generated cases (default 100000)
# from the real documents of test/fixtures/corpus, seed DIFF_SEED; report in test/.tmp/diff-reference/.
DIFF_CASES ?= 100000
DIFF_SEED ?= 1
diff-reference: diff-reference-bioimageio

diff-reference-bioimageio: setup
	nice $(NODE_BIN)/tsx scripts/diff-reference/bioimageio/main.ts --cases $(DIFF_CASES) --seed $(DIFF_SEED) $(if $(DIFF_OP),--op $(DIFF_OP))

bench: build
	$(NODE_BIN)/tsx bench/run.ts

# New SPDX license list / tag categories for the bioimage.io rules: make refresh-data SPDX=licenses.json [TAGS=tags.json]
refresh-data: setup
	$(NODE_BIN)/tsx scripts/refresh-data.ts "$(SPDX)" "$(TAGS)"
	$(MAKE) generate

clean:
	rm -rf dist web/dist test/.tmp
