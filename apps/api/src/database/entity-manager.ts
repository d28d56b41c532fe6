/**
 * The transaction handle TransactionRunner.run passes to its work. Services name it through
 * this file so that only database/, repositories, entities and modules import TypeORM.
 */
export type { EntityManager } from 'typeorm';
