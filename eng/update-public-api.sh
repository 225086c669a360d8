#!/usr/bin/env bash
# Rewrites PublicAPI.Unshipped.txt of every packable project under src/ from the code.
#
# The public API analyzers (RS0016, RS0017) fail the build when a public member is added or
# removed without the change being written down. After a deliberate API change, run
#
#   eng/update-public-api.sh
#
# and review the diff of the PublicAPI.*.txt files with the change. The script empties each
# Unshipped file, builds with the analyzers' findings kept as warnings, and writes back exactly
# what the analyzers name: every public symbol missing from PublicAPI.Shipped.txt (RS0016), and a
# "*REMOVED*" line for every shipped symbol that the code no longer has (RS0017, a breaking change
# that the script reports). It then builds again and fails unless the analyzers are satisfied.
# A project without the files gets them, starting with "#nullable enable".
set -euo pipefail

cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

mapfile -t projects < <(eng/packable-projects.sh)
if [ ${#projects[@]} -eq 0 ]; then
  echo "no packable project found under src/" >&2
  exit 1
fi

for proj in "${projects[@]}"; do
  dir="$(dirname "$proj")"
  [ -f "$dir/PublicAPI.Shipped.txt" ] || printf '#nullable enable\n' > "$dir/PublicAPI.Shipped.txt"
  printf '#nullable enable\n' > "$dir/PublicAPI.Unshipped.txt"
done

log="$(mktemp)"
trap 'rm -f "$log"' EXIT

build() {
  : > "$log"
  # The analyzers only speak when the compiler runs, and the PublicAPI files are inputs of the
  # compiler: touching them recompiles each project exactly once, references included.
  for proj in "${projects[@]}"; do
    touch "$(dirname "$proj")/PublicAPI.Unshipped.txt"
  done
  for proj in "${projects[@]}"; do
    dotnet build "$proj" -c Release -m:1 -nologo -clp:NoSummary \
      -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= >> "$log" 2>&1 || true
  done
}

echo "== building to collect RS0016/RS0017 in ${projects[*]}"
build

python3 - "$log" <<'PY'
import os, re, sys
added = re.compile(r"warning RS0016: Symbol '(.*)' is not part of the declared public API.*\[(.+\.csproj)\]")
removed = re.compile(r"warning RS0017: Symbol '(.*)' is part of the declared API, but is either not public or could not be found.*\[(.+\.csproj)\]")
lines = {}
breaking = []
for row in open(sys.argv[1], encoding="utf-8", errors="replace"):
    for pattern, prefix in ((added, ""), (removed, "*REMOVED*")):
        m = pattern.search(row)
        if m:
            symbol, proj = m.group(1), m.group(2)
            lines.setdefault(os.path.dirname(proj), set()).add(prefix + symbol)
            if prefix:
                breaking.append(f"{proj}: {symbol}")
def key(line):
    bare = line.removeprefix("*REMOVED*").lstrip("~")
    return (bare.lower(), bare, line)
for folder, entries in sorted(lines.items()):
    path = os.path.join(folder, "PublicAPI.Unshipped.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("#nullable enable\n")
        for line in sorted(entries, key=key):
            f.write(line + "\n")
    print(f"{path}: {len(entries)} entries")
for b in breaking:
    print(f"BREAKING: shipped API removed: {b}")
PY

echo "== building again to check that the analyzers are satisfied"
build
if grep -E "(warning|error) RS00(16|17|36|37)" "$log" | sort -u | head -20 | grep .; then
  echo "the public API files are still out of step with the code (see above)" >&2
  exit 1
fi
if grep -qE "error (CS|MSB|NU)[0-9]+" "$log"; then
  grep -E "error (CS|MSB|NU)[0-9]+" "$log" | sort -u | head -20 >&2
  echo "the build failed for another reason; fix it and run this script again" >&2
  exit 1
fi
echo "public API files are up to date"
