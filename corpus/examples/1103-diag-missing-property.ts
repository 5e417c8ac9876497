// Diagnostic (type error): TS2339 Property 'email' does not exist on type 'User' — must be rejected.
type User = { name: string; age: number };
const u: User = { name: "Ada", age: 36 };
console.log(u.name, u.email);
