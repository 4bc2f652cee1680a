import { CheckCircle2, Clock, Star } from 'lucide-react';
import { Link } from 'react-router';
import { graphql } from '@/gql';
import type { CourseCard_CourseFragment } from '@/gql/graphql';
import { ProgressBar, Tag, duration, plural } from '@/ui';
import styles from './CourseCard.module.css';

export const CourseCardFragment = graphql(`
  fragment CourseCard_course on Course {
    id
    title
    summary
    skills
    estimatedMinutes
    points
    status
    moduleCount
    myEnrollment {
      id
      status
      progress
    }
  }
`);

export function CourseCard({ course }: { course: CourseCard_CourseFragment }) {
  const enrollment = course.myEnrollment;
  const done = enrollment?.status === 'COMPLETED';
  return (
    <Link to={`/courses/${course.id}`} className={styles.card}>
      <div className={styles.skills}>
        {course.skills.slice(0, 3).map((skill) => (
          <Tag key={skill} tone="brand">
            {skill}
          </Tag>
        ))}
        {course.status === 'DRAFT' && <Tag tone="info">Draft</Tag>}
      </div>
      <h3 className={styles.title}>{course.title}</h3>
      <p className={styles.summary}>{course.summary}</p>
      <div className={styles.meta}>
        <span>
          <Clock size={14} aria-hidden="true" /> {duration(course.estimatedMinutes)}
        </span>
        <span>{plural(course.moduleCount, 'module')}</span>
        <span className={styles.points}>
          <Star size={14} aria-hidden="true" /> +{course.points} bonus
        </span>
      </div>
      {done ? (
        <span className={styles.done}>
          <CheckCircle2 size={16} aria-hidden="true" /> Completed
        </span>
      ) : (
        enrollment && (
          <ProgressBar
            value={enrollment.progress}
            label={`Progress in ${course.title}`}
            caption={`${Math.round(enrollment.progress * 100)}% complete`}
            size="sm"
          />
        )
      )}
    </Link>
  );
}
