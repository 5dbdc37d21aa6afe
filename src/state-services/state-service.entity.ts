import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'One regulated procedure of a state service (e.g. Order 489, paragraph 5).' })
export class StateServiceStep {
  @Field(() => Int, { description: 'Position in the procedure, from 1.' })
  order!: number;

  @Field({ description: 'What is done.' })
  name!: string;

  @Field({ description: 'Its regulated duration, ISO-8601, where D counts working days: "PT15M", "P9D".' })
  duration!: string;
}

/**
 * A state service investors apply for through a front office (chapter 6). The catalogue is
 * data: its steps and term come from the service's regulation, its provider from a setting.
 */
@ObjectType({ description: 'A state service investors may apply for through a front office (chapter 6).' })
@Entity('state_service')
export class StateService {
  @Field({ description: 'Stable code, e.g. "INVESTOR_VISA_PETITION".' })
  @PrimaryColumn({ type: 'varchar', length: 60 })
  code!: string;

  @Field({ description: 'Name of the state service.' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => Int, { description: "The provider's term in working days, counted from the forwarding (paragraph 27)." })
  @Column({ type: 'int', name: 'term_working_days' })
  termWorkingDays!: number;

  @Field(() => [StateServiceStep], { description: 'The regulated procedures, in order.' })
  @Column({ type: 'jsonb', default: () => `'[]'` })
  steps!: StateServiceStep[];

  @Field(() => Int, {
    nullable: true,
    description:
      'The step that signs the result (Order 489, paragraph 5.7): the provider records the result once it is done. Null when the service has no regulated steps.',
  })
  @Column({ type: 'int', name: 'result_signing_step', nullable: true })
  resultSigningStep!: number | null;

  /** Resolved to `providerOffice`; an office code, so the setting survives re-seeding offices. */
  @Column({ type: 'varchar', length: 40, name: 'provider_office_code', nullable: true })
  providerOfficeCode!: string | null;

  @Field({ description: 'Where the steps and the term come from, and how the term was derived.' })
  @Column({ type: 'text' })
  source!: string;
}
