package disclosure

import (
	"encoding/json"
	"fmt"
	"testing"
)

// signRaw signs a compact JWS of exactly these header and payload bytes
// (whatever they hold), as a careless or hostile signer would.
func signRaw(t *testing.T, f *fixture, holder bool, header, payload string) string {
	t.Helper()
	key := f.issuer
	if holder {
		key = f.holder
	}
	input := b64.EncodeToString([]byte(header)) + "." + b64.EncodeToString([]byte(payload))
	sig, err := signES(key, []byte(input))
	if err != nil {
		t.Fatal(err)
	}
	return input + "." + b64.EncodeToString(sig)
}

// RFC 8259: a JSON text is one value and optional whitespace. A closing
// bracket or brace after it ({"a":1}] or {"a":1}}) is not JSON, and a
// parser that stops at the end of the first value would read, and a
// signature would cover, bytes that other verifiers refuse: every JSON
// the verifier reads refuses it, wherever it comes from, under the rule
// that names the part; whitespace after the value is still JSON.
func TestJSONWithTrailingBracketIsRefused(t *testing.T) {
	f := newFixture(t)
	good := f.present(t, []string{"diagnosis_category"}, "eip155:1337:0xabc", "n-1")
	j, _ := parseJWT(good.IssuerJWT)
	header, _ := json.Marshal(j.header)
	payload, _ := json.Marshal(j.payload)
	kbHeader := `{"alg":"ES256K","typ":"kb+jwt"}`
	kbPayload := func(p *SDJWT) string {
		b, _ := json.Marshal(map[string]any{"iat": f.now.Unix(), "aud": "eip155:1337:0xabc", "nonce": "n-1", "sd_hash": p.SDHash()})
		return string(b)
	}
	for _, tail := range []string{"]", "}", "]]", "}]", " ]", "\n}"} {
		// The issuer-signed JWT, its header or its payload, signed as is.
		for _, part := range []string{"header", "payload"} {
			h, pl := string(header), string(payload)
			if part == "header" {
				h += tail
			} else {
				pl += tail
			}
			p := *good
			p.IssuerJWT = signRaw(t, f, false, h, pl)
			p.KeyBinding = signRaw(t, f, true, kbHeader, kbPayload(&p))
			_, err := p.Verify(f.opts())
			wantRule(t, "issuer JWT "+part+" + "+tail, err, RuleFormat)
		}
		// The Key Binding JWT.
		for _, part := range []string{"header", "payload"} {
			h, pl := kbHeader, kbPayload(good)
			if part == "header" {
				h += tail
			} else {
				pl += tail
			}
			p := *good
			p.KeyBinding = signRaw(t, f, true, h, pl)
			_, err := p.Verify(f.opts())
			wantRule(t, "KB-JWT "+part+" + "+tail, err, RuleFormat)
		}
		// A disclosure.
		raw, _ := b64.DecodeString(good.Disclosures[0].Encoded)
		if _, err := ParseDisclosure(b64.EncodeToString(append(raw, tail...))); err == nil {
			t.Errorf("disclosure + %q: accepted", tail)
		}
		if _, err := Parse(good.IssuerJWT + "~" + b64.EncodeToString(append(raw, tail...)) + "~"); err == nil {
			t.Errorf("presentation with a disclosure + %q: accepted", tail)
		} else {
			wantRule(t, "presentation with a disclosure + "+tail, err, RuleDisclosure)
		}
		// A holder request: its JSON, its bare JWK, its proof's payload.
		req, _ := NewHolderRequest(f.holder, f.now)
		rb, _ := json.Marshal(req)
		if _, _, err := ReadHolder(append(rb, tail...), f.now); err == nil {
			t.Errorf("holder request + %q: accepted", tail)
		}
		jb, _ := json.Marshal(req.JWK)
		if _, _, err := ReadHolder(append(jb, tail...), f.now); err == nil {
			t.Errorf("bare holder JWK + %q: accepted", tail)
		}
		tp, _ := req.JWK.ThumbprintString()
		bent := *req
		bent.Proof = signRaw(t, f, true, `{"alg":"ES256K","typ":"`+requestTyp+`"}`, fmt.Sprintf(`{"iat":%d,"jkt":%q}`, f.now.Unix(), tp)+tail)
		if err := bent.Check(f.now); err == nil {
			t.Errorf("holder request proof + %q: accepted", tail)
		}
		// An opened envelope's claim payload.
		cp, _ := ClaimPayload{Version: 1, Presentation: good.String()}.Marshal()
		if _, err := UnmarshalClaimPayload(append(cp, tail...)); err == nil {
			t.Errorf("claim payload + %q: accepted", tail)
		}
	}
	// Whitespace after a value is JSON: still accepted.
	p := *good
	p.IssuerJWT = signRaw(t, f, false, string(header)+" \n", string(payload)+"\r\n\t ")
	p.KeyBinding = signRaw(t, f, true, kbHeader+" ", kbPayload(&p)+"\n")
	if _, err := p.Verify(f.opts()); err != nil {
		t.Fatalf("trailing whitespace refused: %v", err)
	}
	raw, _ := b64.DecodeString(good.Disclosures[0].Encoded)
	if _, err := ParseDisclosure(b64.EncodeToString(append(raw, ' ', '\n'))); err != nil {
		t.Fatalf("a disclosure with trailing whitespace refused: %v", err)
	}
}
