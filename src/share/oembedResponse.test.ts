import { describe, expect, it } from 'vitest';
import { oembedResponse } from './oembedResponse';

describe('oembedResponse(appUrl, title)', () => {
  const response = oembedResponse('https://news.example/claimmap/', 'Aleppo, Idlib and Hama');

  it('is an oEmbed 1.0 rich response with the fields the spec requires', () => {
    expect(response).toMatchObject({ version: '1.0', type: 'rich', width: 640, height: 540, provider_name: 'claimmap' });
    expect(response.provider_url).toBe('https://news.example/claimmap/');
  });

  it("holds the default view's sandboxed iframe and the resize script, at the deployed address", () => {
    expect(response.html).toContain('src="https://news.example/claimmap/embed.html"');
    expect(response.html).toContain('sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"');
    expect(response.html).toContain('<script async src="https://news.example/claimmap/embed-resize.js"></script>');
    expect(response.html).toContain('height="540"');
  });

  it('refuses an address an oEmbed consumer could not use', () => {
    expect(() => oembedResponse('./', 't')).toThrow(/must be absolute http/);
    expect(() => oembedResponse('javascript:alert(1)', 't')).toThrow(/must be absolute http/);
  });
});
