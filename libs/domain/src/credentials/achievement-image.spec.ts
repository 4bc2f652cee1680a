import { achievementImageSvg, svgDataUri, svgFromDataUri } from './achievement-image.js';

const award = [
  ['path', { d: 'm15.477 12.89 1.515 8.526' }],
  ['circle', { cx: '12', cy: '8', r: '6' }],
] as const;

describe('achievementImageSvg', () => {
  it('draws the icon inside a medal of the tier’s colours, titled with the name', () => {
    const svg = achievementImageSvg({ name: 'Customer Hero', tier: 'GOLD', icon: award });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<title>Customer Hero</title>');
    expect(svg).toContain('#d69e2e');
    expect(svg).toContain('<path d="m15.477 12.89 1.515 8.526"/>');
    expect(svg).toContain('<circle cx="12" cy="8" r="6"/>');
  });

  it('draws certifications in green, and an emoji icon as text', () => {
    const svg = achievementImageSvg({ name: 'Complaint Handling', tier: null, icon: '🎧' });
    expect(svg).toContain('#15803d');
    expect(svg).toContain('>🎧</text>');
  });

  it('escapes names and leaves out anything of an icon that is not a plain drawing', () => {
    const svg = achievementImageSvg({
      name: '<script>alert("x")</script> & co',
      tier: 'BRONZE',
      icon: [
        ['script', { src: 'evil.js' }],
        ['path', { d: '"/><script>', onload: 'x()', 'data:x': 'y' }],
      ],
    });
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(svg).toContain('<path d="&quot;/&gt;&lt;script&gt;"/>');
  });
});

describe('svgDataUri', () => {
  it('percent-encodes the picture so that it reads back whole', () => {
    const svg = achievementImageSvg({ name: 'Écoute “active”', tier: 'SILVER', icon: award });
    const uri = svgDataUri(svg);
    expect(uri).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
    expect(decodeURIComponent(uri.slice(uri.indexOf(',') + 1))).toBe(svg);
  });
});

describe('svgFromDataUri', () => {
  it('reads back the picture a data URI holds, and nothing from any other URI', () => {
    const svg = achievementImageSvg({ name: 'Écoute “active”', tier: 'GOLD', icon: award });
    expect(svgFromDataUri(svgDataUri(svg))).toBe(svg);
    expect(svgFromDataUri('https://example.com/badge.svg')).toBeNull();
    expect(svgFromDataUri('data:image/svg+xml;charset=utf-8,%E0%A4%A')).toBeNull();
  });
});
