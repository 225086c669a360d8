#!/usr/bin/env bash
# Prints the path of every project under src/ that produces a package (IsPackable true), one a
# line, so that the scripts beside this one follow new packages without being edited.
set -euo pipefail
cd "$(dirname "$0")/.."
for proj in src/*/*.csproj; do
  packable="$(dotnet msbuild "$proj" -getProperty:IsPackable 2>/dev/null | tr -d '[:space:]')"
  if [ "$packable" = "true" ]; then
    echo "$proj"
  fi
done
