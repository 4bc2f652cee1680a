/**
 * What people call the input fields, for messages shown to them: "Due date must be in the
 * future", not "dueAt must be in the future". A field not listed reads as its name split into
 * words (passingScore: "passing score"). The error's `field` extension keeps the exact name.
 */
const WORDS: Record<string, string> = {
  after: 'cursor',
  answerIndex: 'correct answer',
  awardId: 'award',
  badgeId: 'badge',
  courseId: 'course',
  courseIds: 'courses',
  csat: 'CSAT',
  displayName: 'name',
  dueAt: 'due date',
  employeeId: 'employee',
  endsAt: 'end date',
  externalId: 'ticket id',
  first: 'page size',
  from: 'start',
  moduleId: 'module',
  nps: 'NPS',
  organizationName: 'organisation name',
  pathId: 'learning path',
  receivedAt: 'date',
  requiredCourseIds: 'required courses',
  startsAt: 'start date',
  teamId: 'team',
  to: 'end',
  toUserId: 'colleague',
  toUserIds: 'colleagues',
  userId: 'person',
  userIds: 'people',
  validityDays: 'validity in days',
};

/** One field name in words, lower case unless it is an acronym: dueAt → "due date". */
export function fieldInWords(name: string): string {
  return WORDS[name] ?? name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** A name in code: a lower-case word with a capital inside (dueAt, externalId), never an everyday word. */
const CODE_NAME = /\b[a-z]+(?:[A-Z][a-z]*)+\b/g;
/** What a message quotes (a title, a value someone typed) is kept as written. */
const QUOTED = /(“[^”]*”|"[^"]*")/;

/**
 * A validation message as a sentence about the field in words: the field's name where it
 * starts the message, and any other name in code inside it, become words, and the sentence
 * starts with a capital. "dueAt must be in the future" → "Due date must be in the future".
 */
export function inWords(message: string, field?: string): string {
  const name = field?.split('.').at(-1);
  const named = name && message.startsWith(`${name} `) ? `${fieldInWords(name)}${message.slice(name.length)}` : message;
  const worded = named
    .split(QUOTED)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(CODE_NAME, (word) => fieldInWords(word))))
    .join('');
  // A sentence starts with a capital, unless it starts with a value as written (an email, an id).
  return /^[a-z]+\b(?![@.-])/.test(worded) ? worded.charAt(0).toUpperCase() + worded.slice(1) : worded;
}
