#!/usr/bin/env bash
# Renders scholarfolio.svg into the raster icons the installers need. The results are committed,
# so building a bundle does not need these tools; run this again after changing the SVG.
# Needs rsvg-convert (Debian: librsvg2-bin), ImageMagick 6 convert (imagemagick), png2icns (icnsutils).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
packaging=$(dirname "$here")
svg="$here/scholarfolio.svg"

sizes=(16 24 32 48 64 128 256 512)
mkdir -p "$packaging/linux/icons"
for s in "${sizes[@]}"; do
  rsvg-convert --width "$s" --height "$s" "$svg" --output "$packaging/linux/icons/scholarfolio-$s.png"
done
# jpackage takes one PNG on Linux and installs it as the menu icon.
cp "$packaging/linux/icons/scholarfolio-512.png" "$packaging/linux/Scholarfolio.png"

ico_sizes=(16 24 32 48 64 128 256)
ico_inputs=()
for s in "${ico_sizes[@]}"; do ico_inputs+=("$packaging/linux/icons/scholarfolio-$s.png"); done
convert "${ico_inputs[@]}" "$packaging/windows/Scholarfolio.ico"

# png2icns knows 16, 32, 48, 128, 256 and 512 pixel images.
png2icns "$packaging/macos/Scholarfolio.icns" \
  "$packaging/linux/icons/scholarfolio-16.png" "$packaging/linux/icons/scholarfolio-32.png" \
  "$packaging/linux/icons/scholarfolio-48.png" "$packaging/linux/icons/scholarfolio-128.png" \
  "$packaging/linux/icons/scholarfolio-256.png" "$packaging/linux/icons/scholarfolio-512.png" >/dev/null
