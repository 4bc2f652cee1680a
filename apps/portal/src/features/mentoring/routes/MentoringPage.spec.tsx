import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { MentoringDocument } from '@/gql/graphql';
import { viewerAnswer } from '@/test/viewer';
import { MentoringPage } from './MentoringPage';

const person = (id: string, displayName: string) => ({ __typename: 'User' as const, id, displayName });

const mentorship = (id: string, mentor: ReturnType<typeof person>, mentee: ReturnType<typeof person>, sessions: object[] = []) => ({
  __typename: 'Mentorship' as const,
  id,
  goal: `Goal of ${id}`,
  status: 'ACTIVE',
  startedAt: '2026-11-01T09:00:00.000Z',
  endsAt: null,
  mentor,
  mentee,
  sessions,
});

function renderPage(answer: object, role: 'EMPLOYEE' | 'MANAGER' = 'EMPLOYEE') {
  render(
    <MockedProvider
      mocks={[viewerAnswer({ role }), { request: { query: MentoringDocument, variables: { teamId: null, withTeam: false } }, ...answer }]}
    >
      <MemoryRouter>
        <MentoringPage />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('MentoringPage', () => {
  it('shows a loading state, then says there are no mentorships yet', async () => {
    renderPage({ result: { data: { mentorships: [] } } });
    expect(screen.getByText('Loading mentorships…')).toBeInTheDocument();
    expect(await screen.findByText('No mentorships yet')).toBeInTheDocument();
    expect(screen.getByText(/Your manager pairs you with a mentor/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Pair people' })).not.toBeInTheDocument();
  });

  it('offers managers the pairing form', async () => {
    renderPage({ result: { data: { mentorships: [] } } }, 'MANAGER');
    expect(await screen.findByRole('button', { name: 'Pair people' })).toBeInTheDocument();
  });

  it('shows an error with a retry when the mentorships cannot load', async () => {
    renderPage({ result: { errors: [new GraphQLError('The database is resting')] } });
    expect(await screen.findByText('Mentorships could not load')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /try again/i })).toBeInTheDocument();
  });

  it('lists the viewer’s mentorships as mentor and as mentee, with sessions and the log form', async () => {
    const me = person('u1', 'Priya Shah');
    const session = {
      __typename: 'MentorshipSession',
      id: 's1',
      heldAt: '2026-11-03T10:00:00.000Z',
      minutes: 45,
      notes: 'Went through two hard calls',
      points: 20,
      loggedBy: me,
    };
    renderPage({
      result: {
        data: {
          mentorships: [mentorship('m1', me, person('u2', 'Leo Martins'), [session]), mentorship('m2', person('u3', 'Hannah Kim'), me)],
        },
      },
    });
    const asMentor = await screen.findByRole('region', { name: 'As mentor' });
    expect(within(asMentor).getByText('Goal of m1')).toBeInTheDocument();
    expect(within(asMentor).getByText('Went through two hard calls')).toBeInTheDocument();
    expect(within(asMentor).getByText('+20 points')).toBeInTheDocument();
    const asMentee = screen.getByRole('region', { name: 'As mentee' });
    expect(within(asMentee).getByText('Goal of m2')).toBeInTheDocument();
    expect(within(asMentee).getByText('No sessions logged yet.')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Log session' })).toHaveLength(2);
  });
});
