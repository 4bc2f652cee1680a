import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { BadgeTier } from '@laurels/domain';
import { graphql } from '@/gql';
import type { BadgeRuleKind } from '@/gql/graphql';
import { errorField, errorMessage } from '@/shared/apollo';
import {
  Alert,
  BADGE_ICON_SET,
  BadgeIcon,
  Button,
  Card,
  FieldGroup,
  FieldRow,
  FormActions,
  SelectField,
  TextAreaField,
  TextField,
  TIER_LABEL,
} from '@/ui';
import styles from './NewBadgeForm.module.css';

const CreateBadgeMutation = graphql(`
  mutation CreateBadge($input: CreateBadgeInput!) {
    createBadge(input: $input) {
      id
    }
  }
`);

const KINDS: { value: BadgeRuleKind; label: string }[] = [
  { value: 'MODULES_COMPLETED', label: 'Modules completed' },
  { value: 'COURSES_COMPLETED', label: 'Courses completed' },
  { value: 'SKILL_COURSES_COMPLETED', label: 'Courses completed in one skill' },
  { value: 'POINTS_EARNED', label: 'Points earned' },
  { value: 'STREAK_DAYS', label: 'Days in a row of learning' },
  { value: 'CERTIFICATIONS_EARNED', label: 'Certifications earned' },
  { value: 'KUDOS_RECEIVED', label: 'Kudos received' },
  { value: 'FIVE_STAR_FEEDBACK', label: 'Five-star customer feedback' },
  { value: 'MENTORING_SESSIONS', label: 'Mentoring sessions held' },
  { value: 'EVENTS_ATTENDED', label: 'Learning events attended' },
  { value: 'SESSIONS_HOSTED', label: 'Sessions hosted' },
  { value: 'MANUAL', label: 'Given by a manager' },
];

/** Admins define a badge: what it counts, the threshold, and the criteria everyone reads. */
export function NewBadgeForm({ onDone }: { onDone: () => void }) {
  const [form, setForm] = useState({
    name: '',
    description: '',
    criteria: '',
    kind: 'COURSES_COMPLETED' as BadgeRuleKind,
    threshold: '3',
    skill: '',
    tier: 'SILVER' as BadgeTier,
    icon: 'award',
    points: '25',
  });
  const [create, { loading, error }] = useMutation(CreateBadgeMutation, { refetchQueries: ['BadgeWall'], awaitRefetchQueries: true });
  const field = errorField(error);
  const problem = (name: string) => (field === name ? errorMessage(error) : null);
  const set = (name: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value });
  const manual = form.kind === 'MANUAL';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      name: form.name,
      description: form.description,
      criteria: form.criteria,
      kind: form.kind,
      threshold: manual ? 1 : Number(form.threshold),
      skill: form.kind === 'SKILL_COURSES_COMPLETED' ? form.skill : null,
      tier: form.tier,
      icon: form.icon,
      points: Number(form.points),
    };
    if (await create({ variables: { input } }).catch(() => null)) onDone();
  };

  return (
    <Card className={styles.card}>
      <h2>New badge</h2>
      <form onSubmit={submit} noValidate>
        {error && !field && <Alert>{errorMessage(error)}</Alert>}
        <FieldRow>
          <TextField label="Name" value={form.name} onChange={set('name')} error={problem('name')} autoFocus />
          <TextField label="Description" value={form.description} onChange={set('description')} error={problem('description')} />
        </FieldRow>
        <FieldGroup legend="Icon" className={styles.icons}>
          {Object.keys(BADGE_ICON_SET).map((name) => (
            <label key={name} className={[styles.icon, form.icon === name ? styles.chosen : ''].join(' ')} title={name}>
              <input
                type="radio"
                name="icon"
                value={name}
                checked={form.icon === name}
                onChange={set('icon')}
                className="visually-hidden"
              />
              <BadgeIcon name={name} size={22} />
              <span className="visually-hidden">{name}</span>
            </label>
          ))}
        </FieldGroup>
        <TextAreaField label="Criteria, in words" rows={2} value={form.criteria} onChange={set('criteria')} error={problem('criteria')} />
        <FieldRow>
          <SelectField label="Earned by" value={form.kind} onChange={set('kind')}>
            {KINDS.map((kind) => (
              <option key={kind.value} value={kind.value}>
                {kind.label}
              </option>
            ))}
          </SelectField>
          {!manual && (
            <TextField
              label="Threshold"
              type="number"
              min={1}
              value={form.threshold}
              onChange={set('threshold')}
              error={problem('threshold')}
            />
          )}
        </FieldRow>
        {form.kind === 'SKILL_COURSES_COMPLETED' && (
          <TextField label="Skill" hint="e.g. empathy" value={form.skill} onChange={set('skill')} error={problem('skill')} />
        )}
        <FieldRow>
          <SelectField label="Tier" value={form.tier} onChange={set('tier')}>
            {Object.values(BadgeTier).map((tier) => (
              <option key={tier} value={tier}>
                {TIER_LABEL[tier]}
              </option>
            ))}
          </SelectField>
          <TextField label="Bonus points" type="number" min={0} value={form.points} onChange={set('points')} error={problem('points')} />
        </FieldRow>
        <FormActions>
          <Button type="submit" busy={loading}>
            Create badge
          </Button>
          <Button variant="ghost" onClick={onDone}>
            Cancel
          </Button>
        </FormActions>
      </form>
    </Card>
  );
}
