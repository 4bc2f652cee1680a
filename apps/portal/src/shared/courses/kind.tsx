import { BookOpenText, ListChecks, MessagesSquare, PlayCircle } from 'lucide-react';
import type { ModuleKind } from '@/gql/graphql';
import { plural } from '@/ui';

export const KIND_LABEL: Record<ModuleKind, string> = {
  LESSON: 'Lesson',
  QUIZ: 'Quiz',
  SCENARIO: 'Role-play',
  VIDEO: 'Video',
};

export function KindIcon({ kind, size = 18 }: { kind: ModuleKind; size?: number }) {
  const Icon = { LESSON: BookOpenText, QUIZ: ListChecks, SCENARIO: MessagesSquare, VIDEO: PlayCircle }[kind];
  return <Icon size={size} aria-hidden="true" />;
}

/** "1 decision point" for a scenario, "3 questions" for a quiz: what the author called them, in the right number. */
export function questionCount(kind: ModuleKind, count: number): string {
  return kind === 'SCENARIO' ? plural(count, 'decision point') : plural(count, 'question');
}
