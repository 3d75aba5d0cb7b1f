/** Security headers on every answer; the API is never cached, the page gets a strict CSP. */
import type { RequestHandler } from 'express';

const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // bpmn-js and rjsf set inline styles.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** Sets nosniff, frame and referrer rules, a CSP, and no-store for /api. */
export function securityHeaders(secure: boolean): RequestHandler {
  return (req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    if (secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000');
    const api = req.path.startsWith('/api');
    res.setHeader('Content-Security-Policy', api ? API_CSP : PAGE_CSP);
    if (api) res.setHeader('Cache-Control', 'no-store');
    next();
  };
}
