import { Trash2, X } from 'lucide-react';
import { Button, TextField } from '@/ui';
import styles from './QuestionEditor.module.css';

export interface DraftQuestion {
  readonly key: string;
  readonly prompt: string;
  readonly choices: string[];
  readonly answerIndex: number;
  readonly explanation: string;
}

export function emptyQuestion(): DraftQuestion {
  return { key: crypto.randomUUID(), prompt: '', choices: ['', ''], answerIndex: 0, explanation: '' };
}

interface QuestionEditorProps {
  index: number;
  /** What the author calls it: "Question", or "Decision point" in a scenario. */
  noun?: string;
  question: DraftQuestion;
  onChange: (question: DraftQuestion) => void;
  onRemove?: () => void;
}

/** One question: its prompt, 2 to 6 choices, which one is right, and why. */
export function QuestionEditor({ index, noun = 'Question', question, onChange, onRemove }: QuestionEditorProps) {
  const setChoice = (at: number, value: string) =>
    onChange({ ...question, choices: question.choices.map((choice, i) => (i === at ? value : choice)) });
  const removeChoice = (at: number) =>
    onChange({
      ...question,
      choices: question.choices.filter((_, i) => i !== at),
      answerIndex: question.answerIndex === at ? 0 : question.answerIndex > at ? question.answerIndex - 1 : question.answerIndex,
    });
  return (
    <div className={styles.question}>
      <div className={styles.head}>
        <strong>
          {noun} {index + 1}
        </strong>
        {onRemove && (
          <Button
            variant="ghost"
            size="sm"
            icon={<Trash2 size={14} />}
            onClick={onRemove}
            aria-label={`Remove ${noun.toLowerCase()} ${index + 1}`}
          >
            Remove
          </Button>
        )}
      </div>
      <TextField label="Prompt" value={question.prompt} onChange={(event) => onChange({ ...question, prompt: event.target.value })} />
      <div role="radiogroup" aria-label={`Right answer to ${noun.toLowerCase()} ${index + 1}`} className={styles.choices}>
        <span className={styles.label}>Choices — select the right one</span>
        {question.choices.map((choice, at) => (
          <div key={at} className={styles.choice}>
            <input
              type="radio"
              name={`${question.key}-answer`}
              aria-label={`Choice ${at + 1} is the right answer`}
              checked={question.answerIndex === at}
              onChange={() => onChange({ ...question, answerIndex: at })}
            />
            <input
              className={styles.choiceText}
              aria-label={`Choice ${at + 1}`}
              value={choice}
              onChange={(event) => setChoice(at, event.target.value)}
              placeholder={`Choice ${at + 1}`}
            />
            {question.choices.length > 2 && (
              <button type="button" className={styles.remove} aria-label={`Remove choice ${at + 1}`} onClick={() => removeChoice(at)}>
                <X size={16} />
              </button>
            )}
          </div>
        ))}
        {question.choices.length < 6 && (
          <button type="button" className={styles.add} onClick={() => onChange({ ...question, choices: [...question.choices, ''] })}>
            + Add a choice
          </button>
        )}
      </div>
      <TextField
        label="Why it is right (optional)"
        value={question.explanation}
        onChange={(event) => onChange({ ...question, explanation: event.target.value })}
      />
    </div>
  );
}
