// The bubble's markup and styles, inside a shadow root: host-page CSS cannot
// reach in, and ours cannot leak out. The custom element itself needs no
// styles: everything visible is a fixed-position child with `all:initial`, so
// even `* { all: unset !important }` on the host page cannot move or hide it.
// The dot and the badge sit on the page's side of the bubble (`side`), so the
// badge's "not available on this page", above the bubble, runs inwards.

export function drawBubble(side: string): ShadowRoot {
  const host = document.createElement('pst-livechat');
  const root = host.attachShadow({ mode: 'open' });
  const bottom = 'px + env(safe-area-inset-bottom,0px));';
  // One rule a line; each line ends in `\`, a line continuation: the string itself has no newlines.
  root.innerHTML = `<style>\
button,iframe{all:initial;position:fixed;${side}:16px;bottom:calc(16${bottom}z-index:2147483000}\
button{display:grid;place-items:center;width:56px;height:56px;border-radius:50%;background:var(--c,#0b4f8a);cursor:pointer;box-shadow:0 2px 8px #0006}\
button:focus-visible{outline:3px solid #f5a623;outline-offset:2px}\
svg{width:28px;fill:#fff}\
i,b{position:absolute;top:0;${side}:0;border-radius:9px;border:2px solid #fff;background:#80868b;min-width:10px;height:10px}\
[data-s="1"] i{background:#1e8e3e}\
[data-s="4"] i{background:#c5221f}\
b{top:auto;bottom:0;height:auto;padding:0 4px;background:#c5221f;color:#fff;font:700 12px system-ui}\
[data-s="5"] b{bottom:64px;white-space:nowrap}\
iframe{bottom:calc(84${bottom}width:min(380px,100vw - 32px);height:min(640px,100vh - 108px);border-radius:12px;box-shadow:0 4px 24px #0004;background:#fff}\
@media (max-width:639px){iframe{inset:0;width:100%;height:100%;border-radius:0}}\
[hidden]{display:none}</style>\
<button data-testid="chat-bubble" aria-expanded="false"><svg viewBox="0 0 24 24"><path d="M4 4h16v12H7l-3 3z"/></svg><i></i><b hidden></b></button>`;
  document.body.append(host);
  return root;
}
