import { Compass } from 'lucide-react';
import { ButtonLink } from '@/ui/Button';
import { EmptyState } from '@/ui/States';

export function NotFoundPage() {
  return (
    <EmptyState icon={<Compass size={28} />} title="Nothing here" action={<ButtonLink to="/">Back to home</ButtonLink>}>
      The page you were looking for does not exist, or it has moved.
    </EmptyState>
  );
}
