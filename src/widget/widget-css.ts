/** The widget's styles, scoped by its Shadow DOM: nothing leaks into the host page, nothing leaks in. */
export const WIDGET_CSS = `
:host { all: initial; }
* { box-sizing: border-box; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", system-ui, sans-serif; }
.launcher { position: fixed; right: 20px; bottom: 20px; width: 56px; height: 56px; border-radius: 50%; border: 0;
  background: #1357b8; color: #fff; font-size: 22px; cursor: pointer; box-shadow: 0 4px 14px rgba(0,0,0,.25); z-index: 2147483000; }
.panel { position: fixed; right: 20px; bottom: 88px; width: 380px; max-width: calc(100vw - 24px); height: 560px;
  max-height: calc(100vh - 110px); background: #fff; color: #1d2433; border: 1px solid #d9dee7; border-radius: 12px;
  box-shadow: 0 10px 30px rgba(0,0,0,.2); display: flex; flex-direction: column; z-index: 2147483000; font-size: 15px; line-height: 1.6; }
.panel[hidden] { display: none; }
header { display: flex; align-items: center; justify-content: space-between; padding: 10px 14px; border-bottom: 1px solid #d9dee7; }
h2 { font-size: 16px; margin: 0; }
.close { background: none; border: 0; font-size: 22px; cursor: pointer; color: #1d2433; }
.log { flex: 1; overflow-y: auto; padding: 10px 14px; }
.q { background: #f3f6fb; border-radius: 8px; padding: 6px 10px; margin: 8px 0 4px auto; width: fit-content; max-width: 85%; }
.a { white-space: pre-line; border-left: 3px solid #1357b8; padding-left: 8px; margin: 4px 0; }
.a.refused { border-left-color: #8a4b00; }
.marker { display: inline-block; min-width: 1.3em; text-align: center; font-size: 11px; vertical-align: super;
  background: #1357b8; color: #fff; border-radius: 3px; text-decoration: none; margin: 0 1px; }
.card { border: 1px solid #d9dee7; border-radius: 8px; padding: 6px 10px; margin: 6px 0; font-size: 13px; }
.card a { color: #1357b8; }
blockquote { margin: 4px 0 0; color: #333a48; }
form { display: flex; gap: 8px; padding: 10px 14px; border-top: 1px solid #d9dee7; }
textarea { flex: 1; resize: none; border: 1px solid #8a93a3; border-radius: 6px; padding: 6px; font-size: 15px; color: #1d2433; }
form button { background: #1357b8; color: #fff; border: 0; border-radius: 6px; padding: 0 14px; cursor: pointer; font-size: 15px; }
form button:disabled { opacity: .55; }
button:focus-visible, textarea:focus-visible, a:focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }
.hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
@media (max-width: 480px) {
  .panel { right: 0; bottom: 0; width: 100vw; max-width: 100vw; height: 100vh; max-height: 100vh; border-radius: 0; }
  .launcher { right: 12px; bottom: 12px; }
}
`;
