import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../auth/permissions';
import { PageArgs } from '../common/pagination';
import { viewerOf, type Context } from '../context/context';
import { Region } from '../reference/region.entity';
import { ChangeEvent } from './change-event.entity';
import { cursorOf, keyOfEvent } from './change-cursor';
import { ChangeFilter } from './change-filter';
import { ChangeActor, ChangeLogConnection } from './change-log.types';

/** The change log as history (a dashboard's first load, audits); the scope decides per event (visibility.ts). */
@Resolver(() => ChangeEvent)
export class ChangeLogResolver {
  @Authorized(Permission.SignedIn)
  @Query(() => ChangeLogConnection, {
    description: 'Changes the office may see, oldest first, after a cursor; an expired cursor is BAD_USER_INPUT (reason CURSOR_EXPIRED).',
  })
  changeLog(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ChangeFilter, { nullable: true, description: 'Which changes; all of them by default.' }) filter?: ChangeFilter,
  ): Promise<ChangeLogConnection> {
    return ctx.app.changeLog.page(viewerOf(ctx), page.after, page.first, filter);
  }

  @FieldResolver(() => String, { description: 'Opaque position in the log: resume a subscription with it as `since`.' })
  cursor(@Root() event: ChangeEvent): string {
    return cursorOf(keyOfEvent(event));
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The region the change is about, if any.' })
  region(@Root() event: ChangeEvent, @Ctx() ctx: Context): Promise<Region | null> | null {
    return event.regionCode ? ctx.loaders.regionByCode.load(event.regionCode) : null;
  }

  @FieldResolver(() => ChangeActor, { nullable: true, description: 'Who made it; null for the system (deadline sweeps, imports).' })
  actor(@Root() event: ChangeEvent): ChangeActor | null {
    return event.actorId ? { id: event.actorId } : null;
  }
}
