import { didWeb } from './did-web.js';

describe('didWeb', () => {
  it('names a path under an https URL with colons, as the did:web method writes it', () => {
    expect(didWeb('https://laurels.example', ['issuers', 'o1'])).toBe('did:web:laurels.example:issuers:o1');
    expect(didWeb('https://laurels.example/', ['issuers', 'o1'])).toBe('did:web:laurels.example:issuers:o1');
  });

  it('keeps the URL’s own path and percent-encodes a port', () => {
    expect(didWeb('https://example.com:8443/laurels', ['issuers', 'o1'])).toBe('did:web:example.com%3A8443:laurels:issuers:o1');
  });

  it('has none for a URL that is not https', () => {
    expect(didWeb('http://localhost:3000', ['issuers', 'o1'])).toBeNull();
  });
});

describe('didWeb, from what PUBLIC_URL may hold', () => {
  it('lower-cases the host and ignores a query', () => {
    expect(didWeb('HTTPS://Laurels.Example/?x=1', ['issuers', 'o1'])).toBe('did:web:laurels.example:issuers:o1');
  });
});
