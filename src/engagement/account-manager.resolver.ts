import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Permission } from '../auth/permissions';
import { viewerOf, type Context } from '../context/context';
import { Investor } from '../investors/investor.entity';
import { User } from '../users/user.entity';

/** Issue 9: each lead's one named owner. */
@Resolver(() => Investor)
export class AccountManagerResolver {
  @Authorized(Permission.WriteInvestors)
  @Mutation(() => Investor, {
    description: 'Names the account manager of a lead: an active OFFICER or ADMIN of the office that owns it (that office only).',
  })
  assignAccountManager(
    @Ctx() ctx: Context,
    @Arg('investorId', () => ID, { description: 'The investor.' }) investorId: string,
    @Arg('userId', () => ID, { description: 'The person who will own the lead.' }) userId: string,
  ): Promise<Investor> {
    return ctx.app.accountManagers.assign(viewerOf(ctx), investorId, userId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The one person who owns the lead; null until one is assigned.' })
  accountManager(@Root() investor: Investor, @Ctx() ctx: Context): Promise<User | null> | null {
    return investor.accountManagerId ? ctx.loaders.userById.load(investor.accountManagerId) : null;
  }
}
