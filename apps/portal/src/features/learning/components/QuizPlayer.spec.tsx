import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QuizPlayer } from './QuizPlayer';

type Completion = {
  passed: boolean;
  score: number;
  feedback: { questionId: string; correct: boolean; explanation: string | null }[];
} | null;

function quiz(myCompletion: Completion = null) {
  return {
    __typename: 'Module' as const,
    id: 'm1',
    kind: 'QUIZ' as const,
    passingScore: 70,
    questions: [
      { __typename: 'QuizQuestion' as const, id: 'q1', prompt: 'First question?', choices: ['Alpha', 'Beta'] },
      { __typename: 'QuizQuestion' as const, id: 'q2', prompt: 'Second question?', choices: ['Gamma', 'Delta', 'Epsilon'] },
    ],
    myCompletion: myCompletion && {
      __typename: 'ModuleCompletion' as const,
      id: 'c1',
      ...myCompletion,
      feedback: myCompletion.feedback.map((item) => ({ __typename: 'AnswerFeedback' as const, ...item })),
    },
  };
}

describe('QuizPlayer', () => {
  it('sends the chosen index of every question, in order, once all are answered', async () => {
    const onSubmit = vi.fn().mockResolvedValue({});
    render(<QuizPlayer module={quiz()} submitting={false} onSubmit={onSubmit} />);
    const submit = screen.getByRole('button', { name: 'Submit answers' });
    expect(submit).toBeDisabled();
    expect(screen.getByText('2 left to answer')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('radio', { name: 'Beta' }));
    await userEvent.click(screen.getByRole('radio', { name: 'Epsilon' }));
    expect(submit).toBeEnabled();
    await userEvent.click(submit);
    expect(onSubmit).toHaveBeenCalledWith([1, 2]);
  });

  it('shows a failed attempt with per-question feedback and lets the learner try again', async () => {
    const failed = quiz({
      passed: false,
      score: 50,
      feedback: [
        { questionId: 'q1', correct: true, explanation: 'Alpha is the classic.' },
        { questionId: 'q2', correct: false, explanation: null },
      ],
    });
    render(<QuizPlayer module={failed} submitting={false} onSubmit={vi.fn()} />);
    expect(screen.getByText('50% — not quite there yet')).toBeInTheDocument();
    expect(screen.getByText('Right')).toBeInTheDocument();
    expect(screen.getByText('Not right')).toBeInTheDocument();
    expect(screen.getByText('Alpha is the classic.')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Gamma' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('radio', { name: 'Gamma' })).toBeEnabled();
    expect(screen.queryByText('Not right')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Submit answers' })).toBeDisabled();
  });

  it('shows a pass without offering a retry', () => {
    render(<QuizPlayer module={quiz({ passed: true, score: 100, feedback: [] })} submitting={false} onSubmit={vi.fn()} />);
    expect(screen.getByText('Passed with 100%')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('keeps the answers when the server refuses the attempt, and says why', async () => {
    const onSubmit = vi.fn().mockResolvedValue(null);
    const { rerender } = render(<QuizPlayer module={quiz()} submitting={false} onSubmit={onSubmit} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Alpha' }));
    await userEvent.click(screen.getByRole('radio', { name: 'Gamma' }));
    await userEvent.click(screen.getByRole('button', { name: 'Submit answers' }));
    rerender(<QuizPlayer module={quiz()} submitting={false} error="Could not reach Laurels." onSubmit={onSubmit} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Could not reach Laurels.');
    expect(screen.getByRole('radio', { name: 'Alpha' })).toBeChecked();
  });
});
