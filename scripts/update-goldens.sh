#!/usr/bin/env bash
# Regenerates the golden outputs of partnet (Tests/partnetTests/Golden) from the commands listed in
# Tests/partnetTests/Golden/commands.txt, with the debug build that `swift test` uses. Review the diff before
# committing it: every changed byte is a changed behaviour.
#
#   scripts/update-goldens.sh            build partnet, then rewrite every golden file
#   PARTNET=path/to/partnet scripts/update-goldens.sh    use that binary instead of building
set -euo pipefail
cd "$(dirname "$0")/.."
golden=Tests/partnetTests/Golden
if [[ -z "${PARTNET:-}" ]]; then
    swift build --product partnet
    PARTNET="$(swift build --show-bin-path)/partnet"
fi
# Help text wraps to the terminal's width: fix it, as the test does.
export COLUMNS=80
find "$golden" -name '*.txt' ! -name commands.txt -delete
find "$golden" -name '*.stderr' -delete
count=0
while read -r name arguments; do
    [[ -z "$name" || "$name" == \#* ]] && continue
    mkdir -p "$golden/$(dirname "$name")"
    # shellcheck disable=SC2086 # the arguments are split on spaces, as the test splits them
    "$PARTNET" $arguments > "$golden/$name.txt" 2> "$golden/$name.stderr" || {
        echo "partnet $arguments failed:" >&2
        cat "$golden/$name.stderr" >&2
        exit 1
    }
    [[ -s "$golden/$name.stderr" ]] || rm "$golden/$name.stderr"
    count=$((count + 1))
done < "$golden/commands.txt"
echo "$count golden outputs written to $golden; review them with git diff"
