/**
 * The did:web DID of a path under a public https URL, as the did:web method writes it: the host
 * (a port percent-encoded), then the URL's own path and the given segments, joined by colons.
 * It resolves to `<public URL>/<segments>/did.json`. Null when the URL is not https: did:web
 * is only defined over https.
 */
export function didWeb(publicUrl: string, segments: readonly string[]): string | null {
  const url = /^https:\/\/([^/?#]+)([^?#]*)/i.exec(publicUrl);
  if (!url) return null;
  const path = url[2]!.split('/').filter(Boolean);
  return ['did:web', encodeURIComponent(url[1]!.toLowerCase()), ...[...path, ...segments].map(encodeURIComponent)].join(':');
}
