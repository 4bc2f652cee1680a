import { useMutation, useQuery } from '@apollo/client/react';
import { Lock, PenSquare, Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { graphql } from '@/gql';
import { errorField, errorMessage } from '@/shared/apollo';
import { QueryError } from '@/shared/QueryError';
import { canAuthor, useViewer } from '@/shared/viewer';
import { Alert, Button, Card, EmptyState, FormActions, ItemList, Loading, PageHeader, Tag, plural } from '@/ui';
import { CourseFields } from '../components/CourseFields';
import { BLANK_COURSE, courseInput, courseProblems, type CourseProblems } from '../components/courseDraft';
import styles from './StudioPage.module.css';

const StudioQuery = graphql(`
  query Studio {
    courses {
      id
      title
      status
      skills
      moduleCount
    }
  }
`);

const CreateCourseMutation = graphql(`
  mutation CreateCourse($input: CreateCourseInput!) {
    createCourse(input: $input) {
      id
    }
  }
`);

export function StudioPage() {
  const viewer = useViewer();
  if (viewer.data && !canAuthor(viewer.data.me.role)) {
    return (
      <EmptyState icon={<Lock size={26} />} title="For managers and admins">
        The course studio is where managers and admins write courses. Ask your manager if you would like to contribute one.
      </EmptyState>
    );
  }
  return <Studio />;
}

function Studio() {
  const { data, loading, error, refetch } = useQuery(StudioQuery);
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title="Course studio"
        subtitle="Write courses with lessons, quizzes and role-play scenarios, then publish them to everyone."
        actions={
          !creating && (
            <Button icon={<Plus size={18} />} onClick={() => setCreating(true)}>
              New course
            </Button>
          )
        }
      />
      {creating && <NewCourseForm onCancel={() => setCreating(false)} />}
      {loading && !data ? (
        <Loading label="Loading courses…" />
      ) : error && !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : data?.courses.length === 0 ? (
        <EmptyState
          icon={<PenSquare size={26} />}
          title="No courses yet"
          action={<Button onClick={() => setCreating(true)}>Write the first course</Button>}
        >
          Start with a short lesson and a quiz: you can publish as soon as it has one module.
        </EmptyState>
      ) : (
        <Card padded={false}>
          <ItemList links>
            {data?.courses.map((course) => (
              <li key={course.id}>
                <Link to={`/studio/courses/${course.id}`}>
                  <span className={styles.title}>{course.title}</span>
                  <span className={styles.meta}>{plural(course.moduleCount, 'module')}</span>
                  <Tag tone={course.status === 'PUBLISHED' ? 'success' : course.status === 'DRAFT' ? 'info' : 'neutral'}>
                    {course.status.toLowerCase()}
                  </Tag>
                </Link>
              </li>
            ))}
          </ItemList>
        </Card>
      )}
    </>
  );
}

function NewCourseForm({ onCancel }: { onCancel: () => void }) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState(BLANK_COURSE);
  const [checked, setChecked] = useState<CourseProblems>({});
  const [create, { loading, error }] = useMutation(CreateCourseMutation, { refetchQueries: ['Studio'] });
  const field = errorField(error);
  const problems: CourseProblems = { ...checked, ...(field ? { [field]: errorMessage(error) } : {}) };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = courseProblems(draft);
    setChecked(found);
    if (Object.keys(found).length > 0) return;
    const result = await create({ variables: { input: courseInput(draft) } }).catch(() => null);
    if (result?.data) navigate(`/studio/courses/${result.data.createCourse.id}`);
  };

  return (
    <Card className={styles.form}>
      <h2>New course</h2>
      <form onSubmit={submit} noValidate>
        {error && !field && <Alert>{errorMessage(error)}</Alert>}
        <CourseFields draft={draft} onChange={setDraft} problems={problems} autoFocus />
        <FormActions>
          <Button type="submit" busy={loading}>
            Create draft
          </Button>
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        </FormActions>
      </form>
    </Card>
  );
}
