import type { RedemptionStatus } from '@/gql/graphql';
import { Tag } from '@/ui';

const LOOK: Record<RedemptionStatus, { label: string; tone: 'gold' | 'success' | 'danger' }> = {
  PENDING: { label: 'Waiting for review', tone: 'gold' },
  APPROVED: { label: 'Approved', tone: 'success' },
  REJECTED: { label: 'Rejected, points returned', tone: 'danger' },
};

export function RedemptionStatusTag({ status }: { status: RedemptionStatus }) {
  return <Tag tone={LOOK[status].tone}>{LOOK[status].label}</Tag>;
}
