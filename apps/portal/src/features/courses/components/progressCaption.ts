import { plural } from '@/ui';

/** A completion stands when modules are added later: the caption says so rather than showing the course unfinished. */
export function progressCaption(passed: number, total: number, completed: boolean): string {
  const added = total - passed;
  if (completed && added > 0) return `Completed · ${plural(added, 'module')} added since, yours to explore`;
  return `${passed} of ${plural(total, 'module')} passed`;
}
