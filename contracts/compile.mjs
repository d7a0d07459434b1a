// Compiles the Solidity sources in src/ with the pinned solc from npm and
// writes build/combined.json, the input of abigen (see doc.go). Output is
// deterministic: same sources + same package-lock.json => same bytes.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const solc = require("solc");
const here = path.dirname(new URL(import.meta.url).pathname);

const contracts = ["Community", "KangbaoCoin"];
const sources = {};
for (const name of contracts) {
  const file = `src/${name}.sol`;
  sources[file] = { content: fs.readFileSync(path.join(here, file), "utf8") };
}

const input = {
  language: "Solidity",
  sources,
  settings: {
    evmVersion: "prague",
    optimizer: { enabled: true, runs: 1000 },
    outputSelection: { "*": { "*": ["abi", "evm.bytecode.object", "evm.deployedBytecode.object"] } },
  },
};

function findImports(p) {
  for (const base of [path.join(here, "node_modules"), here]) {
    const full = path.join(base, p);
    if (fs.existsSync(full)) return { contents: fs.readFileSync(full, "utf8") };
  }
  return { error: `not found: ${p}` };
}

const out = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
let failed = false;
for (const e of out.errors || []) {
  // Our own sources build without warnings; OpenZeppelin's are theirs to keep.
  const ours = e.sourceLocation && e.sourceLocation.file.startsWith("src/");
  if (e.severity === "error" || ours) {
    process.stderr.write(e.formattedMessage + "\n");
    failed = true;
  }
}
if (failed) process.exit(1);

const combined = { contracts: {}, version: solc.version() };
for (const name of contracts) {
  const c = out.contracts[`src/${name}.sol`][name];
  const runtime = c.evm.deployedBytecode.object.length / 2;
  if (runtime > 24576) {
    process.stderr.write(`${name}: runtime code is ${runtime} bytes, over the EIP-170 limit\n`);
    process.exit(1);
  }
  combined.contracts[`src/${name}.sol:${name}`] = { abi: c.abi, bin: c.evm.bytecode.object };
  process.stderr.write(`${name}: ${runtime} bytes of runtime code\n`);
}
fs.mkdirSync(path.join(here, "build"), { recursive: true });
fs.writeFileSync(path.join(here, "build/combined.json"), JSON.stringify(combined, null, 1) + "\n");
