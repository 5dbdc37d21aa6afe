import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Office } from '../offices/office.entity';
import { TrackedEntity } from '../common/tracked.entity';
import { changeKind } from '../events/change-kinds';

export enum UserRole {
  ADMIN = 'ADMIN',
  OFFICER = 'OFFICER',
  VIEWER = 'VIEWER',
}
registerEnumType(UserRole, {
  name: 'UserRole',
  description: 'ADMIN manages offices and people; OFFICER works the records of the office; VIEWER only reads.',
  valuesConfig: {
    ADMIN: {
      description:
        'Does what an OFFICER does and manages the people of the office; at the authorized body also offices, reference data and the calendar.',
    },
    OFFICER: {
      description:
        "Works the records in the office's scope: investors, projects, sites, requests, applications, pool lists and reports, as the office's kind allows.",
    },
    VIEWER: { description: 'Reads what the office may read; changes nothing.' },
  },
});

@ObjectType({ description: 'A person who signs in to IRM, member of one office.' })
@Entity('app_user')
export class User extends TrackedEntity {
  @Field({ description: 'Sign-in email (unique, case-insensitive).' })
  @Index('app_user_email_unique', { unique: true })
  @Column({ type: 'text' })
  email!: string;

  @Field({ description: 'Full name.' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => UserRole, { description: 'What the person may do in the office.' })
  @Column({ type: 'enum', enum: UserRole, enumName: 'user_role' })
  role!: UserRole;

  @Index()
  @Column({ type: 'uuid', name: 'office_id' })
  officeId!: string;

  @ManyToOne(() => Office, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  officeRef?: Relation<Office>;

  @Field({ description: 'A deactivated person can no longer sign in or receive anything.' })
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** Bumped by deactivation and password, role or office changes: tokens of an earlier epoch are refused. */
  @Column({ type: 'integer', name: 'token_epoch', default: 0 })
  tokenEpoch!: number;

  /** scrypt hash; never a GraphQL field. */
  @Column({ type: 'text', name: 'password_hash' })
  passwordHash!: string;
}

/** Changes to this record in the change log. */
export const USER_CHANGES = changeKind('USER', 'A person of an office and their role.');
