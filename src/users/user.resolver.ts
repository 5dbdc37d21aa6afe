import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../auth/permissions';
import { loadRequired } from '../common/batch';
import { viewerOf, type Context } from '../context/context';
import { Office } from '../offices/office.entity';
import { User } from './user.entity';
import { AuthPayload, CreateUserInput, UpdateUserInput } from './user.inputs';

@Resolver(() => User)
export class UserResolver {
  /** The one public field. */
  @Mutation(() => AuthPayload, {
    description:
      'Signs in with email and password and returns a bearer token. Repeated failures are refused for a while with TOO_MANY_REQUESTS (extensions.retryAfterSeconds).',
  })
  login(
    @Ctx() ctx: Context,
    @Arg('email', { description: 'Sign-in email.' }) email: string,
    @Arg('password', { description: 'Password.' }) password: string,
  ): Promise<AuthPayload> {
    return ctx.app.users.login(email, password, ctx.clientAddress);
  }

  @Authorized(Permission.SignedIn)
  @Query(() => User, { description: 'The signed-in person.' })
  me(@Ctx() ctx: Context): Promise<User> {
    return ctx.app.users.get(viewerOf(ctx).userId);
  }

  @Authorized(Permission.ManageUsers)
  @Query(() => [User], { description: 'People of an office (administrators).' })
  users(
    @Ctx() ctx: Context,
    @Arg('officeId', () => ID, {
      nullable: true,
      description: "The office; by default the caller's own (the authorized body's administrators: everyone).",
    })
    officeId?: string,
  ): Promise<User[]> {
    return ctx.app.users.list(viewerOf(ctx), officeId);
  }

  @Authorized(Permission.ManageUsers)
  @Mutation(() => User, { description: 'Adds a person to an office (administrators).' })
  createUser(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateUserInput, { description: 'The new person.' }) input: CreateUserInput,
  ): Promise<User> {
    return ctx.app.users.create(viewerOf(ctx), input);
  }

  @Authorized(Permission.ManageUsers)
  @Mutation(() => User, { description: 'Deactivates (or reactivates) a person: a deactivated person can no longer act.' })
  setUserActive(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The person.' }) id: string,
    @Arg('active', { description: 'false to deactivate.' }) active: boolean,
  ): Promise<User> {
    return ctx.app.users.setActive(viewerOf(ctx), id, active);
  }

  @Authorized(Permission.ManageUsers)
  @Mutation(() => User, {
    description: "Changes a person's name, role or office (administrators); a role or office change signs them out everywhere.",
  })
  updateUser(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The person.' }) id: string,
    @Arg('input', () => UpdateUserInput, { description: 'The fields to change.' }) input: UpdateUserInput,
  ): Promise<User> {
    return ctx.app.users.update(viewerOf(ctx), id, input);
  }

  @Authorized(Permission.SignedIn)
  @Mutation(() => AuthPayload, {
    description: "Changes the signed-in person's password: every earlier token stops working; the answer carries a new one.",
  })
  changePassword(
    @Ctx() ctx: Context,
    @Arg('currentPassword', { description: 'The password now.' }) currentPassword: string,
    @Arg('newPassword', { description: '12 to 200 characters, not the email.' }) newPassword: string,
  ): Promise<AuthPayload> {
    return ctx.app.users.changePassword(viewerOf(ctx), currentPassword, newPassword, ctx.clientAddress);
  }

  @FieldResolver(() => Office, { description: 'The office the person works in.' })
  office(@Root() user: User, @Ctx() ctx: Context): Promise<Office> {
    return loadRequired(ctx.loaders.officeById, user.officeId, 'Office');
  }
}
