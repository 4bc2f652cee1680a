/** A course's fields as typed into the form: what createCourse and updateCourse take, still as text. */
export interface CourseDraft {
  readonly title: string;
  readonly summary: string;
  /** Comma-separated. */
  readonly skills: string;
  readonly estimatedMinutes: string;
  readonly points: string;
}

export type CourseProblems = Partial<Record<keyof CourseDraft, string>>;

export const BLANK_COURSE: CourseDraft = { title: '', summary: '', skills: '', estimatedMinutes: '20', points: '50' };

export function skillList(skills: string): string[] {
  return skills
    .split(',')
    .map((skill) => skill.trim())
    .filter(Boolean);
}

function wholeBetween(text: string, min: number, max: number): boolean {
  const value = Number(text);
  return text.trim() !== '' && Number.isInteger(value) && value >= min && value <= max;
}

/** The checks the server makes, in the same words, so that the form says what is wrong before sending. */
export function courseProblems(draft: CourseDraft): CourseProblems {
  const problems: Record<string, string> = {};
  const title = draft.title.trim();
  if (title.length < 1 || title.length > 120) problems.title = 'Title must be 1 to 120 characters';
  const summary = draft.summary.trim();
  if (summary.length < 1 || summary.length > 1000) problems.summary = 'Summary must be 1 to 1000 characters';
  const skills = skillList(draft.skills);
  if (skills.length === 0) problems.skills = 'Skills must name at least one skill';
  else if (skills.length > 10) problems.skills = 'Skills may hold at most 10 items';
  else if (skills.some((skill) => skill.length > 40)) problems.skills = 'Each skill must be at most 40 characters';
  if (!wholeBetween(draft.estimatedMinutes, 1, 1000)) problems.estimatedMinutes = 'Estimated minutes must be a whole number from 1 to 1000';
  if (!wholeBetween(draft.points, 0, 1000)) problems.points = 'Points must be a whole number from 0 to 1000';
  return problems;
}

export function courseInput(draft: CourseDraft) {
  return {
    title: draft.title.trim(),
    summary: draft.summary.trim(),
    skills: skillList(draft.skills),
    estimatedMinutes: Number(draft.estimatedMinutes),
    points: Number(draft.points),
  };
}
