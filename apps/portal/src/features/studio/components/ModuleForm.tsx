import { useMutation } from '@apollo/client/react';
import { Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { graphql } from '@/gql';
import type { ModuleKind } from '@/gql/graphql';
import { errorField, errorMessage } from '@/shared/apollo';
import { Alert, Button, FieldRow, MarkdownField, SelectField, TextField } from '@/ui';
import { QuestionEditor, emptyQuestion, type DraftQuestion } from './QuestionEditor';
import styles from './AddModuleForm.module.css';

const AddModuleMutation = graphql(`
  mutation AddModule($input: AddModuleInput!) {
    addModule(input: $input) {
      id
      position
    }
  }
`);

/** What is still missing from the questions, in words, or null when each is ready. */
function firstGap(questions: DraftQuestion[]): string | null {
  for (const [index, question] of questions.entries()) {
    if (!question.prompt.trim()) return `Question ${index + 1} needs a prompt.`;
    if (question.choices.some((choice) => !choice.trim())) return `Question ${index + 1} has an empty choice: fill it in or remove it.`;
  }
  return null;
}

const BLANK = { title: '', kind: 'LESSON' as ModuleKind, body: '', points: '10', passingScore: '70' };

/** Appends a lesson, video, quiz or scenario to a draft course; quizzes get their questions and right answers here. */
export function AddModuleForm({ courseId }: { courseId: string }) {
  const [form, setForm] = useState(BLANK);
  const [questions, setQuestions] = useState<DraftQuestion[]>([emptyQuestion()]);
  const [preview, setPreview] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const [incomplete, setIncomplete] = useState<string | null>(null);
  const [addModule, { loading, error }] = useMutation(AddModuleMutation, { refetchQueries: ['StudioCourse'], awaitRefetchQueries: true });
  const scored = form.kind === 'QUIZ' || form.kind === 'SCENARIO';
  const field = errorField(error);
  const problem = (name: string) => (field === name ? errorMessage(error) : null);
  const set = (name: keyof typeof BLANK) => (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    const gap = scored ? firstGap(questions) : null;
    setIncomplete(gap);
    if (gap) return;
    const input = {
      courseId,
      title: form.title,
      kind: form.kind,
      body: form.body,
      points: Number(form.points),
      ...(scored
        ? {
            passingScore: Number(form.passingScore),
            questions: questions.map((question) => ({
              prompt: question.prompt,
              choices: question.choices,
              answerIndex: question.answerIndex,
              explanation: question.explanation.trim() || null,
            })),
          }
        : {}),
    };
    const result = await addModule({ variables: { input } }).catch(() => null);
    if (result?.data) {
      setAdded(`Added “${form.title}” as module ${result.data.addModule.position}.`);
      setForm({ ...BLANK, kind: form.kind });
      setQuestions([emptyQuestion()]);
      setPreview(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      {added && <Alert tone="success">{added}</Alert>}
      {incomplete && <Alert>{incomplete}</Alert>}
      {error && !['title', 'body', 'points', 'passingScore'].includes(field ?? '') && <Alert>{errorMessage(error)}</Alert>}
      <FieldRow>
        <SelectField label="Kind" value={form.kind} onChange={set('kind')}>
          <option value="LESSON">Lesson</option>
          <option value="VIDEO">Video page</option>
          <option value="QUIZ">Quiz</option>
          <option value="SCENARIO">Role-play scenario</option>
        </SelectField>
        <TextField label="Points" type="number" min={0} value={form.points} onChange={set('points')} error={problem('points')} />
      </FieldRow>
      <TextField label="Title" required value={form.title} onChange={set('title')} error={problem('title')} />
      <MarkdownField
        label={form.kind === 'SCENARIO' ? 'The situation (Markdown)' : 'Body (Markdown)'}
        preview={preview}
        onPreviewChange={setPreview}
        value={form.body}
        onChange={set('body')}
        error={problem('body')}
        rows={8}
        placeholder={'## Heading\n\nWrite the lesson here…'}
      />
      {scored && (
        <>
          <TextField
            label="Passing score (%)"
            type="number"
            min={1}
            max={100}
            value={form.passingScore}
            onChange={set('passingScore')}
            error={problem('passingScore')}
          />
          <fieldset className={styles.questions}>
            <legend>{form.kind === 'SCENARIO' ? 'Decision points' : 'Questions'}</legend>
            {questions.map((question, index) => (
              <QuestionEditor
                key={question.key}
                index={index}
                question={question}
                onChange={(next) => setQuestions(questions.map((q, i) => (i === index ? next : q)))}
                onRemove={questions.length > 1 ? () => setQuestions(questions.filter((_, i) => i !== index)) : undefined}
              />
            ))}
            <Button variant="secondary" size="sm" icon={<Plus size={16} />} onClick={() => setQuestions([...questions, emptyQuestion()])}>
              Add a question
            </Button>
          </fieldset>
        </>
      )}
      <Button type="submit" busy={loading} block>
        Add module
      </Button>
    </form>
  );
}
