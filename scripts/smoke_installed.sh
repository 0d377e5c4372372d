#!/usr/bin/env bash
# Installs the .deb, proves the installed app works with no network, then uninstalls it
# and lists what is left. Root (or sudo) needed: it installs a system package.
#   scripts/smoke_installed.sh            reuse dist/*.deb (built by scripts/package.sh if missing)
#   REBUILD=1 scripts/smoke_installed.sh  run scripts/package.sh first
#   SMOKE_RUN=0                           skip the per-user .run install/uninstall check
#   SMOKE_GUI=0                           skip the Xvfb window check
#   SMOKE_USER=0                          skip the check as a normal (temporary) user
# User data goes to a fresh HOME ($OUT/home), so the first run is a real first run
# (no model / dependency store / settings from development in ~/.cache).
# Results: build/out/smoke/ (report.json, logs, installed-gui.png).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$ROOT/build/out/smoke
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
say() { printf '[smoke] %s\n' "$*" >&2; }
fail() { say "FAIL: $*"; exit 1; }
now() { date +%s.%N; }
secs() { python3 -c "print(round($2 - $1, 2))"; }
cd "$ROOT"

if [ "${REBUILD:-0}" = "1" ] || ! ls dist/avery-nxr_*.deb >/dev/null 2>&1; then
  scripts/package.sh
fi
DEB=$(ls -t dist/avery-nxr_*.deb | head -1)
RUN=$(ls -t dist/avery-nxr-*.run 2>/dev/null | head -1 || true)
need=""
for pkg in xvfb xauth imagemagick iproute2 util-linux desktop-file-utils; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need="$need $pkg"
done
[ -z "$need" ] || { say "installing$need"; $SUDO apt-get install -y -qq $need >/dev/null; }

rm -rf "$OUT"; mkdir -p "$OUT"
SMOKE_HOME=$OUT/home; mkdir -p "$SMOKE_HOME"
PROJECT=/tmp/nxr-smoke-site
rm -rf "$PROJECT"
# A clean user environment: fresh HOME, no XDG overrides, no NXR_* from the caller.
userenv() { env -i PATH=/usr/local/bin:/usr/bin:/bin HOME="$SMOKE_HOME" LANG=C.UTF-8 "$@"; }

# --- install ------------------------------------------------------------------------
dpkg-query -W avery-nxr >/dev/null 2>&1 && { say "removing a previous install"; $SUDO dpkg -P avery-nxr >/dev/null; }
say "installing $DEB"
t=$(now)
$SUDO apt-get install -y -qq "$ROOT/$DEB" > "$OUT/install.log" 2>&1 || { tail -20 "$OUT/install.log"; fail "install"; }
INSTALL_S=$(secs "$t" "$(now)")
dpkg -L avery-nxr > "$OUT/installed-files.txt"
[ -L /usr/bin/nxr ] || fail "/usr/bin/nxr is missing"
desktop-file-validate /usr/share/applications/avery-nxr.desktop || fail "installed .desktop file does not validate"

# --- cold start: `nxr doctor` (first run of the installed app, fresh HOME) --------------
[ "${SMOKE_DROP_CACHES:-0}" = "1" ] && { sync; echo 3 | $SUDO tee /proc/sys/vm/drop_caches >/dev/null || true; }
t=$(now)
userenv /usr/bin/nxr doctor --no-load > "$OUT/doctor-noload.txt" 2>&1 || { cat "$OUT/doctor-noload.txt"; fail "nxr doctor --no-load"; }
DOCTOR_NOLOAD_S=$(secs "$t" "$(now)")
t=$(now)
userenv /usr/bin/nxr doctor > "$OUT/doctor.txt" 2>&1 || { cat "$OUT/doctor.txt"; fail "nxr doctor"; }
DOCTOR_S=$(secs "$t" "$(now)")
cat "$OUT/doctor.txt" >&2
grep -q "/opt/avery-nxr/_internal/resources/models/" "$OUT/doctor.txt" || fail "the model was not found inside the bundle"

# --- offline: new project + one turn, in a network namespace with only loopback -------
say "offline turn (unshare -n, loopback only)"
cat > "$OUT/offline.sh" <<OFFLINE
set -e
trap '/usr/bin/nxr stop $PROJECT >/dev/null 2>&1 || true' EXIT
ip link set lo up
! ping -c1 -W1 deb.debian.org >/dev/null 2>&1 || { echo "network is reachable: not an offline test" >&2; exit 3; }
t0=\$(date +%s.%N)
/usr/bin/nxr new $PROJECT --name "Smoke Test"
t1=\$(date +%s.%N)
/usr/bin/nxr prompt $PROJECT "I need a services page" --json > $OUT/turn.json
t2=\$(date +%s.%N)
ps -eo pid,args | grep -E '[n]ext dev|[n]ext-server|resources/node/bin/node' > $OUT/processes.txt || true
/usr/bin/nxr stop $PROJECT || true
rm -rf $PROJECT-2
t2b=\$(date +%s.%N)
/usr/bin/nxr new $PROJECT-2 >/dev/null
t3=\$(date +%s.%N)
rm -rf $PROJECT-2
echo "\$t0 \$t1 \$t2 \$t2b \$t3" > $OUT/offline-times.txt
OFFLINE
userenv $SUDO unshare -n sh "$OUT/offline.sh" > "$OUT/offline.log" 2>&1 || { tail -30 "$OUT/offline.log"; fail "offline new + prompt"; }
read -r o0 o1 o2 o2b o3 < "$OUT/offline-times.txt"
NEW_S=$(secs "$o0" "$o1"); PROMPT_S=$(secs "$o1" "$o2"); NEW2_S=$(secs "$o2b" "$o3")
python3 - "$OUT/turn.json" <<'PY' || fail "the turn did not apply"
import json, sys
t = json.load(open(sys.argv[1]))
print("[smoke] turn:", {k: t.get(k) for k in ("outcome", "files", "preview_ok", "provider")}, file=sys.stderr)
print("[smoke] timings:", t.get("timings"), file=sys.stderr)
sys.exit(0 if t.get("outcome") == "applied" else 1)
PY
grep -q "/opt/avery-nxr/_internal/resources/node/bin/node" "$OUT/processes.txt" \
  && say "dev server ran on the bundled node" || say "WARNING: bundled node not seen in $OUT/processes.txt"

# --- a normal user (root only): the bundle is root-owned; the store is seeded into their cache
USER_OK=null
if [ "$(id -u)" -eq 0 ] && [ "${SMOKE_USER:-1}" = "1" ]; then
  say "as a normal user (nxr-smoke-user)"
  id nxr-smoke-user >/dev/null 2>&1 || useradd -m nxr-smoke-user
  rm -rf /tmp/nxr-smoke-user-site
  su nxr-smoke-user -c 'cd && nxr new /tmp/nxr-smoke-user-site >/dev/null && nxr prompt /tmp/nxr-smoke-user-site "I need a services page" --no-preview --json' \
    > "$OUT/user-turn.json" 2> "$OUT/user.log" || { tail "$OUT/user.log"; fail "normal user: new + prompt"; }
  links=$(stat -c %h /tmp/nxr-smoke-user-site/node_modules/next/package.json)
  [ "$links" -ge 2 ] || fail "normal user: the project's node_modules is not hard-linked from the user's store"
  python3 -c "import json,sys; sys.exit(json.load(open('$OUT/user-turn.json'))['outcome'] != 'applied')" || fail "normal user: turn not applied"
  userdel -r nxr-smoke-user 2>/dev/null || true
  rm -rf /tmp/nxr-smoke-user-site
  USER_OK=true
fi

# --- GUI under Xvfb ---------------------------------------------------------------------
GUI_S=null
if [ "${SMOKE_GUI:-1}" = "1" ] && userenv /usr/bin/nxr --help | grep -qw gui; then
  say "GUI under Xvfb"
  probe=$(userenv NXR_GUI_STARTUP_PROBE=1 xvfb-run -a -s "-screen 0 1400x900x24" /usr/bin/nxr gui 2>&1 | tee "$OUT/gui-probe.log" | sed -n 's/^NXR_WINDOW_READY //p' | tail -1)
  GUI_S=${probe:-null}
  cat > "$OUT/gui.sh" <<GUI
/usr/bin/nxr gui $PROJECT > $OUT/gui.log 2>&1 &
pid=\$!
sleep \${SMOKE_GUI_WAIT:-35}
import -window root $OUT/installed-gui.png
kill \$pid; wait \$pid 2>/dev/null || true
/usr/bin/nxr stop $PROJECT >/dev/null 2>&1 || true
GUI
  userenv xvfb-run -a -s "-screen 0 1400x900x24" sh "$OUT/gui.sh" || true
  [ -s "$OUT/installed-gui.png" ] && say "screenshot: $OUT/installed-gui.png" || say "WARNING: no screenshot"
fi

# --- uninstall -------------------------------------------------------------------------
say "dpkg -P avery-nxr"
$SUDO dpkg -P avery-nxr > "$OUT/uninstall.log" 2>&1 || fail "dpkg -P"
left=""
while read -r path; do
  case "$path" in /.|/opt|/usr|/usr/bin|/usr/share|/usr/share/*/|/usr/share/applications|/usr/share/icons*|/usr/share/doc) continue;; esac
  [ -e "$path" ] || [ -L "$path" ] && left="$left $path"
done < "$OUT/installed-files.txt"
for path in /opt/avery-nxr /usr/bin/nxr /usr/share/applications/avery-nxr.desktop; do
  [ -e "$path" ] || [ -L "$path" ] && left="$left $path"
done
[ -z "$left" ] || fail "left behind by dpkg -P:$left"
say "package removed completely; what remains is user data:"
{ find "$SMOKE_HOME" -mindepth 2 -maxdepth 3 | sort | while read -r p; do du -sh "$p"; done; du -sh "$PROJECT"; } \
  | tee "$OUT/remaining.txt" >&2

# --- the per-user .run -------------------------------------------------------------------
RUN_OK=null
if [ "${SMOKE_RUN:-1}" = "1" ] && [ -n "$RUN" ]; then
  say "per-user install: $RUN"
  RUN_HOME=$OUT/run-home; mkdir -p "$RUN_HOME"
  env -i PATH=/usr/bin:/bin HOME="$RUN_HOME" sh "$ROOT/$RUN" --nox11 > "$OUT/run-install.log" 2>&1 || { tail "$OUT/run-install.log"; fail ".run install"; }
  env -i PATH=/usr/bin:/bin HOME="$RUN_HOME" "$RUN_HOME/.local/bin/nxr" doctor --no-load > "$OUT/run-doctor.txt" 2>&1 || fail ".run: nxr doctor"
  desktop-file-validate "$RUN_HOME/.local/share/applications/avery-nxr.desktop" || fail ".run: desktop file"
  env -i PATH=/usr/bin:/bin HOME="$RUN_HOME" "$RUN_HOME/.local/opt/avery-nxr/uninstall.sh" >> "$OUT/run-install.log" 2>&1 || fail ".run uninstall"
  rest=$(find "$RUN_HOME" -mindepth 1 \( -type f -o -type l \) | grep -v -E '/\.cache/avery-nxr/|/\.local/share/avery-nxr/' || true)
  [ -z "$rest" ] || fail ".run uninstall left:$rest"
  RUN_OK=true
  say ".run: installed, ran, uninstalled; nothing left outside user data"
fi

python3 - "$OUT" "$DEB" "$INSTALL_S" "$DOCTOR_NOLOAD_S" "$DOCTOR_S" "$NEW_S" "$PROMPT_S" "$GUI_S" "$RUN_OK" "$NEW2_S" "$USER_OK" <<'PY'
import json, sys
out, deb, inst, dnl, dl, new, prompt, gui, run_ok, new2, user_ok = sys.argv[1:]
turn = json.load(open(f"{out}/turn.json"))
report = {
    "deb": deb, "install_s": float(inst),
    "cold_start_doctor_no_load_s": float(dnl), "doctor_with_model_load_s": float(dl),
    "offline_new_project_s": float(new), "offline_second_new_project_s": float(new2), "offline_first_prompt_process_s": float(prompt),
    "first_turn_timings_ms": turn.get("timings"), "first_turn_outcome": turn.get("outcome"), "first_turn_plan": turn.get("plan"),
    "gui_window_ready_s": None if gui == "null" else float(gui),
    "run_installer_ok": run_ok == "true", "normal_user_turn_ok": user_ok == "true",
    "remaining_user_data": open(f"{out}/remaining.txt").read().splitlines(),
}
json.dump(report, open(f"{out}/report.json", "w"), indent=2)
print(json.dumps(report, indent=2))
PY
say "OK"
