import { CalendarDayTransfer, CalendarHoliday, CalendarKurbanAit } from '../calendar/calendar.entities';
import { ChangeEvent } from '../events/change-event.entity';
import { Investor } from '../investors/investor.entity';
import { Office } from '../offices/office.entity';
import { PoolContribution, PoolContributionEntry } from '../pool/pool-contribution.entity';
import { UnifiedPool, UnifiedPoolEntry } from '../pool/unified-pool.entity';
import { Project } from '../projects/project.entity';
import { MciRate } from '../reference/mci-rate.entity';
import { Region } from '../reference/region.entity';
import { RuleSet } from '../reference/rule-set.entity';
import { Sector } from '../reference/sector.entity';
import { InvestorRequest, InvestorRequestHandoff } from '../requests/investor-request.entity';
import { QuarterlyReport } from '../reports/quarterly-report.entity';
import { IndustrialSite } from '../sites/industrial-site.entity';
import { ServiceApplication, ServiceApplicationStep, ServiceReceiptCounter } from '../state-services/service-application.entity';
import { ServiceViolation } from '../state-services/service-violation.entity';
import { StateService } from '../state-services/state-service.entity';
import { User } from '../users/user.entity';

/** Every TypeORM entity; the migrations must match these (checked in CI). */
export const ENTITIES = [
  Region,
  Sector,
  MciRate,
  RuleSet,
  CalendarHoliday,
  CalendarKurbanAit,
  CalendarDayTransfer,
  Office,
  User,
  Investor,
  Project,
  IndustrialSite,
  ChangeEvent,
  InvestorRequest,
  InvestorRequestHandoff,
  PoolContribution,
  PoolContributionEntry,
  UnifiedPool,
  UnifiedPoolEntry,
  QuarterlyReport,
  StateService,
  ServiceApplication,
  ServiceApplicationStep,
  ServiceViolation,
  ServiceReceiptCounter,
];
