#!/usr/bin/env bash
# Installs the Debian packages named as arguments that are not installed yet (one home for
# setup.sh and package.sh). As root it calls apt-get directly; otherwise through sudo.
# DEBIAN_FRONTEND goes through `env`: written as `$SUDO VAR=value apt-get`, an empty $SUDO
# (root) makes the assignment the command name ("DEBIAN_FRONTEND=noninteractive: command not found").
set -euo pipefail
command -v dpkg-query >/dev/null 2>&1 || exit 0  # not a Debian-like system: nothing to do here
missing=""
for pkg in "$@"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
done
[ -n "$missing" ] || exit 0
SUDO=()
[ "$(id -u)" -ne 0 ] && SUDO=(sudo)
printf '[setup] installing system packages:%s\n' "$missing" >&2
# shellcheck disable=SC2086  # $missing is a list of package names
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
