/**
 * The inline style sheet and script of index.html. The page loads nothing else: it must open from a
 * CI artefact or a file:// URL with no network. The script filters and sorts the results table
 * (outcome, block, text; the outcome tiles and block names set the filters) and unfolds hidden
 * identical lines in the side-by-side diffs; without it the page still shows everything but folds.
 */

/** The page's CSS. */
export const STYLE = `:root{--fg:#1f2328;--muted:#656d76;--line:#d0d7de;--soft:#f6f8fa;--ok:#1a7f37;--ok-bg:#dafbe1;--bad:#cf222e;--bad-bg:#ffebe9;
--warn:#9a6700;--warn-bg:#fff8c5;--x:#6e7781;--x-bg:#eaeef2;--del:#ffcecb;--ins:#abf2bc;--chg-l:#fff0ef;--chg-r:#eefbf1}
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);margin:0;padding:0 24px 48px}
h1{font-size:22px;margin:18px 0 4px;display:flex;align-items:center;gap:12px;flex-wrap:wrap}
h2{font-size:17px;margin:28px 0 8px;padding-bottom:4px;border-bottom:1px solid var(--line)}
h3{font-size:15px;margin:0 0 6px;display:flex;align-items:center;gap:8px;flex-wrap:wrap}
h4{font-size:13px;margin:14px 0 4px;font-weight:600}
code,pre,.sbs td,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px}
a{color:#0969da;text-decoration:none}a:hover{text-decoration:underline}
.muted,.sub{color:var(--muted)}.sub{margin:0 0 8px}
nav{position:sticky;top:0;background:#fff;border-bottom:1px solid var(--line);padding:6px 0;z-index:2;display:flex;gap:16px;flex-wrap:wrap}
.verdict{font-size:13px;font-weight:600;padding:2px 10px;border-radius:12px}
.verdict.green{background:var(--ok-bg);color:var(--ok)}.verdict.red{background:var(--bad-bg);color:var(--bad)}
.banner{border:1px solid;border-radius:6px;padding:8px 12px;margin:10px 0}.banner ul{margin:4px 0 0;padding-left:20px}
.banner.warn{background:var(--warn-bg);border-color:#d4a72c;color:#4d2d00}
.tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(128px,1fr));gap:8px;margin:12px 0}
.tile{display:block;border:1px solid var(--line);border-left-width:5px;border-radius:6px;padding:6px 10px;color:inherit}
.tile:hover{text-decoration:none;background:var(--soft)}.tile b{font-size:22px;display:block;font-variant-numeric:tabular-nums}
.tile span{font-size:11px;line-height:1.3;color:var(--muted);display:block;margin-top:2px}
.tile.t-ok{border-left-color:var(--ok)}.tile.t-x{border-left-color:var(--x)}.tile.t-bad{border-left-color:var(--bad)}
.tile.t-bad:not(.zero) b{color:var(--bad)}.tile.t-ok b{color:var(--ok)}
.tile.zero{opacity:.45;border-left-color:var(--line)}
table{border-collapse:collapse;margin:6px 0}
th,td{border:1px solid var(--line);padding:3px 8px;text-align:left;vertical-align:top}
th{background:var(--soft);font-weight:600;white-space:nowrap}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.total td{font-weight:600;background:var(--soft)}
.badge{display:inline-block;font:600 11px/1.6 system-ui,sans-serif;padding:0 7px;border-radius:10px;white-space:nowrap;letter-spacing:.02em}
.b-ok{background:var(--ok-bg);color:var(--ok)}.b-x{background:var(--x-bg);color:#424a53}.b-bad{background:var(--bad-bg);color:var(--bad)}
.c-REGRESSION{background:var(--bad);color:#fff}.c-FIXED{background:var(--ok);color:#fff}.c-STILL-FAILING{background:var(--warn-bg);color:var(--warn)}
.bar{display:flex;width:160px;height:10px;border-radius:3px;overflow:hidden;background:var(--x-bg)}
.bar span{display:block;height:100%}.bar .p{background:#2da44e}.bar .x{background:#afb8c1}.bar .u{background:var(--bad)}
.rate{display:flex;align-items:center;gap:8px;white-space:nowrap;font-variant-numeric:tabular-nums}
.filters{display:flex;gap:14px;align-items:center;flex-wrap:wrap;margin:8px 0;padding:8px 10px;background:var(--soft);border:1px solid var(--line);border-radius:6px}
.filters input[type=search]{width:280px}.filters button{cursor:pointer}
#results{width:100%}#results td:first-child,#results td:nth-child(3){white-space:nowrap}#results td.detail{color:var(--muted);max-width:640px}#results tr.unexp td.detail{color:var(--fg)}
#results th[data-sort]{cursor:pointer;user-select:none}#results th[data-sort]:hover{background:#eaeef2}
#results th[aria-sort=ascending]::after{content:" \\25B2";font-size:9px}#results th[aria-sort=descending]::after{content:" \\25BC";font-size:9px}
#results thead th{position:sticky;top:33px;z-index:1}
.case{border:1px solid var(--line);border-left:5px solid var(--bad);border-radius:6px;padding:10px 14px;margin:14px 0}
.case .detail{margin:2px 0 6px}.case .meta{color:var(--muted);margin:2px 0}
.index{columns:2 420px;padding-left:20px}
.sbs-wrap{overflow-x:auto}.sbs{width:100%;min-width:1280px;table-layout:fixed;margin:4px 0}.sbs col.c-ln{width:44px}
.sbs td{border:0;border-right:1px solid var(--line);padding:0 6px;white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.45}
.sbs th{font-family:system-ui,sans-serif}
.sbs td.ln{color:var(--muted);text-align:right;user-select:none;background:var(--soft);padding:0 6px 0 2px}
.sbs tr.k-changed td.l,.sbs tr.k-removed td.l{background:var(--chg-l)}.sbs tr.k-changed td.r,.sbs tr.k-added td.r{background:var(--chg-r)}
.sbs tr.k-changed td.ln,.sbs tr.k-removed td.ln,.sbs tr.k-added td.ln{color:var(--fg);font-weight:600}
.sbs td.none{background:repeating-linear-gradient(135deg,#f6f8fa 0 4px,#eaeef2 4px 8px)}
.sbs del{background:var(--del);text-decoration:none;border-radius:2px}.sbs ins{background:var(--ins);text-decoration:none;border-radius:2px}
.sbs tbody{border-top:1px solid var(--line)}.sbs .fold td{background:var(--soft);border-top:1px dashed var(--line);border-bottom:1px dashed var(--line);padding:1px 6px}
.sbs .fold button{font:12px system-ui,sans-serif;color:#0969da;background:none;border:0;cursor:pointer;padding:0}
.ws{color:var(--bad);font-weight:700}
.stat{font-weight:400;color:var(--muted);margin-left:8px}.side-l{color:var(--bad)}.side-r{color:var(--ok)}
.note{color:var(--warn);margin:4px 0}
.term{margin:10px 0 4px}.term code{padding:1px 5px;border-radius:4px}.term .l{background:var(--chg-l)}.term .r{background:var(--chg-r)}
pre{background:var(--soft);border:1px solid var(--line);border-radius:6px;padding:8px 10px;white-space:pre-wrap;overflow-wrap:anywhere;margin:4px 0}
.u-add{color:var(--ok)}.u-del{color:var(--bad)}.u-hunk{color:#8250df}.u-file{font-weight:700}
details>summary{cursor:pointer;color:#0969da;margin:4px 0}
tr.other td{color:var(--muted)}
.groups{width:100%}.groups code.sig,.case code.sig{background:var(--bad-bg);padding:1px 5px;border-radius:4px}
.groups .members{margin-top:4px;display:flex;flex-wrap:wrap;gap:4px 10px}
dl.repro{display:grid;grid-template-columns:max-content 1fr;gap:1px 12px;margin:6px 0;padding:6px 10px;background:var(--soft);border-radius:6px}
dl.repro dt{color:var(--muted)}dl.repro dd{margin:0}
dl.env{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:6px 0}dl.env dt{color:var(--muted)}dl.env dd{margin:0}
[hidden]{display:none!important}`;

/** The page's script (plain ES2020, no modules, nothing fetched). */
export const SCRIPT = `(()=>{
const $=(s)=>document.querySelector(s),$$=(s)=>Array.from(document.querySelectorAll(s));
const fo=$('#f-outcome'),fb=$('#f-block'),ft=$('#f-text'),count=$('#f-count'),body=$('#results tbody');
const rows=Array.from(body.rows);
function apply(){
  const o=fo.value,b=fb.value,t=ft.value.trim().toLowerCase();let n=0;
  for(const r of rows){
    const d=r.dataset;
    const ok=(o===''||(o==='unexpected'?d.expected==='false':o==='changed'?d.change!=='':d.outcome===o))
      &&(b===''||d.block===b)&&(t===''||r.textContent.toLowerCase().includes(t));
    r.hidden=!ok;if(ok)n++;
  }
  count.textContent=n===rows.length?'all '+n+' shown':n+' of '+rows.length+' shown';
}
fo.addEventListener('change',apply);fb.addEventListener('change',apply);ft.addEventListener('input',apply);
$('#f-clear').addEventListener('click',()=>{fo.value='';fb.value='';ft.value='';apply();});
for(const a of $$('[data-set-outcome]'))a.addEventListener('click',()=>{fo.value=a.dataset.setOutcome;fb.value='';ft.value='';apply();});
for(const a of $$('[data-set-block]'))a.addEventListener('click',()=>{fb.value=a.dataset.setBlock;fo.value='';ft.value='';apply();});
for(const th of $$('#results th[data-sort]'))th.addEventListener('click',()=>{
  const col=th.cellIndex,num=th.dataset.sort==='num',asc=th.getAttribute('aria-sort')!=='ascending';
  for(const h of $$('#results th'))h.removeAttribute('aria-sort');
  th.setAttribute('aria-sort',asc?'ascending':'descending');
  const key=(r)=>r.cells[col].dataset.v??r.cells[col].textContent;
  rows.sort((x,y)=>{const a=key(x),b=key(y);
    const c=num?Number(a)-Number(b):a<b?-1:a>b?1:0;
    return (asc?c:-c)||Number(x.dataset.i)-Number(y.dataset.i);});
  for(const r of rows)body.appendChild(r);
});
for(const b of $$('.sbs .fold button'))b.addEventListener('click',()=>{
  const fold=b.closest('tbody');fold.previousElementSibling.hidden=false;fold.remove();
});
apply();
})();`;
