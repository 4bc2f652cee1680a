import { useQuery } from '@apollo/client/react';
import { Download, ShieldCheck } from 'lucide-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { graphql } from '@/gql';
import { errorMessage } from '@/shared/apollo';
import { QueryError } from '@/shared/QueryError';
import { ShareAchievement } from '@/shared/sharing/ShareAchievement';
import { canAuthor, isAdmin, useViewer } from '@/shared/viewer';
import { Alert, Avatar, BackLink, BadgeMedallion, Button, Card, ItemList, Loading, ProgressBar, Tag, TIER_LABEL, plural } from '@/ui';
import { GiveBadgeForm } from '../components/GiveBadgeForm';
import { RevokeBadgeAward } from '../components/RevokeBadgeAward';
import styles from './BadgePage.module.css';

export const BadgePageHolderFragment = graphql(`
  fragment BadgePage_holder on BadgeAward {
    id
    cursor
    awardedAt
    reason
    revokedAt
    revokedReason
    user {
      id
      displayName
      team {
        id
        name
      }
    }
    awardedBy {
      id
      displayName
    }
  }
`);

/** Holders are read a page at a time, most recent first. */
const HOLDERS_PAGE = 20;

const BadgePageQuery = graphql(`
  query BadgePage($id: ID!) {
    badge(id: $id) {
      id
      name
      description
      criteria
      icon
      tier
      points
      rule {
        kind
      }
      holderCount
      myAward {
        id
        awardedAt
        revokedAt
        credentialUrl
      }
      awards(first: 20) {
        ...BadgePage_holder
      }
    }
    organization {
      id
      name
    }
    myBadgeProgress {
      badge {
        id
      }
      current
      target
      earned
    }
  }
`);

/** The holders before the last one shown. */
const BadgeHoldersQuery = graphql(`
  query BadgeHolders($id: ID!, $after: String) {
    badge(id: $id) {
      id
      awards(first: 20, after: $after) {
        ...BadgePage_holder
      }
    }
  }
`);

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function BadgePage() {
  const { badgeId = '' } = useParams();
  const viewer = useViewer();
  const { data, loading, error, refetch, fetchMore } = useQuery(BadgePageQuery, { variables: { id: badgeId } });
  const [more, setMore] = useState<{ loading: boolean; error: string | null }>({ loading: false, error: null });
  if (loading && !data) return <Loading label="Loading the badge…" />;
  if (error && !data) {
    return (
      <QueryError
        error={error}
        onRetry={() => void refetch()}
        notFound={{ title: 'Badge not found', backTo: '/badges', backLabel: 'All badges' }}
      />
    );
  }
  const badge = data?.badge;
  if (!badge) return null;
  const me = viewer.data?.me;
  const mine = badge.myAward;
  const showMore = async () => {
    setMore({ loading: true, error: null });
    const failed = await fetchMore({
      query: BadgeHoldersQuery,
      variables: { id: badge.id, after: badge.awards.at(-1)?.cursor ?? null },
      updateQuery: (current, { fetchMoreResult }) =>
        current.badge && fetchMoreResult.badge
          ? { ...current, badge: { ...current.badge, awards: [...current.badge.awards, ...fetchMoreResult.badge.awards] } }
          : current,
    }).then(
      () => null,
      (failure: unknown) => errorMessage(failure),
    );
    setMore({ loading: false, error: failed });
  };
  const progress = data.myBadgeProgress.find((item) => item.badge.id === badge.id);
  const manual = badge.rule.kind === 'MANUAL';
  const admin = isAdmin(me?.role);

  return (
    <>
      <BackLink to="/badges">All badges</BackLink>
      <div className={styles.hero}>
        <BadgeMedallion icon={badge.icon} tier={badge.tier} size={120} locked={!mine} />
        <div>
          <Tag tone="gold">
            {TIER_LABEL[badge.tier]} · +{badge.points} pts
          </Tag>
          <h1 className={styles.name}>{badge.name}</h1>
          <p className={styles.description}>{badge.description}</p>
          <p className={styles.criteria}>
            <strong>How to earn it:</strong> {badge.criteria}
          </p>
          {mine ? (
            <>
              <p className={styles.yours}>
                You earned it on {dateFormat.format(new Date(mine.awardedAt))}
                {mine.revokedAt ? `; it was revoked on ${dateFormat.format(new Date(mine.revokedAt))}.` : '.'}{' '}
                <Link to={`/verify/${mine.id}`} className={styles.verify}>
                  <ShieldCheck size={16} aria-hidden="true" /> Verifiable credential
                </Link>
                {!mine.revokedAt && (
                  <a href={`/credentials/${mine.id}?download`} download className={styles.verify}>
                    <Download size={16} aria-hidden="true" /> Download for your wallet
                  </a>
                )}
              </p>
              {!mine.revokedAt && (
                <ShareAchievement
                  className={styles.share}
                  credentialId={mine.id}
                  credentialUrl={mine.credentialUrl}
                  name={badge.name}
                  organizationName={data.organization.name}
                  issuedAt={mine.awardedAt}
                />
              )}
            </>
          ) : (
            progress &&
            !manual && (
              <div className={styles.progress}>
                <ProgressBar
                  value={progress.current / progress.target}
                  label={`Your progress toward ${badge.name}`}
                  caption={`${progress.current} of ${progress.target}`}
                />
              </div>
            )
          )}
        </div>
      </div>
      <div className={styles.layout}>
        <section aria-labelledby="holders-heading">
          <h2 id="holders-heading">
            Who has it <span className={styles.count}>{plural(badge.holderCount, 'person', 'people')}</span>
          </h2>
          {badge.awards.length === 0 ? (
            <Card>
              <p className={styles.empty}>Nobody yet: be the first.</p>
            </Card>
          ) : (
            <Card padded={false}>
              <ItemList alignTop>
                {badge.awards.map((award) => (
                  <li key={award.id}>
                    <Avatar name={award.user.displayName} />
                    <div className={styles.holder}>
                      <strong>{award.user.displayName}</strong>
                      <span>
                        {award.user.team?.name ?? 'No team'} · {dateFormat.format(new Date(award.awardedAt))}
                        {award.awardedBy && ` · given by ${award.awardedBy.displayName}`}
                      </span>
                      {award.reason && <q className={styles.reason}>{award.reason}</q>}
                      {award.revokedAt ? (
                        <span className={styles.revoked}>
                          <Tag tone="danger">Revoked</Tag> {dateFormat.format(new Date(award.revokedAt))}
                          {award.revokedReason && `: ${award.revokedReason}`}
                        </span>
                      ) : (
                        admin && <RevokeBadgeAward awardId={award.id} holderName={award.user.displayName} />
                      )}
                    </div>
                  </li>
                ))}
              </ItemList>
            </Card>
          )}
          {badge.awards.length < badge.holderCount && (
            <div className={styles.more}>
              <span>
                The {badge.awards.length} most recent of {plural(badge.holderCount, 'holder')}.
              </span>
              <Button variant="secondary" busy={more.loading} onClick={() => void showMore()}>
                Show {Math.min(HOLDERS_PAGE, badge.holderCount - badge.awards.length)} more
              </Button>
            </div>
          )}
          {more.error && <Alert>More holders could not load: {more.error}</Alert>}
        </section>
        {manual && me && canAuthor(me.role) && (
          <aside>
            <Card>
              <h3>Give this badge</h3>
              <GiveBadgeForm badgeId={badge.id} viewer={me} />
            </Card>
          </aside>
        )}
      </div>
    </>
  );
}
