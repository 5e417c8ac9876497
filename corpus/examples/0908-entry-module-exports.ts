// The entry module's own exports: nothing imports it, so `export { ... }` only names bindings and
// `export default <expression>` evaluates the expression once, in order.
const order: string[] = [];
function note(step: string): string {
  order.push(step);
  return step;
}
export const early = note("early");
export function declared(): string {
  return "hoisted";
}
export { order as steps, note };
export default note("default expression");
note("after default");
console.log(order.join(", "), declared());
export {};
