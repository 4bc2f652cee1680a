import { Chip, Segmented } from '@/ui';
import { KIND_GROUPS, type FeedFilter, type KindGroup } from '../feed-list';
import styles from './FeedFilters.module.css';

interface FeedFiltersProps {
  filter: FeedFilter;
  onChange: (filter: FeedFilter) => void;
  /** The viewer's team, when they have one; another team when the address names it. */
  teams: readonly { id: string; label: string }[];
}

/** Whose celebrations (everyone's or a team's) and which kinds; no kind chosen shows them all. */
export function FeedFilters({ filter, onChange, teams }: FeedFiltersProps) {
  const toggle = (group: KindGroup) =>
    onChange({
      ...filter,
      groups: filter.groups.includes(group) ? filter.groups.filter((chosen) => chosen !== group) : [...filter.groups, group],
    });
  return (
    <div className={styles.filters}>
      {teams.length > 0 && (
        <Segmented
          label="Whose celebrations"
          value={filter.teamId ?? 'everyone'}
          options={[{ value: 'everyone', label: 'Everyone' }, ...teams.map((team) => ({ value: team.id, label: team.label }))]}
          onChange={(value) => onChange({ ...filter, teamId: value === 'everyone' ? null : value })}
        />
      )}
      <div className={styles.kinds} role="group" aria-label="Kinds of celebration">
        <Chip selected={filter.groups.length === 0} onClick={() => onChange({ ...filter, groups: [] })}>
          All
        </Chip>
        {KIND_GROUPS.map((group) => (
          <Chip key={group.value} selected={filter.groups.includes(group.value)} onClick={() => toggle(group.value)}>
            {group.label}
          </Chip>
        ))}
      </div>
    </div>
  );
}
