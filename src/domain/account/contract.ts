/** What the `account` cloud function answers, shared by the server's views and the app (type-only). */
import type { Relation } from '../member';

export interface SessionUser {
  id: string;
  displayName: string;
  roles: Array<{ role: string; scope: string }>;
}

export interface Member {
  id: string;
  name: string;
  relation: Relation;
  relationLabel: string;
  idNumberMasked: string;
  phoneMasked: string;
  sex: 'M' | 'F';
  age: number;
  /**
   * Once a member has any registration, order or application, the ID number is fixed
   * (rules count the person): change it by removing the member and adding the new person.
   */
  idNumberLocked: boolean;
}

export interface MembersAnswer {
  members: Member[];
  maxMembers: number;
}

/** A notice in 我的消息. */
export interface Message {
  id: string;
  kind: string;
  title: string;
  body: string;
  /** The mini-app page it opens, if any. */
  page: string | null;
  createdAt: string;
  read: boolean;
}
