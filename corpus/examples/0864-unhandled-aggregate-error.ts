// An unhandled Promise.any failure: every mirror rejects, nobody catches, so the AggregateError
// (with its errors list) is printed on stderr and the process exits with code 1.

const mirrors = ["eu-1", "us-2", "ap-3"];

async function download(mirror: string): Promise<string> {
  await new Promise((r) => setTimeout(r, mirrors.indexOf(mirror) + 1));
  console.log(`${mirror}: connection refused`);
  throw new Error(`${mirror} refused`);
}

async function fetchPackage(name: string): Promise<string> {
  console.log(`fetching ${name} from ${mirrors.length} mirrors`);
  const body = await Promise.any(mirrors.map(download));
  return `${name}: ${body}`;
}

// A handled Promise.any first: one rejection is fine as long as something fulfils.
const cached = await Promise.any([Promise.reject(new Error("cache miss")), Promise.resolve("from cache")]);
console.log(`index lookup: ${cached}`);
fetchPackage("left-pad").then((r) => console.log(r));
