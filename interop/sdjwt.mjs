// SD-JWT VC with @sd-jwt/sd-jwt-vc (ES256 issuer via @sd-jwt/crypto-nodejs,
// ES256K key binding via @noble/curves), the independent implementation
// huzhu is tested against.
//
//   node sdjwt.mjs verify PRESENTATION_FILE ISSUER_JWK_FILE AUD NONCE
//     verifies a presentation (issuer signature, disclosures, key binding
//     by cnf.jwk, nonce; aud checked here) and prints {payload, kb}.
//   node sdjwt.mjs issue-present HOLDER_KEY_HEX_FILE CLAIMS_FILE AUD NONCE NAME,NAME,...
//     issues a medical SD-JWT VC to the holder's secp256k1 key, presents the
//     named claims with a KB-JWT, prints {issuerJwk, credential, presentation}.
//   node sdjwt.mjs issue-present-openssl HOLDER_KEY_HEX_FILE CLAIMS_FILE AUD NONCE NAME,...
//     the same, with the KB-JWT signed by Node's crypto.sign (OpenSSL, which
//     does not normalise S), retried until its S is high; prints also
//     {tries}, the signatures made to get one.
//   node sdjwt.mjs bench PRESENTATION_FILE ISSUER_JWK_FILE AUD NONCE N
//     times N verifications and prints {ms_per_verify}.
import fs from "node:fs";
import { createHash, createPrivateKey, sign } from "node:crypto";
import { SDJwtVcInstance } from "@sd-jwt/sd-jwt-vc";
import { ES256, digest, generateSalt } from "@sd-jwt/crypto-nodejs";
import { secp256k1 } from "@noble/curves/secp256k1";

const b64u = (buf) => Buffer.from(buf).toString("base64url");
const sha256 = (s) => createHash("sha256").update(s).digest();

// ES256K over the JWS signing input: SHA-256, then ECDSA on secp256k1 with
// a low S (noble's default), R||S encoded.
function es256kSigner(privHex) {
  const priv = Buffer.from(privHex.replace(/^0x/, ""), "hex");
  return async (data) => b64u(secp256k1.sign(sha256(data), priv, { lowS: true }).toCompactRawBytes());
}
// ES256K by OpenSSL (Node's crypto.sign): S is whatever OpenSSL produces,
// high about half the time. This signer insists on a high one.
const SECP256K1_N = BigInt("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
let opensslTries = 0;
function opensslHighSSigner(privHex) {
  const d = Buffer.from(privHex.replace(/^0x/, ""), "hex");
  const jwk = { ...holderJwk(privHex), d: b64u(d) };
  const key = createPrivateKey({ key: jwk, format: "jwk" });
  return async (data) => {
    for (;;) {
      opensslTries++;
      const sig = sign("sha256", Buffer.from(data), { key, dsaEncoding: "ieee-p1363" });
      const s = BigInt("0x" + sig.subarray(32).toString("hex"));
      if (s > SECP256K1_N / 2n) return b64u(sig);
      if (opensslTries > 200) throw new Error("OpenSSL produced no high-S signature in 200 tries");
    }
  };
}
function es256kVerify(jwk, data, sig) {
  const pub = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x, "base64url"), Buffer.from(jwk.y, "base64url")]);
  return secp256k1.verify(Buffer.from(sig, "base64url"), sha256(data), pub, { lowS: true });
}
function holderJwk(privHex) {
  const pub = secp256k1.getPublicKey(Buffer.from(privHex.replace(/^0x/, ""), "hex"), false);
  return { kty: "EC", crv: "secp256k1", x: b64u(pub.slice(1, 33)), y: b64u(pub.slice(33)) };
}

const kbVerifier = async (data, sig, payload) => es256kVerify(payload.cnf.jwk, data, sig);

async function instance(issuerPublicJwk, issuerPrivateJwk, holderPrivHex, kbSigner) {
  return new SDJwtVcInstance({
    hasher: digest,
    hashAlg: "sha-256",
    saltGenerator: generateSalt,
    signAlg: "ES256",
    signer: issuerPrivateJwk ? await ES256.getSigner(issuerPrivateJwk) : undefined,
    verifier: issuerPublicJwk ? await ES256.getVerifier(issuerPublicJwk) : undefined,
    kbSignAlg: "ES256K",
    kbSigner: kbSigner ?? (holderPrivHex ? es256kSigner(holderPrivHex) : undefined),
    kbVerifier,
  });
}

const [cmd, ...args] = process.argv.slice(2);
if (cmd === "verify" || cmd === "bench") {
  const [presFile, jwkFile, aud, nonce, n] = args;
  const pres = fs.readFileSync(presFile, "utf8").trim();
  const sd = await instance(JSON.parse(fs.readFileSync(jwkFile, "utf8")));
  const verifyOnce = async () => {
    const r = await sd.verify(pres, { keyBindingNonce: nonce, currentDate: Math.floor(Date.now() / 1000) });
    if (!r.kb || r.kb.payload.aud !== aud) throw new Error(`aud ${r.kb && r.kb.payload.aud}, want ${aud}`);
    return r;
  };
  if (cmd === "verify") {
    const r = await verifyOnce();
    process.stdout.write(JSON.stringify({ payload: r.payload, kb: r.kb.payload }));
  } else {
    const runs = Number(n);
    for (let i = 0; i < 20; i++) await verifyOnce(); // warm up
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < runs; i++) await verifyOnce();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6 / runs;
    process.stdout.write(JSON.stringify({ ms_per_verify: ms, runs }));
  }
} else if (cmd === "issue-present" || cmd === "issue-present-openssl") {
  const [keyFile, claimsFile, aud, nonce, names] = args;
  const priv = fs.readFileSync(keyFile, "utf8").trim();
  const { publicKey, privateKey } = await ES256.generateKeyPair();
  const sd = await instance(publicKey, privateKey, priv, cmd === "issue-present-openssl" ? opensslHighSSigner(priv) : undefined);
  const facts = JSON.parse(fs.readFileSync(claimsFile, "utf8"));
  const now = Math.floor(Date.now() / 1000);
  const payload = { iss: "https://clinic.interop.example", iat: now, exp: now + 86400 * 365, vct: "urn:huzhu:vct:medical-event:1", cnf: { jwk: holderJwk(priv) }, ...facts };
  const frame = { _sd: Object.keys(facts) };
  if (Array.isArray(facts.procedures)) frame.procedures = { _sd: facts.procedures.map((_, i) => i) };
  const credential = await sd.issue(payload, frame, { header: { typ: "dc+sd-jwt" } });
  const presentationFrame = {};
  for (const name of names.split(",")) presentationFrame[name] = true;
  const presentation = await sd.present(credential, presentationFrame, { kb: { payload: { iat: now, aud, nonce } } });
  process.stdout.write(JSON.stringify({ issuerJwk: publicKey, credential, presentation, tries: opensslTries }));
} else {
  console.error("usage: see the header of sdjwt.mjs");
  process.exit(2);
}
