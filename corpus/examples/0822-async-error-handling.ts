// Error handling across await: errors thrown after an await reject the function's promise,
// try/catch catches awaited rejections, errors keep their class and cause through layers.

class HttpError extends Error {
  status: number;
  constructor(status: number, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "HttpError";
    this.status = status;
  }
}

const routes: Record<string, number> = { "/ok": 200, "/missing": 404, "/crash": 500 };

async function request(path: string): Promise<string> {
  await null;
  const status = routes[path];
  if (status === undefined) throw new TypeError(`no route for ${path}`);
  if (status >= 400) throw new HttpError(status, `GET ${path} failed`);
  return `body of ${path}`;
}

async function withContext(path: string): Promise<string> {
  try {
    return await request(path);
  } catch (e) {
    if (e instanceof HttpError && e.status === 404) return "fallback page";
    throw new Error(`while loading ${path}`, { cause: e });
  }
}

async function main(): Promise<void> {
  for (const path of ["/ok", "/missing", "/crash", "/nowhere"]) {
    try {
      console.log(`${path}: ${await withContext(path)}`);
    } catch (e) {
      const err = e as Error;
      const cause = err.cause as Error;
      const extra = cause instanceof HttpError ? ` status=${cause.status}` : "";
      console.log(`${path}: ${err.message} <- ${cause.name}: ${cause.message}${extra}`);
    }
  }
  const rejected = request("/crash");
  console.log("sync call did not throw:", rejected instanceof Promise);
  const reason = await rejected.then(() => null, (e: unknown) => e);
  console.log(reason instanceof HttpError, (reason as HttpError).status);
  const results = await Promise.allSettled(["/ok", "/crash"].map(withContext));
  console.log(results.map((r) => r.status));
}

main();
