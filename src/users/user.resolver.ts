import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../auth/permissions';
import { loadRequired } from '../common/batch';
import { viewerOf, type Context } from '../context/context';
import { Office } from '../offices/office.entity';
import { User } from './user.entity';
import { AuthPayload, CreateUserInput } from './user.inputs';

@Resolver(() => User)
export class UserResolver {
  /** The one public field. */
  @Mutation(() => AuthPayload, { description: 'Signs in with email and password and returns a bearer token.' })
  login(@Ctx() ctx: Context, @Arg('email') email: string, @Arg('password') password: string): Promise<AuthPayload> {
    return ctx.app.users.login(email, password);
  }

  @Authorized(Permission.SignedIn)
  @Query(() => User, { description: 'The signed-in person.' })
  me(@Ctx() ctx: Context): Promise<User> {
    return ctx.app.users.get(viewerOf(ctx).userId);
  }

  @Authorized(Permission.ManageUsers)
  @Query(() => [User], { description: 'People of an office (administrators).' })
  users(@Ctx() ctx: Context, @Arg('officeId', () => ID, { nullable: true }) officeId?: string): Promise<User[]> {
    return ctx.app.users.list(viewerOf(ctx), officeId);
  }

  @Authorized(Permission.ManageUsers)
  @Mutation(() => User, { description: 'Adds a person to an office (administrators).' })
  createUser(@Ctx() ctx: Context, @Arg('input', () => CreateUserInput) input: CreateUserInput): Promise<User> {
    return ctx.app.users.create(viewerOf(ctx), input);
  }

  @Authorized(Permission.ManageUsers)
  @Mutation(() => User, { description: 'Deactivates (or reactivates) a person: a deactivated person can no longer act.' })
  setUserActive(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('active', { description: 'false to deactivate.' }) active: boolean,
  ): Promise<User> {
    return ctx.app.users.setActive(viewerOf(ctx), id, active);
  }

  @FieldResolver(() => Office, { description: 'The office the person works in.' })
  office(@Root() user: User, @Ctx() ctx: Context): Promise<Office> {
    return loadRequired(ctx.loaders.officeById, user.officeId, 'Office');
  }
}
