import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarController } from './calendar.controller.js';
import { CalendarRepository } from './calendar.repository.js';
import { WorkingDayCalendarService } from './calendar.service.js';
import { HolidayYearEntity } from './holiday-year.entity.js';
import { HolidayYearsService } from './holiday-years.service.js';

/** The working-day calendar for every feature (global): inject WorkingDayCalendarService. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([HolidayYearEntity])],
  controllers: [CalendarController],
  providers: [CalendarRepository, WorkingDayCalendarService, HolidayYearsService],
  exports: [WorkingDayCalendarService],
})
export class CalendarModule {}
