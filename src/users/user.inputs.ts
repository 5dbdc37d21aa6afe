import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { IsEmail, IsOptional, Length } from 'class-validator';
import { User, UserRole } from './user.entity';

@InputType({ description: 'A new person in an office.' })
export class CreateUserInput {
  @Field({ description: 'Sign-in email.' })
  @IsEmail({}, { message: 'email must be an email address' })
  email!: string;

  @Field({ description: 'Initial password: 12 to 200 characters, not the email.' })
  password!: string;

  @Field({ description: 'Full name.' })
  @Length(2, 200)
  name!: string;

  @Field(() => UserRole, { description: 'Role in the office.' })
  role!: UserRole;

  @Field(() => ID, { description: 'The office the person works in.' })
  officeId!: string;
}

@InputType({ description: 'Changes to a person; omitted fields stay. A role or office change signs the person out everywhere.' })
export class UpdateUserInput {
  @Field({ nullable: true, description: 'Full name.' })
  @IsOptional()
  @Length(2, 200)
  name?: string;

  @Field(() => UserRole, { nullable: true, description: 'Role in the office.' })
  role?: UserRole;

  @Field(() => ID, { nullable: true, description: 'The office the person moves to (administrators of the authorized body).' })
  officeId?: string;
}

@ObjectType({ description: 'A signed-in session.' })
export class AuthPayload {
  @Field({ description: 'Bearer token: send it as `Authorization: Bearer <token>`.' })
  token!: string;

  @Field(() => User, { description: 'Who signed in.' })
  user!: User;
}
