import type { CelebrationKind } from '@/gql/graphql';

interface Person {
  readonly id: string;
  readonly displayName: string;
}

export interface Celebrated {
  readonly kind: CelebrationKind;
  readonly title: string;
  readonly body: string | null;
  readonly user: Person | null;
  readonly people: readonly Person[];
  readonly actor: Person | null;
  readonly kudos: { readonly points: number } | null;
  /** For customer praise: who gave it, when they said. */
  readonly customerName?: string | null;
}

/** Whether the moment is the viewer's own: it celebrates them, and someone else made it happen. */
export function celebratesViewer(celebration: Celebrated, viewerId: string): boolean {
  const aboutViewer = celebration.user?.id === viewerId || celebration.people.some((person) => person.id === viewerId);
  return aboutViewer && celebration.actor?.id !== viewerId;
}

const firstName = (person: Person | null) => person?.displayName.split(' ')[0] ?? 'Someone';

/** The toast for the viewer's own moment: "Maya gave you kudos!" and a line of what it is. */
export function cheerFor(celebration: Celebrated): { title: string; reason: string } {
  const points = celebration.kudos && celebration.kudos.points > 0 ? `+${celebration.kudos.points} points · ` : '';
  switch (celebration.kind) {
    case 'KUDOS':
      return { title: `${firstName(celebration.actor)} gave you kudos!`, reason: `${points}${celebration.body ?? ''}` };
    case 'SUCCESS_STORY':
      return { title: `${firstName(celebration.actor)} shared a story about you!`, reason: celebration.title };
    case 'CUSTOMER_PRAISE':
      return { title: `${celebration.customerName ?? 'A customer'} praised you!`, reason: celebration.body ?? celebration.title };
    case 'BADGE_EARNED':
      return {
        title: celebration.actor ? `${firstName(celebration.actor)} gave you a badge!` : 'You earned a badge!',
        reason: celebration.title,
      };
    default:
      return { title: 'Congratulations!', reason: celebration.title };
  }
}
