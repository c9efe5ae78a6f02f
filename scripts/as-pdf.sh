#!/bin/sh
# The CLI on the PDF of an eval notice, for the scorer, which appends each notice's path to the command:
#   scripts/make-pdfs.sh ../shared/eval/docs /tmp/eval-pdf
#   node ../shared/eval/score.mjs --cli "scripts/as-pdf.sh /tmp/eval-pdf"
# reads NAME.pdf of that folder for each notice NAME.*, and the notice itself where there is no PDF of it (Markdown,
# and the whole web pages, which LibreOffice prints only the first page of), so that both TOTAL lines cover the same
# notices.
set -eu
dir=$1
name=$(basename "$2")
pdf="$dir/${name%.*}.pdf"
[ -e "$pdf" ] || pdf=$2
exec node "$(dirname "$0")/../dist/cli.cjs" "$pdf"
