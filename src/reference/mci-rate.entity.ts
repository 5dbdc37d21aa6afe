import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DateScalar, DecimalScalar } from '../common/scalars';

export enum MciPurpose {
  GENERAL = 'GENERAL',
  SOCIAL_PAYMENTS = 'SOCIAL_PAYMENTS',
}
registerEnumType(MciPurpose, {
  name: 'MciPurpose',
  description: 'GENERAL applies to thresholds; SOCIAL_PAYMENTS only to benefits.',
  valuesConfig: {
    GENERAL: { description: 'The MCI used for the thresholds of the rules (paragraph 5 support tiers).' },
    SOCIAL_PAYMENTS: { description: 'The MCI used only for benefits and social payments; never for thresholds.' },
  },
});

@ObjectType('MonthlyCalculatedIndicator', { description: 'The monthly calculated indicator (MCI) from a date on.' })
@Entity('mci_rate')
export class MciRate {
  @Field(() => DateScalar, { description: 'The day this value took effect.' })
  @PrimaryColumn({ type: 'date', name: 'valid_from' })
  validFrom!: string;

  @Field(() => MciPurpose, { description: 'What the value applies to.' })
  @PrimaryColumn({ type: 'enum', enum: MciPurpose, enumName: 'mci_purpose' })
  purpose!: MciPurpose;

  @Field(() => DecimalScalar, { description: 'Value of one MCI in KZT.' })
  @Column({ type: 'numeric', precision: 12, scale: 2, name: 'value_kzt' })
  valueKzt!: string;

  @Field({ description: 'The legal act or publication that set it.' })
  @Column({ type: 'text' })
  source!: string;
}
