import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers. The map needs no network by default, so images come only from this
 * origin and data: URIs; a configured tile server's origin is added explicitly.
 */
export function securityHeaders(tileUrl: string | null): RequestHandler[] {
  const imgSrc = ["'self'", 'data:', 'blob:'];
  if (tileUrl) imgSrc.push(tileOrigins(tileUrl));
  const headers = helmet({
    // Strict-Transport-Security only means something over HTTPS (RFC 6797 §7.2): see below.
    strictTransportSecurity: false,
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'img-src': imgSrc,
        'script-src': ["'self'"],
        // Leaflet positions tiles and markers with style attributes; style elements and
        // stylesheets come only from this origin, so stored markup cannot restyle a page.
        'style-src': ["'self'", "'unsafe-inline'"],
        'style-src-elem': ["'self'"],
        'style-src-attr': ["'unsafe-inline'"],
        'font-src': ["'self'"],
        'connect-src': ["'self'"],
        'upgrade-insecure-requests': null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  const hsts = helmet.strictTransportSecurity({ maxAge: 365 * 24 * 60 * 60, includeSubDomains: true });
  const hstsOverHttps: RequestHandler = (request, response, next) => (request.secure ? hsts(request, response, next) : next());
  return [headers, hstsOverHttps];
}

/** `https://{s}.tile.example.com/{z}/{x}/{y}.png` → `https://*.tile.example.com`. */
export function tileOrigins(tileUrl: string): string {
  const url = new URL(tileUrl.replace(/\{s\}/g, 'subdomain-placeholder').replace(/\{[a-z]+\}/g, '0'));
  const host = url.host.replace('subdomain-placeholder', '*');
  return `${url.protocol}//${host}`;
}
