#!/usr/bin/env bash
# Installs only the Debian 12 packages that are missing. Safe to run again;
# works without a terminal (CI) as root, or through sudo otherwise.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev libgl-dev
  libqt6sql6-sqlite libqt6sql6-psql
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-httpserver-dev qt6-websockets-dev
  qt6-translations-l10n
  libqt6svg6 qt6-qpa-plugins
  libsodium-dev libsqlite3-dev sqlite3 libicu-dev
  # The sync tests start a throwaway PostgreSQL cluster (initdb, pg_ctl) and
  # make a self-signed certificate with openssl; runuser runs postgres as nobody.
  postgresql openssl util-linux
  libquazip1-qt6-dev
  fonts-noto-cjk
  xvfb xauth
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
