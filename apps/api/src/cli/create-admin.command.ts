import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { checkPassword, USERNAME_PATTERN } from '@bizenv/shared';
import { SYSTEM_ACTOR } from '../audit/audit.service.js';
import { AppError } from '../common/app-error.js';
import { loadConfig } from '../config/load-config.js';
import { UsersRepository } from '../users/users.repository.js';
import { UsersService } from '../users/users.service.js';
import { CreateAdminModule } from './create-admin.module.js';

export const CREATE_ADMIN_USAGE = `用法：npm run create-admin -- --username <用户名> --jurisdiction <辖区代码> [--role office|system_admin] [--display-name <姓名>]
创建第一个账号（默认角色 office：该辖区营商办，可在系统中管理本辖区用户）。密码取自环境变量 ADMIN_PASSWORD，未设置时交互输入。
数据库由 DATABASE_URL 指定；该用户名已存在时不做任何修改。`;

const ADMIN_ROLES = ['office', 'system_admin'] as const;

export interface CreateAdminArgs {
  username: string;
  jurisdictionCode: string;
  role: (typeof ADMIN_ROLES)[number];
  displayName: string | null;
}

/** A mistake of the operator: the message is one line (plus the usage) for the terminal. */
export class CreateAdminError extends Error {
  override readonly name = 'CreateAdminError';
}

export function parseCreateAdminArgs(args: string[]): CreateAdminArgs {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        username: { type: 'string' },
        jurisdiction: { type: 'string' },
        role: { type: 'string' },
        'display-name': { type: 'string' },
      },
      strict: true,
    }));
  } catch {
    throw new CreateAdminError(CREATE_ADMIN_USAGE);
  }
  const username = values.username?.trim().toLowerCase();
  const jurisdictionCode = values.jurisdiction?.trim();
  if (!username || !jurisdictionCode) throw new CreateAdminError(CREATE_ADMIN_USAGE);
  if (!USERNAME_PATTERN.test(username)) {
    throw new CreateAdminError('用户名须为 3–32 位字母、数字、点、下划线或连字符');
  }
  if (!/^\d{6}$/.test(jurisdictionCode))
    throw new CreateAdminError('辖区代码须为 6 位数字，例如 610329');
  const role = ADMIN_ROLES.find((candidate) => candidate === (values.role ?? 'office'));
  if (!role) throw new CreateAdminError('--role 须为 office 或 system_admin');
  return { username, jurisdictionCode, role, displayName: values['display-name']?.trim() || null };
}

/**
 * `npm run create-admin`: creates the first account of an installation (or any office /
 * system_admin account an operator needs) and returns the line to print. Refuses, changing
 * nothing, when the username exists or the password breaks the rules. The operator chose the
 * password, so no change is forced at first sign-in.
 */
export async function runCreateAdmin(
  args: string[],
  env: Readonly<Record<string, string | undefined>>,
  readPassword: () => Promise<string>,
): Promise<string> {
  const request = parseCreateAdminArgs(args);
  const config = loadConfig(env);
  const app = await NestFactory.createApplicationContext(CreateAdminModule.forRoot(config), {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
  try {
    const users = app.get(UsersRepository);
    if (await users.findByUsername(request.username)) {
      throw new CreateAdminError(`用户 ${request.username} 已存在，未做任何修改`);
    }
    const jurisdiction = await users.findJurisdiction(request.jurisdictionCode);
    if (!jurisdiction)
      throw new CreateAdminError(
        `辖区 ${request.jurisdictionCode} 不存在（见 seeds/catalog.json）`,
      );
    const password = env.ADMIN_PASSWORD || (await readPassword());
    const problems = checkPassword(password, request.username);
    if (problems.length > 0) {
      throw new CreateAdminError(
        `密码不符合要求：${problems.map((problem) => problem.message).join('；')}`,
      );
    }
    const displayName =
      request.displayName ??
      (request.role === 'office' ? `${jurisdiction.name}营商办` : '系统管理员');
    const user = await app.get(UsersService).createUser(
      {
        username: request.username,
        displayName,
        role: request.role,
        jurisdictionCode: jurisdiction.code,
        departmentId: null,
        password,
        mustChangePassword: false,
      },
      'password',
      { ...SYSTEM_ACTOR, jurisdictionCode: jurisdiction.code },
    );
    const role = request.role === 'office' ? '营商办' : '系统管理员';
    return `已创建账号 ${user.username}（${jurisdiction.name} · ${role}），现在可以登录`;
  } catch (error) {
    // A rule the service enforces (username taken meanwhile, role not fitting): its Chinese message.
    if (error instanceof AppError) throw new CreateAdminError(error.message);
    throw error;
  } finally {
    await app.close();
  }
}
