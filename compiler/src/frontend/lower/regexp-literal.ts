/**
 * Regular expression literals (ECMA-262 13.2.7.3): each evaluation creates a fresh RegExp from
 * %RegExp% (the `regExpCreate` intrinsic, the runtime compiling the pattern once per evaluation).
 *
 * Early errors are checked at build time, as Node reports them before running anything: a pattern
 * V8 rejects is a TSN9004 diagnostic carrying V8's SyntaxError message, taken from the RegExp of the
 * pinned Node that runs the compiler. Patterns that use what the runtime engine lacks (\p{...}
 * property escapes, the v flag) are TSN9002 diagnostics.
 */
import ts from 'typescript';
import type { Expr } from '../../ir/hir.ts';
import type { LowerContext } from './context.ts';
import { TSN_REGEXP_SYNTAX, TSN_UNSUPPORTED_LIBRARY } from '../diagnostics.ts';

/** The pattern and flags of a literal's source text `/pattern/flags`. */
export function splitRegExpLiteral(text: string): { pattern: string; flags: string } {
  const close = text.lastIndexOf('/');
  return { pattern: text.slice(1, close), flags: text.slice(close + 1) };
}

/** Whether `pattern` (read under u/v) uses a \p / \P property escape outside of an escaped backslash. */
function usesPropertyEscape(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] !== '\\') continue;
    const next = pattern[i + 1];
    if (next === 'p' || next === 'P') return true;
    i++;
  }
  return false;
}

export function lowerRegExpLiteral(ctx: LowerContext, node: ts.RegularExpressionLiteral): Expr {
  const { pattern, flags } = splitRegExpLiteral(node.text);
  try {
    new RegExp(pattern, flags);
  } catch (e) {
    return ctx.reject(node, TSN_REGEXP_SYNTAX, `SyntaxError: ${(e as Error).message}`);
  }
  if (flags.includes('v')) return ctx.unsupported(node, 'the RegExp v flag (class set notation)', TSN_UNSUPPORTED_LIBRARY);
  if (flags.includes('u') && usesPropertyEscape(pattern)) return ctx.unsupported(node, 'RegExp property escapes (\\p{...})', TSN_UNSUPPORTED_LIBRARY);
  return { kind: 'intrinsic', name: 'regExpCreate', args: [{ kind: 'string', value: pattern }, { kind: 'string', value: flags }] };
}
