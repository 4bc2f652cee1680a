import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { AssignCourseDocument, AssignLearningPathDocument } from '@/gql/graphql';
import { AssignForm } from './AssignForm';

describe('AssignForm', () => {
  it('shows only the latest attempt’s outcome: a course that failed, then a path that worked', async () => {
    const target = { teamId: 't1', dueAt: null, note: null };
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: AssignCourseDocument, variables: { input: { courseId: 'c1', ...target } } },
            result: { errors: [new GraphQLError('“Escalations” is not published yet', { extensions: { code: 'BAD_USER_INPUT', field: 'courseId' } })] },
          },
          {
            request: { query: AssignLearningPathDocument, variables: { input: { pathId: 'p1', ...target } } },
            result: { data: { assignLearningPath: [{ __typename: 'Assignment', id: 'a1' }, { __typename: 'Assignment', id: 'a2' }] } },
          },
        ]}
      >
        <AssignForm teamId="t1" members={[]} courses={[{ id: 'c1', title: 'Escalations' }]} paths={[{ id: 'p1', title: 'Onboarding' }]} />
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
});
