#!/usr/bin/env bash
# Kōbai's whole set-up in one command on Debian 12:
#   bash kobai.sh start   install what is missing, build, start Kōbai
#   bash kobai.sh test    install what is missing, build, run every test headless
# Each stage prints the time it took.
set -euo pipefail
cd "$(dirname "$0")"

mode=${1:-}
if [[ $mode != start && $mode != test ]]; then
    echo "usage: bash kobai.sh start|test" >&2
    exit 2
fi

stage_start=0
begin() { stage_start=$(date +%s%N); echo "== $1"; }
end() {
    local ms=$((($(date +%s%N) - stage_start) / 1000000))
    printf '== %s took %d.%03d s\n' "$1" $((ms / 1000)) $((ms % 1000))
}

install_missing_packages() {
    local missing=()
    while read -r package; do
        [[ -z $package || $package == \#* ]] && continue
        if [[ $(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null) != installed ]]; then
            missing+=("$package")
        fi
    done < scripts/debian-packages.txt
    if ((${#missing[@]} == 0)); then
        echo "all Debian packages are installed"
        return
    fi
    echo "installing: ${missing[*]}"
    local sudo=()
    [[ $(id -u) -ne 0 ]] && sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

begin "install"
install_missing_packages
end "install"

begin "configure"
cmake --preset release
end "configure"

begin "build"
cmake --build --preset release -j "$(nproc)"
end "build"

if [[ $mode == test ]]; then
    begin "test"
    QT_QPA_PLATFORM=offscreen ctest --preset release -j "$(nproc)"
    end "test"
else
    echo "== starting Kōbai"
    exec build/release/src/app/kobai
fi
