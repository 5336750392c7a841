#!/usr/bin/env bash
# A program built against version 1 of Contoso.Storage, run unchanged against version 2 (each of its targets), must
# behave as it did against version 1. Run after building the solution: samples/LibraryRename/run-old-binary.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
configuration="${1:-Debug}"
old_app="$here/Contoso.Storage.OldApp/bin/$configuration/net10.0"
[[ -f "$old_app/Contoso.Storage.OldApp.dll" ]] || { echo "build the solution first: no $old_app/Contoso.Storage.OldApp.dll" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

run_against() {
    local label="$1" library="$2"
    rm -rf "$work/app" && cp -r "$old_app" "$work/app"
    [[ -z "$library" ]] || cp "$library/Contoso.Storage.dll" "$library/Ssot.Attributes.dll" "$work/app/"
    local output
    output="$(dotnet "$work/app/Contoso.Storage.OldApp.dll")" || { echo "$output" >&2; echo "the program built against version 1 fails against $label" >&2; exit 1; }
    printf '%s\n' "$output"
}

baseline="$(run_against "version 1" "")"
echo "::: old binary against version 1"
echo "$baseline"
for target in netstandard2.0 net10.0; do
    against="$(run_against "version 2 ($target)" "$here/Contoso.Storage/bin/$configuration/$target")"
    echo "::: old binary against version 2 ($target)"
    echo "$against"
    [[ "$against" == "$baseline" ]] || { echo "version 2 ($target) behaves differently from version 1" >&2; exit 1; }
done
echo "old binary: same behaviour against version 1 and both targets of version 2"
