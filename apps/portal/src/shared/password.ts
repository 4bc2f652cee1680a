/** What a new password must be, in the words the server's password policy checks it by. */
export const NEW_PASSWORD_HINT = 'At least 8 characters, hard to guess: three or four unrelated words work well.';
