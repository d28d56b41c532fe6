import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCESS_RULE, type AccessRule } from './access-rule.decorator.js';

/**
 * Global guard: a route runs only under an explicit access rule. A route without one is a
 * programming error (a test lists every route to catch it), so it fails closed.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) {
      throw new Error(
        `Route ${context.getClass().name}.${context.getHandler().name} has no access rule`,
      );
    }
    return rule.kind === 'public';
  }
}
