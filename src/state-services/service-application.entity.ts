import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { DateScalar } from '../common/scalars';
import { TrackedEntity } from '../common/tracked.entity';
import { Investor } from '../investors/investor.entity';
import { Office } from '../offices/office.entity';
import { StateService } from './state-service.entity';
import { changeKind } from '../events/change-kinds';

/**
 * Paragraph 24: accepted → forwarded → (returned → investor notified → forwarded again)* →
 * result; then paragraphs 26-27: the result back at the front office → handed over.
 */
export enum ServiceApplicationStatus {
  ACCEPTED = 'ACCEPTED',
  FORWARDED = 'FORWARDED',
  RETURNED = 'RETURNED',
  INVESTOR_NOTIFIED = 'INVESTOR_NOTIFIED',
  RESULT_ISSUED = 'RESULT_ISSUED',
  REFUSED = 'REFUSED',
  RESULT_RECEIVED = 'RESULT_RECEIVED',
  HANDED_OVER = 'HANDED_OVER',
}
registerEnumType(ServiceApplicationStatus, {
  name: 'ServiceApplicationStatus',
  description: 'Where a state-service application stands (paragraphs 24, 26, 27).',
  valuesConfig: {
    ACCEPTED: {
      description:
        'Accepted by the front office, receipt given (paragraph 25); to be forwarded to the provider within one working day (paragraph 24).',
    },
    FORWARDED: { description: 'With the service provider; its term runs from the forwarding (paragraphs 24, 27).' },
    RETURNED: {
      description:
        'Returned by the provider as not meeting the standard; the investor is to be told within one working day (paragraph 24).',
    },
    INVESTOR_NOTIFIED: {
      description:
        'The investor was told of the return; the corrected documents are re-sent within one working day of coming in (paragraph 24).',
    },
    RESULT_ISSUED: { description: 'The provider issued the result, handed to the investor against the receipt (paragraph 26).' },
    REFUSED: { description: 'The provider refused the service with a motivated refusal.' },
    RESULT_RECEIVED: {
      description: 'The front office has the executed documents back from the provider (paragraph 27); `outcome` says which.',
    },
    HANDED_OVER: { description: 'The front office handed the result to the investor on the receipt (paragraph 26).' },
  },
});

export enum ServiceOutcome {
  ISSUED = 'ISSUED',
  REFUSED = 'REFUSED',
}
registerEnumType(ServiceOutcome, {
  name: 'ServiceOutcome',
  description: 'The result of a state service: issued, or a motivated refusal.',
  valuesConfig: {
    ISSUED: { description: 'The state service was rendered: the result is issued.' },
    REFUSED: { description: 'The state service was refused; the refusal is motivated (note required).' },
  },
});

@ObjectType({ description: 'A document attached to an application (the Appendix form, "Documents attached").' })
export class ServiceDocument {
  @Field({ description: 'Title of the document.' })
  title!: string;
}

@ObjectType({ description: 'The receipt given to the investor on acceptance (paragraph 25).' })
export class ServiceReceipt {
  @Field({ description: 'Receipt number, sequential per year: "2026-000017".' })
  number!: string;

  @Field({ description: 'When it was issued (the acceptance).' })
  issuedAt!: Date;

  @Field(() => DateScalar, { description: 'Date the result is expected: the forwarding deadline plus the service term (paragraph 27).' })
  expectedResultOn!: string;
}

/** The Appendix application accepted by a front office for a state service (chapter 6). */
@ObjectType({ description: 'An application for a state service accepted by a front office (chapter 6, the Appendix form).' })
@Entity('service_application')
@Index(['acceptedByOfficeId', 'acceptedAt'])
@Index(['providerOfficeId', 'acceptedAt'])
export class ServiceApplication extends TrackedEntity {
  @Column({ type: 'varchar', length: 60, name: 'service_code' })
  serviceCode!: string;

  @ManyToOne(() => StateService, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_code' })
  serviceRef?: Relation<StateService>;

  @Index()
  @Column({ type: 'uuid', name: 'investor_id' })
  investorId!: string;

  @ManyToOne(() => Investor, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'investor_id' })
  investorRef?: Relation<Investor>;

  /** The front office that accepted it: it forwards, notifies and re-sends. */
  @Column({ type: 'uuid', name: 'accepted_by_office_id' })
  acceptedByOfficeId!: string;

  @ManyToOne(() => Office, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'accepted_by_office_id' })
  acceptedByOfficeRef?: Relation<Office>;

  /** The service provider it is addressed to, fixed at acceptance. */
  @Column({ type: 'uuid', name: 'provider_office_id' })
  providerOfficeId!: string;

  @ManyToOne(() => Office, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_office_id' })
  providerOfficeRef?: Relation<Office>;

  @Field({ description: 'Name of the organization or full name of the applicant (the Appendix form).' })
  @Column({ type: 'text', name: 'applicant_name' })
  applicantName!: string;

  @Field({ description: 'Identity document: kind, date of issue and number (the Appendix form).' })
  @Column({ type: 'text', name: 'identity_document' })
  identityDocument!: string;

  @Field(() => [ServiceDocument], { description: 'Documents attached (the latest set, after any re-submission).' })
  @Column({ type: 'jsonb' })
  documents!: ServiceDocument[];

  @Field({ description: "The applicant's consent to the use of protected information (the form's declaration)." })
  @Column({ type: 'boolean', name: 'consent_to_data_use' })
  consentToDataUse!: boolean;

  @Field(() => ServiceApplicationStatus, { description: 'Where the application stands.' })
  @Column({ type: 'enum', enum: ServiceApplicationStatus, enumName: 'service_application_status' })
  status!: ServiceApplicationStatus;

  @Field(() => ServiceOutcome, { nullable: true, description: 'The result, once recorded.' })
  @Column({ type: 'enum', enum: ServiceOutcome, enumName: 'service_outcome', nullable: true })
  outcome!: ServiceOutcome | null;

  @Field(() => String, { nullable: true, description: 'Note on the result; the motivation of a refusal.' })
  @Column({ type: 'text', name: 'result_note', nullable: true })
  resultNote!: string | null;

  /** Forwarding round: 1, then one more per re-submission; violations are recorded once per round. */
  @Field(() => Int, { description: 'Forwarding round: 1, plus one per re-submission of corrected documents.' })
  @Column({ type: 'int', default: 1 })
  round!: number;

  @Field({ description: 'When the front office accepted the documents.' })
  @Column({ type: 'timestamptz', precision: 3, name: 'accepted_at' })
  acceptedAt!: Date;

  @Column({ type: 'varchar', length: 11, name: 'receipt_number', unique: true })
  receiptNumber!: string;

  @Column({ type: 'date', name: 'expected_result_on' })
  expectedResultOn!: string;

  @Field(() => Date, { nullable: true, description: 'Latest moment the documents (of this round) came in to the front office.' })
  @Column({ type: 'timestamptz', precision: 3, name: 'documents_received_at', nullable: true })
  documentsReceivedAt!: Date | null;

  @Field({ description: 'Paragraph 24: forward to the provider by the end of one working day after the documents came in.' })
  @Column({ type: 'timestamptz', precision: 3, name: 'forward_due_at' })
  forwardDueAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was (last) forwarded to the provider.' })
  @Column({ type: 'timestamptz', precision: 3, name: 'forwarded_at', nullable: true })
  forwardedAt!: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the (last) forwarding met forwardDueAt.' })
  @Column({ type: 'boolean', name: 'forwarded_on_time', nullable: true })
  forwardedOnTime!: boolean | null;

  @Field(() => Date, { nullable: true, description: "End of the provider's term: the term's last working day after the forwarding." })
  @Column({ type: 'timestamptz', precision: 3, name: 'result_due_at', nullable: true })
  resultDueAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the provider (last) returned the documents.' })
  @Column({ type: 'timestamptz', precision: 3, name: 'returned_at', nullable: true })
  returnedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the provider (last) returned the documents.' })
  @Column({ type: 'text', name: 'return_reason', nullable: true })
  returnReason!: string | null;

  @Field(() => Date, { nullable: true, description: 'Paragraph 24: notify the investor of a return within one working day.' })
  @Column({ type: 'timestamptz', precision: 3, name: 'notify_due_at', nullable: true })
  notifyDueAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the investor was (last) notified of a return.' })
  @Column({ type: 'timestamptz', precision: 3, name: 'investor_notified_at', nullable: true })
  investorNotifiedAt!: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the (last) notification met notifyDueAt.' })
  @Column({ type: 'boolean', name: 'notified_on_time', nullable: true })
  notifiedOnTime!: boolean | null;

  @Field(() => Date, { nullable: true, description: 'When the provider recorded the result.' })
  @Column({ type: 'timestamptz', precision: 3, name: 'result_at', nullable: true })
  resultAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Paragraph 27: when the executed documents came back from the provider to the front office.',
  })
  @Column({ type: 'timestamptz', precision: 3, name: 'result_received_at', nullable: true })
  resultReceivedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Paragraph 26: when the front office handed the result to the investor on the receipt.',
  })
  @Column({ type: 'timestamptz', precision: 3, name: 'handed_over_at', nullable: true })
  handedOverAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Paragraph 26: the identity document (or power of attorney) presented at the hand-over.',
  })
  @Column({ type: 'text', name: 'handed_over_on_document', nullable: true })
  handedOverOnDocument!: string | null;
}

/** The application's history: one row per status change, with who and when (paragraph 24). */
@ObjectType({ description: 'One step of an application: the status it reached, when and by whom.' })
@Entity('service_application_step')
@Index(['applicationId', 'seq'], { unique: true })
export class ServiceApplicationStep {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'application_id' })
  applicationId!: string;

  @ManyToOne(() => ServiceApplication, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  applicationRef?: Relation<ServiceApplication>;

  /** Order within the application (1, 2, …). */
  @Column({ type: 'int' })
  seq!: number;

  @Field(() => ServiceApplicationStatus, { description: 'The status reached.' })
  @Column({ type: 'enum', enum: ServiceApplicationStatus, enumName: 'service_application_status' })
  status!: ServiceApplicationStatus;

  @Field({ description: 'When it really happened (may be earlier than when it was recorded).' })
  @Column({ type: 'timestamptz', precision: 3 })
  at!: Date;

  @Column({ type: 'uuid', name: 'actor_id' })
  actorId!: string;

  @Field(() => String, { nullable: true, description: 'Reason, note or motivation given.' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Field({ description: 'When it was recorded in IRM.' })
  @Column({ type: 'timestamptz', precision: 3, name: 'recorded_at', default: () => 'now()' })
  recordedAt!: Date;
}

/** Receipt numbers: one counter row per year, incremented in the accepting transaction (paragraph 25). */
@Entity('service_receipt_counter')
export class ServiceReceiptCounter {
  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ type: 'int', name: 'last_number' })
  lastNumber!: number;
}

/** Changes to this record in the change log. */
export const SERVICE_APPLICATION_CHANGES = changeKind(
  'SERVICE_APPLICATION',
  'A state-service application accepted by a front office (chapter 6).',
);
