#!/bin/sh
# usage: run_dev_score.sh EVAL_DIR STANCEGRAPH_BINARY MIN_F1
# Scores `stancegraph extract` on the dev set; exits 77 (CTest skip) when EVAL_DIR is absent.
eval_dir="$1"
binary="$2"
min_f1="$3"
if [ ! -f "$eval_dir/score.py" ] || [ ! -f "$eval_dir/dev.jsonl" ]; then
  echo "SKIP: no dev set at $eval_dir (score.py and dev.jsonl are needed)"
  exit 77
fi
exec python3 "$eval_dir/score.py" --gold "$eval_dir/dev.jsonl" --cmd "\"$binary\" extract" --min-f1 "$min_f1"
