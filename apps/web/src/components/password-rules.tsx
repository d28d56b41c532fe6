import {
  checkPassword,
  PASSWORD_MIN_CLASSES,
  PASSWORD_MIN_LENGTH,
  type PasswordProblemCode,
} from '@bizenv/shared';
import { CheckCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import './password-rules.css';

const RULES: { codes: PasswordProblemCode[]; text: string }[] = [
  { codes: ['too_short', 'too_long'], text: `至少 ${PASSWORD_MIN_LENGTH} 位` },
  {
    codes: ['too_few_classes'],
    text: `包含大写字母、小写字母、数字、符号中的至少${PASSWORD_MIN_CLASSES === 3 ? '三' : PASSWORD_MIN_CLASSES}类`,
  },
  { codes: ['contains_username'], text: '不包含用户名' },
];

/**
 * The shared password rules (libs/shared password-policy, which the server enforces), ticked off
 * live while the user types.
 */
export function PasswordRules({ password, username }: { password: string; username: string }) {
  const problems = new Set(checkPassword(password, username).map((p) => p.code));
  return (
    <ul className="password-rules" aria-label="密码要求">
      {RULES.map((rule) => {
        const met = password.length > 0 && !rule.codes.some((code) => problems.has(code));
        return (
          <li key={rule.text} className={met ? 'is-met' : undefined} data-met={met}>
            {met ? <CheckCircleFilled /> : <MinusCircleOutlined />}
            <span>{rule.text}</span>
          </li>
        );
      })}
    </ul>
  );
}

/** A form validator with the first problem's Chinese message. */
export function passwordValidator(username: () => string) {
  return (_: unknown, value: unknown) => {
    const problems = checkPassword(typeof value === 'string' ? value : '', username());
    return problems[0] ? Promise.reject(new Error(problems[0].message)) : Promise.resolve();
  };
}
