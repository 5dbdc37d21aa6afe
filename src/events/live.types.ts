import { ArrayMaxSize, IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Project } from '../projects/project.entity';
import { InvestorRequest } from '../requests/investor-request.entity';
import { ChangeAction } from './change-event.entity';

@InputType({ description: 'Which project changes to receive; every given criterion must hold.' })
export class ProjectChangeFilter {
  @Field(() => [String], { nullable: true, description: 'Only projects in these regions.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @Length(1, 6, { each: true })
  regionCodes?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only these projects.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  ids?: string[];
}

@ObjectType({ description: 'A project changed: the project as it is now.' })
export class ProjectChange {
  @Field({ description: 'Position of the change in the log.' })
  cursor!: string;

  @Field(() => ChangeAction, { description: 'Created, updated or deleted.' })
  action!: ChangeAction;

  @Field(() => Project, { nullable: true, description: 'The project now; null once deleted or out of the office scope.' })
  project!: Project | null;
}

@InputType({ description: 'Which investor-request changes to receive; every given criterion must hold.' })
export class InvestorRequestChangeFilter {
  @Field(() => [ID], { nullable: true, description: 'Only requests assigned to (or passed on by, or for an investor of) these offices.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  officeIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only these requests.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  ids?: string[];
}

@ObjectType({ description: 'An investor request changed: the request as it is now.' })
export class InvestorRequestChange {
  @Field({ description: 'Position of the change in the log.' })
  cursor!: string;

  @Field(() => ChangeAction, { description: 'Created, updated or deleted.' })
  action!: ChangeAction;

  @Field(() => InvestorRequest, { nullable: true, description: 'The request now; null once out of the office scope.' })
  request!: InvestorRequest | null;
}
