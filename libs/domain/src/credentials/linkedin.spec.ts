import { linkedInAddToProfileUrl } from './linkedin.js';

describe('linkedInAddToProfileUrl', () => {
  const base = {
    name: 'Complaint Handling & Recovery',
    organizationName: 'Northwind Support',
    issuedAt: new Date('2026-01-31T23:30:00Z'),
    certUrl: 'https://laurels.example/credentials/4b0c',
    certId: '4b0c',
  };

  it('opens the certification form filled with the name, issuer, issue month and the credential', () => {
    const url = new URL(linkedInAddToProfileUrl({ ...base, expiresAt: null }));
    expect(`${url.origin}${url.pathname}`).toBe('https://www.linkedin.com/profile/add');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      startTask: 'CERTIFICATION_NAME',
      name: 'Complaint Handling & Recovery',
      organizationName: 'Northwind Support',
      issueYear: '2026',
      issueMonth: '1',
      certUrl: 'https://laurels.example/credentials/4b0c',
      certId: '4b0c',
    });
  });

  it('adds the expiry month and year when the certification lapses', () => {
    const url = new URL(linkedInAddToProfileUrl({ ...base, expiresAt: new Date('2027-12-01T00:00:00Z') }));
    expect(url.searchParams.get('expirationYear')).toBe('2027');
    expect(url.searchParams.get('expirationMonth')).toBe('12');
  });
});
