import { Global, Module } from '@nestjs/common';
import { Clock } from './clock.js';

/** Makes the one Clock injectable everywhere (global), so tests can move time for the whole app. */
@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
