import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { IsEmail, Length } from 'class-validator';
import { User, UserRole } from './user.entity';

@InputType({ description: 'A new person in an office.' })
export class CreateUserInput {
  @Field({ description: 'Sign-in email.' })
  @IsEmail({}, { message: 'email must be an email address' })
  email!: string;

  @Field({ description: 'Initial password, at least 8 characters.' })
  @Length(8, 200, { message: 'password must be 8 to 200 characters' })
  password!: string;

  @Field({ description: 'Full name.' })
  @Length(2, 200)
  name!: string;

  @Field(() => UserRole, { description: 'Role in the office.' })
  role!: UserRole;

  @Field(() => ID, { description: 'The office the person works in.' })
  officeId!: string;
}

@ObjectType({ description: 'A signed-in session.' })
export class AuthPayload {
  @Field({ description: 'Bearer token: send it as `Authorization: Bearer <token>`.' })
  token!: string;

  @Field(() => User, { description: 'Who signed in.' })
  user!: User;
}
