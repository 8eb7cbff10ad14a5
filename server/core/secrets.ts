import fs from 'node:fs';
import path from 'node:path';
import type { AppConfig } from '../config';
import { createVault, generateKey, parseKey, type Vault } from './personal-data';

export interface Secrets {
  tokenSecret: string;
  vault: Vault;
}

const FILE = 'secrets.json';

interface StoredSecrets {
  tokenSecret?: string;
  dataKey?: string;
  personKey?: string;
}

/**
 * Outside production, a secret missing from the environment is read from (or generated
 * into) DATA_DIR/secrets.json, readable by its owner only. Production takes every secret
 * from the environment (loadConfig refuses to start without them). The database never
 * holds a secret: whoever reads it can neither sign tokens nor read ID numbers.
 */
export function loadSecrets(config: Pick<AppConfig, 'dataDir' | 'production' | 'secrets'>): Secrets {
  const { secrets } = config;
  let stored: StoredSecrets = {};
  if (!config.production && (!secrets.tokenSecret || !secrets.dataKey || !secrets.personKey)) {
    const file = path.join(config.dataDir, FILE);
    if (fs.existsSync(file)) stored = JSON.parse(fs.readFileSync(file, 'utf8')) as StoredSecrets;
    const complete = { tokenSecret: stored.tokenSecret ?? generateKey(), dataKey: stored.dataKey ?? generateKey(), personKey: stored.personKey ?? generateKey() };
    if (complete.tokenSecret !== stored.tokenSecret || complete.dataKey !== stored.dataKey || complete.personKey !== stored.personKey) {
      fs.mkdirSync(config.dataDir, { recursive: true });
      fs.writeFileSync(file, `${JSON.stringify(complete, null, 2)}\n`, { mode: 0o600 });
    }
    stored = complete;
  }
  const dataKey = secrets.dataKey ?? stored.dataKey!;
  return {
    tokenSecret: secrets.tokenSecret ?? stored.tokenSecret!,
    vault: createVault({
      dataKeys: [parseKey(dataKey, 'DATA_KEY'), ...secrets.dataKeyPrevious.map((k, i) => parseKey(k, `DATA_KEY_PREVIOUS[${i}]`))],
      personKey: parseKey(secrets.personKey ?? stored.personKey!, 'PERSON_KEY'),
    }),
  };
}
