// A tiny Markdown-to-HTML converter built from replace calls.
function render(md: string): string {
  return md
    .split(/\n{2,}/)
    .map((block) => {
      const h = /^(#{1,6})\s+(.*)$/.exec(block);
      if (h) return `<h${h[1].length}>${inline(h[2])}</h${h[1].length}>`;
      if (/^[-*] /m.test(block)) return "<ul>" + block.split(/\n/).map((l) => `<li>${inline(l.replace(/^[-*] /, ""))}</li>`).join("") + "</ul>";
      return `<p>${inline(block.replace(/\n/g, " "))}</p>`;
    })
    .join("\n");
}
function inline(s: string): string {
  return s
    .replace(/&/g, "&amp;").replace(/</g, "&lt;")
    .replace(/\*\*(.+?)\*\*/g, "<b>$1</b>")
    .replace(/\*(.+?)\*/g, "<i>$1</i>")
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '<a href="$2">$1</a>');
}
console.log(render("# Title\n\nSome **bold** and *it* text\nwith `code` & <tags>.\n\n- one [link](http://x.y)\n- two\n\n## End"));
