#!/usr/bin/env bash
# `npm run lint`: ESLint, Prettier's check and lit-analyzer over the templates. Each runs even when
# one before it failed, so one run shows every problem; the exit status is non-zero if any failed.
set -u
status=0
echo '--- eslint'
eslint . || status=1
echo '--- prettier --check'
prettier --check . || status=1
echo '--- lit-analyzer (strict; rules in tsconfig.json, ts-lit-plugin)'
lit-analyzer 'src/**/*.ts' --strict --maxWarnings 0 || status=1
exit "$status"
