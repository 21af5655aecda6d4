#!/usr/bin/env bash
# A single-node Slurm cluster on this machine (Debian 12, root, no systemd), as CI runs it.
#
#   deploy/slurm/local-cluster.sh start <state folder>   # install if needed, start munge, slurmctld, slurmd
#   export SLURM_CONF=<state folder>/slurm.conf          # for sbatch, squeue, scontrol, sinfo
#   deploy/slurm/local-cluster.sh stop <state folder>    # stop what start started (by pid file)
#
# Installs Debian's slurm-wlm and munge with apt-get when slurmctld is missing. Ports are picked
# free at start, so two clusters (two CI runs) on one machine do not collide. Daemons are stopped
# by the pids in their pid files, never by name. Exit status: 0 ok; 1 with one line naming the
# step that failed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cmd=${1:-}
state=${2:-}
if [ -z "$cmd" ] || [ -z "$state" ]; then echo "usage: $0 start|stop <state folder>" >&2; exit 2; fi
fail() { echo "local-cluster: $*" >&2; exit 1; }

stop_pidfile() {
  local file=$1 pid
  [ -f "$file" ] || return 0
  pid=$(cat "$file")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

if [ "$cmd" = stop ]; then
  stop_pidfile "$state/slurmd.pid"
  stop_pidfile "$state/slurmctld.pid"
  stop_pidfile "$state/munged.pid"   # only present when start launched munged
  exit 0
fi
[ "$cmd" = start ] || fail "unknown command $cmd (start or stop)"
[ "$(id -u)" = 0 ] || fail "must run as root (installs packages, runs slurmd)"

if ! command -v slurmctld >/dev/null 2>&1 || ! command -v munged >/dev/null 2>&1; then
  echo "local-cluster: installing slurm-wlm and munge with apt-get"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge >/dev/null) \
    || fail "apt-get install slurm-wlm munge failed (network, or not Debian?)"
fi

mkdir -p "$state/ctld" "$state/slurmd"
state=$(cd "$state" && pwd)

# munge: reuse a running one, else start ours and remember its pid
if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
  mkdir -p /run/munge /etc/munge /var/lib/munge /var/log/munge
  chown munge:munge /run/munge /etc/munge /var/lib/munge /var/log/munge
  [ -f /etc/munge/munge.key ] || mungekey -c -f >/dev/null 2>&1 || fail "could not create /etc/munge/munge.key"
  chown munge:munge /etc/munge/munge.key && chmod 400 /etc/munge/munge.key
  su -s /bin/sh munge -c "/usr/sbin/munged --pid-file=$state/munged.pid" 2>/dev/null \
    || su -s /bin/sh munge -c /usr/sbin/munged || fail "munged did not start"
  [ -f "$state/munged.pid" ] || cp /run/munge/munged.pid "$state/munged.pid" 2>/dev/null || true
  for _ in $(seq 1 50); do munge -n 2>/dev/null | unmunge >/dev/null 2>&1 && break; sleep 0.1; done
  munge -n | unmunge >/dev/null 2>&1 || fail "munge does not answer (munge -n | unmunge)"
fi

free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
host=$(hostname -s)
cpus=$(nproc)
memory_mb=$(awk '/MemTotal/ { printf "%d", $2 / 1024 * 0.8 }' /proc/meminfo)
sed -e "s|@HOST@|$host|g" -e "s|@STATE@|$state|g" -e "s|@CPUS@|$cpus|g" -e "s|@MEMORY_MB@|$memory_mb|g" \
    -e "s|@CTLD_PORT@|$(free_port)|g" -e "s|@SLURMD_PORT@|$(free_port)|g" \
    "$here/slurm.conf.in" > "$state/slurm.conf"
export SLURM_CONF=$state/slurm.conf

slurmctld -f "$SLURM_CONF" || fail "slurmctld did not start (see $state/slurmctld.log)"
slurmd -f "$SLURM_CONF" || fail "slurmd did not start (see $state/slurmd.log)"
for _ in $(seq 1 600); do
  node_state=$(sinfo -h -N -o %T 2>/dev/null | head -1 || true)
  [ "$node_state" = idle ] && break
  sleep 0.1
done
[ "$node_state" = idle ] || fail "node $host is '${node_state:-unknown}', not idle, after 60 s (see $state/slurmctld.log and slurmd.log)"
echo "local-cluster: $host idle with $cpus CPUs; export SLURM_CONF=$SLURM_CONF"
