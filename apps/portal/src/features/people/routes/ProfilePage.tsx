import { useQuery } from '@apollo/client/react';
import { Award, HandHeart, ScrollText, UserX } from 'lucide-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { graphql } from '@/gql';
import { CelebrationItem } from '@/shared/celebrations/CelebrationItem';
import { PersonLink } from '@/shared/people/PersonLink';
import { QueryError } from '@/shared/QueryError';
import { Avatar, BackLink, BadgeMedallion, Button, ButtonLink, Card, EmptyState, ItemList, Loading, Tag, timeAgo } from '@/ui';
import styles from './ProfilePage.module.css';

const ProfilePageQuery = graphql(`
  query ProfilePage($id: ID!) {
    me {
      id
    }
    user(id: $id) {
      id
      displayName
      role
      points
      leaderboardOptOut
      level {
        number
        title
      }
      team {
        id
        name
      }
      badges {
        id
        awardedAt
        badge {
          id
          name
          icon
          tier
        }
      }
      certifications(first: 20) {
        id
        issuedAt
        expiresAt
        revokedAt
        certification {
          id
          name
        }
      }
      kudosReceived(first: 10) {
        ...ProfileKudos_connection
      }
      stories(first: 5) {
        ...ProfileStories_connection
      }
    }
  }
`);

export const ProfileKudosFragment = graphql(`
  fragment ProfileKudos_connection on KudosConnection {
    nodes {
      id
      message
      values
      points
      createdAt
      from {
        id
        displayName
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
`);

export const ProfileStoriesFragment = graphql(`
  fragment ProfileStories_connection on CelebrationConnection {
    nodes {
      id
      ...CelebrationItem_celebration
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
`);

const MoreKudosQuery = graphql(`
  query ProfileMoreKudos($id: ID!, $after: String) {
    user(id: $id) {
      id
      kudosReceived(first: 10, after: $after) {
        ...ProfileKudos_connection
      }
    }
  }
`);

const MoreStoriesQuery = graphql(`
  query ProfileMoreStories($id: ID!, $after: String) {
    user(id: $id) {
      id
      stories(first: 5, after: $after) {
        ...ProfileStories_connection
      }
    }
  }
`);

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function certificationState(award: { expiresAt?: string | null; revokedAt?: string | null }): string | null {
  if (award.revokedAt) return 'Revoked';
  if (award.expiresAt && new Date(award.expiresAt) < new Date()) return 'Expired';
  return null;
}

/** Anyone's profile in the organisation: who they are, what they earned, and the thanks and stories about them. */
export function ProfilePage() {
  const { personId = '' } = useParams();
  const { data, loading, error, refetch, fetchMore } = useQuery(ProfilePageQuery, { variables: { id: personId } });
  const [loadingMore, setLoadingMore] = useState<'kudos' | 'stories' | null>(null);
  if (loading && !data) return <Loading label="Loading the profile…" />;
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const person = data?.user;
  if (!person) {
    return (
      <>
        <BackLink to="/feed">Feed</BackLink>
        <EmptyState icon={<UserX size={26} />} title="Nobody here" action={<ButtonLink to="/feed">Back to the feed</ButtonLink>}>
          There is no one with this address in your organisation. They may have left, or the link may be mistyped.
        </EmptyState>
      </>
    );
  }
  const isMe = person.id === data.me.id;
  const pointsHidden = person.leaderboardOptOut && !isMe;
  const kudos = person.kudosReceived;
  const stories = person.stories;

  const more = async (which: 'kudos' | 'stories') => {
    setLoadingMore(which);
    try {
      if (which === 'kudos') {
        await fetchMore({
          query: MoreKudosQuery,
          variables: { id: person.id, after: kudos.pageInfo.endCursor },
          updateQuery: (current, { fetchMoreResult }) =>
            current.user && fetchMoreResult.user
              ? {
                  ...current,
                  user: {
                    ...current.user,
                    kudosReceived: {
                      ...fetchMoreResult.user.kudosReceived,
                      nodes: [...current.user.kudosReceived.nodes, ...fetchMoreResult.user.kudosReceived.nodes],
                    },
                  },
                }
              : current,
        });
      } else {
        await fetchMore({
          query: MoreStoriesQuery,
          variables: { id: person.id, after: stories.pageInfo.endCursor },
          updateQuery: (current, { fetchMoreResult }) =>
            current.user && fetchMoreResult.user
              ? {
                  ...current,
                  user: {
                    ...current.user,
                    stories: {
                      ...fetchMoreResult.user.stories,
                      nodes: [...current.user.stories.nodes, ...fetchMoreResult.user.stories.nodes],
                    },
                  },
                }
              : current,
        });
      }
    } catch {
      // The button stays: another click tries again.
    } finally {
      setLoadingMore(null);
    }
  };

  return (
    <>
      <title>{`${person.displayName} · Laurels`}</title>
      <Card className={styles.hero}>
        <Avatar name={person.displayName} size={88} />
        <div className={styles.identity}>
          <h1 className={styles.name}>{person.displayName}</h1>
          <p className={styles.meta}>
            {person.team ? (
              <Link to={`/teams/${person.team.id}`} className={styles.teamLink}>
                {person.team.name}
              </Link>
            ) : (
              <span>No team</span>
            )}
            <span>
              Level {person.level.number} · {person.level.title}
            </span>
          </p>
        </div>
        <div className={styles.points}>
          {pointsHidden ? (
            <span className={styles.private}>Keeps their points private</span>
          ) : (
            <>
              <strong data-testid="profile-points">{person.points.toLocaleString()}</strong>
              <span>points</span>
            </>
          )}
        </div>
      </Card>

      <div className={styles.layout}>
        <div className={styles.column}>
          <section aria-labelledby="kudos-heading">
            <h2 id="kudos-heading">Kudos received</h2>
            {kudos.nodes.length === 0 ? (
              <EmptyState icon={<HandHeart size={26} />} title="No kudos yet">
                {isMe ? 'Thanks from colleagues will show here.' : `Be the first to thank ${person.displayName.split(' ')[0]}.`}
              </EmptyState>
            ) : (
              <Card padded={false}>
                <ItemList>
                  {kudos.nodes.map((given) => (
                    <li key={given.id}>
                      <div className={styles.kudos}>
                        <p className={styles.message}>{given.message}</p>
                        <p className={styles.kudosMeta}>
                          From <PersonLink person={given.from} /> · <time dateTime={given.createdAt}>{timeAgo(given.createdAt)}</time>
                        </p>
                        {given.values.length > 0 && (
                          <span className={styles.values}>
                            {given.values.map((value) => (
                              <Tag key={value} tone="brand">
                                {value}
                              </Tag>
                            ))}
                          </span>
                        )}
                      </div>
                    </li>
                  ))}
                </ItemList>
                {kudos.pageInfo.hasNextPage && (
                  <Button variant="ghost" size="sm" block busy={loadingMore === 'kudos'} onClick={() => void more('kudos')}>
                    Show more kudos
                  </Button>
                )}
              </Card>
            )}
          </section>
          <section aria-labelledby="stories-heading" className={styles.section}>
            <h2 id="stories-heading">Success stories</h2>
            {stories.nodes.length === 0 ? (
              <p className={styles.empty}>No success stories about {isMe ? 'you' : person.displayName.split(' ')[0]} yet.</p>
            ) : (
              <Card>
                {stories.nodes.map((story) => (
                  <CelebrationItem key={story.id} celebration={story} />
                ))}
                {stories.pageInfo.hasNextPage && (
                  <Button variant="ghost" size="sm" block busy={loadingMore === 'stories'} onClick={() => void more('stories')}>
                    Show more stories
                  </Button>
                )}
              </Card>
            )}
          </section>
        </div>

        <div className={styles.column}>
          <section aria-labelledby="badges-heading">
            <h2 id="badges-heading">Badges</h2>
            {person.badges.length === 0 ? (
              <EmptyState icon={<Award size={26} />} title="No badges yet" />
            ) : (
              <Card>
                <ul className={styles.badges}>
                  {person.badges.map((award) => (
                    <li key={award.id}>
                      <Link to={`/badges/${award.badge.id}`} className={styles.badge}>
                        <BadgeMedallion icon={award.badge.icon} tier={award.badge.tier} size={52} />
                        <span>{award.badge.name}</span>
                      </Link>
                    </li>
                  ))}
                </ul>
              </Card>
            )}
          </section>
          <section aria-labelledby="certifications-heading" className={styles.section}>
            <h2 id="certifications-heading">Certifications</h2>
            {person.certifications.length === 0 ? (
              <EmptyState icon={<ScrollText size={26} />} title="No certifications yet" />
            ) : (
              <Card padded={false}>
                <ItemList>
                  {person.certifications.map((award) => {
                    const state = certificationState(award);
                    return (
                      <li key={award.id}>
                        <span className={styles.certification}>
                          <Link to={`/certificates/${award.id}`}>{award.certification.name}</Link>
                          <span>Issued {dateFormat.format(new Date(award.issuedAt))}</span>
                        </span>
                        {state && <Tag tone="neutral">{state}</Tag>}
                      </li>
                    );
                  })}
                </ItemList>
              </Card>
            )}
          </section>
        </div>
      </div>
    </>
  );
}
