import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../auth/permissions';
import { viewerOf, type Context } from '../context/context';
import { Region } from '../reference/region.entity';
import { Office, OfficeLevel } from './office.entity';
import { CreateOfficeInput } from './office.inputs';
import { hoursOf, WorkingHours, WorkingHoursInput } from './office-hours';

@Resolver(() => Office)
export class OfficeResolver {
  @Authorized(Permission.SignedIn)
  @Query(() => [Office], { description: 'Offices of the front-office system, optionally of one level.' })
  offices(
    @Ctx() ctx: Context,
    @Arg('level', () => OfficeLevel, { nullable: true, description: 'Only offices of this level.' }) level?: OfficeLevel,
  ): Promise<readonly Office[]> {
    return ctx.app.offices.list(level);
  }

  @Authorized(Permission.SignedIn)
  @Query(() => Office, { description: 'One office.' })
  office(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The office.' }) id: string): Promise<Office> {
    return ctx.app.offices.get(id);
  }

  @Authorized(Permission.ManageOffices)
  @Mutation(() => Office, { description: 'Creates an office (administrators of the authorized body).' })
  createOffice(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateOfficeInput, { description: 'The new office.' }) input: CreateOfficeInput,
  ): Promise<Office> {
    return ctx.app.offices.create(viewerOf(ctx), input);
  }

  @Authorized(Permission.ManageOffices)
  @Mutation(() => Office, {
    description:
      "Sets an office's working day, by which its clocks count limits in minutes and hours (administrators of the authorized body).",
  })
  setOfficeWorkingHours(
    @Ctx() ctx: Context,
    @Arg('officeId', () => ID, { description: 'The office.' }) officeId: string,
    @Arg('input', () => WorkingHoursInput, { description: 'Its working day and break.' }) input: WorkingHoursInput,
  ): Promise<Office> {
    return ctx.app.offices.setWorkingHours(viewerOf(ctx), officeId, input);
  }

  @FieldResolver(() => WorkingHours, {
    description: 'The working day (local times in Asia/Almaty); 09:00–18:00 with a 13:00–14:00 break unless the office set its own.',
  })
  workingHours(@Root() office: Office): WorkingHours {
    return hoursOf(office);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'Region of a regional office.' })
  region(@Root() office: Office, @Ctx() ctx: Context): Promise<Region | null> | null {
    return office.regionCode ? ctx.loaders.regionByCode.load(office.regionCode) : null;
  }
}
