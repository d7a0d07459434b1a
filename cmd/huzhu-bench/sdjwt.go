package main

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"encoding/json"
	"flag"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/huzhu-community/huzhu/disclosure"
	"github.com/huzhu-community/huzhu/internal/interop"
)

// benchSDJWT times the verification of one presentation (5 disclosures,
// key binding) in huzhu and in @sd-jwt/sd-jwt-vc on Node, same machine.
func benchSDJWT(args []string) int {
	fs := flag.NewFlagSet("sdjwt", flag.ContinueOnError)
	runs := fs.Int("runs", 2000, "verifications to time in each")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	issuer, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	holder, _ := crypto.GenerateKey()
	hj, _ := disclosure.PublicJWK(&holder.PublicKey)
	cred, err := disclosure.IssueMedical(issuer, disclosure.MedicalCredential{
		Issuer: "https://hospital.example", Holder: hj, IssuedAt: time.Now().Add(-time.Hour), Validity: 24 * time.Hour,
		Facts: map[string]any{"event_id": "e0Cfky0siOl_DBdnbIQg0w", "diagnosis_category": "stroke", "diagnosis_date": "2027-01-02",
			"treatment_cost": "1000", "currency": "KBC", "given_name": "Mei", "national_id": "x", "notes": "y"},
	}, disclosure.IssueOptions{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	ctx, _ := disclosure.NewClaimContext(1337, common.HexToAddress("0xcc"), crypto.PubkeyToAddress(holder.PublicKey), big.NewInt(1), [32]byte{1})
	pres, _, err := disclosure.ClaimPolicy(nil).Present(cred, holder, ctx, nil, time.Now())
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	o := disclosure.VerifyOptions{IssuerKey: &issuer.PublicKey, VC: true, KeyBinding: true, Audience: ctx.Audience(), Nonce: ctx.Nonce()}
	s := pres.String()
	for range 100 {
		disclosure.VerifyString(s, o)
	}
	start := time.Now()
	for range *runs {
		if _, err := disclosure.VerifyString(s, o); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
	}
	goMS := float64(time.Since(start).Microseconds()) / 1000 / float64(*runs)

	dir, _ := os.MkdirTemp("", "huzhu-bench-sdjwt")
	defer os.RemoveAll(dir)
	ij, _ := disclosure.PublicJWK(&issuer.PublicKey)
	b, _ := json.Marshal(ij)
	os.WriteFile(filepath.Join(dir, "jwk"), b, 0o600)
	os.WriteFile(filepath.Join(dir, "pres"), []byte(s), 0o600)
	cmd := exec.Command("node", "sdjwt.mjs", "bench", filepath.Join(dir, "pres"), filepath.Join(dir, "jwk"), ctx.Audience(), ctx.Nonce(), fmt.Sprint(*runs))
	cmd.Dir = interop.Dir()
	out, err := cmd.Output()
	if err != nil {
		fmt.Fprintf(os.Stderr, "node (run npm ci in interop/ first): %v\n", err)
		return 1
	}
	var nodeRes struct {
		MS float64 `json:"ms_per_verify"`
	}
	json.Unmarshal(out, &nodeRes)
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode(map[string]any{
		"presentation": "5 disclosures, ES256 issuer, ES256K key binding", "runs": *runs,
		"huzhu_ms": goMS, "sd_jwt_vc_node_ms": nodeRes.MS, "node_over_huzhu": nodeRes.MS / goMS,
	})
	return 0
}
