import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum RegionKind {
  REGION = 'REGION',
  CITY = 'CITY',
}
registerEnumType(RegionKind, {
  name: 'RegionKind',
  description: 'A region (oblys) or a city of republican significance.',
  valuesConfig: {
    REGION: { description: 'A region (oblys).' },
    CITY: { description: 'A city of republican significance (Astana, Almaty, Shymkent).' },
  },
});

@ObjectType({ description: 'One of the 17 regions and 3 cities of republican significance.' })
@Entity('region')
export class Region {
  @Field({ description: 'ISO 3166-2:KZ code, e.g. "KZ-75".' })
  @PrimaryColumn({ type: 'varchar', length: 6 })
  code!: string;

  @Field(() => RegionKind, { description: 'Region or city of republican significance.' })
  @Column({ type: 'enum', enum: RegionKind, enumName: 'region_kind' })
  kind!: RegionKind;

  @Field({ description: 'Name in English.' })
  @Column({ type: 'text' })
  name!: string;

  @Field({ description: 'Name in Kazakh.' })
  @Column({ type: 'text', name: 'name_kk' })
  nameKk!: string;

  @Field({ description: 'Name in Russian.' })
  @Column({ type: 'text', name: 'name_ru' })
  nameRu!: string;

  @Field(() => String, { nullable: true, description: 'Administrative centre of a region.' })
  @Column({ type: 'text', nullable: true })
  centre!: string | null;
}
