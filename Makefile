# `make install` puts mletutor, its man page and its shell completions under PREFIX;
# `make uninstall` takes them away again; `make man` regenerates docs/mletutor.1 from the
# command-line definitions (swift-argument-parser's generate-manual plugin).
PREFIX ?= $(HOME)/.local

.PHONY: install uninstall man

install:
	Scripts/install.sh --prefix "$(PREFIX)"

uninstall:
	Scripts/install.sh --uninstall --prefix "$(PREFIX)"

man:
	Scripts/generate-manual.sh
