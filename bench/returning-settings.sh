#!/usr/bin/env bash
# The settings a person's earlier runs of the editor left, for the start-up benchmarks' returning user:
# the window's place and size, the last portfolio (PORTFOLIO_FOLDER's file, the one the start opens), the
# folders last used and three recent portfolios. Written in both forms the editor has kept them in:
# java.util.prefs' prefs.xml, which builds before session 22 read (through Java's XML parser) and wrote,
# and the plain settings.properties that later builds read and write (reading prefs.xml only when it is
# missing, to carry a person's settings over). A build finds the form it reads, so each start is its own.
#
#   bench/returning-settings.sh SETTINGS_FOLDER PORTFOLIO_FOLDER
# SETTINGS_FOLDER is the one the start is given with -Djava.util.prefs.userRoot=.
set -euo pipefail
folder=$1 portfolio=$2
around=$(dirname "$portfolio")
node=$folder/.java/.userPrefs/org/scholarfolio/app
entries=(
  "window.x=96.0" "window.y=48.0" "window.width=1180.0" "window.height=760.0" "window.maximized=false"
  "theme.dark=false" "lastFolder=$around" "lastPortfolio=$portfolio/portfolio.json"
  "lastExportFolder=$portfolio-site" "lastAlfolioFolder=$around"
  "recentPortfolios=$portfolio/portfolio.json\\n$around/other/portfolio.json\\n$around/thesis/portfolio.json")
mkdir -p "$node"
{
  echo '<?xml version="1.0" encoding="UTF-8" standalone="no"?>'
  echo '<!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">'
  echo '<map MAP_XML_VERSION="1.0">'
  for e in "${entries[@]}"; do
    v=${e#*=}
    printf '  <entry key="%s" value="%s"/>\n' "${e%%=*}" "${v//\\n/\&#10;}"
  done
  echo '</map>'
} >"$node/prefs.xml"
printf '%s\n' "${entries[@]}" >"$folder/settings.properties"
