import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CourseStatus, MAX_COURSE_SKILLS } from '@laurels/domain';
import type { Course } from '../course.entity.js';
import { AtMost } from '#platform/graphql';

registerEnumType(CourseStatus, {
  name: 'CourseStatus',
  description: 'Drafts are visible to managers and admins only; learners see published courses.',
});

@ObjectType('Course', { description: 'A course of training modules.' })
export class CourseObject {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  summary!: string;

  @Field(() => [String], { description: 'Skills the course trains, e.g. empathy, communication, problem-solving.' })
  @AtMost(MAX_COURSE_SKILLS)
  skills!: string[];

  @Field(() => Int)
  estimatedMinutes!: number;

  @Field(() => Int, { description: 'Bonus points for completing the whole course.' })
  points!: number;

  @Field(() => CourseStatus)
  status!: CourseStatus;

  static from(course: Course): CourseObject {
    return Object.assign(new CourseObject(), {
      id: course.id,
      title: course.title,
      summary: course.summary,
      skills: course.skills,
      estimatedMinutes: course.estimatedMinutes,
      points: course.points,
      status: course.status,
    });
  }
}
