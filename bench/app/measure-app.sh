#!/usr/bin/env bash
# The app's side of docs/performance.md: time to the first frame and resident memory with
# each lesson open and running, then GUI-thread stalls while lesson 8 streams, offscreen
# and under Xvfb, also after lesson 8's Fashion-MNIST learning rate moves. Usage: bash bench/app/measure-app.sh [build/release]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/release}
kobai=$build/src/app/kobai
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
uptime

lessons=$(sed -n 's/^  "id": "\(.*\)",$/\1/p' lessons/*/lesson.json)
for platform in offscreen xvfb; do
    run=(env QT_QPA_PLATFORM=offscreen)
    [[ $platform == xvfb ]] && run=(xvfb-run -a -s "-screen 0 1600x1200x24" env QT_QPA_PLATFORM=xcb)
    echo "== $platform: first frame and memory, each lesson open for 8 s"
    for id in $lessons; do
        printf '%-28s ' "$id"
        "${run[@]}" "$kobai" --measure-startup --lesson "$id" --run-seconds 8 --data-dir "$data" 2>/dev/null | tr '\n' ' '
        echo
    done
    echo "== $platform: GUI-thread stalls while lesson 8 streams for 8 s"
    "${run[@]}" "$kobai" --lesson overfitting-early-stopping --measure-stalls 8 --data-dir "$data" 2>/dev/null
    echo "== $platform: lesson 8's Fashion-MNIST learning rate moved, five times"
    for value in 0.005 0.002 0.0005 0.008 0.001; do
        "${run[@]}" "$kobai" --lesson overfitting-early-stopping --measure-stalls 8 --stall-change "5=$value" \
            --data-dir "$data" 2>/dev/null | tr '\n' ' '
        echo
    done
done
