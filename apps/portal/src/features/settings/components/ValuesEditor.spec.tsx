import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { SetOrganizationValuesDocument } from '@/gql/graphql';
import { ValuesEditor } from './ValuesEditor';

const ORGANIZATION = { __typename: 'Organization' as const, id: 'org-1', values: ['Empathy', 'Ownership', 'Clarity'] };

function saves(values: string[], answer: { values: string[] } | { error: string }) {
  return {
    request: { query: SetOrganizationValuesDocument, variables: { values } },
    result:
      'error' in answer
        ? { errors: [new GraphQLError(answer.error, { extensions: { code: 'BAD_USER_INPUT', field: 'values' } })] }
        : { data: { setOrganizationValues: { __typename: 'Organization', id: 'org-1', values: answer.values } } },
  };
}

function renderEditor(mocks: unknown[] = []) {
  return render(
    <MockedProvider mocks={mocks as never}>
      <ValuesEditor organization={ORGANIZATION} />
    </MockedProvider>,
  );
}

const chips = () =>
  within(screen.getByRole('list', { name: 'Company values' }))
    .getAllByRole('listitem')
    .map((chip) => chip.textContent);

describe('ValuesEditor', () => {
  it('shows the values as chips and saves nothing until something changes', () => {
    renderEditor();
    expect(chips()).toEqual(['Empathy', 'Ownership', 'Clarity']);
    expect(screen.getByRole('button', { name: 'Save values' })).toBeDisabled();
  });

  it('removes a chip, adds a value with Enter, and saves the new list', async () => {
    const user = userEvent.setup();
    renderEditor([saves(['Empathy', 'Clarity', 'Curiosity'], { values: ['Empathy', 'Clarity', 'Curiosity'] })]);
    await user.click(screen.getByRole('button', { name: 'Remove Ownership' }));
    await user.type(screen.getByLabelText('Add a value'), '  Curiosity {Enter}');
    expect(chips()).toEqual(['Empathy', 'Clarity', 'Curiosity']);
    expect(screen.getByLabelText('Add a value')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Save values' }));
    expect(await screen.findByText('Saved. Kudos can now be tagged with these values.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save values' })).toBeDisabled();
  });

  it('adds with the Add button too', async () => {
    const user = userEvent.setup();
    renderEditor();
    await user.type(screen.getByLabelText('Add a value'), 'Teamwork');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(chips()).toEqual(['Empathy', 'Ownership', 'Clarity', 'Teamwork']);
  });

  it('refuses a value already there in another case, by the API’s own rule, and says why beside the field', async () => {
    const user = userEvent.setup();
    renderEditor();
    await user.type(screen.getByLabelText('Add a value'), 'empathy{Enter}');
    expect(chips()).toEqual(['Empathy', 'Ownership', 'Clarity']);
    expect(screen.getByLabelText('Add a value')).toHaveAccessibleDescription('"empathy" is listed twice');
  });

  it('refuses a value longer than 40 characters', async () => {
    const user = userEvent.setup();
    renderEditor();
    await user.type(screen.getByLabelText('Add a value'), `${'x'.repeat(41)}{Enter}`);
    expect(chips()).toHaveLength(3);
    expect(screen.getByLabelText('Add a value')).toHaveAccessibleDescription('Each value must be 1 to 40 characters');
  });

  it('shows the server’s validation error next to the field and keeps the draft', async () => {
    const user = userEvent.setup();
    renderEditor([saves([], { error: 'give at least one company value' })]);
    for (const value of ['Empathy', 'Ownership', 'Clarity']) await user.click(screen.getByRole('button', { name: `Remove ${value}` }));
    expect(screen.getByText('No values yet: add at least one.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save values' }));
    const field = screen.getByLabelText('Add a value');
    expect(await screen.findByText('Give at least one company value')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Give at least one company value');
    // Editing again clears the server's complaint; Undo brings the saved values back.
    await user.click(screen.getByRole('button', { name: 'Undo changes' }));
    expect(chips()).toEqual(['Empathy', 'Ownership', 'Clarity']);
    expect(screen.queryByText('Give at least one company value')).not.toBeInTheDocument();
  });

  it('stops adding at twelve values', async () => {
    const user = userEvent.setup();
    renderEditor();
    for (let index = 4; index <= 12; index++) await user.type(screen.getByLabelText('Add a value'), `Value ${index}{Enter}`);
    expect(chips()).toHaveLength(12);
    expect(screen.getByLabelText('Add a value')).toBeDisabled();
    expect(screen.getByText('That makes 12: remove one to add another.')).toBeInTheDocument();
  });
});
