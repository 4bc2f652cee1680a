import { useMutation } from '@apollo/client/react';
import { CheckCircle2, Circle, RotateCcw, ScrollText, ShieldCheck } from 'lucide-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { graphql } from '@/gql';
import type { CertificationCard_AwardFragment, CertificationCard_CertificationFragment } from '@/gql/graphql';
import { errorMessage } from '@/shared/apollo';
import { Alert, Button, ButtonLink, Card, ProgressBar, Tag } from '@/ui';
import styles from './CertificationCard.module.css';

export const CertificationCardFragments = graphql(`
  fragment CertificationCard_certification on CertificationDefinition {
    name
    description
    validityDays
    points
    requiredCourses {
      id
      title
      myEnrollment {
        id
        status
        cycle
        completedAt
      }
    }
  }

  fragment CertificationCard_award on CertificationAward {
    id
    status
    issuedAt
    expiresAt
    sequence
    revokedReason
  }
`);

const RetakeCourseMutation = graphql(`
  mutation RetakeCourse($courseId: ID!) {
    retakeCourse(courseId: $courseId) {
      id
      status
      progress
      cycle
      course {
        id
        myEnrollment {
          id
        }
      }
    }
  }
`);

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });
const DAY_MS = 24 * 60 * 60 * 1000;
const RENEWAL_WINDOW_DAYS = 30;

const STATUS: Record<string, { label: string; tone: 'success' | 'gold' | 'danger' | 'neutral' }> = {
  ACTIVE: { label: 'Certified', tone: 'success' },
  EXPIRING_SOON: { label: 'Expiring soon', tone: 'gold' },
  EXPIRED: { label: 'Expired', tone: 'danger' },
  REVOKED: { label: 'Revoked', tone: 'danger' },
};

/**
 * One certification: where the viewer stands (not yet, certified, expiring,
 * expired, revoked), the courses it takes, and the way to renew it.
 */
export function CertificationCard({
  certification,
  awards,
}: {
  certification: CertificationCard_CertificationFragment;
  awards: CertificationCard_AwardFragment[];
}) {
  const navigate = useNavigate();
  const [now] = useState(() => Date.now());
  const [retake, retaking] = useMutation(RetakeCourseMutation);
  const current = awards[0];
  const renewing = current?.status === 'EXPIRING_SOON' || current?.status === 'EXPIRED';
  const courses = certification.requiredCourses;
  const completed = courses.filter((course) => course.myEnrollment?.status === 'COMPLETED').length;
  const status = current && STATUS[current.status];
  const daysLeft = current?.expiresAt ? Math.ceil((new Date(current.expiresAt).getTime() - now) / DAY_MS) : null;
  // Completions count toward a renewal from 30 days before expiry; earlier ones must be redone.
  const windowOpens = current?.expiresAt ? new Date(current.expiresAt).getTime() - RENEWAL_WINDOW_DAYS * DAY_MS : null;
  const countsForRenewal = (completedAt: string | null | undefined) =>
    Boolean(completedAt && windowOpens !== null && new Date(completedAt).getTime() >= windowOpens);

  const startAgain = async (courseId: string) => {
    const result = await retake({ variables: { courseId } }).catch(() => null);
    if (result?.data) navigate(`/courses/${courseId}`);
  };

  return (
    <Card className={styles.card}>
      <div className={styles.head}>
        <span
          className={[styles.seal, current?.status === 'ACTIVE' || current?.status === 'EXPIRING_SOON' ? styles.sealOn : ''].join(' ')}
          aria-hidden="true"
        >
          <ScrollText size={26} />
        </span>
        <div className={styles.title}>
          <h2>{certification.name}</h2>
          <span className={styles.meta}>
            {certification.validityDays ? `Valid ${certification.validityDays} days` : 'Never expires'} · +{certification.points} pts
          </span>
        </div>
        {status && <Tag tone={status.tone}>{status.label}</Tag>}
      </div>
      <p className={styles.description}>{certification.description}</p>

      {current?.status === 'ACTIVE' && (
        <p className={styles.state}>
          Certified on {dateFormat.format(new Date(current.issuedAt))}
          {current.expiresAt ? `, valid until ${dateFormat.format(new Date(current.expiresAt))}.` : ', for good.'}
        </p>
      )}
      {current?.status === 'EXPIRING_SOON' && (
        <Alert tone="info">
          Expires in {daysLeft} {daysLeft === 1 ? 'day' : 'days'}, on {dateFormat.format(new Date(current.expiresAt!))}. Take the required
          courses again to renew it.
        </Alert>
      )}
      {current?.status === 'EXPIRED' && (
        <Alert>Expired on {dateFormat.format(new Date(current.expiresAt!))}. Take the required courses again to renew it.</Alert>
      )}
      {current?.status === 'REVOKED' && (
        <Alert>Revoked{current.revokedReason ? `: ${current.revokedReason}` : '.'} Complete the courses again to earn it anew.</Alert>
      )}

      {!current && (
        <ProgressBar
          value={courses.length ? completed / courses.length : 0}
          label={`Progress toward ${certification.name}`}
          caption={`${completed} of ${courses.length} courses completed`}
        />
      )}

      <ol className={styles.courses}>
        {courses.map((course) => {
          const done = course.myEnrollment?.status === 'COMPLETED';
          return (
            <li key={course.id}>
              {done ? (
                <CheckCircle2 size={18} className={styles.done} aria-label="Completed" />
              ) : (
                <Circle size={18} className={styles.todo} aria-label="Not completed" />
              )}
              <Link to={`/courses/${course.id}`}>{course.title}</Link>
              {renewing && done && !countsForRenewal(course.myEnrollment?.completedAt) && (
                <Button
                  size="sm"
                  variant="secondary"
                  icon={<RotateCcw size={14} />}
                  busy={retaking.loading}
                  onClick={() => void startAgain(course.id)}
                >
                  Take again
                </Button>
              )}
            </li>
          );
        })}
      </ol>
      {retaking.error && <Alert>{errorMessage(retaking.error)}</Alert>}

      {current && current.status !== 'REVOKED' && (
        <div className={styles.actions}>
          <ButtonLink to={`/certificates/${current.id}`} variant="secondary" size="sm" icon={<ScrollText size={16} />}>
            Certificate
          </ButtonLink>
          <ButtonLink to={`/verify/${current.id}`} variant="ghost" size="sm" icon={<ShieldCheck size={16} />}>
            Verification link
          </ButtonLink>
        </div>
      )}
      {awards.length > 1 && (
        <p className={styles.history}>
          History:{' '}
          {awards
            .map(
              (award) =>
                `${award.sequence === 1 ? 'first issued' : `renewal ${award.sequence - 1}`} ${dateFormat.format(new Date(award.issuedAt))}`,
            )
            .join(' · ')}
        </p>
      )}
    </Card>
  );
}
