#!/usr/bin/env bash
# Writes ICU's data file cut down to the items lesbar uses.
#   scripts/filter-icu-data.sh <full icudt72l.dat> <items list> <output .dat>
# The input must be named icudt72l.dat (icupkg checks the package name).
# The items list holds one icupkg item name per line; '#' starts a comment.
# Kept apart from the cached ICU library build so that changing the list
# only re-runs this (a second), not the library build.
set -euo pipefail
full="$1" items="$2" output="$3"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$items" > "$work/items.lst"
mkdir -p "$work/extract"
icupkg -d "$work/extract" -x "$work/items.lst" "$full"
# icupkg names the package after the output file, and ICU looks its data up
# by that name, so the file is built as icudt72l.dat and then moved.
(cd "$work" && icupkg --ignore-deps -tl -s extract -a items.lst new icudt72l.dat)
mkdir -p "$(dirname "$output")"
mv "$work/icudt72l.dat" "$output"
