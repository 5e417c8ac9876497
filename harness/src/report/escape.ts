/** Escaping for the markup reports (XML and HTML share the same rules). */

/**
 * `text` safe inside XML/HTML text or a double- or single-quoted attribute: `& < > " '` become
 * entities, and characters XML 1.0 forbids (C0 controls other than tab, newline and carriage return,
 * lone surrogates, U+FFFE/U+FFFF) become `\uXXXX` so the document stays well-formed.
 */
export function escapeMarkup(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
