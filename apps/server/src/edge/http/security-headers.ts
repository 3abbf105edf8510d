import type { RequestHandler, Response } from 'express';

/**
 * The Content-Security-Policy of both UIs. Vite builds them to external
 * scripts and stylesheets only, so nothing inline is allowed: an injected
 * `<script>` or `style` attribute does not run. `connect-src 'self'` also
 * covers Socket.IO's ws:/wss: to this host (CSP Level 3).
 */
function uiContentSecurityPolicy(frameAncestors: string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "connect-src 'self'",
    "img-src 'self' data: blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors.join(' ')}`,
  ].join('; ');
}

/**
 * A UI document's headers: no URL of ours in the Referer of requests leaving
 * it, and COOP keeps pages it did not open from holding a handle on its window.
 * Not on the demo pages: they stand for an office's website, whose referrer
 * the chat UI reads as the visitor's page.
 */
export function setUiHeaders(res: Response, frameAncestors: string[]): void {
  res.setHeader('Content-Security-Policy', uiContentSecurityPolicy(frameAncestors));
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
}

/** On every response: no MIME sniffing, so a JSON answer or a text is never run as a script or style. */
export const baseSecurityHeaders: RequestHandler = (_req, res, next) => {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  next();
};

/** The agent app is never framed (clickjacking); X-Frame-Options for browsers without frame-ancestors. */
export const agentAppHeaders: RequestHandler = (_req, res, next) => {
  setUiHeaders(res, ["'none'"]);
  res.setHeader('X-Frame-Options', 'DENY');
  next();
};
