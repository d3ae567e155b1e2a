# PartnerGraph: the two commands of the README, and the pieces they are made of.
SWIFT ?= swift
RELEASE_BIN := .build/release/partnet

EXAMPLES := BuildNetwork CollaborationStatistics StyledDiagram
FORMAT_CONFIG := .ci/swift-format.json
# Generated sources (the gazetteers' data) are left as their generator writes them.
FORMATTED = $(shell find Package.swift Sources Tests Examples -name '*.swift' -not -path '*/Generated/*' -not -path '*/.build/*')

.PHONY: demo test examples deps build release bench-driver graphs clean format lint docs

## Set up and run the main job on the Rabat Process data set: check it, summarise it, redraw its diagrams
## and write its report (graphs/rabat-process-report.html); the same for the Rabat Process 2015-2025 data set
## (graphs/rabat-process-2015-2025.yaml, its diagrams and graphs/rabat-process-2015-2025-report.html).
demo: deps release
	$(RELEASE_BIN) validate graphs/rabat-process.yaml
	$(RELEASE_BIN) info graphs/rabat-process.yaml
	$(RELEASE_BIN) centrality graphs/rabat-process.yaml --on projection --measure degree,betweenness,eigenvector --top 10
	$(RELEASE_BIN) cooccurrence graphs/rabat-process.yaml --of country --measure count,jaccard,lift --top 3
	$(RELEASE_BIN) validate graphs/rabat-process-2015-2025.yaml
	$(RELEASE_BIN) info graphs/rabat-process-2015-2025.yaml
	$(RELEASE_BIN) centrality graphs/rabat-process-2015-2025.yaml --on projection --measure degree,betweenness,eigenvector --top 10
	$(RELEASE_BIN) stats graphs/rabat-process-2015-2025.yaml --by year
	$(MAKE) graphs
	$(RELEASE_BIN) report graphs/rabat-process.yaml -o graphs/rabat-process-report.html
	$(RELEASE_BIN) report graphs/rabat-process-2015-2025.yaml -o graphs/rabat-process-2015-2025-report.html

## Run the examples, then the whole test suite (its summary closes the output). The tests write their files in a
## scratch temporary folder of their own, removed when they end, so a run leaves nothing behind in the system's.
test: deps
	$(SWIFT) build --build-tests
	$(MAKE) examples
	@scratch=$$(mktemp -d -t partnet-test-run.XXXXXX) && \
	  { TMPDIR="$$scratch" $(SWIFT) test --skip-build; status=$$?; rm -rf "$$scratch"; exit $$status; }

## Run every example in Examples/ (each must exit 0).
examples:
	@for example in $(EXAMPLES); do echo "== $$example"; $(SWIFT) run -q $$example || exit 1; done

## Install what a fresh Debian machine lacks: the C libraries of Graphviz, libxml2 and libyaml (pkg-config).
deps:
	@pkg-config --exists libgvc libxml-2.0 yaml-0.1 2>/dev/null || { \
	  echo "Installing libgraphviz-dev, libxml2-dev and libyaml-dev (the C libraries of Graphviz, libxml2 and libyaml)..."; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libgraphviz-dev libxml2-dev libyaml-dev pkg-config; }

## Render the diagrams in graphs/ (SVG and PNG) from their network files.
graphs: deps
	scripts/render-graphs.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product partnet

## Build the benchmark driver, a tool apart from the product: PARTNET=.build/release/partnet-bench for shared/bench.
bench-driver: deps
	$(SWIFT) build -c release --product partnet-bench

## Build the DocC documentation of every library target (.build/docs) with the toolchain's docc; fails on a warning.
docs: deps
	scripts/docs.sh

## Format every Swift file in place with swift format (configuration: .ci/swift-format.json).
format:
	@$(SWIFT) format format --in-place --parallel --configuration $(FORMAT_CONFIG) $(FORMATTED)

## Check the formatting without changing anything; fails on the first difference (CI runs it).
lint:
	@$(SWIFT) format lint --strict --parallel --configuration $(FORMAT_CONFIG) $(FORMATTED)

clean:
	rm -rf .build
