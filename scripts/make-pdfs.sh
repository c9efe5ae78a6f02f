#!/usr/bin/env bash
# Make the PDFs the tests read (committed under fixtures/pdf/; npm test never runs this): the seed and several eval
# notices of fixtures/ through LibreOffice Writer, and the seed laid out as GB/T 9704 prescribes (版头 with the red
# line, `— N —` page numbers in the footer, 版记 between rules) as a .docx and as PDFs made from it and from its
# justified OpenDocument source.
#   scripts/make-pdfs.sh                 remake fixtures/pdf/
#   scripts/make-pdfs.sh DIR OUT         every .txt and .html notice of DIR (e.g. ../shared/eval/docs) as OUT/NAME.pdf
# Needs LibreOffice Writer and CJK fonts (Debian: apt-get install libreoffice-writer-nogui fonts-noto-cjk).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A profile of its own, so that a LibreOffice already open (or another run) does not take the conversion over.
profile="-env:UserInstallation=file://$tmp/profile"

# to_pdf SOURCE NAME OUTDIR: a plain-text or HTML notice as OUTDIR/NAME.pdf (the filter from the extension).
to_pdf() {
  local src=$1 name=$2 out=$3 ext=${1##*.} filter
  case "$ext" in
    txt) filter="Text (encoded):UTF8,LF,,," ;;
    html | htm) filter="HTML (StarWriter)" ;;
    *) echo "skipped (not .txt or .html): $src" >&2; return 0 ;;
  esac
  # LibreOffice 7.4 does not draw punctuation hanging at the end of a justified line (the PDF lacks the 、 of
  # 市（地、州 / 盟）, which no reader of the page would miss): HTML paragraphs are ranged left instead.
  if [ "$ext" = txt ]; then cp "$src" "$tmp/$name.$ext"; else sed -E 's/text-align: *justify/text-align: left/g; s/align="justify"/align="left"/g' "$src" > "$tmp/$name.$ext"; fi
  soffice "$profile" --headless --infilter="$filter" --convert-to pdf:writer_pdf_Export --outdir "$tmp" "$tmp/$name.$ext" >/dev/null
  mv "$tmp/$name.pdf" "$out/$name.pdf"
}

if [ $# -eq 2 ]; then
  mkdir -p "$2"
  for src in "$1"/*.txt "$1"/*.html; do
    [ -e "$src" ] || continue
    base=$(basename "$src")
    to_pdf "$src" "${base%.*}" "$2"
  done
  exit 0
fi

out=fixtures/pdf
mkdir -p "$out"
to_pdf seeds/liaocheng-2023-key-tasks.txt liaocheng-2023-key-tasks "$out"
# gov-guobanfa-2018-126: a task table of merged cells and wrapped text, ruled, over three pages.
for name in jinan-kechuang-jinan-policy-measures-2021 yangzhou-2024-gov-work-report baotou-2022-digital-gov-evaluation-measures \
  gov-guobanfa-2018-128_zero-waste-city-pilot gov-guobanfa-2018-117_incentive-measures gov-guobanfa-2018-126_innovation-reforms-table; do
  to_pdf "$(ls fixtures/$name/input.*)" "$name" "$out"
done

# GB/T 9704: the seed as a Word file, and PDFs of it (ranged left) and of its justified source.
mark=聊城市人民政府办公室文件
cc=抄送：市委各部门，市人大常委会办公室，市政协办公室，市法院，市检察院，聊城军分区。
printed='聊城市人民政府办公室　　　　　　　　2023年3月1日印发'
node scripts/gbt9704-fodt.mjs seeds/liaocheng-2023-key-tasks.txt "$mark" "$cc" "$printed" > "$tmp/seed-gbt9704.fodt"
soffice "$profile" --headless --convert-to docx:"MS Word 2007 XML" --outdir "$tmp" "$tmp/seed-gbt9704.fodt" >/dev/null
cp "$tmp/seed-gbt9704.docx" "$out/seed-gbt9704.docx"
mkdir -p "$tmp/docx"
soffice "$profile" --headless --convert-to pdf:writer_pdf_Export --outdir "$tmp/docx" "$tmp/seed-gbt9704.docx" >/dev/null
mv "$tmp/docx/seed-gbt9704.pdf" "$out/seed-gbt9704.pdf"
node scripts/gbt9704-fodt.mjs --justify seeds/liaocheng-2023-key-tasks.txt "$mark" "$cc" "$printed" > "$tmp/seed-gbt9704-justified.fodt"
soffice "$profile" --headless --convert-to pdf:writer_pdf_Export --outdir "$tmp" "$tmp/seed-gbt9704-justified.fodt" >/dev/null
mv "$tmp/seed-gbt9704-justified.pdf" "$out/seed-gbt9704-justified.pdf"

# Two columns: an eval notice set as a bulletin prints it.
node scripts/gbt9704-fodt.mjs --columns fixtures/jinan-kechuang-jinan-policy-measures-2021/input.txt 济南市人民政府办公厅文件 抄送：市委各部门。 '济南市人民政府办公厅　　　2021年印发' > "$tmp/jinan-two-columns.fodt"
soffice "$profile" --headless --convert-to pdf:writer_pdf_Export --outdir "$tmp" "$tmp/jinan-two-columns.fodt" >/dev/null
mv "$tmp/jinan-two-columns.pdf" "$out/jinan-two-columns.pdf"

# Encrypted: a document-open password (secret), which a reader must name instead of failing.
printf '加密的通知\n一、总体要求\n' > "$tmp/encrypted.txt"
soffice "$profile" --headless --infilter="Text (encoded):UTF8,LF,,," \
  --convert-to 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}' \
  --outdir "$tmp" "$tmp/encrypted.txt" >/dev/null
mv "$tmp/encrypted.pdf" "$out/encrypted.pdf"

# Another producer: Chromium prints the seed and an HTML notice (Skia's PDF backend; its fonts' ToUnicode maps put
# radicals such as ⼀ ⻓ ⺠ for 一 长 民, and it splits runs differently from LibreOffice). Skipped without Chromium.
if command -v chromium >/dev/null 2>&1; then
  # The task table of 126 as Chromium draws it: each cell's own borders as thin filled rectangles, none at a page
  # break over a merged cell.
  for src in seeds/liaocheng-2023-key-tasks.txt fixtures/gov-guobanfa-2018-117_incentive-measures/input.html \
    fixtures/gov-guobanfa-2018-126_innovation-reforms-table/input.html; do
    case "$src" in seeds/*) name=liaocheng-2023-key-tasks ;; *) name=$(basename "$(dirname "$src")") ;; esac
    chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$tmp/chromium" \
      --print-to-pdf="$out/chromium-$name.pdf" "file://$PWD/$src" >/dev/null 2>&1
  done
fi
