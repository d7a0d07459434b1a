// Decrypts a Web3 Secret Storage v3 keystore with ethers and prints the
// address, or encrypts a private key and prints the keystore.
//   node keystore.mjs decrypt FILE PASSWORD_FILE
//   node keystore.mjs encrypt PRIVATE_KEY_FILE PASSWORD_FILE
import fs from "node:fs";
import { Wallet, encryptKeystoreJson } from "ethers";

const [cmd, file, pwFile] = process.argv.slice(2);
const password = fs.readFileSync(pwFile, "utf8").split("\n")[0];
if (cmd === "decrypt") {
  const w = await Wallet.fromEncryptedJson(fs.readFileSync(file, "utf8"), password);
  process.stdout.write(w.address);
} else if (cmd === "encrypt") {
  const w = new Wallet(fs.readFileSync(file, "utf8").trim());
  // Light scrypt (N=2^12) to keep the test quick; the format is the same.
  const account = { address: w.address, privateKey: w.privateKey };
  process.stdout.write(await encryptKeystoreJson(account, password, { scrypt: { N: 1 << 12 } }));
} else {
  console.error("usage: node keystore.mjs decrypt|encrypt FILE PASSWORD_FILE");
  process.exit(2);
}
