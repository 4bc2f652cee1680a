import type { Role } from '@laurels/domain';

/** Who is calling: established from the bearer token alone, never from the request body. */
export interface Viewer {
  readonly userId: string;
  readonly organizationId: string;
  readonly role: Role;
}
