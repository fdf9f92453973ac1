#!/usr/bin/env bash
# Load test of the web sample: builds Release, starts the host (Production, a temporary SQLite file, logs at Warning)
# on a free loopback port, waits until it answers, runs the load client against it, stops the host, prints the results.
# Usage: benchmarks/web-load.sh [--duration 10] [--concurrency 32] [--site SZ-VK-01]   (passed to the load client)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build samples/PropertyService.Samples.Web -c Release -v quiet -nologo >/dev/null
dotnet build benchmarks/PropertyService.Samples.Web.LoadClient -c Release -v quiet -nologo >/dev/null

work=$(mktemp -d)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 5080)
url="http://127.0.0.1:$port"
web="$PWD"/samples/PropertyService.Samples.Web/bin/Release/net10.0
server=""
stop() {
  local rc=$?
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill "$server" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$server" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$server" 2>/dev/null || true
  fi
  rm -rf "$work"
  exit "$rc"
}
trap stop EXIT

ASPNETCORE_ENVIRONMENT=Production dotnet "$web/PropertyService.Samples.Web.dll" --contentRoot "$web" --urls "$url" \
  --Storage:SqlitePath="$work/service-center.db" --Logging:LogLevel:Default=Warning >"$work/server.log" 2>&1 &
server=$!

for i in $(seq 1 600); do
  if curl -fs -o /dev/null "$url/openapi/v1.json"; then break; fi
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; echo "the web host exited" >&2; exit 1; }
  [ "$i" -eq 600 ] && { cat "$work/server.log" >&2; echo "the web host did not answer within 60 s" >&2; exit 1; }
  sleep 0.1
done

echo "machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
set +e
dotnet benchmarks/PropertyService.Samples.Web.LoadClient/bin/Release/net10.0/PropertyService.Samples.Web.LoadClient.dll --url "$url" "$@"
rc=$?
set -e
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); database $(du -h "$work/service-center.db" | cut -f1)"
if grep -qiE 'fail|error|crit' "$work/server.log"; then
  echo "server log:"; tail -n 20 "$work/server.log"
fi
exit "$rc"
