// Debounce and throttle built on timers, driven by a scripted burst of events scheduled with
// setTimeout: debounce fires once after the burst settles, throttle fires at most once per window.

function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

function throttle<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  let blocked = false;
  let trailing: A | undefined;
  const release = () => {
    if (trailing) {
      const args = trailing;
      trailing = undefined;
      fn(...args);
      setTimeout(release, ms);
    } else blocked = false;
  };
  return (...args) => {
    if (blocked) {
      trailing = args;
      return;
    }
    blocked = true;
    fn(...args);
    setTimeout(release, ms);
  };
}

const out: string[] = [];
const search = debounce((q: string) => out.push(`search "${q}"`), 40);
const scroll = throttle((y: number) => out.push(`scroll to ${y}`), 50);

// Scripted from inside a timer callback: a burst of keystrokes 15ms apart, a pause, then one
// more keystroke; scroll events every 15ms.
setTimeout(() => {
  const keys = ["t", "ty", "typ", "type"];
  keys.forEach((q, i) => setTimeout(() => search(q), i * 15));
  setTimeout(() => search("typed"), 150);
  for (let i = 0; i <= 6; i++) setTimeout(() => scroll(i * 100), i * 15);
  setTimeout(() => {
    for (const line of out) console.log(line);
  }, 230);
}, 0);
