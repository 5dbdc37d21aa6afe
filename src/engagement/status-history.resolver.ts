import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context/context';
import { Investor } from '../investors/investor.entity';
import { User } from '../users/user.entity';
import { InvestorStatusChange } from './investor-status-change.entity';

@Resolver(() => Investor)
export class InvestorStatusHistoryResolver {
  @FieldResolver(() => [InvestorStatusChange], {
    description: 'Every status it has had, oldest first, starting with its status at creation.',
  })
  statusHistory(@Root() investor: Investor, @Ctx() ctx: Context): Promise<InvestorStatusChange[]> {
    return ctx.loaders.statusHistoryByInvestorId.load(investor.id);
  }
}

@Resolver(() => InvestorStatusChange)
export class InvestorStatusChangeResolver {
  @FieldResolver(() => User, {
    nullable: true,
    description: 'Who set it; null for changes made outside IRM or before it kept this history.',
  })
  actor(@Root() change: InvestorStatusChange, @Ctx() ctx: Context): Promise<User | null> | null {
    return change.actorId ? ctx.loaders.userById.load(change.actorId) : null;
  }
}
