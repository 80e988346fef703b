import helmet from 'helmet';

/**
 * Security headers. The map needs no network by default, so images come only from this
 * origin and data: URIs; a configured tile server's origin is added explicitly.
 */
export function securityHeaders(tileUrl: string | null) {
  const imgSrc = ["'self'", 'data:', 'blob:'];
  if (tileUrl) imgSrc.push(tileOrigins(tileUrl));
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'img-src': imgSrc,
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'connect-src': ["'self'"],
        'upgrade-insecure-requests': null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
}

/** `https://{s}.tile.example.com/{z}/{x}/{y}.png` → `https://*.tile.example.com`. */
export function tileOrigins(tileUrl: string): string {
  const url = new URL(tileUrl.replace(/\{s\}/g, 'subdomain-placeholder').replace(/\{[a-z]+\}/g, '0'));
  const host = url.host.replace('subdomain-placeholder', '*');
  return `${url.protocol}//${host}`;
}
