import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { viewerAnswer } from '@/test/viewer';
import { ManageTeamPage } from './ManageTeamPage';

describe('ManageTeamPage', () => {
  it('tells an employee it is for managers and admins, with the way back to the team, instead of an error', async () => {
    render(
      <MockedProvider mocks={[viewerAnswer({ role: 'EMPLOYEE' })]}>
        <MemoryRouter initialEntries={['/teams/t1/manage']}>
          <Routes>
            <Route path="/teams/:teamId/manage" element={<ManageTeamPage />} />
          </Routes>
        </MemoryRouter>
      </MockedProvider>,
    );
    expect(await screen.findByText('For managers and admins')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the team' })).toHaveAttribute('href', '/teams/t1');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
