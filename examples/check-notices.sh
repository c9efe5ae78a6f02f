#!/usr/bin/env bash
# A CI step: check every notice under a folder and fail the job on errors (exit 1), on unreadable input (exit 2) or
# on a report that cannot be written (exit 4). Warnings and info findings are printed but pass.
#   bash examples/check-notices.sh notices/
set -uo pipefail
folder=${1:?usage: check-notices.sh FOLDER}
npx --no-install gongwen check "$folder" --reporter text
status=$?
case $status in
  0) echo "notices: no errors" ;;
  1) echo "notices: errors found (see above)" ;;
  2) echo "notices: an input could not be read" ;;
  *) echo "notices: gongwen failed (exit $status)" ;;
esac
exit $status
