-- wrk script for GET /api/my-account: a static GET with the bearer token in WRK_BEARER (no Lua
-- on the hot path), and the same machine-readable summary line as the peers' bench.lua.
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("WRK_BEARER") or "")

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'JSON {"requests":%d,"duration_us":%d,"rps":%.1f,"lat_p50_us":%d,"lat_p99_us":%d,' ..
    '"err_connect":%d,"err_read":%d,"err_write":%d,"err_status":%d,"err_timeout":%d}\n',
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(99),
    e.connect, e.read, e.write, e.status, e.timeout))
end
