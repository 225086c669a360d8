#!/usr/bin/env bash
# Packs every package into artifacts/packages, checks what each one carries, then builds and runs
# tests/PackageConsumer against those packages only. Exit code 0 when everything holds.
#
#   eng/check-packages.sh              # pack (building what is out of date), check, consume
#   eng/check-packages.sh --no-build   # pack what the last Release build produced
set -euo pipefail

cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

pack_args=()
if [ "${1:-}" = "--no-build" ]; then
  pack_args+=(--no-build)
fi

packages_dir="$(pwd)/artifacts/packages"
rm -rf "$packages_dir"
mkdir -p "$packages_dir"

mapfile -t projects < <(eng/packable-projects.sh)
if [ ${#projects[@]} -eq 0 ]; then
  echo "check-packages: no packable project found under src/" >&2
  exit 1
fi

# One version for every package, set once (VersionPrefix in Directory.Build.props).
version="$(dotnet msbuild "${projects[0]}" -getProperty:PackageVersion | tr -d '[:space:]')"

echo "== pack ${#projects[@]} package(s), version $version"
ids=()
for proj in "${projects[@]}"; do
  ids+=("$(dotnet msbuild "$proj" -getProperty:PackageId | tr -d '[:space:]')")
  dotnet pack "$proj" -c Release -m:1 -nologo "${pack_args[@]}" -o "$packages_dir"
done

echo "== check the contents of each package"
python3 - "$packages_dir" "$version" "${ids[@]}" <<'PY'
import re, sys, zipfile
from pathlib import Path

folder, version, ids = Path(sys.argv[1]), sys.argv[2], sys.argv[3:]
problems = []
for pid in ids:
    nupkg = folder / f"{pid}.{version}.nupkg"
    snupkg = folder / f"{pid}.{version}.snupkg"
    if not nupkg.exists():
        problems.append(f"{pid}: {nupkg.name} was not produced")
        continue
    with zipfile.ZipFile(nupkg) as z:
        names = set(z.namelist())
        nuspec = z.read(f"{pid}.nuspec").decode("utf-8-sig")
    def element(tag):
        m = re.search(rf"<{tag}\b[^>]*>([^<]*)</{tag}>", nuspec)
        return m.group(1).strip() if m else None
    readme = element("readme")
    if not readme:
        problems.append(f"{pid}: the nuspec names no README (set PackageReadmeFile)")
    elif readme not in names:
        problems.append(f"{pid}: the nuspec names {readme} as README but the package lacks it")
    if not re.search(r'<license type="(expression|file)"[^>]*>[^<]+</license>', nuspec):
        problems.append(f"{pid}: no licence metadata (PackageLicenseExpression)")
    for tag in ("description", "authors", "tags", "projectUrl"):
        if not element(tag):
            problems.append(f"{pid}: the nuspec has no {tag}")
    if not re.search(r'<repository [^>]*url="[^"]+"[^>]*commit="[0-9a-f]{40}"', nuspec):
        problems.append(f"{pid}: the nuspec has no repository url and commit")
    dlls = [n for n in names if n.startswith(("lib/", "tools/")) and n.endswith(".dll")]
    if not dlls:
        problems.append(f"{pid}: the package holds no assembly under lib/ or tools/")
    for dll in [n for n in dlls if n.startswith("lib/")]:
        xml = dll[:-4] + ".xml"
        if xml not in names:
            problems.append(f"{pid}: {dll} has no XML documentation ({xml} is missing; set GenerateDocumentationFile)")
    if not snupkg.exists():
        problems.append(f"{pid}: no symbol package {snupkg.name} (set IncludeSymbols and SymbolPackageFormat snupkg)")
    else:
        with zipfile.ZipFile(snupkg) as z:
            pdbs = [n for n in z.namelist() if n.endswith(".pdb")]
        if not pdbs:
            problems.append(f"{pid}: {snupkg.name} holds no .pdb")
    if not any(p.startswith(pid + ":") for p in problems):
        print(f"ok   {nupkg.name}: README {readme}, licence, XML docs, {snupkg.name}")
for p in problems:
    print(f"FAIL {p}", file=sys.stderr)
if problems:
    sys.exit(1)
PY

echo "== consumer: tests/PackageConsumer against the packages in artifacts/packages"
# A restore cache of its own, emptied of ConflictModel's packages, so that a stale copy of a
# package with the same version can never stand in for the one just packed.
export NUGET_PACKAGES="$(pwd)/artifacts/consumer-nuget"
for id in "${ids[@]}"; do
  rm -rf "$NUGET_PACKAGES/${id,,}"
done
rm -rf tests/PackageConsumer/bin tests/PackageConsumer/obj
dotnet run --project tests/PackageConsumer -c Release -p:ConflictModelPackageVersion="$version"

echo "== tool: ConflictModel.Cli installed from artifacts/packages as a user installs it"
tool_dir="$(pwd)/artifacts/tool"
rm -rf "$tool_dir"
dotnet tool install ConflictModel.Cli --version "$version" --tool-path "$tool_dir" --add-source "$packages_dir"
"$tool_dir/conflictmodel" --version
# An ACLED export converted to a dossier by the installed tool, then validated by it: the sample
# has no errors, so validate must exit 0 (set -e stops the script on any other exit code).
"$tool_dir/conflictmodel" convert tests/ConflictModel.Tests/Interop/Data/acled-sample.csv "$tool_dir/acled-sample.json" --from acled-csv
"$tool_dir/conflictmodel" validate "$tool_dir/acled-sample.json"

unset NUGET_PACKAGES
echo "packages checked: ${ids[*]} $version"
