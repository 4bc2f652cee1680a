import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ImportCustomerFeedbackDocument } from '@/gql/graphql';
import { CsvImport } from './CsvImport';

const result = { data: { importCustomerFeedback: { __typename: 'FeedbackImportResult', imported: 2, skipped: 0, failed: [] } } };

function csvFile(lines: string[]): File {
  return new File([lines.join('\n')], 'ratings.csv', { type: 'text/csv' });
}

async function importFile(file: File, mocks: unknown[]) {
  render(
    <MockedProvider mocks={mocks as never}>
      <CsvImport />
    </MockedProvider>,
  );
  await userEvent.upload(screen.getByLabelText(/Choose a CSV export/), file);
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
});
