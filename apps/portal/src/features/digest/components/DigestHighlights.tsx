import { groupSentence } from '@laurels/domain';
import { Award, BookOpenCheck, Flag, HandHeart, Heart, ScrollText } from 'lucide-react';
import { useMemo, useState, type ReactNode } from 'react';
import { graphql } from '@/gql';
import type { CelebrationKind, DigestHighlights_DigestFragment, DigestMoment_CelebrationFragment } from '@/gql/graphql';
import { AvatarLink, PersonLink } from '@/shared/people/PersonLink';
import { Avatar, Button, Card, ItemList } from '@/ui';
import { DigestMoment } from './DigestMoment';
import styles from './DigestHighlights.module.css';

export const DigestHighlightsFragment = graphql(`
  fragment DigestHighlights_digest on Digest {
    celebrations {
      id
      kind
      level
      user {
        id
        displayName
      }
      grouped {
        id
        kind
        level
      }
      ...DigestMoment_celebration
    }
    customerPraise {
      id
      ...DigestMoment_celebration
    }
    topLearners {
      rank
      points
      user {
        id
        displayName
        team {
          id
          name
        }
      }
    }
    milestonesReached {
      id
      title
      reachedAt
      team {
        id
        name
      }
    }
  }
`);

const RECOGNITION: readonly CelebrationKind[] = ['KUDOS', 'SUCCESS_STORY'];
const LEARNING: readonly CelebrationKind[] = ['COURSE_COMPLETED', 'BADGE_EARNED', 'CERTIFICATION_EARNED', 'LEVEL_UP'];
/** Learning achievements shown before "Show all": a busy week has dozens. */
const FIRST_ACHIEVEMENTS = 8;

/** Whether anything happened in the digest's window at all. */
export function isQuiet(digest: DigestHighlights_DigestFragment): boolean {
  return digest.celebrations.length === 0 && digest.topLearners.length === 0 && digest.milestonesReached.length === 0;
}

/** The digest in the portal's own design: the week's numbers, who learned most, milestones, praise, kudos and stories, achievements. */
export function DigestHighlights({ digest, timeZone }: { digest: DigestHighlights_DigestFragment; timeZone: string }) {
  const ofKinds = (kinds: readonly CelebrationKind[]) => digest.celebrations.filter((celebration) => kinds.includes(celebration.kind));
  // A card of several moments counts each of them.
  const count = (kind: CelebrationKind) =>
    digest.celebrations.flatMap((celebration) => [celebration, ...celebration.grouped]).filter((moment) => moment.kind === kind).length;
  const recognition = ofKinds(RECOGNITION);
  const achievements = ofKinds(LEARNING);
  // A card of several moments is told in one sentence.
  const sentences = new Map(
    digest.celebrations.flatMap((celebration) =>
      celebration.grouped.length > 0 && celebration.user
        ? [[celebration.id, groupSentence(celebration.user.displayName, [celebration, ...celebration.grouped])] as const]
        : [],
    ),
  );
  const day = useMemo(() => new Intl.DateTimeFormat(undefined, { timeZone, weekday: 'short', day: 'numeric', month: 'short' }), [timeZone]);

  const stats = [
    { label: 'Courses completed', value: count('COURSE_COMPLETED'), icon: <BookOpenCheck size={20} /> },
    { label: 'Badges earned', value: count('BADGE_EARNED'), icon: <Award size={20} /> },
    { label: 'Certifications', value: count('CERTIFICATION_EARNED'), icon: <ScrollText size={20} /> },
    { label: 'Kudos given', value: count('KUDOS'), icon: <HandHeart size={20} /> },
    { label: 'Customer praise', value: digest.customerPraise.length, icon: <Heart size={20} /> },
    { label: 'Milestones reached', value: digest.milestonesReached.length, icon: <Flag size={20} /> },
  ];

  return (
    <>
      <section aria-label="The week in numbers">
        <ul className={styles.stats}>
          {stats.map((stat) => (
            <li key={stat.label} className={[styles.stat, stat.value > 0 ? styles.lit : ''].join(' ')}>
              <span className={styles.statIcon} aria-hidden="true">
                {stat.icon}
              </span>
              <strong className={styles.statValue}>{stat.value}</strong>
              <span className={styles.statLabel}>{stat.label}</span>
            </li>
          ))}
        </ul>
      </section>

      <div className={styles.columns}>
        <div className={styles.column}>
          <Moments id="praise" title="What customers said" moments={digest.customerPraise} day={day} />
          <Moments id="recognition" title="Kudos and success stories" moments={recognition} day={day} />
          <Moments
            id="achievements"
            title="Learning achievements"
            moments={achievements}
            titles={sentences}
            day={day}
            first={FIRST_ACHIEVEMENTS}
          />
        </div>

        <div className={styles.column}>
          {digest.topLearners.length > 0 && (
            <Section id="learners" title="Top learners">
              <Card padded={false}>
                <ItemList ordered>
                  {digest.topLearners.map((entry) => (
                    <li key={entry.user?.id ?? entry.rank}>
                      <span className={[styles.rank, entry.rank === 1 ? styles.first : ''].join(' ')}>{entry.rank}</span>
                      {entry.user ? <AvatarLink person={entry.user} size={32} decorative /> : <Avatar name="?" size={32} />}
                      <span className={styles.who}>
                        {entry.user ? <PersonLink person={entry.user} /> : 'Someone'}
                        {entry.user?.team && <span className={styles.meta}>{entry.user.team.name}</span>}
                      </span>
                      <span className={styles.points}>{entry.points.toLocaleString()} pts</span>
                    </li>
                  ))}
                </ItemList>
              </Card>
            </Section>
          )}
          {digest.milestonesReached.length > 0 && (
            <Section id="milestones" title="Milestones reached">
              <Card padded={false}>
                <ItemList alignTop>
                  {digest.milestonesReached.map((milestone) => (
                    <li key={milestone.id}>
                      <span className={styles.flag} aria-hidden="true">
                        <Flag size={18} />
                      </span>
                      <span className={styles.who}>
                        {milestone.title}
                        <span className={styles.meta}>
                          {milestone.team.name}
                          {milestone.reachedAt && ` · ${day.format(new Date(milestone.reachedAt))}`}
                        </span>
                      </span>
                    </li>
                  ))}
                </ItemList>
              </Card>
            </Section>
          )}
        </div>
      </div>
    </>
  );
}

/** A section of celebrated moments, none when there are none; with `first`, the rest behind "Show all". */
function Moments({
  id,
  title,
  moments,
  titles,
  day,
  first = Infinity,
}: {
  id: string;
  title: string;
  moments: readonly DigestMoment_CelebrationFragment[];
  /** Titles of their own for some moments, by id. */
  titles?: ReadonlyMap<string, string>;
  day: Intl.DateTimeFormat;
  first?: number;
}) {
  const [all, setAll] = useState(false);
  if (moments.length === 0) return null;
  return (
    <Section id={id} title={title}>
      <Card className={styles.moments}>
        {(all ? moments : moments.slice(0, first)).map((celebration) => (
          <DigestMoment key={celebration.id} celebration={celebration} day={day} title={titles?.get(celebration.id)} />
        ))}
        {moments.length > first && (
          <Button variant="ghost" size="sm" className={styles.more} aria-expanded={all} onClick={() => setAll(!all)}>
            {all ? 'Show fewer' : `Show all ${moments.length}`}
          </Button>
        )}
      </Card>
    </Section>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className={styles.section} aria-labelledby={`digest-${id}`}>
      <h2 id={`digest-${id}`} className={styles.heading}>
        {title}
      </h2>
      {children}
    </section>
  );
}
