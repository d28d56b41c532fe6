import { Module } from '@nestjs/common';
import { SessionsModule } from '../auth/sessions.module.js';
import { DemoHistoryModule } from '../seeding/demo-history/demo-history.module.js';
import { SeedingModule } from '../seeding/seeding.module.js';
import { AccountsStartup } from './accounts-startup.js';
import { UsersModule } from './users.module.js';

/** Demo accounts at start-up (or the hint to create the first account): the app only, not commands. */
@Module({
  imports: [UsersModule, SessionsModule, SeedingModule, DemoHistoryModule],
  providers: [AccountsStartup],
})
export class AccountsStartupModule {}
