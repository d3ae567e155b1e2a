# PartnerGraph: the two commands of the README, and the pieces they are made of.
SWIFT ?= swift
RELEASE_BIN := .build/release/partnet

EXAMPLES := BuildNetwork CollaborationStatistics StyledDiagram

.PHONY: demo test examples deps build release graphs clean

## Set up and run the main job on the Rabat Process data set.
demo: deps release
	$(RELEASE_BIN) validate graphs/rabat-process.yaml
	$(RELEASE_BIN) info graphs/rabat-process.yaml

## Run the examples, then the whole test suite (its summary closes the output).
test: deps
	$(SWIFT) build --build-tests
	$(MAKE) examples
	$(SWIFT) test --skip-build

## Run every example in Examples/ (each must exit 0).
examples:
	@for example in $(EXAMPLES); do echo "== $$example"; $(SWIFT) run -q $$example || exit 1; done

## Install what a fresh Debian machine lacks: Graphviz's C library, found through pkg-config.
deps:
	@pkg-config --exists libgvc 2>/dev/null || { \
	  echo "Installing libgraphviz-dev (Graphviz's C library)..."; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libgraphviz-dev pkg-config; }

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product partnet

clean:
	rm -rf .build
