/**
 * Password rules, shared by the API (which enforces them) and the web form (which shows the
 * problems while the user types). Pure: no framework, no I/O.
 */

export const PASSWORD_MIN_LENGTH = 10;
/** Bytes argon2 would hash; longer input is refused rather than silently truncated anywhere. */
export const PASSWORD_MAX_LENGTH = 128;
/** How many of the four character classes a password needs. */
export const PASSWORD_MIN_CLASSES = 3;

export type PasswordProblemCode =
  'too_short' | 'too_long' | 'too_few_classes' | 'contains_username';

export interface PasswordProblem {
  code: PasswordProblemCode;
  message: string;
}

const CLASSES: readonly RegExp[] = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/];

/**
 * The problems of a candidate password, empty when it is acceptable. The username is compared
 * case-insensitively (a username of under 3 characters is too short to be a meaningful match).
 */
export function checkPassword(password: string, username: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    problems.push({ code: 'too_short', message: `密码至少 ${PASSWORD_MIN_LENGTH} 位` });
  }
  if ([...password].length > PASSWORD_MAX_LENGTH) {
    problems.push({ code: 'too_long', message: `密码最多 ${PASSWORD_MAX_LENGTH} 位` });
  }
  if (CLASSES.filter((pattern) => pattern.test(password)).length < PASSWORD_MIN_CLASSES) {
    problems.push({
      code: 'too_few_classes',
      message: '密码须包含大写字母、小写字母、数字、符号中的至少三类',
    });
  }
  const name = username.trim().toLowerCase();
  if (name.length >= 3 && password.toLowerCase().includes(name)) {
    problems.push({ code: 'contains_username', message: '密码不能包含用户名' });
  }
  return problems;
}
