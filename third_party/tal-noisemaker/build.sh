#!/usr/bin/env bash
# Build TAL-NoiseMaker (headless LV2, no X server needed) from the sources vendored next to this script
# and install the bundle where DawDreamer finds it (~/.lv2/TAL-NoiseMaker.lv2, loaded by URI).
#
#   third_party/tal-noisemaker/build.sh          # what `make setup` runs
#
# A build only happens when the sources (or this script) changed: the installed bundle holds
# synthproxy-build.json with the SHA-256 of all of them, the upstream commits and the build time; the
# synth engine also refuses a TAL-NoiseMaker bundle without that file (an unpatched build's renders
# depend on what was rendered before: see PROVENANCE.md).
#
# Environment: SYNTHPROXY_BUILD_DIR (default ~/.cache/synthproxy/build), SYNTHPROXY_LV2_DIR (default
# ~/.lv2; DawDreamer only loads LV2 plugins from ~/.lv2, /usr/local/lib/lv2 and /usr/lib/lv2),
# JOBS (default 2: parallel compile jobs).
# Exit status: 0 built or up to date; 3 build tools missing (nothing done); other: the build failed.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$HERE/distrho-ports"
BUILD_ROOT="${SYNTHPROXY_BUILD_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/synthproxy/build}"
BUILD="$BUILD_ROOT/tal-noisemaker"
LV2_DIR="${SYNTHPROXY_LV2_DIR:-$HOME/.lv2}"
DEST="$LV2_DIR/TAL-NoiseMaker.lv2"
STAMP_NAME="synthproxy-build.json"
JOBS="${JOBS:-2}"
UPSTREAM_DISTRHO_PORTS="d3b62da2e83c69b0866af5bb2e29ac78dc8014cf"
UPSTREAM_JUCE5="176f819c681405a12e7f6ecc1e2e1af472c3ed7b"

sources_hash() {
  (cd "$HERE" && { find distrho-ports patches -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum; sha256sum build.sh; } \
    | sha256sum | cut -d' ' -f1)
}

HASH="$(sources_hash)"
if [ -f "$DEST/$STAMP_NAME" ] && [ -f "$DEST/TAL-NoiseMaker-lv2.so" ] && grep -q "\"sources_sha256\": \"$HASH\"" "$DEST/$STAMP_NAME"; then
  echo "TAL-NoiseMaker: up to date ($DEST)"
  exit 0
fi

missing=""
for tool in meson ninja pkg-config c++ cc; do
  command -v "$tool" > /dev/null || missing="$missing $tool"
done
for lib in fftw3f alsa; do
  { command -v pkg-config > /dev/null && pkg-config --exists "$lib"; } || missing="$missing $lib(dev)"
done
if [ -n "$missing" ]; then
  echo "TAL-NoiseMaker: not built: missing$missing"
  echo "  (Debian/Ubuntu: apt-get install build-essential meson ninja-build pkg-config libfftw3-dev libasound2-dev)"
  exit 3
fi

echo "TAL-NoiseMaker: building from $SRC in $BUILD (ninja -j$JOBS; about 1-2 min on 2 cores)"
mkdir -p "$BUILD_ROOT" "$LV2_DIR"
rm -rf "$BUILD"
LOG="$BUILD_ROOT/tal-noisemaker.log"
start="$(date +%s.%N)"
{
  meson setup "$BUILD" "$SRC" --buildtype release -Dlinux-headless=true -Dbuild-lv2=true -Dbuild-vst2=false \
    -Dbuild-vst3=false -Dbuild-juce5-only=true -Dplugins=tal-noisemaker
  ninja -j "$JOBS" -C "$BUILD" ports-juce5/TAL-NoiseMaker.lv2
} > "$LOG" 2>&1 || { echo "TAL-NoiseMaker: build failed; see $LOG"; tail -n 20 "$LOG"; exit 1; }
end="$(date +%s.%N)"
seconds="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')"

tmp="$DEST.tmp.$$"
rm -rf "$tmp"
cp -r "$BUILD/ports-juce5/TAL-NoiseMaker.lv2" "$tmp"
cat > "$tmp/$STAMP_NAME" <<EOF
{
  "plugin": "TAL-NoiseMaker",
  "uri": "http://kunz.corrupt.ch/products/tal-noisemaker",
  "sources_sha256": "$HASH",
  "upstream": {"DISTRHO-Ports": "$UPSTREAM_DISTRHO_PORTS", "JUCE5 (DISTRHO fork)": "$UPSTREAM_JUCE5"},
  "patches": ["patches/0001-all-sound-off-rebuilds-the-engine.patch"],
  "build_seconds": $seconds,
  "jobs": $JOBS,
  "compiler": "$(c++ --version | head -n 1)",
  "built_at": "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
}
EOF
rm -rf "$DEST"
mv "$tmp" "$DEST"
echo "TAL-NoiseMaker: built in ${seconds} s, installed in $DEST"
