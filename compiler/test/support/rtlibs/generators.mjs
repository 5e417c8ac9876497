// generators.mjs — the JavaScript generators that generators.c compiles by hand.
import util from 'node:util';
import { T } from './testlib.mjs';

let log = [];
function* counter(n) { let i = 0; while (i < n) { const sent = yield i; if (sent !== undefined) i += sent; i++; } return 'end'; }
function* cleanup() { try { yield 1; yield 2; } finally { log.push('finally'); yield 'from finally'; log.push('after'); } }
function* catcher() { let n = 0; while (true) { try { yield 'ready ' + n; } catch (e) { n++; yield 'caught ' + e; } } }
function* each(iterable) { for (const x of iterable) yield x; log.push('loop done'); }
let self;
function* reentrant() { return self.next(); }
function* boom() { yield 1; throw new Error('boom'); }
const anonymous = [function* () {}][0];

const steps = (g, n) => { const out = []; for (let i = 0; i < n; i++) out.push(g.next()); return out; };
const takeLog = () => { const l = log; log = []; return l; };
const protoOf = (v) => Object.getPrototypeOf(v);
const tagOf = (v) => Object.prototype.toString.call(v);
const makeSource = () => ({
  i: 0,
  next() { this.i = this.i + 1; return { value: this.i, done: this.i > 3 }; },
  return() { log.push('source closed'); return { value: undefined, done: true }; },
  [Symbol.iterator]() { return this; },
});
const consumeUntil = (gen, stop) => { const seen = []; for (const v of gen) { seen.push(v); if (v === stop) throw new Error('stop'); } return seen; };

T('counter', () => steps(counter(3), 5));
const c = counter(10);
T('counter sent', () => [c.next(), c.next(4), c.next(undefined), c.return('r'), c.next()]);
T('spread', () => [...counter(4)]);
T('return before start', () => [counter(3).return(7)]);
const thrown = counter(3);
T('throw before start', () => thrown.throw('early'));
T('after throw before start', () => thrown.next());
T('throw at yield', () => { const g = counter(3); g.next(); return g.throw('x'); });
T('return after done', () => { const g = counter(0); g.next(); return [g.return(5), g.next()]; });
T('throw after done', () => { const g = counter(0); g.next(); return g.throw(5); });

const g1 = cleanup();
T('finally on return', () => [g1.next(), g1.return('ret'), g1.next(), g1.next()]);
T('finally log', takeLog);
const g2 = cleanup();
T('finally on throw', () => [g2.next(), g2.next(), g2.throw('err')]);
T('finally rethrows', () => g2.next());
T('after rethrow', () => [g2.next(), takeLog()]);
const g3 = cleanup();
T('return inside finally', () => [g3.next(), g3.return(1), g3.return(2), g3.next(), takeLog()]);
T('finally normal', () => [steps(cleanup(), 4), takeLog()]);

const k = catcher();
T('catcher', () => [k.next(), k.throw('a'), k.next(), k.throw('b')]);
T('catcher uncaught', () => k.throw('c'));
T('catcher completed', () => [k.next(), k.return(1)]);

T('each', () => [[...each([1, 2])], takeLog()]);
T('each closes source on consumer throw', () => consumeUntil(each(makeSource()), 2));
T('each close log', takeLog);
T('each closes source on return', () => { const g = each(makeSource()); return [g.next(), g.return(9), takeLog()]; });
T('each closes source on throw', () => { const g = each(makeSource()); g.next(); return g.throw('t'); });
T('each throw log', takeLog);
T('each runs to end', () => [[...each(makeSource())], takeLog()]);
const e1 = each(makeSource()), e2 = each(makeSource());
T('interleaved', () => [e1.next(), e2.next(), e1.next(), e2.return(0), e1.next(), takeLog()]);

self = reentrant();
T('reentrant', () => self.next());
T('reentrant after', () => self.next());
const b = boom();
T('boom', () => b.next());
T('boom throws', () => b.next());
T('boom completed', () => b.next());

const gen = counter(1);
const gp = protoOf(protoOf(gen));
T('new', () => new counter());
T('inspect', () => [util.inspect(gen), util.inspect(counter), util.inspect(anonymous), util.inspect(gp), util.inspect(protoOf(counter))]);
T('tags', () => [tagOf(gen), tagOf(counter), tagOf(gp)]);
const ownKeys = (v) => [Object.getOwnPropertyNames(v), Object.getOwnPropertySymbols(v)];
T('own keys', () => [ownKeys(counter), ownKeys(counter.prototype), ownKeys(gp), ownKeys(protoOf(counter))]);
T('prototype descriptor', () => Object.getOwnPropertyDescriptor(counter, 'prototype'));
T('chains', () => [protoOf(gen) === counter.prototype, protoOf(counter).prototype === gp, protoOf(gp) === Iterator.prototype,
  protoOf(protoOf(counter)) === Function.prototype, gp.constructor === protoOf(counter), protoOf(protoOf(counter).constructor) === Function,
  protoOf(counter.prototype) === gp, protoOf(anonymous) === protoOf(counter)]);
T('GeneratorFunction', () => [protoOf(counter).constructor.name, protoOf(counter).constructor.length]);
T('methods', () => [gp.next.name, gp.next.length, gp.return.length, gp.throw.name]);
T('incompatible next', () => gp.next.call(new Object()));
T('incompatible return', () => gp.return.call(5));
T('incompatible throw', () => gp.throw.call([].values()));
T('helper next on generator', () => protoOf([].values().map((x) => x)).next.call(gen));
counter.prototype = 5;
T('non-object prototype', () => protoOf(counter(1)) === gp);
T('instanceof', () => boom() instanceof boom);
T('iterator helpers over a generator', () => each([1, 2, 3]).map((x) => x).take(2).toArray());
