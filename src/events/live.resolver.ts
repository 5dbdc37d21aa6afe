import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Resolver, Root, Subscription, type ArgsDictionary } from 'type-graphql';
import { assertPermitted, Permission } from '../auth/permissions';
import { inputGuard } from '../common/input-guard';
import { viewerOf, type Context } from '../context/context';
import { ChangeEvent } from './change-event.entity';
import { cursorOf } from './change-cursor';
import { ChangeFilter, validatedInput } from './change-filter';
import { useBatchLoaders, type Delivery } from './event-batch';
import { connectionOf } from './live-connection';
import { InvestorRequestChange, InvestorRequestChangeFilter, ProjectChange, ProjectChangeFilter } from './live.types';

interface SubscribeData {
  args: ArgsDictionary;
  context: Context;
  info: GraphQLResolveInfo;
}

/**
 * @Authorized guards each event's resolution; a subscription is checked before it starts too.
 * `subscribe` runs outside type-graphql's middlewares, so the input guard (ids are UUIDs, no null
 * characters) runs here, in the same order as before a query's resolver: permission, then guard.
 */
async function subscriber({ args, context, info }: SubscribeData, permission: Permission) {
  const viewer = viewerOf(context);
  assertPermitted(viewer, permission);
  await inputGuard({ root: undefined, args, context, info }, async () => undefined);
  return { viewer, connection: connectionOf(context) };
}

interface ChangesArgs {
  since?: string | null;
  filter?: ChangeFilter | null;
}

/**
 * Subscriptions over graphql-ws. `subscribe` picks the events (scope checked per event,
 * live.service.ts); the resolver shapes one event with loaders shared by its batch and scope.
 */
@Resolver()
export class LiveResolver {
  @Authorized(Permission.SignedIn)
  @Subscription(() => ChangeEvent, {
    description: 'Changes the office may see, in commit order; with `since`, the ones after it first, then live, without gap or duplicate.',
    subscribe: async (data: SubscribeData & { args: ChangesArgs }) => {
      const { args, context } = data;
      const { viewer, connection } = await subscriber(data, Permission.SignedIn);
      return context.app.live.changes(viewer, connection, args.since, await validatedInput(ChangeFilter, args.filter, 'filter'));
    },
  })
  changes(
    @Root() delivery: Delivery,
    @Ctx() ctx: Context,
    @Arg('since', () => String, { nullable: true, description: 'The last cursor received: resume after it.' }) _since?: string,
    @Arg('filter', () => ChangeFilter, { nullable: true, description: 'Which changes; all in scope by default.' }) _filter?: ChangeFilter,
  ): ChangeEvent {
    return useBatchLoaders(ctx, delivery);
  }

  @Authorized(Permission.ReadRecords)
  @Subscription(() => ProjectChange, {
    description: 'Changes to projects the office may read, with the project as it is now.',
    subscribe: async (data: SubscribeData & { args: { filter?: ProjectChangeFilter | null } }) => {
      const { args, context } = data;
      const { viewer, connection } = await subscriber(data, Permission.ReadRecords);
      return context.app.live.projectChanges(viewer, connection, await validatedInput(ProjectChangeFilter, args.filter, 'filter'));
    },
  })
  async projectChanged(
    @Root() delivery: Delivery,
    @Ctx() ctx: Context,
    @Arg('filter', () => ProjectChangeFilter, { nullable: true, description: 'Which projects; all in scope by default.' })
    _filter?: ProjectChangeFilter,
  ): Promise<ProjectChange> {
    const event = useBatchLoaders(ctx, delivery);
    return { cursor: cursorOf(delivery.key), action: event.action, project: await ctx.loaders.projectById.load(event.entityId) };
  }

  @Authorized(Permission.ReadRecords)
  @Subscription(() => InvestorRequestChange, {
    description: 'Changes to investor requests the office may read (new, answered, passed on, overdue), with the request as it is now.',
    subscribe: async (data: SubscribeData & { args: { filter?: InvestorRequestChangeFilter | null } }) => {
      const { args, context } = data;
      const { viewer, connection } = await subscriber(data, Permission.ReadRecords);
      return context.app.live.investorRequestChanges(
        viewer,
        connection,
        await validatedInput(InvestorRequestChangeFilter, args.filter, 'filter'),
      );
    },
  })
  async investorRequestChanged(
    @Root() delivery: Delivery,
    @Ctx() ctx: Context,
    @Arg('filter', () => InvestorRequestChangeFilter, { nullable: true, description: 'Which requests; all in scope by default.' })
    _filter?: InvestorRequestChangeFilter,
  ): Promise<InvestorRequestChange> {
    const event = useBatchLoaders(ctx, delivery);
    return { cursor: cursorOf(delivery.key), action: event.action, request: await ctx.loaders.investorRequestById.load(event.entityId) };
  }
}
