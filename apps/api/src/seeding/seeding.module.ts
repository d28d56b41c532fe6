import { Module } from '@nestjs/common';
import { SeedingRepository } from './seeding.repository.js';
import { SeedingService } from './seeding.service.js';

@Module({
  providers: [SeedingService, SeedingRepository],
  // Demo accounts are seeded after the plans (users/accounts-startup.ts).
  exports: [SeedingService],
})
export class SeedingModule {}
