import { InvalidInputError } from '@laurels/domain';
import type { User } from './user.entity.js';

/**
 * Refuses anyone whose account was deactivated: kudos, badges and training go
 * to people who can still sign in. Their history stays; nothing new is added.
 */
export function refuseDeactivated(people: readonly Pick<User, 'active' | 'displayName'>[], field: string): void {
  const deactivated = people.find((person) => !person.active);
  if (deactivated) throw new InvalidInputError(field, `${deactivated.displayName}'s account is deactivated`);
}
