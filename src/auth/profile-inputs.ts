import { Field, InputType } from 'type-graphql';
import { Role } from './roles.js';

@InputType({ description: 'Changes to one\'s own user; absent fields stay as they are.' })
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'A Romanian number.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Needs currentPassword.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: '`ro` or `en`.' })
  locale?: string | null;

  @Field(() => String, { nullable: true, description: 'Required when the email changes.' })
  currentPassword?: string | null;
}

@InputType({ description: 'A new member of staff; they get a link to set their password.' })
export class StaffUserInput {
  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field(() => Role, { description: 'STAFF or ADMIN.' })
  role!: Role;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: '`ro` (default) or `en`.' })
  locale?: string | null;
}
