-- wrk script: every request declares a new lot at bureau CIQ-NJ and asks for its decision.
-- Usage: wrk -t2 -c8 -d60s --latency -s benchmarks/decision-load/decide.lua http://localhost:8090 -- <token>
local threads = {}
local counter = 0

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  token = args[1]
  prefix = "W" .. os.time() .. "-" .. tid .. "-"
  origins = {"US", "VN", "TH", "CL", "NZ", "AU", "BR", "EC"}
end

function request()
  counter = counter + 1
  local body = string.format(
    '{"lotId":"%s%d","declaredAt":"%s","bureau":"CIQ-NJ","direction":"IMPORT","hsCode":"08%02d%04d00",' ..
    '"origin":"%s","consignee":"C%d","manufacturer":"M%d","quantity":100,"valueCny":5000}',
    prefix, counter, os.date("!%Y-%m-%d"), 10 + counter % 12, counter % 9000 + 1000,
    origins[counter % #origins + 1], counter % 3000, counter % 1500)
  return wrk.format("POST", "/api/v1/inspection/lots",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}, body)
end

function response(status, headers, body)
  if status ~= 200 then
    print("status " .. status .. ": " .. body)
  end
end
