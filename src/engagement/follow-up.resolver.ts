import { Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Permission } from '../auth/permissions';
import { viewerOf, type Context } from '../context/context';
import { User } from '../users/user.entity';
import { FollowUp } from './follow-up.entity';
import { CompleteFollowUpArgs } from './interaction.inputs';

@Resolver(() => FollowUp)
export class FollowUpResolver {
  @Authorized(Permission.RecordInteractions)
  @Mutation(() => FollowUp, { description: "Marks a follow-up done (the interaction's office or the investor's account manager)." })
  completeFollowUp(@Ctx() ctx: Context, @Args(() => CompleteFollowUpArgs) args: CompleteFollowUpArgs): Promise<FollowUp> {
    return ctx.app.followUps.complete(viewerOf(ctx), args);
  }

  @FieldResolver(() => Boolean, { description: 'Not done and due before today in Asia/Almaty.' })
  overdue(@Root() followUp: FollowUp, @Ctx() ctx: Context): boolean {
    return followUp.isOverdueOn(ctx.app.followUps.today());
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who marked it done.' })
  doneBy(@Root() followUp: FollowUp, @Ctx() ctx: Context): Promise<User | null> | null {
    return followUp.doneById ? ctx.loaders.userById.load(followUp.doneById) : null;
  }
}
