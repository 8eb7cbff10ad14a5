import type { Kysely, Migration } from 'kysely';
import type { App } from '../app';
import type { Clock } from './clock';
import type { Vault } from './personal-data';
import type { Database } from '../db/schema';
import type { FunctionActions, Identity } from './action';

export interface MigrationContext {
  /** Encrypts personal data that a migration moves (e.g. legacy plaintext columns). */
  vault: Vault;
}

export interface SeedContext {
  db: Kysely<Database>;
  clock: Clock;
  vault: Vault;
}

/** Work the scheduler runs: `npm run jobs`, every minute under `npm start`, and the `scheduler` cloud function. */
export interface JobDefinition {
  name: string;
  /** How often the job is due. */
  everyMinutes: number;
  /** Demo jobs (e.g. topping up demo schedules) run only where demo data is on. */
  demoOnly?: boolean;
  /**
   * Does the work that is due as of `at`, and says how many records it changed. Running it
   * twice for the same `at` changes nothing the second time.
   */
  run(app: App, at: Date): Promise<number>;
}

/** A table whose rows make a member's ID number fixed (the member has history there). */
export interface MemberHistorySource {
  table: keyof Database;
  memberColumn: string;
}

/**
 * A read-only page a service publishes for other systems over plain HTTP on the local
 * host (Open311 for the 12345 platform, JSON-LD for search engines). Answers JSON; never
 * personal data.
 */
export interface HttpRoute {
  /** Matched against the path; groups are passed to `handle`. */
  path: RegExp;
  handle(app: App, match: RegExpExecArray, query: URLSearchParams): Promise<{ status: number; body: unknown; contentType?: string }>;
}

/** Who besides the uploader may see a file attached to one of the module's records. */
export type AttachmentAccess = (db: Kysely<Database>, identity: Identity, recordId: string) => Promise<boolean>;

/**
 * Everything one service contributes, in one object: its cloud function's actions, its
 * schema, its reference and demo data, its scheduled jobs, the tables that give a member
 * history and who may see files attached to its records. `server/services.ts` lists them;
 * that list is the one place a new service registers on the server.
 */
export interface ServiceModule {
  /** The cloud function's name: `POST /api/<name>`, `cloudfunctions/<name>/`. */
  name: string;
  actions: FunctionActions;
  /** Named `NNN-<what>`; applied in name order across all modules. */
  migrations?: (ctx: MigrationContext) => Record<string, Migration>;
  /** Places and other facts every installation needs (hospitals, stations, canteens…). */
  seedReference?: (ctx: SeedContext) => Promise<void>;
  /** Personas' records and demo content: only where demo data is on (dev login). */
  seedDemo?: (ctx: SeedContext) => Promise<void>;
  jobs?: JobDefinition[];
  memberHistory?: MemberHistorySource[];
  /** Record type → who may see its attachments (the owner always may). */
  attachments?: Record<string, AttachmentAccess>;
  /** Columns holding values sealed with the vault (phones…), re-encrypted by `npm run keys -- rotate`. */
  sealedColumns?: Array<{ table: keyof Database; column: string }>;
  /** GET routes for other systems (interop), served by the local HTTP host. */
  httpRoutes?: HttpRoute[];
}

export const defineServiceModule = (module: ServiceModule): ServiceModule => module;
