import { Entity, OneToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity.js';
import { Account } from './account.entity.js';

/** The usage agreement as signed by the company's legal representative: a PDF. */
@ObjectType({ description: 'The signed usage agreement a company uploaded (a PDF).' })
@Entity({ tableName: 'signed_agreements' })
export class SignedAgreement extends BaseEntity {
  @OneToOne(() => Account, { owner: true, deleteRule: 'cascade' })
  account!: Rel<Account>;

  /** The file itself; loaded only when someone downloads it. */
  @Property({ type: 'blob', lazy: true })
  content!: Buffer;

  @Field(() => Int, { description: 'Size in bytes.' })
  @Property({ type: 'integer' })
  size!: number;

  @Field({ description: 'SHA-256 of the file, hex, to tell versions apart.' })
  @Property({ type: 'string', length: 64 })
  sha256!: string;
}
