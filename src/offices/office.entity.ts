import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Region } from '../reference/region.entity';
import { TrackedEntity } from '../common/tracked.entity';
import { changeKind } from '../events/change-kinds';

/** Paragraph 3: the three levels of the front-office system. */
export enum OfficeLevel {
  EXTERNAL = 'EXTERNAL',
  CENTRAL = 'CENTRAL',
  REGIONAL = 'REGIONAL',
}
registerEnumType(OfficeLevel, {
  name: 'OfficeLevel',
  description: 'Level of the front-office system (paragraph 3).',
  valuesConfig: {
    EXTERNAL: {
      description:
        'External level: foreign institutions, representative offices and representatives of the National Company abroad (paragraph 3).',
    },
    CENTRAL: { description: 'Central level: the National Company, the Task Force, central state bodies (paragraph 3).' },
    REGIONAL: {
      description:
        'Regional level: regional organizations, local executive bodies, regional representatives of the National Company (paragraph 3).',
    },
  },
});

/** Paragraphs 2 and 3: who the offices are. */
export enum OfficeKind {
  AUTHORIZED_BODY = 'AUTHORIZED_BODY',
  NATIONAL_COMPANY = 'NATIONAL_COMPANY',
  TASK_FORCE = 'TASK_FORCE',
  NATIONAL_COMPANY_REPRESENTATIVE = 'NATIONAL_COMPANY_REPRESENTATIVE',
  CENTRAL_STATE_BODY = 'CENTRAL_STATE_BODY',
  FOREIGN_INSTITUTION = 'FOREIGN_INSTITUTION',
  REGIONAL_ORGANIZATION = 'REGIONAL_ORGANIZATION',
  LOCAL_EXECUTIVE_BODY = 'LOCAL_EXECUTIVE_BODY',
  SERVICE_PROVIDER = 'SERVICE_PROVIDER',
}
registerEnumType(OfficeKind, {
  name: 'OfficeKind',
  description: 'What kind of body an office is (paragraph 2).',
  valuesConfig: {
    AUTHORIZED_BODY: {
      description: 'The authorized investment body: monitors the front offices and forms the unified pool (paragraphs 2.1, 2.8-1, 16).',
    },
    NATIONAL_COMPANY: { description: 'The National Company in the field of attracting investments (paragraph 2.2).' },
    TASK_FORCE: { description: 'The Task Force of the National Company: projects from 7,500,000 MCI (paragraphs 2.2-1, 5).' },
    NATIONAL_COMPANY_REPRESENTATIVE: {
      description: 'A regional or foreign representative or representative office of the National Company (paragraph 3).',
    },
    CENTRAL_STATE_BODY: { description: 'A central state body or its representative (paragraph 3).' },
    FOREIGN_INSTITUTION: { description: 'A foreign institution of Kazakhstan: an embassy or consulate (paragraph 3).' },
    REGIONAL_ORGANIZATION: { description: 'The regional organization in the attraction of investment of a region (paragraph 2.3).' },
    LOCAL_EXECUTIVE_BODY: { description: 'A division of a local executive body (akimat) (paragraph 3).' },
    SERVICE_PROVIDER: { description: 'A body rendering state and other services to investors (paragraph 2.5).' },
  },
});

@ObjectType({ description: 'A front office (or service provider) of the one-stop-shop system.' })
@Entity('office')
@Index('office_one_per_unique_kind', ['kind'], {
  unique: true,
  where: `kind IN ('AUTHORIZED_BODY', 'NATIONAL_COMPANY', 'TASK_FORCE')`,
})
@Index('office_one_regional_organization_per_region', ['regionCode'], {
  unique: true,
  where: `kind = 'REGIONAL_ORGANIZATION'`,
})
export class Office extends TrackedEntity {
  @Field({ description: 'Short unique code, e.g. "EMB-CN".' })
  @Column({ type: 'varchar', length: 40, unique: true })
  code!: string;

  @Field({ description: 'Full name.' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => OfficeKind, { description: 'Kind of body.' })
  @Column({ type: 'enum', enum: OfficeKind, enumName: 'office_kind' })
  kind!: OfficeKind;

  @Field(() => OfficeLevel, { description: 'Level of the front-office system.' })
  @Column({ type: 'enum', enum: OfficeLevel, enumName: 'office_level' })
  level!: OfficeLevel;

  @Field(() => String, { nullable: true, description: 'Host country (ISO 3166-1 alpha-2) of an external office.' })
  @Column({ type: 'varchar', length: 2, name: 'country_code', nullable: true })
  countryCode!: string | null;

  /** Resolved to `region` by a field resolver. */
  @Index()
  @Column({ type: 'varchar', length: 6, name: 'region_code', nullable: true })
  regionCode!: string | null;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  regionRef?: Relation<Region>;

  // The working day, resolved to `workingHours`. The default 09:00–18:00 with a 13:00–14:00 break
  // is an assumption (the Labour Code's 40-hour week): offices set their own.
  @Column({ type: 'varchar', length: 5, name: 'hours_starts_at', default: '09:00' })
  hoursStartsAt!: string;

  @Column({ type: 'varchar', length: 5, name: 'hours_ends_at', default: '18:00' })
  hoursEndsAt!: string;

  @Column({ type: 'varchar', length: 5, name: 'break_starts_at', nullable: true, default: '13:00' })
  breakStartsAt!: string | null;

  @Column({ type: 'varchar', length: 5, name: 'break_ends_at', nullable: true, default: '14:00' })
  breakEndsAt!: string | null;
}

/** Changes to this record in the change log. */
export const OFFICE_CHANGES = changeKind('OFFICE', 'A front office, the authorized body or a service provider.');
