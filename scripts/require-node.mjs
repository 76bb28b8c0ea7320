// Stops a command early, with a clear message, when this Node.js is older than the command needs
// (Electron 45's tooling needs Node.js 22.12+; building and testing need 20.19+).
// Usage: node scripts/require-node.mjs 22.12 "npm start"

const [need = '20.19', what = 'this command'] = process.argv.slice(2);
const parse = (v) => v.replace(/^v/, '').split('.').map(Number);
const [haveMajor, haveMinor] = parse(process.version);
const [needMajor, needMinor = 0] = parse(need);
if (haveMajor < needMajor || (haveMajor === needMajor && haveMinor < needMinor)) {
  console.error(`${what} needs Node.js ${need} or newer; this is ${process.version}.`);
  process.exit(1);
}
