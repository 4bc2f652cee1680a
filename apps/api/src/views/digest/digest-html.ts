import { escapeHtml } from '#platform/mail';

/** What a digest newsletter says, as plain data: the renderer needs no database. */
export interface DigestContent {
  readonly organizationName: string;
  readonly timeZone: string;
  readonly from: Date;
  readonly to: Date;
  /** Where "see it all" links to: the portal's feed. */
  readonly feedUrl: string;
  readonly counts: { readonly label: string; readonly value: number }[];
  readonly topLearners: { readonly rank: number; readonly name: string; readonly team: string | null; readonly points: number }[];
  readonly milestones: { readonly title: string; readonly team: string; readonly reachedAt: Date }[];
  readonly praise: { readonly title: string; readonly quote: string; readonly at: Date }[];
  /**
   * Kudos and success stories: what colleagues said about each other. Quoted
   * text (a kudos message, plain text) is shown as written; a story's Markdown
   * is shortened to plain words.
   */
  readonly recognition: { readonly title: string; readonly text: string | null; readonly quoted: boolean; readonly at: Date }[];
  /** Badges, certifications, levels and courses. */
  readonly achievements: { readonly title: string; readonly at: Date }[];
}

const INK = '#1f2a24';
const MUTED = '#5d6b63';
const BRAND = '#166534';
const GOLD = '#935d14';
const LINE = '#e3e8e4';
const FONT = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const EXCERPT = 320;

/** Plain text from a story's Markdown, shortened: mail clients get words, not markup. */
function excerpt(markdown: string): string {
  const text = markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1).trimEnd()}…` : text;
}

function section(title: string, rows: string): string {
  return `<tr><td style="padding:24px 32px 8px;font:700 18px/1.3 ${FONT};color:${INK}">${escapeHtml(title)}</td></tr><tr><td style="padding:0 32px 8px">${rows}</td></tr>`;
}

function item(title: string, detail: string | null, meta: string, quoted = true): string {
  const text = detail && (quoted ? `“${escapeHtml(detail)}”` : escapeHtml(detail));
  const quote = text ? `<div style="margin-top:4px;font:${quoted ? 'italic ' : ''}14px/1.5 ${FONT};color:${INK}">${text}</div>` : '';
  return `<div style="padding:12px 0;border-bottom:1px solid ${LINE}"><div style="font:600 15px/1.4 ${FONT};color:${INK}">${escapeHtml(title)}</div>${quote}<div style="margin-top:4px;font:13px/1.4 ${FONT};color:${MUTED}">${escapeHtml(meta)}</div></div>`;
}

/**
 * The digest as a self-contained HTML newsletter: one table layout with
 * inline styles and no images, scripts or external CSS, so that it renders the
 * same in mail clients, in a browser and when printed.
 */
export function renderDigestHtml(content: DigestContent): string {
  const day = new Intl.DateTimeFormat('en-GB', { timeZone: content.timeZone, day: 'numeric', month: 'short' });
  const year = new Intl.DateTimeFormat('en-GB', { timeZone: content.timeZone, day: 'numeric', month: 'short', year: 'numeric' });
  // The window ends just before `to`: name the last day it covers.
  const lastDay = new Date(content.to.getTime() - 1);
  const period = `${day.format(content.from)} – ${year.format(lastDay)}`;
  const when = (at: Date) => day.format(at);

  const stats = content.counts
    .map(
      (count) =>
        `<td align="center" style="padding:12px 4px"><div style="font:700 26px/1 ${FONT};color:${BRAND}">${count.value}</div><div style="margin-top:4px;font:12px/1.3 ${FONT};color:${MUTED}">${escapeHtml(count.label)}</div></td>`,
    )
    .join('');
  const learners = content.topLearners
    .map(
      (learner) =>
        `<tr><td style="padding:8px 0;width:32px;font:700 15px ${FONT};color:${learner.rank === 1 ? GOLD : MUTED}">${learner.rank}</td><td style="padding:8px 0;font:600 15px ${FONT};color:${INK}">${escapeHtml(learner.name)}${learner.team ? `<span style="font-weight:400;color:${MUTED}"> · ${escapeHtml(learner.team)}</span>` : ''}</td><td align="right" style="padding:8px 0;font:700 15px ${FONT};color:${GOLD}">${learner.points} pts</td></tr>`,
    )
    .join('');

  const achievements = content.achievements
    .map(
      (entry) =>
        `<tr><td style="padding:7px 0;border-bottom:1px solid ${LINE};font:14px/1.4 ${FONT};color:${INK}">${escapeHtml(entry.title)}</td><td align="right" style="padding:7px 0 7px 12px;border-bottom:1px solid ${LINE};font:13px ${FONT};color:${MUTED};white-space:nowrap">${when(entry.at)}</td></tr>`,
    )
    .join('');

  const sections = [
    content.topLearners.length
      ? section('Top learners', `<table role="presentation" width="100%" cellpadding="0" cellspacing="0">${learners}</table>`)
      : '',
    content.milestones.length
      ? section(
          'Milestones reached',
          content.milestones.map((milestone) => item(milestone.title, null, `${milestone.team} · ${when(milestone.reachedAt)}`)).join(''),
        )
      : '',
    content.praise.length
      ? section('What customers said', content.praise.map((praise) => item(praise.title, praise.quote, when(praise.at))).join(''))
      : '',
    content.recognition.length
      ? section(
          'Kudos and success stories',
          content.recognition
            .map((entry) =>
              item(entry.title, entry.text && (entry.quoted ? entry.text : excerpt(entry.text)), when(entry.at), entry.quoted),
            )
            .join(''),
        )
      : '',
    content.achievements.length
      ? section('Learning achievements', `<table role="presentation" width="100%" cellpadding="0" cellspacing="0">${achievements}</table>`)
      : '',
  ].join('');
  const quiet = sections
    ? ''
    : `<tr><td style="padding:24px 32px;font:15px/1.5 ${FONT};color:${MUTED}">A quiet week: nothing was celebrated. Complete a module, thank a colleague, or tell a success story to start the next one.</td></tr>`;

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(content.organizationName)} · Laurels digest · ${escapeHtml(period)}</title>
</head>
<body style="margin:0;padding:0;background:#f4f6f4">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f6f4"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="width:100%;max-width:600px;background:#ffffff;border:1px solid ${LINE};border-radius:12px">
<tr><td style="padding:28px 32px 20px;background:${BRAND};border-radius:12px 12px 0 0">
<div style="font:600 13px/1.4 ${FONT};color:#d9f2e0;letter-spacing:.04em;text-transform:uppercase">${escapeHtml(content.organizationName)} · Laurels digest</div>
<div style="margin-top:6px;font:700 24px/1.3 ${FONT};color:#ffffff">${escapeHtml(period)}</div>
</td></tr>
${stats ? `<tr><td style="padding:8px 28px;border-bottom:1px solid ${LINE}"><table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr>${stats}</tr></table></td></tr>` : ''}
${sections}${quiet}
<tr><td align="center" style="padding:24px 32px 32px"><a href="${escapeHtml(content.feedUrl)}" style="display:inline-block;padding:12px 22px;border-radius:8px;background:${BRAND};color:#ffffff;font:600 15px ${FONT};text-decoration:none">See every celebration on Laurels</a></td></tr>
</table>
</td></tr></table>
</body>
</html>
`;
}
