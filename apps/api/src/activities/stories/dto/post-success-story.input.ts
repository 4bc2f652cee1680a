import { Field, ID, InputType } from '@nestjs/graphql';
import { MAX_STORY_BODY, MAX_STORY_PEOPLE, MAX_STORY_TITLE } from '@laurels/domain';
import { ArrayMaxSize, IsOptional } from 'class-validator';
import { IsId, IsText } from '#platform/graphql';

@InputType({ description: 'A colleague or a team going the extra mile, told by anyone.' })
export class PostSuccessStoryInput {
  @Field()
  @IsText(1, MAX_STORY_TITLE)
  title!: string;

  @Field({ description: 'Markdown.' })
  @IsText(1, MAX_STORY_BODY)
  body!: string;

  @Field(() => [ID], { nullable: true, description: 'People the story is about.' })
  @IsOptional()
  @ArrayMaxSize(MAX_STORY_PEOPLE, { message: `a story can be about at most ${MAX_STORY_PEOPLE} people` })
  @IsId({ each: true })
  userIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  teamId?: string | null;
}
