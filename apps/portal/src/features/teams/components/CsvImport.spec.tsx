import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FeedbackImportTeamDocument, ImportCustomerFeedbackDocument } from '@/gql/graphql';
import { CsvImport } from './CsvImport';

const result = { data: { importCustomerFeedback: { __typename: 'FeedbackImportResult', imported: 2, skipped: 0, failed: [] } } };

/** Frontline Support: Omar and Priya. */
const team = {
  request: { query: FeedbackImportTeamDocument, variables: { id: 't1' } },
  result: {
    data: {
      team: {
        __typename: 'Team',
        id: 't1',
        name: 'Frontline Support',
        memberCount: 2,
        members: [
          { __typename: 'User', id: 'omar', email: 'omar@northwind.example' },
          { __typename: 'User', id: 'priya', email: 'Priya@northwind.example' },
        ],
      },
    },
  },
};

function csvFile(lines: string[]): File {
  return new File([lines.join('\n')], 'ratings.csv', { type: 'text/csv' });
}

function choose(file: File, mocks: unknown[]) {
  render(
    <MockedProvider mocks={[team, ...mocks] as never}>
      <CsvImport teamId="t1" />
    </MockedProvider>,
  );
  return userEvent.upload(screen.getByLabelText(/Choose a CSV export/), file);
}

async function importFile(file: File, mocks: unknown[]) {
  await choose(file, mocks);
  await userEvent.click(await screen.findByRole('button', { name: 'Import 2 ratings' }));
  expect(await screen.findByText(/Imported 2, skipped 0 already recorded/)).toBeInTheDocument();
}

describe('CsvImport', () => {
  it('does not send ratings without ticket ids twice: the button waits for another file', async () => {
    await importFile(csvFile(['Agent Email,Rating,Comment', 'omar@northwind.example,5,Kind and quick', 'priya@northwind.example,4,']), [
      {
        request: {
          query: ImportCustomerFeedbackDocument,
          variables: (variables: { input: { rows: { agentEmail: string; csat: number }[] } }) =>
            JSON.stringify(variables.input.rows.map((row) => [row.agentEmail, row.csat])) ===
            JSON.stringify([
              ['omar@northwind.example', 5],
              ['priya@northwind.example', 4],
            ]),
        },
        result,
      },
    ]);
    expect(screen.getByRole('button', { name: 'Import 2 ratings' })).toBeDisabled();
    expect(screen.getByText(/importing them again would record each one twice/)).toBeInTheDocument();
  });

  it('lets ratings with ticket ids be sent again: the server skips what it recorded', async () => {
    await importFile(csvFile(['Ticket ID,Agent Email,Rating', 'T-1,omar@northwind.example,5', 'T-2,priya@northwind.example,4']), [
      { request: { query: ImportCustomerFeedbackDocument, variables: () => true }, result, maxUsageCount: 2 },
    ]);
    expect(screen.getByRole('button', { name: 'Import 2 ratings' })).toBeEnabled();
  });

  it('checks the agents against the team before anything is sent, saying why a row is left out', async () => {
    await choose(
      csvFile([
        'Agent Email,Rating',
        'omar@northwind.example,5',
        'nobody@example.com,4',
        'lena@northwind.example,3',
        'PRIYA@northwind.example,9',
        'priya@northwind.example,4',
      ]),
      [],
    );
    expect(await screen.findByRole('button', { name: 'Import 2 ratings' })).toBeEnabled();
    expect(screen.getByText('3 with problems')).toBeInTheDocument();
    const reason = (row: number) => within(screen.getByRole('row', { name: new RegExp(`^${row} `) })).getAllByRole('cell')[1];
    expect(reason(2)).toHaveTextContent('OK');
    expect(reason(3)).toHaveTextContent('nobody@example.com is not a member of Frontline Support');
    expect(reason(4)).toHaveTextContent('lena@northwind.example is not a member of Frontline Support');
    expect(reason(5)).toHaveTextContent('CSAT “9” is not a whole number from 1 to 5');
    expect(reason(6)).toHaveTextContent('OK');
  });
});
