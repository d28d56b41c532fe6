import { describe, expect, it } from 'vitest';
import { checkPassword, type PasswordProblemCode } from './password-policy.js';

describe('checkPassword', () => {
  it.each<[string, string, PasswordProblemCode[]]>([
    ['Yingshang@2026', 'linyou.office', []],
    ['Abcdefgh12', 'someone', []], // upper + lower + digit
    ['abcdefgh1!', 'someone', []], // lower + digit + symbol
    ['ABCDEFGH1!', 'someone', []], // upper + digit + symbol
    ['Abcdefgh!!', 'someone', []], // upper + lower + symbol
    ['Abcdefg1!', 'someone', ['too_short']], // 9 characters
    ['abcdefghij', 'someone', ['too_few_classes']],
    ['abcdefgh12', 'someone', ['too_few_classes']], // two classes only
    ['营商环境优化改革任务12', 'someone', ['too_few_classes']], // CJK counts as symbol: 2 classes
    ['Admin@2026x', 'admin', ['contains_username']],
    ['xxLINYOU.OFFICE1a', 'linyou.office', ['contains_username']], // case-insensitive
    ['Ab1!', 'ab', ['too_short']], // a 2-letter username is not matched
    ['short', 'short', ['too_short', 'too_few_classes', 'contains_username']],
    [`Aa1!${'x'.repeat(125)}`, 'someone', ['too_long']],
  ])('%s (user %s) → %j', (password, username, expected) => {
    expect(checkPassword(password, username).map((problem) => problem.code)).toEqual(expected);
  });

  it('explains every problem in Chinese', () => {
    const problems = checkPassword('abc', 'abc');

    expect(problems.map((problem) => problem.message)).toEqual([
      '密码至少 10 位',
      '密码须包含大写字母、小写字母、数字、符号中的至少三类',
      '密码不能包含用户名',
    ]);
  });
});
