// Fetches the official Web Chat bundle from the npm registry at build time (it is not committed):
// `npm pack` the pinned version, check the tarball against its published integrity hash, and copy
// dist/webchat.js and its licence into wwwroot/lib.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const [version, integrity, workDir, outDir] = process.argv.slice(2);
rmSync(workDir, { recursive: true, force: true });
mkdirSync(workDir, { recursive: true });
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const tarball = execFileSync(npm, ['pack', `botframework-webchat@${version}`, '--silent'], { cwd: workDir, encoding: 'utf8' }).trim().split('\n').pop();
const actual = 'sha512-' + createHash('sha512').update(readFileSync(join(workDir, tarball))).digest('base64');
if (actual !== integrity) {
  console.error(`botframework-webchat@${version}: integrity ${actual} does not match the pinned ${integrity}`);
  process.exit(1);
}
execFileSync('tar', ['-xzf', tarball, 'package/dist/webchat.js', 'package/dist/webchat.js.LICENSE.txt'], { cwd: workDir });
mkdirSync(outDir, { recursive: true });
copyFileSync(join(workDir, 'package/dist/webchat.js'), join(outDir, 'webchat.js'));
copyFileSync(join(workDir, 'package/dist/webchat.js.LICENSE.txt'), join(outDir, 'webchat.js.LICENSE.txt'));
console.log(`Web Chat ${version} -> ${outDir}`);
