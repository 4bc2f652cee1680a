import type { BadgeTier } from '../badges/badge-rules.js';

/** An icon as drawing instructions on a 24 × 24 grid: [element, attributes] pairs (the shape icon sets publish). */
export type IconNode = readonly (readonly [string, Readonly<Record<string, string | number>>])[];

/** The tier colours of the portal's medallion, light to dark; certifications take the brand's green. */
const COLOURS: Record<BadgeTier | 'CERTIFICATION', readonly [string, string]> = {
  BRONZE: ['#f3c9a0', '#b8733d'],
  SILVER: ['#f4f6f8', '#9aa5b1'],
  GOLD: ['#fff1b8', '#d69e2e'],
  PLATINUM: ['#f0f7ff', '#5b6f94'],
  CERTIFICATION: ['#dcfce7', '#15803d'],
};

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (character) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[character]!);

/** Only plain drawing elements and attributes of an icon reach the picture: no scripts, no event handlers. */
const DRAWN = /^(path|circle|rect|line|polyline|polygon|ellipse)$/;
const ATTRIBUTE = /^[a-z][a-z-]*$/;

function drawIcon(icon: IconNode | string): string {
  if (typeof icon === 'string') {
    return `<text x="100" y="100" font-size="88" text-anchor="middle" dominant-baseline="central">${escapeXml(icon)}</text>`;
  }
  const elements = icon
    .filter(([element]) => DRAWN.test(element))
    .map(([element, attributes]) => {
      const written = Object.entries(attributes)
        .filter(([name]) => ATTRIBUTE.test(name) && name !== 'key' && !name.startsWith('on'))
        .map(([name, value]) => `${name}="${escapeXml(String(value))}"`)
        .join(' ');
      return `<${element} ${written}/>`;
    })
    .join('');
  return `<g transform="translate(52 52) scale(4)" fill="none" stroke="#281c08" stroke-opacity="0.82" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${elements}</g>`;
}

/**
 * A badge or certification drawn as the portal draws it, for wallets that show the credential:
 * a medal in its tier's colours (a certification's in green) with its icon in the middle.
 * Self-contained SVG, no scripts, no fonts needed unless the icon is an emoji.
 */
export function achievementImageSvg(input: {
  readonly name: string;
  readonly tier: BadgeTier | null;
  readonly icon: IconNode | string;
}): string {
  const [light, dark] = COLOURS[input.tier ?? 'CERTIFICATION'];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200" width="200" height="200" role="img">`,
    `<title>${escapeXml(input.name)}</title>`,
    `<defs><radialGradient id="medal" cx="30%" cy="25%" r="80%"><stop offset="0" stop-color="${light}"/><stop offset="0.7" stop-color="${dark}"/></radialGradient></defs>`,
    `<circle cx="100" cy="100" r="96" fill="url(#medal)"/>`,
    `<circle cx="100" cy="100" r="86" fill="none" stroke="#ffffff" stroke-opacity="0.55" stroke-width="8"/>`,
    drawIcon(input.icon),
    `</svg>`,
  ].join('');
}

/** An SVG as a data: URI, percent-encoded so that any text in it survives. */
export function svgDataUri(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** The SVG a data: URI made by `svgDataUri` holds, or null when the URI is not such a picture. */
export function svgFromDataUri(uri: string): string | null {
  const prefix = 'data:image/svg+xml;charset=utf-8,';
  if (!uri.startsWith(prefix)) return null;
  try {
    return decodeURIComponent(uri.slice(prefix.length));
  } catch {
    return null;
  }
}
