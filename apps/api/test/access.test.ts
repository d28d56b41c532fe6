import { PATH_METADATA } from '@nestjs/common/constants.js';
import type { ExecutionContext } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { describe, expect, it } from 'vitest';
import { ACCESS_RULE } from '../src/access/access-rule.decorator.js';
import { AccessGuard } from '../src/access/access.guard.js';
import { useRunningApp } from './support/test-app.js';

describe('access rules', () => {
  const context = useRunningApp();

  it('every route declares who may call it', () => {
    const discovery = new DiscoveryService(context.api.app.get(ModulesContainer));
    const scanner = new MetadataScanner();
    const routes: string[] = [];
    const missing: string[] = [];
    for (const { metatype } of discovery.getControllers()) {
      if (typeof metatype !== 'function') continue;
      for (const method of scanner.getAllMethodNames(metatype.prototype)) {
        const handler = metatype.prototype[method];
        if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        routes.push(`${metatype.name}.${method}`);
        const rule =
          Reflect.getMetadata(ACCESS_RULE, handler) ?? Reflect.getMetadata(ACCESS_RULE, metatype);
        if (!rule) missing.push(`${metatype.name}.${method}`);
      }
    }

    expect(routes.length).toBeGreaterThanOrEqual(8);
    expect(missing).toEqual([]);
  });

  it('a route without a rule is refused, not served', () => {
    class UnguardedController {
      handler() {}
    }
    const executionContext = {
      getHandler: () => UnguardedController.prototype.handler,
      getClass: () => UnguardedController,
    } as unknown as ExecutionContext;

    expect(() =>
      new AccessGuard(new Reflector(), null as never).canActivate(executionContext),
    ).toThrow(/has no access rule/);
  });
});
