# The front door. `make test` and `make run` work on a fresh machine with Node 20 + npm.
SHELL := /bin/bash
NODE_BIN := node_modules/.bin
CLI := node dist/cli/bin.js

.PHONY: setup generate check-generated rules-doc check-rules-doc build web lint typecheck test fuzz run bench clean refresh-data \
	diff-reference diff-reference-bioimageio diff-reference-fractal diff-reference-croissant

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

# Differential testing against the reference implementations (not part of `make test` or CI: they need them; each
# command says how to set them up when they are missing). Cases per run and their seed: DIFF_CASES generated
# bioimage.io cases (default 100000) from the real documents of test/fixtures/corpus (report in
# test/.tmp/diff-reference/), FRACTAL_CASES, CROISSANT_CASES (mlcroissant takes about 0.2 s a document), DIFF_SEED.
# MIRROR_ROOT: the folder of bare git mirrors the Fractal and Croissant reference setups read (owner+name/repo).
DIFF_CASES ?= 100000
FRACTAL_CASES ?= 30000
CROISSANT_CASES ?= 6000
DIFF_SEED ?= 1
diff-reference: diff-reference-bioimageio diff-reference-fractal diff-reference-croissant

diff-reference-bioimageio: setup
	nice $(NODE_BIN)/tsx scripts/diff-reference/bioimageio/main.ts --cases $(DIFF_CASES) --seed $(DIFF_SEED) $(if $(DIFF_OP),--op $(DIFF_OP))

REFS ?= $(or $(TMPDIR),/tmp)/refs
FRACTAL_REFERENCE ?= $(REFS)/fractal
diff-reference-fractal: setup
	test -f $(FRACTAL_REFERENCE)/fractal_server_211/app/schemas/v1/task.py || scripts/diff-reference/fractal-setup.sh $(FRACTAL_REFERENCE)
	FRACTAL_REFERENCE=$(FRACTAL_REFERENCE) nice $(NODE_BIN)/tsx scripts/diff-reference/fractal.ts --cases $(FRACTAL_CASES) --seed $(DIFF_SEED)

# mlcroissant 1.1 comes with copick's reference setup; mlcroissant's test graphs and datasets from its mirror.
COPICK_REFERENCE ?= $(REFS)/copick
COPICK_REFERENCE_SETUP ?= ../shared/tools/reference/copick/setup.sh
MLCROISSANT_CHECKOUT ?= $(REFS)/mlcroissant-checkout
diff-reference-croissant: setup
	test -f $(COPICK_REFERENCE)/env.sh || bash $(COPICK_REFERENCE_SETUP) $(COPICK_REFERENCE)
	test -d $(MLCROISSANT_CHECKOUT)/datasets || { mkdir -p $(MLCROISSANT_CHECKOUT) && git --git-dir=$(MIRROR_ROOT)/mlcommons+croissant/repo \
		archive HEAD ':(glob)datasets/**/*.json' ':(glob)python/mlcroissant/mlcroissant/_src/tests/graphs/**' | tar -x -C $(MLCROISSANT_CHECKOUT); }
	CROISSANT_REFERENCE_ENV=$(COPICK_REFERENCE)/env.sh nice $(NODE_BIN)/tsx scripts/diff-reference/croissant.ts \
		--mlcroissant $(MLCROISSANT_CHECKOUT) --cases $(CROISSANT_CASES) --seed $(DIFF_SEED)

bench: build
	$(NODE_BIN)/tsx bench/run.ts

# New SPDX license list / tag categories for the bioimage.io rules: make refresh-data SPDX=licenses.json [TAGS=tags.json]
refresh-data: setup
	$(NODE_BIN)/tsx scripts/refresh-data.ts "$(SPDX)" "$(TAGS)"
	$(MAKE) generate

clean:
	rm -rf dist web/dist test/.tmp
