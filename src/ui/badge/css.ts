/**
 * Badge styles, injected into the closed shadow root (shadow.ts) so the badge does not depend on
 * the content script's cssInjectionMode. Scoped by the shadow root; never touches the page.
 * The background sends it with the badge's strings (`badgeStrings`, key BADGE_CSS_KEY), so it
 * is not in the console content scripts; still written compactly (shared selectors, 8-digit hex
 * alpha). The font is the platform UI font, which covers CJK on Windows and macOS.
 */
export const BADGE_CSS = `.lp{position:fixed;z-index:2147483000;width:300px;max-height:60vh;overflow:auto;font:12px/1.4 system-ui,sans-serif;color:#1d2129;background:#fffffff5;border:1px solid #d0d5dc;border-radius:8px;box-shadow:0 4px 16px #0003}
.col{width:auto;max-width:320px}
.hd{display:flex;align-items:center;gap:6px;padding:4px 6px;border-bottom:1px solid #e3e6ea}
.col .hd{border:0}
.grip{flex:1;cursor:grab;touch-action:none;user-select:none}
.grip:active{cursor:grabbing}
.grip,.sum,.an{font-weight:600}
.grip,.rm,.eta{white-space:nowrap}
.sum{font-size:12px}
button{all:unset;cursor:pointer;width:18px;text-align:center;border-radius:4px;color:#5f6368;font-size:14px}
button:hover{background:#eef0f3}
:focus-visible{outline:2px solid #1558b0}
.bd{padding:4px 8px 6px}
.acc+.acc{margin-top:6px;border-top:1px solid #e3e6ea;padding-top:4px}
.lv,.eta,.th{color:#5f6368}
.th{font-size:11px}
.lv{word-break:keep-all}
.dl{font-variant-numeric:tabular-nums;margin:2px 0}
ul{list-style:none;margin:0;padding:0}
.it{display:grid;grid-template-columns:12px minmax(0,1fr) auto 4.2em;gap:4px;padding:2px 0;align-items:baseline}
.rm,.eta{text-align:right}
.lb{overflow-wrap:anywhere}
.eta{font-variant-numeric:tabular-nums}
.s-behind .rm,.s-behind .mk,.sum.s-behind{color:#b45309}
.s-unreachable_today .rm,.s-unreachable_today .eta,.s-unreachable_today .mk,.sum.s-unreachable_today{color:#a50e0e}
.s-on_track .rm,.s-on_track .mk,.sum.s-on_track{color:#1558b0}
.s-unread .rm,.s-unread .mk,.sum.s-unread{color:#8a4b00}
.s-unknown .rm{color:#5f6368;font-weight:400}
.dn{color:#137333}
.fr{color:#5f6368;font-size:11px;margin-top:2px}
.wn,.pv{color:#8a4b00;font-weight:600}
.mu{color:#5f6368;font-weight:400}
.un{margin-bottom:4px}
.ac{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin-top:2px}
.ac button,.pk button{width:auto;padding:1px 8px;border:1px solid #1558b0;color:#1558b0;font-size:12px}
.ac a{color:#1558b0}
.ov{position:fixed;inset:0;z-index:2147483001;cursor:crosshair}
.hl{position:fixed;z-index:2147483001;pointer-events:none;border:2px solid #1a73e8;background:#1a73e81f;border-radius:3px}
.tip,.pk{position:fixed;z-index:2147483002;font:12px/1.4 system-ui,sans-serif;color:#1d2129;background:#fff;border:1px solid #d0d5dc;border-radius:6px;padding:6px 8px;box-shadow:0 4px 16px #0003}
.tip{top:8px;left:50%;transform:translateX(-50%)}
.pk select{font:inherit;margin:0 4px}
.pk div{display:flex;gap:8px;margin-top:6px}
@media (prefers-color-scheme:dark){.lp{color:#e8eaed;background:#22252af5;border-color:#3a3e45}.hd,.acc+.acc{border-color:#3a3e45}button:hover{background:#34383e}button,.lv,.eta,.th,.mu,.fr,.s-unknown .rm{color:#bdc1c6}.s-behind .rm,.s-behind .mk,.sum.s-behind{color:#fcad70}.s-unreachable_today .rm,.s-unreachable_today .eta,.s-unreachable_today .mk,.sum.s-unreachable_today{color:#f28b82}.s-on_track .rm,.s-on_track .mk,.sum.s-on_track,.ac a,.ac button{color:#8ab4f8;border-color:#8ab4f8}.s-unread .rm,.s-unread .mk,.sum.s-unread,.wn,.pv{color:#fdd663}.dn{color:#81c995}}`;
