import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { CertificationCard } from './CertificationCard';

const DAY = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

const certification = (completedAt: string | null) => ({
  __typename: 'CertificationDefinition' as const,
  name: 'Customer Care Specialist',
  description: 'Listens first.',
  validityDays: 365,
  points: 150,
  requiredCourses: [
    {
      __typename: 'Course' as const,
      id: 'c1',
      title: 'Empathy',
      myEnrollment: completedAt
        ? { __typename: 'Enrollment' as const, id: 'e1', status: 'COMPLETED' as const, cycle: 1, completedAt }
        : null,
    },
    { __typename: 'Course' as const, id: 'c2', title: 'Listening', myEnrollment: null },
  ],
});

const award = (status: 'ACTIVE' | 'EXPIRING_SOON' | 'EXPIRED' | 'REVOKED', expiresInDays: number, revokedReason: string | null = null) => ({
  __typename: 'CertificationAward' as const,
  id: 'a1',
  status,
  issuedAt: inDays(expiresInDays - 365),
  expiresAt: inDays(expiresInDays),
  sequence: 1,
  revokedReason,
});

function renderCard(props: Parameters<typeof CertificationCard>[0]) {
  return render(
    <MockedProvider>
      <MemoryRouter>
        <CertificationCard {...props} />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('CertificationCard', () => {
  it('shows progress toward a certification not yet earned', () => {
    renderCard({ certification: certification(inDays(-3)), awards: [] });
    expect(screen.getByText('1 of 2 courses completed')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Certificate/ })).not.toBeInTheDocument();
  });

  it('warns when it expires soon and offers to take again the courses done before the renewal window', () => {
    renderCard({ certification: certification(inDays(-300)), awards: [award('EXPIRING_SOON', 12)] });
    expect(screen.getByText('Expiring soon')).toBeInTheDocument();
    expect(screen.getByText(/Expires in 12 days/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Take again' })).toBeInTheDocument();
  });

  it('does not offer to take again a course already redone inside the renewal window', () => {
    renderCard({ certification: certification(inDays(-2)), awards: [award('EXPIRING_SOON', 12)] });
    expect(screen.queryByRole('button', { name: 'Take again' })).not.toBeInTheDocument();
  });

  it('shows a revoked certification with its reason and no certificate', () => {
    renderCard({ certification: certification(inDays(-3)), awards: [award('REVOKED', 300, 'Shared answers')] });
    expect(screen.getByRole('alert')).toHaveTextContent('Revoked: Shared answers');
    expect(screen.queryByRole('link', { name: /Certificate/ })).not.toBeInTheDocument();
  });

  it('links an active certification to its certificate and verification page', () => {
    renderCard({ certification: certification(inDays(-3)), awards: [award('ACTIVE', 300)] });
    expect(screen.getByRole('link', { name: /Certificate/ })).toHaveAttribute('href', '/certificates/a1');
    expect(screen.getByRole('link', { name: /Verification link/ })).toHaveAttribute('href', '/verify/a1');
  });
});
