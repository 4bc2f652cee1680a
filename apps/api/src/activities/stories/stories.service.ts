import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotFoundError, checkStory, type StoryToPost } from '@laurels/domain';
import { In, type DataSource } from 'typeorm';
import { AchievementService } from '#achievements/achievement-path';
import type { Celebration } from '#achievements/celebrations';
import { Team, User } from '#directory/organizations';
import type { Viewer } from '#platform/auth';
import { Clock } from '#platform/clock';

/** Success stories: told by anyone, celebrated through the achievement path. */
@Injectable()
export class StoriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly achievements: AchievementService,
    private readonly clock: Clock,
  ) {}

  /**
   * A success story about colleagues, a team, or both, told by anyone. It
   * belongs to the team named, or to the one team all its people share.
   */
  async postStory(viewer: Viewer, input: StoryToPost): Promise<Celebration> {
    const story = checkStory(input);
    const people = story.userIds.length
      ? await this.dataSource.getRepository(User).findBy({ id: In(story.userIds), organizationId: viewer.organizationId })
      : [];
    const unknown = story.userIds.find((id) => !people.some((person) => person.id === id));
    if (unknown) throw new NotFoundError('User', unknown);
    if (
      story.teamId &&
      !(await this.dataSource.getRepository(Team).existsBy({ id: story.teamId, organizationId: viewer.organizationId }))
    ) {
      throw new NotFoundError('Team', story.teamId);
    }
    const teams = new Set(people.map((person) => person.teamId));
    const teamId = story.teamId ?? (teams.size === 1 ? [...teams][0]! : null);
    return this.dataSource.transaction((manager) =>
      this.achievements.celebrateStory(manager, {
        organizationId: viewer.organizationId,
        title: story.title,
        body: story.body,
        peopleIds: story.userIds,
        teamId,
        authorId: viewer.userId,
        at: this.clock.now(),
      }),
    );
  }
}
