import { Module } from '@nestjs/common';
import { SeedingRepository } from './seeding.repository.js';
import { SeedingService } from './seeding.service.js';

@Module({
  providers: [SeedingService, SeedingRepository],
})
export class SeedingModule {}
