// Fetches browser bundles from the npm registry at build time (they are not committed): `npm pack` the
// pinned version, check the tarball against its published integrity hash, and copy the named files
// into wwwroot/lib.
//   node fetch-npm.mjs <package> <version> <sha512 integrity> <workDir> <outDir> <file in the package>...
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, copyFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';

const [name, version, integrity, workDir, outDir, ...files] = process.argv.slice(2);
rmSync(workDir, { recursive: true, force: true });
mkdirSync(workDir, { recursive: true });
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const tarball = execFileSync(npm, ['pack', `${name}@${version}`, '--silent'], { cwd: workDir, encoding: 'utf8' }).trim().split('\n').pop();
const actual = 'sha512-' + createHash('sha512').update(readFileSync(join(workDir, tarball))).digest('base64');
if (actual !== integrity) {
  console.error(`${name}@${version}: integrity ${actual} does not match the pinned ${integrity}`);
  process.exit(1);
}
execFileSync('tar', ['-xzf', tarball, ...files.map(f => 'package/' + f)], { cwd: workDir });
mkdirSync(outDir, { recursive: true });
for (const file of files) copyFileSync(join(workDir, 'package', file), join(outDir, basename(file)));
console.log(`${name} ${version} -> ${outDir}`);
