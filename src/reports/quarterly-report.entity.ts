import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DateScalar } from '../common/scalars';
import { TrackedEntity } from '../common/tracked.entity';
import { Office } from '../offices/office.entity';
import { changeKind } from '../events/change-kinds';
import { QuarterFigure } from './quarter-figure-source';

/** Chapter 5: who reports to whom. */
export enum ReportKind {
  /** Paragraph 18: a regional front office to the National Company. */
  REGIONAL = 'REGIONAL',
  /** Paragraph 19: an external front office to the authorized body. */
  EXTERNAL = 'EXTERNAL',
  /** Paragraph 18: the National Company's consolidated report to the authorized body. */
  CONSOLIDATED = 'CONSOLIDATED',
}
registerEnumType(ReportKind, {
  name: 'ReportKind',
  description:
    'REGIONAL (to the National Company), EXTERNAL (to the authorized body) or CONSOLIDATED (the National Company to the authorized body), chapter 5.',
  valuesConfig: {
    REGIONAL: {
      description: "A regional front office's report to the National Company, by the 15th of the month after the quarter (paragraph 18).",
    },
    EXTERNAL: {
      description: "An external front office's report to the authorized body, by the 15th of the month after the quarter (paragraph 19).",
    },
    CONSOLIDATED: {
      description:
        "The National Company's consolidated report to the authorized body, by the 20th of the month after the quarter (paragraph 18).",
    },
  },
});

/**
 * A quarterly report on the accomplished work (chapter 5), one per office and quarter. A
 * re-submission keeps the id, the first `submittedAt` and `onTime` (the report was directed
 * then) and replaces the figures, stamping `resubmittedAt`.
 */
@ObjectType({ description: 'A quarterly report on the accomplished work of a front office (chapter 5).' })
@Entity('quarterly_report')
@Index('quarterly_report_one_per_office_and_quarter', ['year', 'quarter', 'officeId'], { unique: true })
export class QuarterlyReport extends TrackedEntity {
  @Field(() => Int, { description: 'Year of the quarter.' })
  @Column({ type: 'int' })
  year!: number;

  @Field(() => Int, { description: 'Quarter, 1-4.' })
  @Column({ type: 'int' })
  quarter!: number;

  @Field(() => ReportKind, { description: 'Regional, external or consolidated.' })
  @Column({ type: 'enum', enum: ReportKind, enumName: 'report_kind' })
  kind!: ReportKind;

  @Index()
  @Column({ type: 'uuid', name: 'office_id' })
  officeId!: string;

  @ManyToOne(() => Office, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  officeRef?: Relation<Office>;

  @Field(() => DateScalar, { description: "Due day (paragraphs 18, 19: by the rule set in force on the quarter's last day)." })
  @Column({ type: 'date', name: 'due_on' })
  dueOn!: string;

  @Field({ description: 'When it was first submitted.' })
  @Column({ type: 'timestamptz', precision: 3, name: 'submitted_at' })
  submittedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When its figures were last replaced by a re-submission.' })
  @Column({ type: 'timestamptz', precision: 3, name: 'resubmitted_at', nullable: true })
  resubmittedAt!: Date | null;

  @Field({ description: 'First submitted by the end of the due day in Asia/Almaty.' })
  @Column({ type: 'boolean', name: 'on_time' })
  onTime!: boolean;

  @Field(() => [QuarterFigure], {
    description:
      "The quarter's figures, from IRM's records by the same sources as the KPIs (officePerformance), over the quarter in Asia/Almaty; e.g. requestsAnsweredOnTime: the office's requests it answered in the quarter on or before their due time, whenever received (REQUESTS_ANSWERED_ON_TIME).",
  })
  @Column({ type: 'jsonb', default: () => `'[]'` })
  figures!: QuarterFigure[];

  /** A consolidated report's REGIONAL reports; resolved to `sourceReports`. */
  @Column({ type: 'uuid', array: true, name: 'source_report_ids', default: () => `'{}'` })
  sourceReportIds!: string[];

  /** A consolidated report's regional organizations without a report; resolved to `missingOffices`. */
  @Column({ type: 'uuid', array: true, name: 'missing_office_ids', default: () => `'{}'` })
  missingOfficeIds!: string[];
}

/** Changes to this record in the change log. */
export const QUARTERLY_REPORT_CHANGES = changeKind('QUARTERLY_REPORT', "A front office's quarterly report (paragraphs 18, 19).");
