# Builds Roster in release mode and installs it with its shell completions.
#   make install PREFIX=$$HOME/.local     (default PREFIX: /usr/local)
#   make uninstall PREFIX=...
# SWIFTFLAGS adds options to swift build, such as --scratch-path DIR.
PREFIX ?= /usr/local
BINDIR = $(DESTDIR)$(PREFIX)/bin
SHAREDIR = $(DESTDIR)$(PREFIX)/share
SWIFT ?= swift
SWIFTFLAGS ?=

.PHONY: build install uninstall

build:
	$(SWIFT) build -c release --product roster $(SWIFTFLAGS)

install: build
	bin="$$($(SWIFT) build -c release $(SWIFTFLAGS) --show-bin-path)/roster"; \
	install -d "$(BINDIR)" "$(SHAREDIR)/bash-completion/completions" "$(SHAREDIR)/zsh/site-functions" "$(SHAREDIR)/fish/vendor_completions.d" && \
	install -m 755 "$$bin" "$(BINDIR)/roster" && \
	"$$bin" --generate-completion-script bash > "$(SHAREDIR)/bash-completion/completions/roster" && \
	"$$bin" --generate-completion-script zsh > "$(SHAREDIR)/zsh/site-functions/_roster" && \
	"$$bin" --generate-completion-script fish > "$(SHAREDIR)/fish/vendor_completions.d/roster.fish"

uninstall:
	rm -f "$(BINDIR)/roster" "$(SHAREDIR)/bash-completion/completions/roster" \
	  "$(SHAREDIR)/zsh/site-functions/_roster" "$(SHAREDIR)/fish/vendor_completions.d/roster.fish"
