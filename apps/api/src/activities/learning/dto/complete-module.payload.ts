import { Field, Int, ObjectType } from '@nestjs/graphql';
import { MAX_BADGES, MAX_CERTIFICATIONS } from '@laurels/domain';
import { BadgeAwardObject, CertificationAwardObject } from '#achievements/awards';
import { LevelObject } from '#directory/organizations';
import { EnrollmentObject } from './enrollment.object.js';
import { ModuleCompletionObject } from './module-completion.object.js';
import { AtMost } from '#platform/graphql';

@ObjectType('CompleteModulePayload', { description: 'The attempt, where the course stands, and everything it earned.' })
export class CompleteModulePayload {
  @Field(() => ModuleCompletionObject)
  completion!: ModuleCompletionObject;

  @Field(() => EnrollmentObject)
  enrollment!: EnrollmentObject;

  @Field(() => Int, {
    description: 'Points this attempt added to the ledger: the module, and the course bonus when it finished the course.',
  })
  pointsAwarded!: number;

  @Field(() => [BadgeAwardObject], { description: 'Badges this completion earned, each with its credential.' })
  @AtMost(MAX_BADGES)
  newBadges!: BadgeAwardObject[];

  @Field(() => LevelObject, { nullable: true, description: 'The new level when this completion crossed a level threshold.' })
  levelUp!: LevelObject | null;

  @Field(() => [CertificationAwardObject], { description: 'Certifications (or renewals) this completion earned.' })
  @AtMost(MAX_CERTIFICATIONS)
  newCertifications!: CertificationAwardObject[];
}
