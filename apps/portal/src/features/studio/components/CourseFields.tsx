import { FieldRow, TextAreaField, TextField } from '@/ui';
import type { CourseDraft, CourseProblems } from './courseDraft';

interface CourseFieldsProps {
  draft: CourseDraft;
  onChange: (draft: CourseDraft) => void;
  problems: CourseProblems;
  autoFocus?: boolean;
}

/** A course's title, summary, skills, minutes and completion bonus: the same fields to create and to edit it. */
export function CourseFields({ draft, onChange, problems, autoFocus }: CourseFieldsProps) {
  const set = (name: keyof CourseDraft) => (event: { target: { value: string } }) => onChange({ ...draft, [name]: event.target.value });
  return (
    <>
      <TextField
        label="Title"
        required
        maxLength={120}
        value={draft.title}
        onChange={set('title')}
        error={problems.title}
        autoFocus={autoFocus}
      />
      <TextAreaField label="Summary" prose required value={draft.summary} onChange={set('summary')} error={problems.summary} rows={3} />
      <TextField
        label="Skills"
        hint="Comma-separated, e.g. empathy, de-escalation"
        value={draft.skills}
        onChange={set('skills')}
        error={problems.skills}
      />
      <FieldRow>
        <TextField
          label="Estimated minutes"
          type="number"
          min={1}
          max={1000}
          value={draft.estimatedMinutes}
          onChange={set('estimatedMinutes')}
          error={problems.estimatedMinutes}
        />
        <TextField
          label="Completion bonus (points)"
          type="number"
          min={0}
          max={1000}
          value={draft.points}
          onChange={set('points')}
          error={problems.points}
        />
      </FieldRow>
    </>
  );
}
