import {
  Award,
  BookOpen,
  Cake,
  Crown,
  Flame,
  Footprints,
  Gem,
  GraduationCap,
  HandHeart,
  Headphones,
  Heart,
  HeartHandshake,
  Library,
  Medal,
  Presentation,
  MessageCircle,
  Rocket,
  ScrollText,
  ShieldCheck,
  Smile,
  Sparkles,
  Star,
  Trophy,
  Zap,
  type LucideIcon,
} from 'lucide-react';

/** The icons a badge or a celebration can carry, by the names the API stores (libs/domain BADGE_ICONS, and the feed's kudos and stories). */
export const BADGE_ICON_SET: Record<string, LucideIcon> = {
  award: Award,
  footprints: Footprints,
  'graduation-cap': GraduationCap,
  library: Library,
  star: Star,
  sparkles: Sparkles,
  trophy: Trophy,
  medal: Medal,
  flame: Flame,
  'heart-handshake': HeartHandshake,
  heart: Heart,
  'scroll-text': ScrollText,
  'shield-check': ShieldCheck,
  rocket: Rocket,
  smile: Smile,
  'message-circle': MessageCircle,
  headphones: Headphones,
  zap: Zap,
  crown: Crown,
  gem: Gem,
  'hand-heart': HandHeart,
  'book-open': BookOpen,
  cake: Cake,
  presentation: Presentation,
};

/** Draws a named icon; anything else (an emoji an admin typed) is shown as text. */
export function BadgeIcon({ name, size }: { name: string; size: number }) {
  const Icon = BADGE_ICON_SET[name];
  return Icon ? <Icon size={size} strokeWidth={1.75} aria-hidden="true" /> : <span aria-hidden="true">{name}</span>;
}
