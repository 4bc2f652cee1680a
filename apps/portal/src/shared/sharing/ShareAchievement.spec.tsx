import { render, screen } from '@testing-library/react';
import { ShareAchievement } from './ShareAchievement';

describe('ShareAchievement', () => {
  it('links to LinkedIn’s certification form with the credential, and to the credential’s picture', () => {
    render(
      <ShareAchievement
        credentialId="award-1"
        credentialUrl="https://laurels.example/credentials/award-1"
        name="Customer Hero"
        organizationName="Northwind Support"
        issuedAt="2026-11-20T10:00:00Z"
        expiresAt="2027-11-20T10:00:00Z"
      />,
    );
    const linkedIn = new URL(screen.getByRole('link', { name: 'Add to LinkedIn profile' }).getAttribute('href')!);
    expect(linkedIn.origin + linkedIn.pathname).toBe('https://www.linkedin.com/profile/add');
    expect(Object.fromEntries(linkedIn.searchParams)).toEqual({
      startTask: 'CERTIFICATION_NAME',
      name: 'Customer Hero',
      organizationName: 'Northwind Support',
      issueYear: '2026',
      issueMonth: '11',
      expirationYear: '2027',
      expirationMonth: '11',
      certUrl: 'https://laurels.example/credentials/award-1',
      certId: 'award-1',
    });
    const image = screen.getByRole('link', { name: 'Download image' });
    expect(image).toHaveAttribute('href', '/credentials/award-1/image.svg');
    expect(image).toHaveAttribute('download');
  });
});
