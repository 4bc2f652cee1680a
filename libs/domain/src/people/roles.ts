/** What someone may do in their organisation; each role includes the ones below it. */
export const Role = { EMPLOYEE: 'EMPLOYEE', MANAGER: 'MANAGER', ADMIN: 'ADMIN' } as const;
export type Role = (typeof Role)[keyof typeof Role];

const RANK: Record<Role, number> = { [Role.EMPLOYEE]: 0, [Role.MANAGER]: 1, [Role.ADMIN]: 2 };

/** Managers may do all an employee does; admins all a manager does. */
export function hasRole(actual: Role, minimum: Role): boolean {
  return RANK[actual] >= RANK[minimum];
}
