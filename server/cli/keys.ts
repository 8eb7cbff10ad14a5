import { createApp } from '../app';
import { loadConfig } from '../config';
import { generateKey } from '../core/personal-data';
import { rotateSealedValues } from '../db/rotate-keys';

const USAGE = `usage:
  npm run keys -- generate   print fresh TOKEN_SECRET, DATA_KEY and PERSON_KEY values
  npm run keys -- rotate     re-encrypt every sealed value with the current DATA_KEY
                             (start with DATA_KEY=<new> DATA_KEY_PREVIOUS=<old>)`;

async function main([command]: string[]) {
  if (command === 'generate') {
    console.log(`TOKEN_SECRET=${generateKey()}\nDATA_KEY=${generateKey()}\nPERSON_KEY=${generateKey()}`);
    return;
  }
  if (command !== 'rotate') {
    console.error(USAGE);
    process.exit(2);
  }
  const app = await createApp({ ...loadConfig(), log: false });
  try {
    const changed = await rotateSealedValues(app);
    console.log(`re-encrypted ${changed} values with the current DATA_KEY; DATA_KEY_PREVIOUS can now be removed`);
  } finally {
    await app.close();
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(`keys failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
