// Compiles the Solidity sources in src/ with the pinned solc from npm and
// writes build/combined.json, the input of abigen (see doc.go), and
// build/testing.json for the test-only contracts of src/testing (bindings
// in package testtoken). Output is deterministic: same sources + same
// package-lock.json => same bytes.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const solc = require("solc");
const here = path.dirname(new URL(import.meta.url).pathname);

// The community's four parts and the demo token.
const contracts = ["Community", "Board", "Claims", "Registry", "KangbaoCoin"];
// Shared declarations, compiled as imports of the parts.
const libraries = ["Part"];
// Test-only contracts.
const testing = ["testing/BlocklistToken"];

// EIP-170 allows 24,576 bytes of runtime code; each part keeps 15% of it
// free to grow.
const maxRuntime = 20900;

function findImports(p) {
  for (const base of [path.join(here, "node_modules"), here]) {
    const full = path.join(base, p);
    if (fs.existsSync(full)) return { contents: fs.readFileSync(full, "utf8") };
  }
  return { error: `not found: ${p}` };
}

function compile(names, out) {
  const sources = {};
  for (const name of names) {
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
  const result = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
  let failed = false;
  for (const e of result.errors || []) {
    // Our own sources build without warnings; OpenZeppelin's are theirs to keep.
    const ours = e.sourceLocation && e.sourceLocation.file.startsWith("src/");
    if (e.severity === "error" || ours) {
      process.stderr.write(e.formattedMessage + "\n");
      failed = true;
    }
  }
  if (failed) process.exit(1);
  return result;
}

function write(result, names, file, sizeLimit) {
  const combined = { contracts: {}, version: solc.version() };
  for (const full of names) {
    const name = path.basename(full);
    const c = result.contracts[`src/${full}.sol`][name];
    const runtime = c.evm.deployedBytecode.object.length / 2;
    if (sizeLimit && runtime > sizeLimit) {
      process.stderr.write(`${name}: runtime code is ${runtime} bytes, over the ${sizeLimit} each part may use (15% under EIP-170's 24,576)\n`);
      process.exit(1);
    }
    combined.contracts[`src/${full}.sol:${name}`] = { abi: c.abi, bin: c.evm.bytecode.object };
    process.stderr.write(`${name}: ${runtime} bytes of runtime code\n`);
  }
  fs.mkdirSync(path.join(here, "build"), { recursive: true });
  fs.writeFileSync(path.join(here, "build", file), JSON.stringify(combined, null, 1) + "\n");
}

write(compile([...contracts, ...libraries]), contracts, "combined.json", maxRuntime);
write(compile(testing), testing, "testing.json", 0);
