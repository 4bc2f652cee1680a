import { CheckCircle2, XCircle } from 'lucide-react';
import { useRef, useState, type FormEvent } from 'react';
import { graphql } from '@/gql';
import type { QuizPlayer_ModuleFragment } from '@/gql/graphql';
import { questionCount } from '@/shared/courses/kind';
import { Alert, Button, Tag } from '@/ui';
import styles from './QuizPlayer.module.css';

export const QuizPlayerFragment = graphql(`
  fragment QuizPlayer_module on Module {
    id
    kind
    passingScore
    questions {
      id
      prompt
      choices
    }
    myCompletion {
      id
      passed
      score
      feedback {
        questionId
        correct
        explanation
      }
    }
  }
`);

interface QuizPlayerProps {
  module: QuizPlayer_ModuleFragment;
  submitting: boolean;
  error?: string | null;
  onSubmit: (answers: number[]) => Promise<unknown>;
}

/**
 * Answers a quiz or a role-play scenario. Scoring happens on the server: the
 * player only learns, after submitting, which answers were right.
 */
export function QuizPlayer({ module, submitting, error, onSubmit }: QuizPlayerProps) {
  const [answers, setAnswers] = useState<(number | null)[]>(() => module.questions.map(() => null));
  const [reviewing, setReviewing] = useState(Boolean(module.myCompletion));
  const attempt = reviewing ? module.myCompletion : null;
  const feedbackFor = (questionId: string) => attempt?.feedback.find((item) => item.questionId === questionId);
  const unanswered = answers.filter((answer) => answer === null).length;
  const scenario = module.kind === 'SCENARIO';
  const top = useRef<HTMLFormElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (unanswered > 0) return;
    const result = await onSubmit(answers as number[]);
    if (result) {
      setReviewing(true);
      top.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    }
  };

  const retry = () => {
    setAnswers(module.questions.map(() => null));
    setReviewing(false);
  };

  return (
    <form ref={top} onSubmit={submit} className={styles.quiz} aria-describedby="quiz-rule">
      <p id="quiz-rule" className={styles.rule}>
        {questionCount(module.kind, module.questions.length)} · pass with {module.passingScore}% or more
      </p>
      {attempt && (
        <div className={[styles.result, attempt.passed ? styles.passed : styles.failed].join(' ')} role="status">
          {attempt.passed ? <CheckCircle2 size={28} aria-hidden="true" /> : <XCircle size={28} aria-hidden="true" />}
          <div>
            <strong>{attempt.passed ? `Passed with ${attempt.score}%` : `${attempt.score}% — not quite there yet`}</strong>
            <span>
              {attempt.passed
                ? 'Well done. Review the explanations below.'
                : `You need ${module.passingScore}% to pass. Read the feedback and try again.`}
            </span>
          </div>
        </div>
      )}
      {error && <Alert>{error}</Alert>}
      <ol className={styles.questions}>
        {module.questions.map((question, index) => {
          const feedback = feedbackFor(question.id);
          return (
            <li key={question.id} className={styles.question}>
              <p className={styles.prompt}>
                <span className={styles.number}>{index + 1}</span>
                <span className={styles.promptText} id={`prompt-${question.id}`}>
                  {question.prompt}
                </span>
                {feedback && <Tag tone={feedback.correct ? 'success' : 'danger'}>{feedback.correct ? 'Right' : 'Not right'}</Tag>}
              </p>
              <div className={styles.choices} role="radiogroup" aria-labelledby={`prompt-${question.id}`}>
                {question.choices.map((choice, choiceIndex) => (
                  <label
                    key={choiceIndex}
                    className={[
                      styles.choice,
                      answers[index] === choiceIndex ? (feedback && !feedback.correct ? styles.chosenWrong : styles.chosen) : '',
                    ].join(' ')}
                  >
                    <input
                      type="radio"
                      name={question.id}
                      disabled={reviewing || submitting}
                      checked={answers[index] === choiceIndex}
                      onChange={() => setAnswers(answers.map((answer, i) => (i === index ? choiceIndex : answer)))}
                    />
                    <span>{choice}</span>
                  </label>
                ))}
              </div>
              {feedback?.explanation && <p className={styles.explanation}>{feedback.explanation}</p>}
            </li>
          );
        })}
      </ol>
      <div className={styles.actions}>
        {reviewing ? (
          !attempt?.passed && (
            <Button onClick={retry} size="lg">
              Try again
            </Button>
          )
        ) : (
          <>
            <Button type="submit" size="lg" busy={submitting} disabled={unanswered > 0}>
              {scenario ? 'Submit my decisions' : 'Submit answers'}
            </Button>
            {unanswered > 0 && <span className={styles.remaining}>{unanswered} left to answer</span>}
          </>
        )}
      </div>
    </form>
  );
}
