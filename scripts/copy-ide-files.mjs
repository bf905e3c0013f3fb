// The IDE's own browser files are served as they are; the build puts them beside the
// compiled src/ide/ide-assets.js, which looks for them there.
import { cpSync } from 'node:fs';

cpSync('src/ide/browser', 'dist/src/ide/browser', { recursive: true });
