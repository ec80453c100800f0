#!/usr/bin/env bash
# Build every external real-news set that benchmarks/score_sets.py knows into .cache/ext/.
#
#     bash scripts/build-ext.sh MIRROR_ROOT
#
# MIRROR_ROOT holds bare git mirrors named OWNER+NAME/repo, as the `fetch` tool leaves them
# (github:networkdynamics/PolNeAR -> MIRROR_ROOT/networkdynamics+PolNeAR/repo). A mirror that
# is missing is reported and its sets skipped; the others are still built. The texts belong to
# their publishers: .cache/ is git-ignored, never commit it. Why a script: a new machine starts
# with no .cache/, and the per-set commands in benchmarks/sets/README.md are easy to get wrong.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=${1:?usage: bash scripts/build-ext.sh MIRROR_ROOT (bare mirrors named OWNER+NAME/repo)}
PY=.venv/bin/python
EXT=.cache/ext
failed=()

mirror() {  # the mirror's git dir, or empty with a message
  local dir="$ROOT/${1/\//+}/repo"
  if [ -d "$dir" ]; then echo "$dir"; else echo "build-ext: no mirror of $1 at $dir" >&2; fi
}

build() {  # NAME COMMAND...: rebuild .cache/ext/NAME from scratch
  local name=$1; shift
  rm -rf "${EXT:?}/$name"
  if "$@" >"/tmp/build-ext-$name.log" 2>&1; then
    echo "build-ext: $name: $(find "$EXT/$name" -name '*.txt' | wc -l) articles"
  else
    echo "build-ext: $name FAILED (see /tmp/build-ext-$name.log)" >&2
    failed+=("$name")
  fi
}

mkdir -p "$EXT"
if m=$(mirror networkdynamics/PolNeAR) && [ -n "$m" ]; then
  # gender-guesser (GPL-3.0) gives the same gold as the project's own PolNeAR conversion; it is
  # never a dependency of Vigil, so it lives in a throwaway venv outside the checkout
  GG=/tmp/vigil-gender-guesser
  [ -x $GG/bin/python ] || { python3 -m venv $GG && $GG/bin/pip install --quiet gender-guesser==0.4.0; }
  build polnear-train $GG/bin/python ../shared/eval/external/polnear_train.py --mirror "$m" --out $EXT/polnear-train --split train
  build polnear-dev $GG/bin/python ../shared/eval/external/polnear_train.py --mirror "$m" --out $EXT/polnear-dev --split dev
fi
if m=$(mirror nerel-ds/NEREL) && [ -n "$m" ]; then
  for part in tune held; do
    build nerel-$part $PY benchmarks/external/nerel.py --mirror "$m" --out $EXT/nerel-$part --part $part
  done
fi
conll=$(mirror imabhivaibhav/NER)
ecb=$(mirror tommasoc80/EventStoryLine)
if [ -n "$conll" ] && [ -n "$ecb" ]; then
  for part in tune held; do
    build rnews-$part bash -c "$PY benchmarks/external/reuters.py --mirror '$conll' --out $EXT/rnews-$part --part $part --annotated \
      && $PY benchmarks/external/ecbplus.py --mirror '$ecb' --out $EXT/rnews-$part --part $part --annotated"
  done
fi
if m=$(mirror suuuch/TransformerClassification) && [ -n "$m" ]; then
  build agtune $PY benchmarks/external/agnews.py --mirror "$m" --out $EXT/agtune --split test --set tune --annotated
  build aghold $PY benchmarks/external/agnews.py --mirror "$m" --out $EXT/aghold --split test --set hold --annotated
fi
if m=$(mirror raspberryice/gen-arg) && [ -n "$m" ]; then
  build wikievents $PY benchmarks/external/wikievents.py --mirror "$m" --out $EXT/wikievents
fi
if m=$(mirror dataminr-ai/HRDsAttack) && [ -n "$m" ]; then
  for part in tune held; do
    build hrdnews-$part $PY benchmarks/external/hrdsattack.py --mirror "$m" --out $EXT/hrdnews-$part --part $part --annotated
    build hrdnews2-$part $PY benchmarks/external/hrdsattack.py --tier 2 --mirror "$m" --out $EXT/hrdnews2-$part --part $part --annotated
    build hrdnews3-$part $PY benchmarks/external/hrdsattack.py --tier 3 --mirror "$m" --out $EXT/hrdnews3-$part --part $part --annotated
    build hrdnews4-$part $PY benchmarks/external/hrdsattack.py --tier 4 --mirror "$m" --out $EXT/hrdnews4-$part --part $part --annotated
    build hrdnews5-$part $PY benchmarks/external/hrdsattack.py --tier 5 --mirror "$m" --out $EXT/hrdnews5-$part --part $part --annotated
    build hrdnews6-$part $PY benchmarks/external/hrdsattack.py --tier 6 --mirror "$m" --out $EXT/hrdnews6-$part --part $part --annotated
    build hrdnews7-$part $PY benchmarks/external/hrdsattack.py --tier 7 --mirror "$m" --out $EXT/hrdnews7-$part --part $part --annotated
    build hrdnews8-$part $PY benchmarks/external/hrdsattack.py --tier 8 --mirror "$m" --out $EXT/hrdnews8-$part --part $part --annotated
  done
fi
if m=$(mirror NKTKLN/telegram-news-classifier) && [ -n "$m" ]; then
  for part in tune held; do
    build realnews-ru-$part $PY benchmarks/external/tgnews_ru.py --mirror "$m" --out $EXT/realnews-ru-$part --part $part --annotated
    build realnews2-ru-$part $PY benchmarks/external/tgnews_ru.py --mirror "$m" --out $EXT/realnews2-ru-$part --part $part --band long --annotated
    build realnews3-ru-$part $PY benchmarks/external/tgnews_ru.py --mirror "$m" --out $EXT/realnews3-ru-$part --part $part --band rest --annotated
  done
fi
if m=$(mirror shichchirtch/Heros_book) && [ -n "$m" ]; then
  for lang in ru en; do
    for part in tune held; do
      build heroes-$lang-$part $PY benchmarks/external/heroes.py --mirror "$m" --out $EXT/heroes-$lang-$part --lang $lang --part $part --annotated
    done
  done
  for part in tune held; do
    build speeches-ru-$part $PY benchmarks/external/speeches.py --mirror "$m" --out $EXT/speeches-ru-$part --part $part --annotated
  done
fi
if m=$(mirror ovdinfo/reports) && [ -n "$m" ]; then
  for part in tune held; do
    build realnews4-ru-$part $PY benchmarks/external/ovdreports.py --mirror "$m" --out $EXT/realnews4-ru-$part --part $part --annotated
  done
  for part in tune held; do
    build realnews5-ru-$part $PY benchmarks/external/ovdreports.py --mirror "$m" --out $EXT/realnews5-ru-$part --report trials --part $part --annotated
  done
fi
if m=$(mirror mewcrow/rbc-news) && [ -n "$m" ]; then
  for part in tune held; do
    build realnews6-ru-$part $PY benchmarks/external/rbcnews.py --mirror "$m" --out $EXT/realnews6-ru-$part --part $part --annotated
  done
fi
if m=$(mirror vanatteveldt/wikinews) && [ -n "$m" ]; then
  for part in tune held; do
    build wikinews-en-$part $PY benchmarks/external/wikinews.py --mirror "$m" --out $EXT/wikinews-en-$part --part $part --annotated
  done
fi
if m=$(mirror DokahlSoZoor/DieNeueKrone) && [ -n "$m" ]; then
  for part in tune held; do
    build realnews-en-$part $PY benchmarks/external/bbcnews.py --mirror "$m" --out $EXT/realnews-en-$part --part $part --annotated
  done
fi
if m=$(mirror blei-lab/lda-c) && [ -n "$m" ]; then
  for part in tune held; do
    build realnews2-en-$part $PY benchmarks/external/apnews.py --mirror "$m" --out $EXT/realnews2-en-$part --part $part --annotated
  done
fi
if m=$(mirror UniversalDependencies/UD_Belarusian-HSE) && [ -n "$m" ]; then
  for part in tune held; do
    build realnews-be-$part $PY benchmarks/external/ud_belarusian.py --mirror "$m" --out $EXT/realnews-be-$part --part $part --annotated
    build realnews2-be-$part $PY benchmarks/external/ud_belarusian.py --mirror "$m" --out $EXT/realnews2-be-$part --part $part --rest --annotated
  done
fi
if [ ${#failed[@]} -gt 0 ]; then
  echo "build-ext: failed: ${failed[*]}" >&2
  exit 1
fi
