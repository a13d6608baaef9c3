-- wrk script: cycles GET requests over the story ids listed in the file named by WRK_IDS, under the path
-- prefix WRK_PREFIX (/api/stories/ or /stories/), and prints one summary line at the end.
local ids = {}
local prefix = os.getenv("WRK_PREFIX") or "/api/stories/"
for line in io.lines(os.getenv("WRK_IDS")) do
  if #line > 0 then ids[#ids + 1] = line end
end

local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("offset", counter * 7919)
end

local i = 0
function request()
  i = i + 1
  return wrk.format("GET", prefix .. ids[((i + (offset or 0)) % #ids) + 1])
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT requests=%d seconds=%.1f rps=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, errors))
end
