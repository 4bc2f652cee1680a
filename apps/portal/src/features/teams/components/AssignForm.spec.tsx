import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { AssignCourseDocument, AssignLearningPathDocument } from '@/gql/graphql';
import { peopleFound, person } from '@/test/people';
import { dateInputValue } from '@/ui';
import { AssignForm } from './AssignForm';

describe('AssignForm', () => {
  it('shows only the latest attempt’s outcome: a course that failed, then a path that worked', async () => {
    const target = { teamId: 't1', dueAt: null, note: null };
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: AssignCourseDocument, variables: { input: { courseId: 'c1', ...target } } },
            result: {
              errors: [
                new GraphQLError('“Escalations” is not published yet', { extensions: { code: 'BAD_USER_INPUT', field: 'courseId' } }),
              ],
            },
          },
          {
            request: { query: AssignLearningPathDocument, variables: { input: { pathId: 'p1', ...target } } },
            result: {
              data: {
                assignLearningPath: [
                  { __typename: 'Assignment', id: 'a1' },
                  { __typename: 'Assignment', id: 'a2' },
                ],
              },
            },
          },
        ]}
      >
        <AssignForm teamId="t1" courses={[{ id: 'c1', title: 'Escalations' }]} paths={[{ id: 'p1', title: 'Onboarding' }]} />
      </MockedProvider>,
    );
    const what = screen.getByLabelText('Course or learning path');

    await userEvent.selectOptions(what, 'course:c1');
    await userEvent.click(screen.getByRole('button', { name: 'Assign' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('“Escalations” is not published yet');

    await userEvent.selectOptions(what, 'path:p1');
    await userEvent.click(screen.getByRole('button', { name: 'Assign' }));
    expect(await screen.findByText('Assigned: 2 assignments created or updated.')).toBeInTheDocument();
    expect(screen.queryByText('“Escalations” is not published yet')).toBeNull();
  });

  it('assigns to people chosen by searching the team, not by listing it', async () => {
    const leo = person('leo', 'Leo Martins', 'Frontline Support');
    const priya = person('priya', 'Priya Shah', 'Frontline Support');
    render(
      <MockedProvider
        mocks={[
          peopleFound({ search: '', teamId: 't1' }, [leo, priya], true),
          peopleFound({ search: 'pri', teamId: 't1' }, [priya]),
          {
            request: { query: AssignCourseDocument, variables: { input: { courseId: 'c1', userIds: ['priya'], dueAt: null, note: null } } },
            result: { data: { assignCourse: [{ __typename: 'Assignment', id: 'a1' }] } },
          },
        ]}
      >
        <AssignForm teamId="t1" courses={[{ id: 'c1', title: 'Escalations' }]} paths={[]} />
      </MockedProvider>,
    );
    await userEvent.selectOptions(screen.getByLabelText('Course or learning path'), 'course:c1');
    await userEvent.click(screen.getByLabelText('Chosen people'));
    expect(screen.getByRole('button', { name: 'Assign' })).toBeDisabled();
    const people = screen.getByRole('combobox', { name: 'People' });
    await userEvent.click(people);
    expect(await screen.findByText('More match: type more of the name to narrow them down.')).toBeInTheDocument();
    await userEvent.type(people, 'pri');
    await waitFor(() =>
      expect(
        within(screen.getByRole('listbox'))
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['Priya ShahFrontline Support']),
    );
    await userEvent.keyboard('{Enter}');
    await userEvent.click(screen.getByRole('button', { name: 'Assign' }));
    expect(await screen.findByText('Assigned: 1 assignment created or updated.')).toBeInTheDocument();
  });

  it('offers days from today on, and says a past day is too early without asking the server', async () => {
    render(
      <MockedProvider mocks={[]}>
        <AssignForm teamId="t1" courses={[{ id: 'c1', title: 'Escalations' }]} paths={[]} />
      </MockedProvider>,
    );
    const due = screen.getByLabelText('Due date');
    expect(due).toHaveAttribute('min', dateInputValue());
    await userEvent.selectOptions(screen.getByLabelText('Course or learning path'), 'course:c1');
    await userEvent.type(due, '2020-01-31');
    await userEvent.click(screen.getByRole('button', { name: 'Assign' }));
    expect(due).toHaveAccessibleDescription('Choose today or a later day');
    expect(due).toHaveAttribute('aria-invalid', 'true');
  });
});
