import { useMutation, useQuery } from '@apollo/client/react';
import { Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { graphql } from '@/gql';
import type { ModuleKind } from '@/gql/graphql';
import { errorField, errorMessage } from '@/shared/apollo';
import { Alert, Button, FieldRow, FormActions, Loading, MarkdownField, SelectField, TextField } from '@/ui';
import { isScoredKind, moduleProblems, questionInputs, type ModuleDraft, type ModuleProblems } from './moduleDraft';
import { QuestionEditor, emptyQuestion, type DraftQuestion } from './QuestionEditor';
import styles from './ModuleForm.module.css';

const AddModuleMutation = graphql(`
  mutation AddModule($input: AddModuleInput!) {
    addModule(input: $input) {
      id
      position
    }
  }
`);

const UpdateModuleMutation = graphql(`
  mutation UpdateModule($input: UpdateModuleInput!) {
    updateModule(input: $input) {
      id
      title
      body
      points
      passingScore
      questions {
        id
      }
    }
  }
`);

const AnswerKeyQuery = graphql(`
  query AnswerKey($moduleId: ID!) {
    answerKey(moduleId: $moduleId) {
      id
      prompt
      choices
      answerIndex
      explanation
    }
  }
`);

const SERVER_FIELDS = ['title', 'body', 'points', 'passingScore', 'questions'];

interface ModuleFieldsProps {
  draft: ModuleDraft;
  onChange: (draft: ModuleDraft) => void;
  questions: DraftQuestion[];
  onQuestionsChange: (questions: DraftQuestion[]) => void;
  problems: ModuleProblems & { body?: string };
  /** Only a new module's kind can be chosen. */
  kindFixed: boolean;
}

/** A module's fields: the same editors to add one and to change one. */
function ModuleFields({ draft, onChange, questions, onQuestionsChange, problems, kindFixed }: ModuleFieldsProps) {
  const [preview, setPreview] = useState(false);
  const set = (name: keyof ModuleDraft) => (event: { target: { value: string } }) => onChange({ ...draft, [name]: event.target.value });
  const scenario = draft.kind === 'SCENARIO';
  return (
    <>
      <FieldRow>
        {!kindFixed && (
          <SelectField label="Kind" value={draft.kind} onChange={set('kind')}>
            <option value="LESSON">Lesson</option>
            <option value="VIDEO">Video page</option>
            <option value="QUIZ">Quiz</option>
            <option value="SCENARIO">Role-play scenario</option>
          </SelectField>
        )}
        <TextField label="Points" type="number" min={0} max={500} value={draft.points} onChange={set('points')} error={problems.points} />
      </FieldRow>
      <TextField label="Title" required maxLength={120} value={draft.title} onChange={set('title')} error={problems.title} />
      <MarkdownField
        label={scenario ? 'The situation (Markdown)' : 'Body (Markdown)'}
        preview={preview}
        onPreviewChange={setPreview}
        value={draft.body}
        onChange={set('body')}
        error={problems.body}
        rows={8}
        placeholder={'## Heading\n\nWrite the lesson here…'}
      />
      {isScoredKind(draft.kind) && (
        <>
          <TextField
            label="Passing score (%)"
            type="number"
            min={1}
            max={100}
            value={draft.passingScore}
            onChange={set('passingScore')}
            error={problems.passingScore}
          />
          <fieldset className={styles.questions}>
            <legend>{scenario ? 'Decision points' : 'Questions'}</legend>
            {problems.questions && <Alert>{problems.questions}</Alert>}
            {questions.map((question, index) => (
              <QuestionEditor
                key={question.key}
                index={index}
                noun={scenario ? 'Decision point' : 'Question'}
                question={question}
                onChange={(next) => onQuestionsChange(questions.map((q, i) => (i === index ? next : q)))}
                onRemove={questions.length > 1 ? () => onQuestionsChange(questions.filter((_, i) => i !== index)) : undefined}
              />
            ))}
            <Button
              variant="secondary"
              size="sm"
              icon={<Plus size={16} />}
              onClick={() => onQuestionsChange([...questions, emptyQuestion()])}
            >
              {scenario ? 'Add a decision point' : 'Add a question'}
            </Button>
          </fieldset>
        </>
      )}
    </>
  );
}

/** The browser's findings, then the server's about the field it names. */
function mergedProblems(checked: ModuleProblems, error: unknown): ModuleProblems & { body?: string } {
  const field = errorField(error);
  return { ...checked, ...(field && SERVER_FIELDS.includes(field) ? { [field]: errorMessage(error) } : {}) };
}

const BLANK: ModuleDraft = { title: '', kind: 'LESSON', body: '', points: '10', passingScore: '70' };

/** Appends a lesson, video, quiz or scenario to a course; quizzes get their questions and right answers here. */
export function AddModuleForm({ courseId }: { courseId: string }) {
  const [draft, setDraft] = useState(BLANK);
  const [questions, setQuestions] = useState<DraftQuestion[]>([emptyQuestion()]);
  const [checked, setChecked] = useState<ModuleProblems>({});
  const [added, setAdded] = useState<string | null>(null);
  const [addModule, { loading, error }] = useMutation(AddModuleMutation, { refetchQueries: ['StudioCourse'], awaitRefetchQueries: true });
  const scored = isScoredKind(draft.kind);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    const found = moduleProblems(draft, questions);
    setChecked(found);
    if (Object.keys(found).length > 0) return;
    const input = {
      courseId,
      title: draft.title.trim(),
      kind: draft.kind,
      body: draft.body,
      points: Number(draft.points),
      ...(scored ? { passingScore: Number(draft.passingScore), questions: questionInputs(questions) } : {}),
    };
    const result = await addModule({ variables: { input } }).catch(() => null);
    if (result?.data) {
      setAdded(`Added “${input.title}” as module ${result.data.addModule.position}.`);
      setDraft({ ...BLANK, kind: draft.kind });
      setQuestions([emptyQuestion()]);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      {added && <Alert tone="success">{added}</Alert>}
      {error && !SERVER_FIELDS.includes(errorField(error) ?? '') && <Alert>{errorMessage(error)}</Alert>}
      <ModuleFields
        draft={draft}
        onChange={setDraft}
        questions={questions}
        onQuestionsChange={setQuestions}
        problems={mergedProblems(checked, error)}
        kindFixed={false}
      />
      <Button type="submit" busy={loading} block>
        Add module
      </Button>
    </form>
  );
}

export interface EditableModule {
  readonly id: string;
  readonly title: string;
  readonly kind: ModuleKind;
  readonly body: string;
  readonly points: number;
  readonly passingScore?: number | null;
}

/** Changes a module in place; a quiz or scenario first loads its answer key, which only authors may read. */
export function EditModuleForm({ module, onDone }: { module: EditableModule; onDone: () => void }) {
  const scored = isScoredKind(module.kind);
  const answers = useQuery(AnswerKeyQuery, { variables: { moduleId: module.id }, skip: !scored, fetchPolicy: 'network-only' });
  if (scored && !answers.data) {
    return answers.error ? <Alert>{errorMessage(answers.error)}</Alert> : <Loading label="Loading the questions…" />;
  }
  const questions: DraftQuestion[] = (answers.data?.answerKey ?? []).map((question) => ({
    key: question.id,
    prompt: question.prompt,
    choices: [...question.choices],
    answerIndex: question.answerIndex,
    explanation: question.explanation ?? '',
  }));
  return <ModuleEditor module={module} initialQuestions={questions} onDone={onDone} />;
}

function ModuleEditor({
  module,
  initialQuestions,
  onDone,
}: {
  module: EditableModule;
  initialQuestions: DraftQuestion[];
  onDone: () => void;
}) {
  const [draft, setDraft] = useState<ModuleDraft>({
    title: module.title,
    kind: module.kind,
    body: module.body,
    points: String(module.points),
    passingScore: String(module.passingScore ?? 70),
  });
  const [questions, setQuestions] = useState(initialQuestions);
  const [checked, setChecked] = useState<ModuleProblems>({});
  const [update, { loading, error }] = useMutation(UpdateModuleMutation, { refetchQueries: ['StudioCourse'], awaitRefetchQueries: true });
  const scored = isScoredKind(module.kind);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = moduleProblems(draft, questions);
    setChecked(found);
    if (Object.keys(found).length > 0) return;
    const input = {
      moduleId: module.id,
      title: draft.title.trim(),
      body: draft.body,
      points: Number(draft.points),
      ...(scored ? { passingScore: Number(draft.passingScore), questions: questionInputs(questions) } : {}),
    };
    const result = await update({ variables: { input } }).catch(() => null);
    if (result?.data) onDone();
  };

  return (
    <form onSubmit={submit} noValidate aria-label={`Edit ${module.title}`}>
      {error && !SERVER_FIELDS.includes(errorField(error) ?? '') && <Alert>{errorMessage(error)}</Alert>}
      {scored && (
        <p className={styles.note}>Those who already passed it stay passed, whatever you change in its questions or passing score.</p>
      )}
      <ModuleFields
        draft={draft}
        onChange={setDraft}
        questions={questions}
        onQuestionsChange={setQuestions}
        problems={mergedProblems(checked, error)}
        kindFixed
      />
      <FormActions>
        <Button type="submit" busy={loading}>
          Save module
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </FormActions>
    </form>
  );
}
