import { BookOpen, HandHeart, X } from 'lucide-react';
import type { FeedItem_CelebrationFragment } from '@/gql/graphql';
import { Avatar, Button, Card, Segmented } from '@/ui';
import { KudosComposer } from './KudosComposer';
import { StoryComposer } from './StoryComposer';
import styles from './ComposerPanel.module.css';

export type ComposerMode = 'kudos' | 'story';

interface ComposerPanelProps {
  mode: ComposerMode | null;
  onModeChange: (mode: ComposerMode | null) => void;
  viewerId: string;
  viewerName: string;
  values: readonly string[];
  allowanceLeft: number;
  allowance: number;
  onPosted: (celebration: FeedItem_CelebrationFragment) => void;
  onKudosSent: () => void;
}

const MODES = [
  { value: 'kudos' as const, label: 'Give kudos' },
  { value: 'story' as const, label: 'Share a story' },
];

/** Where recognition starts: thanking a colleague or telling a team's story, folded away until asked for. */
export function ComposerPanel({
  mode,
  onModeChange,
  viewerId,
  viewerName,
  values,
  allowanceLeft,
  allowance,
  onPosted,
  onKudosSent,
}: ComposerPanelProps) {
  if (!mode) {
    return (
      <Card className={styles.prompt}>
        <Avatar name={viewerName} size={40} />
        <p className={styles.question}>Who made a difference today?</p>
        <div className={styles.buttons}>
          <Button icon={<HandHeart size={18} aria-hidden="true" />} onClick={() => onModeChange('kudos')}>
            Give kudos
          </Button>
          <Button variant="secondary" icon={<BookOpen size={18} aria-hidden="true" />} onClick={() => onModeChange('story')}>
            Share a success story
          </Button>
        </div>
      </Card>
    );
  }
  return (
    <Card className={styles.open}>
      <div className={styles.head}>
        <Segmented label="What to share" value={mode} options={MODES} onChange={onModeChange} />
        <button type="button" className={styles.close} onClick={() => onModeChange(null)} aria-label="Close" title="Close">
          <X size={20} aria-hidden="true" />
        </button>
      </div>
      {mode === 'kudos' ? (
        <KudosComposer viewerId={viewerId} values={values} allowanceLeft={allowanceLeft} allowance={allowance} onSent={onKudosSent} />
      ) : (
        <StoryComposer onPosted={onPosted} />
      )}
    </Card>
  );
}
