import { useQuery } from '@apollo/client/react';
import { Newspaper } from 'lucide-react';
import { useMemo, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { graphql } from '@/gql';
import { useViewer } from '@/shared/viewer';
import { QueryError } from '@/shared/QueryError';
import { Button, EmptyState, Loading, PageHeader, Segmented } from '@/ui';
import { DigestHighlights, isQuiet } from '../components/DigestHighlights';
import { NewsletterPanel } from '../components/NewsletterPanel';
import { WeekPicker } from '../components/WeekPicker';
import { newsletterFileName } from '../newsletter';
import { recentWeeks, type LocalDay } from '@laurels/domain';
import { weekLabel, weekRange } from '../week';
import styles from './DigestPage.module.css';

const DigestPageQuery = graphql(`
  query DigestPage($from: DateTime!, $to: DateTime!) {
    digest(from: $from, to: $to) {
      from
      to
      html
      ...DigestHighlights_digest
    }
  }
`);

/** How many weeks back the picker reaches. */
const WEEKS = 12;

type View = 'highlights' | 'newsletter';
const VIEWS: { value: View; label: string }[] = [
  { value: 'highlights', label: 'Highlights' },
  { value: 'newsletter', label: 'Newsletter' },
];

/** The weekly digest: what the organisation celebrated, week by week, in the portal and as an HTML newsletter. */
export function DigestPage() {
  const viewer = useViewer();
  const organization = viewer.data?.organization;
  const header = (
    <PageHeader title="Digest" subtitle="What everyone celebrated, learned and reached, week by week — and a newsletter to send round." />
  );
  if (!organization) {
    return (
      <>
        {header}
        {viewer.error ? <QueryError error={viewer.error} onRetry={() => void viewer.refetch()} /> : <Loading label="Loading the digest…" />}
      </>
    );
  }
  return <DigestWeeks header={header} organizationName={organization.name} timeZone={organization.timeZone} />;
}

function DigestWeeks({ header, organizationName, timeZone }: { header: ReactNode; organizationName: string; timeZone: string }) {
  // Weeks in the organisation's zone, not the browser's: everyone reads the same newsletter.
  const weeks = useMemo(() => recentWeeks(new Date(), timeZone, WEEKS), [timeZone]);
  const [params, setParams] = useSearchParams();
  const current = weeks[0]!;
  const week = weeks.find((candidate) => candidate.monday === params.get('week')) ?? current;
  const view: View = params.get('view') === 'newsletter' ? 'newsletter' : 'highlights';
  const { data, loading, error, refetch } = useQuery(DigestPageQuery, {
    variables: { from: week.from.toISOString(), to: week.to.toISOString() },
  });

  const show = (next: { week?: LocalDay; view?: View }) => {
    const monday = next.week ?? week.monday;
    const shown = next.view ?? view;
    setParams(
      { ...(monday !== current.monday ? { week: monday } : {}), ...(shown !== 'highlights' ? { view: shown } : {}) },
      { replace: true },
    );
  };
  const thisWeek = week.monday === current.monday;
  const older = weeks[weeks.indexOf(week) + 1];
  const digest = data?.digest;

  return (
    <div className={view === 'newsletter' ? styles.newsletterView : undefined}>
      {header}
      <div className={styles.bar}>
        <div>
          <h2 className={styles.period}>
            {weekLabel(week, current)}
            {thisWeek && <span className={styles.soFar}> so far</span>}
          </h2>
          <p className={styles.dates}>Monday to Sunday, {weekRange(week, true)}</p>
        </div>
        <div className={styles.controls}>
          <WeekPicker weeks={weeks} value={week.monday} onChange={(monday) => show({ week: monday })} />
          {digest && !isQuiet(digest) && <Segmented label="Show" value={view} options={VIEWS} onChange={(next) => show({ view: next })} />}
        </div>
      </div>

      {error && !digest ? (
        <QueryError title="The digest could not be loaded" error={error} onRetry={() => void refetch()} />
      ) : !digest ? (
        <Loading label="Loading the digest…" />
      ) : isQuiet(digest) ? (
        <EmptyState
          icon={<Newspaper size={26} />}
          title={thisWeek ? 'Nothing celebrated yet this week' : 'A quiet week'}
          action={
            older && (
              <Button variant="secondary" onClick={() => show({ week: older.monday })}>
                See {weekLabel(older, current) === 'Last week' ? 'last week' : 'the week before'}
              </Button>
            )
          }
        >
          {thisWeek
            ? 'Complete a module, thank a colleague with kudos or share a success story: it will show up here and in the newsletter.'
            : `Nothing was celebrated in the week of ${weekRange(week)}.`}
        </EmptyState>
      ) : (
        <div aria-busy={loading}>
          {view === 'newsletter' ? (
            <NewsletterPanel html={digest.html} fileName={newsletterFileName(organizationName, week.monday)} />
          ) : (
            <DigestHighlights key={week.monday} digest={digest} timeZone={timeZone} />
          )}
        </div>
      )}
    </div>
  );
}
