/**
 * Badge styles, injected by createShadowRootUi's `css` option so the badge does not depend on
 * the content script's cssInjectionMode. Scoped by the shadow root; never touches the page.
 * Written compactly (shared selectors, 8-digit hex alpha) because it ships in every console
 * content script; the font is the platform UI font, which covers CJK on Windows and macOS.
 */
export const BADGE_CSS = `.lp{position:fixed;z-index:2147483000;width:260px;max-height:60vh;overflow:auto;font:12px/1.4 system-ui,sans-serif;color:#1d2129;background:#fffffff5;border:1px solid #d0d5dc;border-radius:8px;box-shadow:0 4px 16px #0003}
.col{width:auto;max-width:260px}
.hd{display:flex;align-items:center;gap:6px;padding:4px 6px;border-bottom:1px solid #e3e6ea}
.col .hd{border:0}
.grip{flex:1;cursor:grab;touch-action:none;user-select:none}
.grip:active{cursor:grabbing}
.grip,.sum,.an{font-weight:600}
.grip,.sum,.rm,.eta,.lb{white-space:nowrap}
button{all:unset;cursor:pointer;width:18px;text-align:center;border-radius:4px;color:#6b7280;font-size:14px}
button:hover{background:#eef0f3}
:focus-visible{outline:2px solid #1a73e8}
.bd{padding:4px 8px 6px}
.acc+.acc{margin-top:6px;border-top:1px solid #e3e6ea;padding-top:4px}
.lv,.eta{color:#6b7280}
.lv{word-break:keep-all}
ul{list-style:none;margin:0;padding:0}
.it{display:grid;grid-template-columns:1fr auto auto;gap:6px;padding:2px 0;align-items:baseline}
.lb{overflow:hidden;text-overflow:ellipsis}
.eta{font-variant-numeric:tabular-nums}
.s-behind .rm,.s-unreachable_today .eta,.sum{color:#d93025}
.s-on_track .rm{color:#1a73e8}
.s-unknown .rm{color:#9aa0a6;font-weight:400}
.dn{color:#188038}
.fr{color:#9aa0a6;font-size:11px;margin-top:2px}
.wn,.pv{color:#b06000;font-weight:600}
.mu{color:#6b7280;font-weight:400}
.un{margin-bottom:4px}
.ac{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin-top:2px}
.ac button,.pk button{width:auto;padding:1px 8px;border:1px solid #1a73e8;color:#1a73e8;font-size:12px}
.ac a{color:#1a73e8}
.ov{position:fixed;inset:0;z-index:2147483001;cursor:crosshair}
.hl{position:fixed;z-index:2147483001;pointer-events:none;border:2px solid #1a73e8;background:#1a73e81f;border-radius:3px}
.tip,.pk{position:fixed;z-index:2147483002;font:12px/1.4 system-ui,sans-serif;color:#1d2129;background:#fff;border:1px solid #d0d5dc;border-radius:6px;padding:6px 8px;box-shadow:0 4px 16px #0003}
.tip{top:8px;left:50%;transform:translateX(-50%)}
.pk select{font:inherit;margin:0 4px}
.pk div{display:flex;gap:8px;margin-top:6px}
@media (prefers-color-scheme:dark){.lp{color:#e8eaed;background:#22252af5;border-color:#3a3e45}.hd,.acc+.acc{border-color:#3a3e45}button:hover{background:#34383e}.s-behind .rm,.s-unreachable_today .eta,.sum{color:#f28b82}.s-on_track .rm{color:#8ab4f8}.dn{color:#81c995}.wn,.pv{color:#fdd663}}`;
