import { linkedInAddToProfileUrl } from '@laurels/domain';
import { ImageDown, Share2 } from 'lucide-react';
import styles from './ShareAchievement.module.css';

interface ShareAchievementProps {
  /** The award's id, which is its credential's. */
  credentialId: string;
  /** The credential's public URL, where anyone can verify it. */
  credentialUrl: string;
  name: string;
  organizationName: string;
  issuedAt: string;
  expiresAt?: string | null;
  className?: string;
}

/**
 * Ways to show an achievement off outside Laurels: LinkedIn's add-to-profile form filled in with
 * the credential's id and URL, and the picture the credential carries as an SVG file.
 */
export function ShareAchievement({
  credentialId,
  credentialUrl,
  name,
  organizationName,
  issuedAt,
  expiresAt,
  className,
}: ShareAchievementProps) {
  const linkedIn = linkedInAddToProfileUrl({
    name,
    organizationName,
    issuedAt: new Date(issuedAt),
    expiresAt: expiresAt ? new Date(expiresAt) : null,
    certUrl: credentialUrl,
    certId: credentialId,
  });
  return (
    <span className={[styles.share, className ?? ''].join(' ')}>
      <a href={linkedIn} target="_blank" rel="noopener noreferrer" className={styles.link}>
        <Share2 size={16} aria-hidden="true" /> Add to LinkedIn profile
      </a>
      <a href={`/credentials/${credentialId}/image.svg`} download className={styles.link}>
        <ImageDown size={16} aria-hidden="true" /> Download image
      </a>
    </span>
  );
}
