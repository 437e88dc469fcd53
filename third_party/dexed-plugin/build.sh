#!/usr/bin/env bash
# Build the Dexed VST2 (GUI build; DISTRHO-Ports' Dexed 0.9.4) from the sources vendored in this
# repository, for the one level measurement of measure_level.py. Not run by `make setup`: the project
# renders Dexed with dexed-py; this plugin only served to measure dexed-py's level against it.
#
#   third_party/dexed-plugin/build.sh          # then: PYTHONPATH=. python third_party/dexed-plugin/measure_level.py
#
# The source tree is assembled in the build directory (outside git) from two vendored parts:
#   third_party/tal-noisemaker/distrho-ports/   the DISTRHO-Ports subset TAL-NoiseMaker's build reads
#                                               (meson files, JUCE 5 core/audio modules, ...), and
#   third_party/dexed-plugin/distrho-ports/     what the Dexed VST2 build reads on top of it (Dexed's
#                                               sources, JUCE 5's GUI modules, the VST2 wrapper, ...).
# The two are disjoint (checked here), and both are byte-for-byte upstream (see PROVENANCE.md).
#
# Environment: DEXED_PLUGIN_BUILD_DIR (default ~/.cache/synthproxy/dexed-plugin-build), JOBS (default 2).
# Needs (Debian): build-essential meson ninja-build pkg-config libfftw3-dev libasound2-dev libfreetype-dev
#   libx11-dev libxext-dev libxcursor-dev libxrandr-dev libxinerama-dev libxcomposite-dev libgl-dev,
#   and xvfb to run the plugin without a display.
# Exit status: 0 built or up to date; 3 build tools missing (nothing done); other: the build failed.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BASE="$HERE/../tal-noisemaker/distrho-ports"
OVERLAY="$HERE/distrho-ports"
ROOT="${DEXED_PLUGIN_BUILD_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/synthproxy/dexed-plugin-build}"
SRC="$ROOT/src"
BUILD="$ROOT/build"
INFO="$ROOT/build-info.json"
JOBS="${JOBS:-2}"
UPSTREAM_DISTRHO_PORTS="d3b62da2e83c69b0866af5bb2e29ac78dc8014cf"
UPSTREAM_JUCE5="176f819c681405a12e7f6ecc1e2e1af472c3ed7b"

sources_hash() {
  { (cd "$BASE" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum)
    (cd "$OVERLAY" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum)
    sha256sum < "$HERE/build.sh"; } | sha256sum | cut -d' ' -f1
}

HASH="$(sources_hash)"
if [ -f "$INFO" ] && [ -f "$BUILD/ports-juce5/Dexed.so" ] && grep -q "\"sources_sha256\": \"$HASH\"" "$INFO"; then
  echo "Dexed VST2: up to date ($BUILD/ports-juce5/Dexed.so)"
  exit 0
fi

missing=""
for tool in meson ninja pkg-config c++ cc; do
  command -v "$tool" > /dev/null || missing="$missing $tool"
done
for lib in fftw3f alsa freetype2 x11 xext xcursor xrandr xinerama xcomposite gl; do
  { command -v pkg-config > /dev/null && pkg-config --exists "$lib"; } || missing="$missing $lib(dev)"
done
if [ -n "$missing" ]; then
  echo "Dexed VST2: not built: missing$missing"
  echo "  (Debian/Ubuntu: apt-get install build-essential meson ninja-build pkg-config libfftw3-dev libasound2-dev" \
       "libfreetype-dev libx11-dev libxext-dev libxcursor-dev libxrandr-dev libxinerama-dev libxcomposite-dev libgl-dev xvfb)"
  exit 3
fi

# The two vendored parts must not overlap: the overlay only adds files.
overlap="$(cd "$OVERLAY" && find . -type f | while read -r f; do [ -e "$BASE/$f" ] && echo "$f"; done || true)"
if [ -n "$overlap" ]; then
  echo "Dexed VST2: third_party/dexed-plugin/distrho-ports overlaps the TAL-NoiseMaker tree:"; echo "$overlap"
  exit 1
fi

echo "Dexed VST2: building in $ROOT (ninja -j$JOBS; ~10-30 min on 2 cores)"
mkdir -p "$ROOT"
rm -rf "$SRC" "$BUILD" "$INFO"
cp -a "$BASE" "$SRC"
cp -a "$OVERLAY/." "$SRC/"
LOG="$ROOT/build.log"
start="$(date +%s.%N)"
{
  meson setup "$BUILD" "$SRC" --buildtype release -Dlinux-headless=false -Dbuild-lv2=false -Dbuild-vst2=true \
    -Dbuild-vst3=false -Dbuild-juce5-only=true -Dplugins=dexed
  ninja -j "$JOBS" -C "$BUILD" ports-juce5/Dexed.so
} > "$LOG" 2>&1 || { echo "Dexed VST2: build failed; see $LOG"; tail -n 20 "$LOG"; exit 1; }
end="$(date +%s.%N)"
seconds="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')"

cat > "$INFO" <<EOF
{
  "plugin": "$BUILD/ports-juce5/Dexed.so",
  "name": "Dexed 0.9.4 (DISTRHO-Ports), VST2, GUI build",
  "sources_sha256": "$HASH",
  "upstream": {"DISTRHO-Ports": "$UPSTREAM_DISTRHO_PORTS", "JUCE5 (DISTRHO fork)": "$UPSTREAM_JUCE5"},
  "build_seconds": $seconds,
  "jobs": $JOBS,
  "cores": $(nproc),
  "load_average_at_end": "$(cut -d' ' -f1-3 /proc/loadavg)",
  "compiler": "$(c++ --version | head -n 1)",
  "meson": "$(meson --version)",
  "built_at": "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
}
EOF
echo "Dexed VST2: built in ${seconds} s: $BUILD/ports-juce5/Dexed.so"
