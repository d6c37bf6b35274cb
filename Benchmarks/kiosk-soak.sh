#!/usr/bin/env bash
# Real-time soak of `jre-console kiosk` in tmux: random visitor input for a while, the
# process's resident memory (VmRSS) and open file descriptors sampled every few seconds,
# and the growth printed at the end. Also checks, at every sample, that the kiosk is still
# on screen (attract loop or a visitor's run), never at a shell prompt.
#
#   Benchmarks/kiosk-soak.sh [MINUTES] [SAMPLE_SECONDS]      (default 5 minutes, every 5 s)
#
# Uses JRE_CONSOLE_BINARY, else .build/debug/jre-console. Not part of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
minutes="${1:-5}"
every="${2:-5}"
binary="${JRE_CONSOLE_BINARY:-.build/debug/jre-console}"
[ -x "$binary" ] || { echo "kiosk-soak: no binary at $binary (build it, or set JRE_CONSOLE_BINARY)" >&2; exit 2; }
command -v tmux >/dev/null || { echo "kiosk-soak: tmux is needed" >&2; exit 2; }

work=$(mktemp -d)
socket="jre-soak-$$"
tmux_() { tmux -L "$socket" -f /dev/null "$@"; }
cleanup() {
  [ -n "${pid:-}" ] && kill -TERM "$pid" 2>/dev/null || true
  tmux_ kill-server 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

tmux_ new-session -d -s soak -x 100 -y 30 \
  -e TERM=screen -e LC_ALL=C.UTF-8 -e HOME="$work" -e SWIFT_BACKTRACE=interactive=no \
  "$(realpath "$binary") kiosk --idle 20 --session $work/session --lang fr; echo __SOAK_EXIT__; exec sh"
shell=$(tmux_ display-message -p -t soak '#{pane_pid}')
for _ in $(seq 100); do tmux_ capture-pane -p -t soak | grep -q "Simulation pédagogique" && break; sleep 0.1; done
pid=$(ps -o pid= --ppid "$shell" | tr -d ' ' | head -1)
[ -n "$pid" ] || { echo "kiosk-soak: the kiosk did not start" >&2; tmux_ capture-pane -p -t soak >&2; exit 1; }

keys=(Enter Enter Enter Escape j k n N p d w t + - b x X S q Q C-c C-z 'C-\' C-d C-s C-q F1 F5 F12 Tab BTab Up Down Left Right PageUp PageDown Home End Space / ? 1 2 a é)
sample() {
  local rss fds
  rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status")
  fds=$(ls "/proc/$pid/fd" | wc -l)
  echo "$rss $fds"
}
read -r rss0 fd0 < <(sample)
start=$(date +%s)
end=$((start + minutes * 60))
next=$((start + every))
samples=0; keys_sent=0; resizes=0; bad=0
printf '%8s %10s %5s  %s\n' "seconds" "VmRSS_kB" "fds" "screen"
printf '%8d %10d %5d  %s\n' 0 "$rss0" "$fd0" "start"
while [ "$(date +%s)" -lt "$end" ]; do
  # A burst of random keys, sometimes a resize, sometimes a pause long enough for the idle reset.
  case $((RANDOM % 40)) in
    0) tmux_ resize-window -t soak -x $((60 + RANDOM % 80)) -y $((20 + RANDOM % 25)); resizes=$((resizes + 1)) ;;
    1) sleep 22 ;;
    *) for _ in $(seq $((1 + RANDOM % 8))); do tmux_ send-keys -t soak "${keys[RANDOM % ${#keys[@]}]}"; keys_sent=$((keys_sent + 1)); done ;;
  esac
  sleep 0.0$((RANDOM % 10))
  if [ "$(date +%s)" -ge "$next" ]; then
    next=$(( $(date +%s) + every ))
    kill -0 "$pid" 2>/dev/null || { echo "kiosk-soak: the kiosk is gone" >&2; exit 1; }
    screen=$(tmux_ capture-pane -p -t soak)
    state="console"    # a visitor's console showing a message or the help overlay over the kiosk footer
    if grep -q "__SOAK_EXIT__" <<<"$screen"; then state="SHELL"; bad=$((bad + 1))
    elif grep -q "Appuyez sur une touche\|Press any key" <<<"$screen"; then state="attract"
    elif grep -q "Visite guidée · étape\|Guided tour · step" <<<"$screen"; then state="guided"
    elif grep -q "Exploration libre\|Free exploration\|Toujours là\|Still there" <<<"$screen"; then state="free play"
    elif grep -q "Langue · Language" <<<"$screen"; then state="welcome"
    elif grep -q "Terminal trop petit\|Terminal too small" <<<"$screen"; then state="too small"
    fi
    read -r rss fds < <(sample)
    samples=$((samples + 1))
    printf '%8d %10d %5d  %s\n' $(( $(date +%s) - start )) "$rss" "$fds" "$state"
    [ -z "${first_rss:-}" ] && [ $(( $(date +%s) - start )) -ge 60 ] && first_rss=$rss && first_fds=$fds
  fi
done
read -r rss1 fd1 < <(sample)
echo
echo "kiosk soak: ${minutes} min, ${keys_sent} keys, ${resizes} resizes, ${samples} samples, ${bad} samples at a shell prompt"
echo "VmRSS: start ${rss0} kB, after 1 min ${first_rss:-?} kB, end ${rss1} kB (growth after the first minute: $(( rss1 - ${first_rss:-$rss1} )) kB)"
echo "open fds: start ${fd0}, end ${fd1} (growth: $(( fd1 - fd0 )))"
[ "$bad" -eq 0 ]
