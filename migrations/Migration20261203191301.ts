import { Migration } from '@mikro-orm/migrations';

export class Migration20261203191301 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "account_status" as enum ('PENDING', 'ACTIVE', 'DECLINED', 'SUSPENDED');`);
    this.addSql(`create type "payment_method" as enum ('BANK_TRANSFER', 'CARD', 'CASH_ON_DELIVERY');`);
    this.addSql(`create type "delivery_method" as enum ('COURIER', 'OWN_FLEET', 'PICKUP');`);
    this.addSql(`create type "role" as enum ('CUSTOMER', 'STAFF', 'ADMIN');`);
    this.addSql(`create type "user_status" as enum ('INVITED', 'ACTIVE', 'DISABLED');`);
    this.addSql(`create table "price_lists" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(100) not null, "currency" varchar(3) not null, constraint "price_lists_pkey" primary key ("id"));`);
    this.addSql(`alter table "price_lists" add constraint "price_lists_name_unique" unique ("name");`);

    this.addSql(`create table "accounts" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "company_name" varchar(200) not null, "cui" varchar(10) not null, "trade_register_number" varchar(40) null, "address_street" varchar(200) not null, "address_city" varchar(100) not null, "address_county" varchar(100) not null, "address_postal_code" varchar(20) null, "address_country" varchar(2) not null default 'RO', "legal_representative" varchar(200) not null, "note" text null, "status" "account_status" not null default 'PENDING', "decline_reason" text null, "bank_name" varchar(200) null, "iban" varchar(34) null, "payment_method" "payment_method" null, "payment_term_days" int null, "credit_limit" numeric(14,2) null, "delivery_method" "delivery_method" null, "price_list_id" uuid null, "activated_at" timestamptz null, constraint "accounts_pkey" primary key ("id"));`);
    this.addSql(`create index "accounts_cui_index" on "accounts" ("cui");`);

    this.addSql(`create table "delivery_addresses" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "account_id" uuid not null, "label" varchar(100) not null, "street" varchar(200) not null, "city" varchar(100) not null, "county" varchar(100) not null, "postal_code" varchar(20) null, "country" varchar(2) not null default 'RO', constraint "delivery_addresses_pkey" primary key ("id"));`);
    this.addSql(`create index "delivery_addresses_account_id_index" on "delivery_addresses" ("account_id");`);

    this.addSql(`create table "users" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "email" varchar(254) not null, "name" varchar(200) not null, "phone" varchar(32) null, "role" "role" not null, "status" "user_status" not null default 'INVITED', "locale" varchar(2) not null default 'ro', "password_hash" text null, "account_id" uuid null, constraint "users_pkey" primary key ("id"));`);
    this.addSql(`alter table "users" add constraint "users_email_unique" unique ("email");`);
    this.addSql(`create index "users_account_id_index" on "users" ("account_id");`);

    this.addSql(`create table "sessions" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" uuid not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "revoked_reason" varchar(40) null, constraint "sessions_pkey" primary key ("id"));`);
    this.addSql(`create index "sessions_user_id_index" on "sessions" ("user_id");`);

    this.addSql(`create table "refresh_tokens" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "session_id" uuid not null, "token_hash" varchar(64) not null, "used_at" timestamptz null, constraint "refresh_tokens_pkey" primary key ("id"));`);
    this.addSql(`create index "refresh_tokens_session_id_index" on "refresh_tokens" ("session_id");`);
    this.addSql(`alter table "refresh_tokens" add constraint "refresh_tokens_token_hash_unique" unique ("token_hash");`);

    this.addSql(`alter table "accounts" add constraint "accounts_price_list_id_foreign" foreign key ("price_list_id") references "price_lists" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "delivery_addresses" add constraint "delivery_addresses_account_id_foreign" foreign key ("account_id") references "accounts" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "users" add constraint "users_account_id_foreign" foreign key ("account_id") references "accounts" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "sessions" add constraint "sessions_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "refresh_tokens" add constraint "refresh_tokens_session_id_foreign" foreign key ("session_id") references "sessions" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "accounts" drop constraint "accounts_price_list_id_foreign";`);

    this.addSql(`alter table "delivery_addresses" drop constraint "delivery_addresses_account_id_foreign";`);

    this.addSql(`alter table "users" drop constraint "users_account_id_foreign";`);

    this.addSql(`alter table "sessions" drop constraint "sessions_user_id_foreign";`);

    this.addSql(`alter table "refresh_tokens" drop constraint "refresh_tokens_session_id_foreign";`);

    this.addSql(`drop table if exists "price_lists" cascade;`);

    this.addSql(`drop table if exists "accounts" cascade;`);

    this.addSql(`drop table if exists "delivery_addresses" cascade;`);

    this.addSql(`drop table if exists "users" cascade;`);

    this.addSql(`drop table if exists "sessions" cascade;`);

    this.addSql(`drop table if exists "refresh_tokens" cascade;`);

    this.addSql(`drop type "account_status";`);
    this.addSql(`drop type "payment_method";`);
    this.addSql(`drop type "delivery_method";`);
    this.addSql(`drop type "role";`);
    this.addSql(`drop type "user_status";`);
  }

}
