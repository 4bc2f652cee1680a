import { Role, hasRole } from './roles.js';

describe('hasRole', () => {
  it('lets each role do what the roles below it do', () => {
    expect(hasRole(Role.ADMIN, Role.MANAGER)).toBe(true);
    expect(hasRole(Role.ADMIN, Role.EMPLOYEE)).toBe(true);
    expect(hasRole(Role.MANAGER, Role.EMPLOYEE)).toBe(true);
    expect(hasRole(Role.MANAGER, Role.MANAGER)).toBe(true);
  });

  it('never lets a role do what is reserved for the ones above it', () => {
    expect(hasRole(Role.EMPLOYEE, Role.MANAGER)).toBe(false);
    expect(hasRole(Role.MANAGER, Role.ADMIN)).toBe(false);
    expect(hasRole(Role.EMPLOYEE, Role.ADMIN)).toBe(false);
  });
});
