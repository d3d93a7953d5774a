.PHONY: help report test score lint fmt

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

report: ## build propos and print counts by actor, figure and date for seeds/
	cargo run --release -p propos-cli -- report seeds/

test: ## run every test (Rust, Python, notebook) in a fresh .venv
	scripts/test

score: ## score the extractor on the dev gold set (needs ../shared)
	scripts/score-dev

lint: ## rustfmt and clippy, warnings as errors
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets --release -- -D warnings

fmt: ## format the Rust code
	cargo fmt --all
