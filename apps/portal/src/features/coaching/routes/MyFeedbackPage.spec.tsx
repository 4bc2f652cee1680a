import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { AcknowledgeCoachingSessionDocument, FeedbackScoresDocument, MyFeedbackDocument } from '@/gql/graphql';
import { MyFeedbackPage } from './MyFeedbackPage';

const NOW = new Date('2026-12-07T12:00:00Z');
const FROM = new Date(NOW.getTime() - 30 * 24 * 60 * 60 * 1000).toISOString();
const me = { __typename: 'User', id: 'u1', team: { __typename: 'Team', id: 't1', name: 'Frontline' } };
const person = (id: string, displayName: string) => ({ __typename: 'User', id, displayName });

const session = {
  __typename: 'CoachingSession',
  id: 's1',
  status: 'OPEN',
  notes: 'Let us walk through the refund call together.',
  focusSkills: ['Empathy'],
  followUpAt: null,
  createdAt: '2026-12-06T12:00:00Z',
  employee: person('u1', 'Priya Shah'),
  coach: person('m1', 'Maya Patel'),
  feedback: [{ __typename: 'CustomerFeedback', id: 'f1', csat: 2, nps: 4, comment: 'Slow to answer' }],
  courses: [],
};

function page(data: object | Error) {
  return {
    request: { query: MyFeedbackDocument, variables: { first: 20 } },
    result:
      data instanceof Error
        ? { errors: [new GraphQLError(data.message)] }
        : { data: { me, myFeedback: [], coachingSessions: [], ...data } },
  };
}

const scores = {
  request: {
    query: FeedbackScoresDocument,
    variables: { userId: 'u1', teamId: 't1', hasTeam: true, from: FROM, to: NOW.toISOString() },
  },
  result: {
    data: {
      mine: { __typename: 'FeedbackSummary', responses: 6, averageCsat: 3.5, npsScore: 17 },
      team: { __typename: 'FeedbackSummary', responses: 40, averageCsat: 4.21, npsScore: 35 },
    },
  },
};

function renderPage(mocks: unknown[]) {
  return render(
    <MockedProvider mocks={mocks as never}>
      <MemoryRouter>
        <MyFeedbackPage />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('MyFeedbackPage', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it('shows my ratings and my 30-day scores beside my team’s, and lets me acknowledge an open coaching session', async () => {
    const acknowledge = {
      request: { query: AcknowledgeCoachingSessionDocument, variables: { sessionId: 's1' } },
      result: vi.fn(() => ({ data: { acknowledgeCoachingSession: { __typename: 'CoachingSession', id: 's1', status: 'ACKNOWLEDGED' } } })),
    };
    const feedback = {
      __typename: 'CustomerFeedback',
      id: 'f1',
      csat: 2,
      nps: 4,
      comment: 'Slow to answer',
      customerName: 'Dana',
      createdAt: '2026-12-05T12:00:00Z',
      cursor: 'c1',
    };
    renderPage([page({ myFeedback: [feedback], coachingSessions: [session] }), scores, acknowledge]);
    expect(await screen.findByText('CSAT 3.50')).toBeInTheDocument();
    expect(screen.getByText('NPS 35')).toBeInTheDocument();
    expect(screen.getByText('Let us walk through the refund call together.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Acknowledge' }));
    await waitFor(() => expect(acknowledge.result).toHaveBeenCalled());
  });

  it('says so when no customer has rated me yet', async () => {
    renderPage([page({}), scores]);
    expect(await screen.findByText('No feedback yet')).toBeInTheDocument();
    expect(screen.getByText('No coaching sessions.')).toBeInTheDocument();
  });

  it('shows a failed load in words, with a retry', async () => {
    renderPage([page(new Error('The server is down for maintenance'))]);
    expect(await screen.findByText('Your feedback could not load')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /try again/i })).toBeInTheDocument();
  });
});
