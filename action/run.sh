#!/usr/bin/env bash
# The lint step of the GitHub Action (action.yml at the repository root). Installs the CLI from npm into
# $RUNNER_TEMP, lints the given paths into a SARIF file (uploaded to code scanning by the next step), prints the same
# results as workflow-command annotations (GitHub shows them on the pull request's changed lines and in the run
# summary), and records the CLI's exit code as the step output exit-code (0 clean, 1 errors, 2 usage/file/config).
# Inputs arrive as environment variables: INPUT_PATHS (one per line), INPUT_CONFIG, INPUT_ARGS, INPUT_PACKAGE.
set -uo pipefail

spec="${INPUT_PACKAGE:-}"
if [ -z "$spec" ]; then
  spec="policy-linter@$(node -p 'require(process.argv[1]).version' "$GITHUB_ACTION_PATH/package.json")"
fi
prefix="$RUNNER_TEMP/policy-linter"
if ! npm install --prefix "$prefix" --no-save --no-audit --no-fund --no-package-lock "$spec" >&2; then
  echo "::error title=policy-linter::could not install $spec from npm"
  echo "exit-code=2" >> "$GITHUB_OUTPUT"
  exit 0
fi
cli="$prefix/node_modules/.bin/policy-linter"

paths=()
while IFS= read -r line; do
  [ -n "${line//[[:space:]]/}" ] && paths+=("$line")
done <<< "${INPUT_PATHS:-.}"
read -ra extra <<< "${INPUT_ARGS:-}"
# The second run (annotations) reads the results of the first from the cache instead of linting again.
options=(--cache --cache-location "$RUNNER_TEMP/policy-linter-cache/" "${extra[@]}")
[ -n "${INPUT_CONFIG:-}" ] && options+=(--config "$INPUT_CONFIG")

sarif="$RUNNER_TEMP/policy-linter.sarif"
"$cli" --format sarif "${options[@]}" -- "${paths[@]}" > "$sarif"
code=$?
# Its messages on stderr were printed by the first run already.
"$cli" --format github "${options[@]}" -- "${paths[@]}" 2> /dev/null
echo "exit-code=$code" >> "$GITHUB_OUTPUT"
[ -s "$sarif" ] && echo "sarif-file=$sarif" >> "$GITHUB_OUTPUT"
exit 0
