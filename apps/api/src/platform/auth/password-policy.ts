import { InvalidInputError } from '@laurels/domain';
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

const MIN_PASSWORD_LENGTH = 8;
const MAX_PASSWORD_LENGTH = 200;

/**
 * zxcvbn's score runs from 0 to 4; 3 is "safely unguessable": about 10^8
 * guesses or more, far beyond what sign-in throttling lets anyone try online,
 * and slow to find offline against a scrypt hash.
 */
const MIN_SCORE = 3;

/** Who the password is for: what it must not be built from. */
export interface PasswordOwner {
  readonly email: string;
  readonly displayName?: string | null;
  readonly organizationName?: string | null;
}

let estimator: Promise<ZxcvbnFactory> | undefined;

/**
 * zxcvbn with its common-password and English dictionaries, loaded on the
 * first password set (they weigh about 5 MB) and kept for the process.
 */
function loadEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common, english] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
    ]);
    return new ZxcvbnFactory({
      translations: english.translations,
      graphs: common.adjacencyGraphs,
      dictionary: { ...common.dictionary, ...english.dictionary },
    });
  })();
  estimator.catch(() => (estimator = undefined));
  return estimator;
}

/** The owner's email and its parts, their name and organisation's name, whole, run together and word by word. */
function ownWords(owner: PasswordOwner): string[] {
  const email = owner.email.trim().toLowerCase();
  const words = [email, ...email.split(/[@.+_-]+/)];
  for (const name of [owner.displayName, owner.organizationName]) {
    if (!name) continue;
    const parts = name.toLowerCase().split(/[^\p{L}\p{N}]+/u);
    words.push(name.toLowerCase(), parts.join(''), ...parts);
  }
  return [...new Set(words.filter((word) => word.length >= 3))];
}

/**
 * Refuses a password that is too short, too long, common or guessable (a
 * strength estimator's score with its dictionaries and the owner's own email,
 * name and organisation), as BAD_USER_INPUT on `field` with the estimator's
 * reason. Every place that sets a password calls it before hashing.
 */
export async function assertStrongPassword(field: string, password: string, owner: PasswordOwner): Promise<void> {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    throw new InvalidInputError(field, `${field} must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters`);
  }
  const { score, feedback } = (await loadEstimator()).check(password, ownWords(owner));
  if (score >= MIN_SCORE) return;
  const why = feedback.warning ?? 'It would be guessed quickly.';
  const advice = feedback.suggestions.length > 0 ? feedback.suggestions.join(' ') : 'Add another word or two that are less common.';
  throw new InvalidInputError(field, `This password is too easy to guess. ${why} ${advice}`);
}
