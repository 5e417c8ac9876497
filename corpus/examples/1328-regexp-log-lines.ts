// Parsing log lines with named groups and summarising them.
const log = [
  "2024-01-02 10:00:01 INFO  [auth] user=alice login ok",
  "2024-01-02 10:00:05 WARN  [db] slow query ms=1250",
  "2024-01-02 10:01:00 ERROR [auth] user=bob bad password",
  "garbage line",
  "2024-01-02 10:02:30 INFO  [api] GET /items/42 200",
].join("\n");
const line = /^(?<date>\d{4}-\d{2}-\d{2}) (?<time>[\d:]+) (?<level>[A-Z]+)\s+\[(?<mod>\w+)\] (?<msg>.*)$/gm;
const counts: Record<string, number> = {};
for (const m of log.matchAll(line)) {
  const g = m.groups!;
  counts[g.level] = (counts[g.level] ?? 0) + 1;
  const kv = Object.fromEntries([...g.msg.matchAll(/(\w+)=(\w+)/g)].map((x) => [x[1], x[2]]));
  console.log(g.time, g.mod.padEnd(5), g.level.toLowerCase(), kv);
}
console.log(counts);
