import type { App } from '../../app';
import type { Identity } from '../../core/action';
import type { FileTable } from '../../db/schema';

/**
 * Who may see a file: the account that uploaded it, and, once it is attached to a record,
 * whoever the record's service says may see that record's attachments (the staff handling a
 * complaint…). A record type no module declares shows its files to nobody else.
 */
export async function mayViewFile(app: App, identity: Identity, file: Pick<FileTable, 'account_id' | 'attached_type' | 'attached_id'>): Promise<boolean> {
  if (file.account_id === identity.accountId) return true;
  if (file.attached_type === null || file.attached_id === null) return false;
  const type = file.attached_type;
  for (const module of app.modules) {
    const access = module.attachments && Object.prototype.hasOwnProperty.call(module.attachments, type) ? module.attachments[type] : undefined;
    if (access) return access(app.db, identity, file.attached_id);
  }
  return false;
}
