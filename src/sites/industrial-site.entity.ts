import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DecimalScalar } from '../common/scalars';
import { TrackedEntity } from '../common/tracked.entity';
import { Region } from '../reference/region.entity';
import { changeKind } from '../events/change-kinds';

export enum IndustrialSiteKind {
  SPECIAL_ECONOMIC_ZONE = 'SPECIAL_ECONOMIC_ZONE',
  INDUSTRIAL_ZONE = 'INDUSTRIAL_ZONE',
  LAND_PLOT = 'LAND_PLOT',
}
registerEnumType(IndustrialSiteKind, {
  name: 'IndustrialSiteKind',
  description: 'Kind of industrial site.',
  valuesConfig: {
    SPECIAL_ECONOMIC_ZONE: { description: 'A special economic zone.' },
    INDUSTRIAL_ZONE: { description: 'An industrial zone.' },
    LAND_PLOT: { description: 'A land plot outside any zone (paragraph 6, regional level 10).' },
  },
});

export enum IndustrialSiteStatus {
  READY = 'READY',
  PLANNED = 'PLANNED',
}
registerEnumType(IndustrialSiteStatus, {
  name: 'IndustrialSiteStatus',
  description: 'Ready or planned site (paragraph 10.2.d).',
  valuesConfig: {
    READY: { description: 'A finished site, ready for an investor (paragraph 10.2.d).' },
    PLANNED: { description: 'A planned site, not yet ready (paragraph 10.2.d).' },
  },
});

@ObjectType({ description: 'A ready or planned industrial site offered to investors (paragraph 10.2.d).' })
@Entity('industrial_site')
@Index('industrial_site_newest_first', ['createdAt', 'id'])
export class IndustrialSite extends TrackedEntity {
  @Field({ description: 'Name of the site.' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => IndustrialSiteKind, { description: 'Special economic zone, industrial zone or land plot.' })
  @Index()
  @Column({ type: 'enum', enum: IndustrialSiteKind, enumName: 'industrial_site_kind' })
  kind!: IndustrialSiteKind;

  @Field(() => IndustrialSiteStatus, { description: 'Ready or planned.' })
  @Index()
  @Column({ type: 'enum', enum: IndustrialSiteStatus, enumName: 'industrial_site_status' })
  status!: IndustrialSiteStatus;

  @Index()
  @Column({ type: 'varchar', length: 6, name: 'region_code' })
  regionCode!: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  regionRef?: Relation<Region>;

  @Field(() => DecimalScalar, { description: 'Total area in hectares.' })
  @Column({ type: 'numeric', precision: 12, scale: 2, name: 'area_ha' })
  areaHa!: string;

  @Field(() => DecimalScalar, { description: 'Area still free for investors, in hectares.' })
  @Index()
  @Column({ type: 'numeric', precision: 12, scale: 2, name: 'free_area_ha' })
  freeAreaHa!: string;

  @Field(() => [String], { description: 'Utilities available on site (electricity, gas, water, rail...).' })
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  utilities!: string[];

  @Field({ description: 'Where the site is (address or description).' })
  @Column({ type: 'text', default: '' })
  location!: string;
}

/** Changes to this record in the change log. */
export const INDUSTRIAL_SITE_CHANGES = changeKind('INDUSTRIAL_SITE', 'An industrial site a region offers investors.');
