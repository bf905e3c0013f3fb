import { ArgsType, Field, ID } from 'type-graphql';
import { PageArgs } from '../graphql/connection.js';
import { SalesOrderStatus } from './sales-order-enums.js';

@ArgsType()
export class SalesOrdersArgs extends PageArgs {
  @Field(() => [SalesOrderStatus], { nullable: true })
  status?: SalesOrderStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Staff only; customers see their own.' })
  accountId?: string | null;
}
