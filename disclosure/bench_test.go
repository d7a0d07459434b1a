package disclosure_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/huzhu-community/huzhu/disclosure"
)

// Targets (on one core): verify a presentation with 5 disclosures and key
// binding in under 0.5 ms; seal to 5 notaries in under 2 ms. An envelope
// for n notaries is exactly EnvelopeSize(n) bytes, 14,284 for 5
// (TestEnvelopeLengthDependsOnlyOnRecipients checks it).

func BenchmarkIssue(b *testing.B) {
	f := newClaimFixture(b)
	hj, _ := disclosure.PublicJWK(&f.holder.PublicKey)
	facts := disclosure.Facts(f.cred)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := disclosure.IssueMedical(f.issuer, disclosure.MedicalCredential{Issuer: "https://h.example", Holder: hj, IssuedAt: f.now, Validity: time.Hour, Facts: facts}, disclosure.IssueOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPresent(b *testing.B) {
	f := newClaimFixture(b)
	ctx := f.context(b, kbc(100))
	p := disclosure.ClaimPolicy(contractsCategories, "KBC")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, _, err := p.Present(f.cred, f.holder, ctx, nil, f.now); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkVerify: a presentation of the 5 required facts with key binding.
func BenchmarkVerify(b *testing.B) {
	f := newClaimFixture(b)
	ctx := f.context(b, kbc(100))
	pres, _, err := disclosure.ClaimPolicy(contractsCategories, "KBC").Present(f.cred, f.holder, ctx, nil, f.now)
	if err != nil {
		b.Fatal(err)
	}
	s := pres.String()
	o := disclosure.VerifyOptions{IssuerKey: &f.issuer.PublicKey, Now: f.now, VC: true, KeyBinding: true, Audience: ctx.Audience(), Nonce: ctx.Nonce()}
	if n := len(pres.Disclosures); n != 5 {
		b.Fatalf("%d disclosures", n)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := disclosure.VerifyString(s, o); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSeal and BenchmarkOpen: a claim of the 5 required facts, to 3
// and to 5 notaries; envelope-bytes is the same for every claim of a
// community with as many notaries (EnvelopeSize).
func BenchmarkSeal(b *testing.B) {
	for _, n := range []int{3, 5} {
		b.Run(fmt.Sprintf("notaries=%d", n), func(b *testing.B) {
			f := newClaimFixture(b)
			ctx := f.context(b, kbc(100))
			pres, _, _ := disclosure.ClaimPolicy(contractsCategories, "KBC").Present(f.cred, f.holder, ctx, nil, f.now)
			payload, _ := disclosure.ClaimPayload{Version: 1, Claim: ctx, Presentation: pres.String()}.Marshal()
			keys := f.publicKeys()[:n]
			var size int
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				env, err := disclosure.Seal(payload, keys, ctx.Audience())
				if err != nil {
					b.Fatal(err)
				}
				size = len(env)
			}
			b.ReportMetric(float64(size), "envelope-bytes")
			b.ReportMetric(float64(len(payload)), "payload-bytes")
		})
	}
}

func BenchmarkOpen(b *testing.B) {
	for _, n := range []int{3, 5} {
		b.Run(fmt.Sprintf("notaries=%d", n), func(b *testing.B) {
			f := newClaimFixture(b)
			ctx := f.context(b, kbc(100))
			pres, _, _ := disclosure.ClaimPolicy(contractsCategories, "KBC").Present(f.cred, f.holder, ctx, nil, f.now)
			payload, _ := disclosure.ClaimPayload{Version: 1, Claim: ctx, Presentation: pres.String()}.Marshal()
			env, err := disclosure.Seal(payload, f.publicKeys()[:n], ctx.Audience())
			if err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				// The last recipient: the most blocks to skip.
				if _, err := f.notaries[n-1].Open(env, ctx.Audience()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
