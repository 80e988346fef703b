import { describe, expect, it } from 'vitest';
import { tileOrigins } from './security';

describe('the tile host allowed by the content security policy', () => {
  it('is the origin of the configured template, with subdomains as a wildcard', () => {
    expect(tileOrigins('https://{s}.tiles.example.gov.cn/{z}/{x}/{y}.png')).toBe('https://*.tiles.example.gov.cn');
    expect(tileOrigins('http://10.0.0.5:8080/tiles/{z}/{x}/{y}.png')).toBe('http://10.0.0.5:8080');
  });
});
