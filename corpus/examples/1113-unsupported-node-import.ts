// Diagnostic (unsupported construct): import of a Node builtin module ('node:fs') is valid TypeScript but not supported by the compiler — must be rejected.
import * as fs from "node:fs";
console.log(typeof fs.readFileSync);
