import { BookOpenText, ListChecks, MessagesSquare, PlayCircle } from 'lucide-react';
import type { ModuleKind } from '@/gql/graphql';

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
