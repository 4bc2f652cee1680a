import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ForbiddenError, InvalidInputError, NotFoundError, Role } from '@laurels/domain';
import type { DataSource } from 'typeorm';
import { Organization, User, lockPeople } from '#directory/organizations';
import { assertStrongPassword, hashPassword, type Viewer } from '#platform/auth';
import { LiveSessions } from './live-sessions.js';
import { SessionsService } from './sessions.service.js';

/**
 * Whether an account may be used: an admin deactivates a colleague (who can
 * no longer sign in, whose sign-ins end and whose live connections close) and
 * reactivates them (who then signs in again). Everything they did and earned
 * stays; the leaderboards and the directory leave them out meanwhile (the
 * triggers on users move the totals).
 */
@Injectable()
export class AccountStatusService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly live: LiveSessions,
  ) {}

  async deactivate(viewer: Viewer, userId: string): Promise<User> {
    if (userId === viewer.userId) throw new InvalidInputError('userId', 'You cannot deactivate your own account');
    const { user, ended } = await this.setActive(viewer, userId, false);
    await this.live.ended(ended);
    return user;
  }

  async reactivate(viewer: Viewer, userId: string): Promise<User> {
    return (await this.setActive(viewer, userId, true)).user;
  }

  /**
   * An admin gives a colleague a password, as createUser does: an imported
   * person's first, or a new one for someone who forgot theirs. The person's
   * sign-ins end, as after changePassword. Your own password is changed with
   * changePassword, which asks for the current one.
   */
  async setPassword(viewer: Viewer, userId: string, password: string): Promise<User> {
    if (userId === viewer.userId) throw new InvalidInputError('userId', 'Change your own password with your current one, in Settings');
    const { user, ended } = await this.dataSource.transaction(async (manager) => {
      await lockPeople(manager, [userId]);
      const user = await manager.getRepository(User).findOneBy({ id: userId, organizationId: viewer.organizationId });
      if (!user) throw new NotFoundError('User', userId);
      const organization = await manager.getRepository(Organization).findOneByOrFail({ id: viewer.organizationId });
      await assertStrongPassword('password', password, {
        email: user.email,
        displayName: user.displayName,
        organizationName: organization.name,
      });
      await manager.update(User, { id: user.id }, { passwordHash: await hashPassword(password) });
      return { user, ended: await this.sessions.endAllOf(manager, user.id) };
    });
    await this.live.ended(ended);
    return user;
  }

  /**
   * Under a lock on both people: two admins deactivating each other at once
   * take turns, and the second, deactivated by then, is refused, so that an
   * organisation never deactivates its last admin.
   */
  private setActive(viewer: Viewer, userId: string, active: boolean): Promise<{ user: User; ended: string[] }> {
    return this.dataSource.transaction(async (manager) => {
      const people = manager.getRepository(User);
      await lockPeople(manager, [viewer.userId, userId]);
      const admin = await people.findOneBy({ id: viewer.userId });
      if (!admin?.active || admin.role !== Role.ADMIN) throw new ForbiddenError('Only an active admin may deactivate or reactivate people');
      const user = await people.findOneBy({ id: userId, organizationId: viewer.organizationId });
      if (!user) throw new NotFoundError('User', userId);
      if (user.active === active) return { user, ended: [] };
      await people.update({ id: user.id }, { active });
      user.active = active;
      return { user, ended: active ? [] : await this.sessions.endAllOf(manager, user.id) };
    });
  }
}
