#!/usr/bin/env bash
# A corpus split over N jobs with GNU parallel: each job reads its own share (--shard K/N, by a hash of each path),
# and the JSON Lines of all shares together are what one run gives (the same lines, in another order).
#   bash examples/shards.sh CORPUS_DIR N > all.jsonl
set -euo pipefail
dir=${1:?usage: shards.sh DIR N}
n=${2:-4}
parallel --halt soon,fail=1 -j "$n" npx --no-install gongwen "$dir" -f jsonl --no-progress --shard {}/"$n" ::: $(seq 1 "$n")
