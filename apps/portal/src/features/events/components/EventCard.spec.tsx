import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { PeoplePickerDocument, type EventCard_EventFragment } from '@/gql/graphql';
import { EventCard } from './EventCard';

const START = new Date('2026-12-07T10:00:00.000Z');
const event: EventCard_EventFragment = {
  __typename: 'LearningEvent',
  id: 'e1',
  kind: 'KNOWLEDGE_SHARE',
  title: 'Calming an escalated caller',
  description: 'Three calls that taught Hannah most',
  startsAt: START.toISOString(),
  endsAt: new Date(START.getTime() + 60 * 60 * 1000).toISOString(),
  location: 'Room 2',
  skills: ['empathy'],
  points: 20,
  hostPoints: 50,
  status: 'PUBLISHED',
  goingCount: 3,
  viewerGoing: false,
  attendanceRecorded: false,
  hosts: [{ __typename: 'User', id: 'host', displayName: 'Hannah Kim' }],
  attended: [],
  createdBy: { __typename: 'User', id: 'manager', displayName: 'Jordan Lee' },
};

/** The attendance form's people picker asks for the first page of the directory. */
const directory = {
  request: { query: PeoplePickerDocument, variables: { search: '' } },
  result: { data: { people: { __typename: 'UserConnection', nodes: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false } } } },
  maxUsageCount: 5,
};

function renderCard(props: { event?: EventCard_EventFragment; viewerId?: string; manages?: boolean; now: Date }) {
  return render(
    <MockedProvider mocks={[directory]}>
      <MemoryRouter>
        <EventCard event={props.event ?? event} viewerId={props.viewerId ?? 'someone'} manages={props.manages ?? false} now={props.now} />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('EventCard', () => {
  it('offers an RSVP before the event and no attendance form', () => {
    renderCard({ viewerId: 'host', now: new Date(START.getTime() - 60_000) });
    expect(screen.getByRole('button', { name: 'I’m going' })).toBeInTheDocument();
    expect(screen.getByText(/3 people going/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record attendance' })).not.toBeInTheDocument();
  });

  it('lets a host record attendance once the event has started, but not a colleague who does not host', () => {
    const now = new Date(START.getTime() + 2 * 60 * 60 * 1000);
    const { unmount } = renderCard({ viewerId: 'host', now });
    expect(screen.getByRole('button', { name: 'Record attendance' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'I’m going' })).not.toBeInTheDocument();
    unmount();
    renderCard({ viewerId: 'colleague', now });
    expect(screen.queryByRole('button', { name: 'Record attendance' })).not.toBeInTheDocument();
  });

  it('shows a proposal as awaiting approval, with Publish and Decline for a manager and no RSVP', () => {
    renderCard({
      event: { ...event, status: 'PENDING', createdBy: { __typename: 'User', id: 'priya', displayName: 'Priya Shah' } },
      manages: true,
      viewerId: 'maya',
      now: new Date(START.getTime() - 60_000),
    });
    expect(screen.getByText('Awaiting approval')).toBeInTheDocument();
    expect(screen.getByText('Proposed by Priya Shah')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Publish' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'I’m going' })).not.toBeInTheDocument();
  });
});
