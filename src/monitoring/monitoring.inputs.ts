import { IsOptional, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../common/scalars';
import { ProjectStage } from '../projects/project.entity';
import { IssueCategory, IssueStatus } from './issue.entity';
import { KpiIndicator } from './kpi.entity';

@InputType({ description: 'A progress report on a project.' })
export class RecordProjectProgressInput {
  @Field(() => ID, { description: 'The project; the caller must be able to write it.' })
  projectId!: string;

  @Field(() => DateScalar, { description: 'The day the figures describe; never in the future.' })
  asOf!: string;

  @Field(() => DecimalScalar, { description: 'KZT spent to date; not negative.' })
  spentKzt!: string;

  @Field(() => Int, { description: 'Jobs created to date; not negative.' })
  jobsCreated!: number;

  @Field(() => ProjectStage, { nullable: true, description: 'The stage the project has reached: the project moves to it.' })
  stage?: ProjectStage | null;

  @Field(() => String, { nullable: true, description: 'A note.' })
  @IsOptional()
  @MaxLength(20000)
  note?: string | null;
}

@InputType({ description: "An investor's problem, as raised with a front office." })
export class RaiseInvestorIssueInput {
  @Field(() => ID, { description: 'The investor; the caller must be able to read it.' })
  investorId!: string;

  @Field(() => ID, { nullable: true, description: 'The project it concerns; the caller must be able to read it.' })
  projectId?: string | null;

  @Field({ description: 'Short statement of the problem.' })
  @Length(1, 500)
  title!: string;

  @Field({ description: 'The problem as the investor put it.' })
  @Length(1, 20000)
  description!: string;

  @Field(() => IssueCategory, { description: 'What it is about.' })
  category!: IssueCategory;

  @Field({ description: 'A systemic problem, not one investor’s (paragraph 20).' })
  systemic!: boolean;
}

@InputType({ description: 'Changes to an investor issue; absent fields stay as they are.' })
export class UpdateInvestorIssueInput {
  @Field(() => IssueStatus, { nullable: true, description: 'New status; RESOLVED needs a resolution.' })
  status?: IssueStatus | null;

  @Field(() => String, { nullable: true, description: 'How it was resolved.' })
  @IsOptional()
  @Length(1, 20000)
  resolution?: string | null;

  @Field(() => String, { nullable: true, description: 'Short statement of the problem.' })
  @IsOptional()
  @Length(1, 500)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'The problem as the investor put it.' })
  @IsOptional()
  @Length(1, 20000)
  description?: string | null;

  @Field(() => IssueCategory, { nullable: true, description: 'What it is about.' })
  category?: IssueCategory | null;

  @Field(() => Boolean, { nullable: true, description: 'A systemic problem.' })
  systemic?: boolean | null;

  @Field(() => Int, { description: 'The version read; a stale one is a CONFLICT and changes nothing.' })
  expectedVersion!: number;
}

@InputType({ description: 'Filters for investor issues; all optional and combined with AND.' })
export class InvestorIssueFilter {
  @Field(() => ID, { nullable: true, description: 'The investor.' }) investorId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The project.' }) projectId?: string | null;
  @Field(() => IssueStatus, { nullable: true, description: 'The status.' }) status?: IssueStatus | null;
  @Field(() => IssueCategory, { nullable: true, description: 'The category.' }) category?: IssueCategory | null;
  @Field(() => Boolean, { nullable: true, description: 'Systemic (true) or not (false).' }) systemic?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'The office that raised it.' }) raisedByOfficeId?: string | null;
}

@InputType({ description: "An item for the Investment Headquarters' agenda." })
export class AgendaItemInput {
  @Field({ description: 'What is put before the Headquarters.' })
  @Length(1, 5000)
  summary!: string;

  @Field(() => ID, { nullable: true, description: 'A project that makes no progress.' })
  projectId?: string | null;

  @Field(() => ID, { nullable: true, description: "An investor's issue: it becomes ESCALATED." })
  issueId?: string | null;
}

@InputType({ description: 'A decision of the Investment Headquarters on an agenda item.' })
export class HeadquartersDecisionInput {
  @Field({ description: 'What was decided.' })
  @Length(1, 5000)
  decision!: string;

  @Field(() => ID, { description: 'The office that must carry it out.' })
  responsibleOfficeId!: string;

  @Field(() => DateScalar, { description: 'The last day to carry it out; not before the meeting.' })
  dueOn!: string;
}

@InputType({ description: 'Filters for Headquarters decisions; combined with AND.' })
export class HeadquartersDecisionFilter {
  @Field(() => ID, { nullable: true, description: 'The office that must carry them out.' }) responsibleOfficeId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only decisions OPEN after their due day (true) or all others (false), as of now.' })
  overdue?: boolean | null;
}

@InputType({ description: "A target for one of a front office's indicators (paragraph 8.3)." })
export class KpiTargetInput {
  @Field(() => ID, { description: 'The front office.' })
  officeId!: string;

  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => Int, { nullable: true, description: 'The quarter, 1 to 4; absent for the whole year.' })
  quarter?: number | null;

  @Field(() => KpiIndicator, { description: 'The indicator.' })
  indicator!: KpiIndicator;

  @Field(() => DecimalScalar, { description: 'The target; not negative.' })
  target!: string;
}
