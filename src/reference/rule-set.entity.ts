import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DateScalar, DecimalScalar } from '../common/scalars';

/**
 * The thresholds and time limits of the one-stop-shop rules, as dated data: a project or a
 * deadline is judged by the rule set in force on its date (facts/rules-in-force.md).
 */
@ObjectType({ description: 'A dated set of one-stop-shop thresholds and time limits.' })
@Entity('rule_set')
export class RuleSet {
  @Field({ description: 'Short code, e.g. "RES585_2019".' })
  @PrimaryColumn({ type: 'varchar', length: 40 })
  code!: string;

  @Field({ description: 'The legal act.' })
  @Column({ type: 'text' })
  title!: string;

  @Field(() => DateScalar, { description: 'First day in force.' })
  @Column({ type: 'date', name: 'effective_from', unique: true })
  effectiveFrom!: string;

  @Field(() => DecimalScalar, { description: 'Paragraph 5: the Task Force serves projects of at least this many MCI.' })
  @Column({ type: 'numeric', precision: 20, scale: 2, name: 'task_force_min_mci' })
  taskForceMinMci!: string;

  @Field(() => DecimalScalar, { description: 'Paragraph 5: the National Company serves projects of at least this many MCI.' })
  @Column({ type: 'numeric', precision: 20, scale: 2, name: 'national_company_min_mci' })
  nationalCompanyMinMci!: string;

  @Field(() => DecimalScalar, { description: 'Paragraph 2.8-1: the unified pool takes projects worth strictly more (KZT).' })
  @Column({ type: 'numeric', precision: 20, scale: 2, name: 'pool_min_volume_kzt' })
  poolMinVolumeKzt!: string;

  @Field(() => Int, { description: 'Paragraphs 12.7, 15-1.6: working days to answer an investor request.' })
  @Column({ type: 'int', name: 'request_answer_working_days' })
  requestAnswerWorkingDays!: number;

  @Field(() => Int, { description: 'Paragraph 24: working days for each front-office hand-off.' })
  @Column({ type: 'int', name: 'handoff_working_days' })
  handoffWorkingDays!: number;

  @Field(() => Int, { description: 'Paragraph 18: day of the month after the quarter a regional report is due.' })
  @Column({ type: 'int', name: 'regional_report_due_day' })
  regionalReportDueDay!: number;

  @Field(() => Int, { description: 'Paragraph 19: day of the month after the quarter an external report is due.' })
  @Column({ type: 'int', name: 'external_report_due_day' })
  externalReportDueDay!: number;

  @Field(() => Int, { description: "Paragraph 18: day of the month after the quarter the National Company's consolidated report is due." })
  @Column({ type: 'int', name: 'consolidated_report_due_day' })
  consolidatedReportDueDay!: number;

  @Field(() => Int, {
    description:
      'Paragraph 7.2: calendar days without progress after which a project in preparation or implementation counts as stalled (the rules name no period: an assumption, 180 to start with).',
  })
  @Column({ type: 'int', name: 'stall_period_days' })
  stallPeriodDays!: number;

  @Field({ description: 'Where the values come from.' })
  @Column({ type: 'text' })
  source!: string;
}
