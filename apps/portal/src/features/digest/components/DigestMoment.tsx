import { graphql } from '@/gql';
import type { DigestMoment_CelebrationFragment } from '@/gql/graphql';
import { CelebrationBody, CelebrationIcon } from '@/shared/celebrations/CelebrationItem';
import itemStyles from '@/shared/celebrations/CelebrationItem.module.css';
import { Tag } from '@/ui';
import styles from './DigestMoment.module.css';

export const DigestMomentFragment = graphql(`
  fragment DigestMoment_celebration on Celebration {
    id
    kind
    title
    body
    icon
    createdAt
    kudos {
      id
      values
    }
  }
`);

/** One celebrated moment of the week (or a person's moments of one minute, in one sentence), dated by the organisation's calendar (a digest is read later: "Fri 20 Nov", not "3 days ago"). */
export function DigestMoment({
  celebration,
  day,
  title = celebration.title,
}: {
  celebration: DigestMoment_CelebrationFragment;
  day: Intl.DateTimeFormat;
  /** A card's sentence, when it groups several moments. */
  title?: string;
}) {
  const { body } = celebration;
  return (
    <article className={itemStyles.item}>
      <CelebrationIcon kind={celebration.kind} icon={celebration.icon} />
      <div className={[itemStyles.text, styles.text].join(' ')}>
        <p className={itemStyles.title}>{title}</p>
        {body && <CelebrationBody kind={celebration.kind} body={body} />}
        {celebration.kudos && celebration.kudos.values.length > 0 && (
          <span className={styles.values}>
            {celebration.kudos.values.map((value) => (
              <Tag key={value} tone="brand">
                {value}
              </Tag>
            ))}
          </span>
        )}
        <time className={itemStyles.time} dateTime={celebration.createdAt}>
          {day.format(new Date(celebration.createdAt))}
        </time>
      </div>
    </article>
  );
}
