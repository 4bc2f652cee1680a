import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '@/gql';
import { errorField, errorMessage } from '@/shared/apollo';
import { Alert, Button, Card, Choice, FieldGroup, FieldRow, FormActions, TextAreaField, TextField } from '@/ui';
import styles from './NewCertificationForm.module.css';

const CertificationCoursesQuery = graphql(`
  query CertificationCourses {
    courses(status: PUBLISHED) {
      id
      title
    }
  }
`);

const CreateCertificationMutation = graphql(`
  mutation CreateCertification($input: CreateCertificationInput!) {
    createCertification(input: $input) {
      id
    }
  }
`);

/** Admins define a certification: the courses it takes, how long it lasts, what it is worth. */
export function NewCertificationForm({ onDone }: { onDone: () => void }) {
  const courses = useQuery(CertificationCoursesQuery);
  const [form, setForm] = useState({ name: '', description: '', validityDays: '365', points: '100' });
  const [required, setRequired] = useState<string[]>([]);
  const [create, { loading, error }] = useMutation(CreateCertificationMutation, {
    refetchQueries: ['Certifications'],
    awaitRefetchQueries: true,
  });
  const field = errorField(error);
  const problem = (name: string) => (field === name ? errorMessage(error) : null);
  const set = (name: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value });
  const toggle = (id: string) => setRequired(required.includes(id) ? required.filter((course) => course !== id) : [...required, id]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      name: form.name,
      description: form.description,
      requiredCourseIds: required,
      validityDays: form.validityDays.trim() ? Number(form.validityDays) : null,
      points: Number(form.points),
    };
    if (await create({ variables: { input } }).catch(() => null)) onDone();
  };

  return (
    <Card className={styles.card}>
      <h2>New certification</h2>
      <form onSubmit={submit} noValidate>
        {error && !['name', 'description', 'validityDays', 'points'].includes(field ?? '') && <Alert>{errorMessage(error)}</Alert>}
        <TextField label="Name" value={form.name} onChange={set('name')} error={problem('name')} autoFocus />
        <TextAreaField
          label="What it certifies"
          rows={2}
          value={form.description}
          onChange={set('description')}
          error={problem('description')}
        />
        <FieldGroup legend="Required courses" boxed>
          {courses.data?.courses.map((course) => (
            <Choice
              key={course.id}
              type="checkbox"
              label={course.title}
              checked={required.includes(course.id)}
              onChange={() => toggle(course.id)}
            />
          ))}
        </FieldGroup>
        <FieldRow>
          <TextField
            label="Valid for (days)"
            type="number"
            min={1}
            hint="Leave empty if it never expires"
            value={form.validityDays}
            onChange={set('validityDays')}
            error={problem('validityDays')}
          />
          <TextField label="Points" type="number" min={0} value={form.points} onChange={set('points')} error={problem('points')} />
        </FieldRow>
        <FormActions>
          <Button type="submit" busy={loading} disabled={required.length === 0}>
            Create certification
          </Button>
          <Button variant="ghost" onClick={onDone}>
            Cancel
          </Button>
        </FormActions>
      </form>
    </Card>
  );
}
