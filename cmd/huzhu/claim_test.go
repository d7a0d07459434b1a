package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/contracts"
	"github.com/huzhu-community/huzhu/disclosure"
	"github.com/huzhu-community/huzhu/wallet"
)

// importAt imports the junk mnemonic's account at index into the wallet.
func importAt(t *testing.T, dir, name, pw string, index int) string {
	t.Helper()
	mf := filepath.Join(t.TempDir(), "m")
	os.WriteFile(mf, []byte(junk+"\n"), 0o600)
	return mustOK(t, huzhu(t, dir, "wallet", "import", "--name", name, "--mnemonic-file", mf, "--index", string(rune('0'+index)),
		"--password-file", pw, "--insecure-light-kdf", "--json")).json(t)["address"].(string)
}

func junkKeyAt(t *testing.T, index int) *chain.KeySender {
	t.Helper()
	seed, _ := wallet.Seed(junk, "")
	key, err := wallet.DeriveKey(seed, wallet.EthereumPath(uint32(index)))
	if err != nil {
		t.Fatal(err)
	}
	return &chain.KeySender{Key: key}
}

// payCommunity has the junk account at index approve tokens for the
// community and make a call of it, straight through the contract (member
// join and donations are other commands').
func payCommunity(t *testing.T, dir string, com common.Address, index int, tokens int64, call []byte) {
	t.Helper()
	ctx := context.Background()
	conn, err := chain.Open(ctx, chain.OpenOptions{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	s := junkKeyAt(t, index)
	s.Backend = conn
	token := chain.DevToken
	if _, err := s.Send(ctx, &token, contracts.NewKangbaoCoin().PackApprove(com, new(big.Int).Mul(big.NewInt(tokens), big.NewInt(1e18))), nil); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Send(ctx, &com, call, nil); err != nil {
		t.Fatal(err)
	}
}

// joinCommunity pays a year of dues (120 KBC) for the junk account at index.
func joinCommunity(t *testing.T, dir string, com common.Address, index int) {
	t.Helper()
	payCommunity(t, dir, com, index, 120, contracts.NewCommunity().PackJoin(big.NewInt(12)))
}

func writeTemp(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// issueTo has issuer issue a credential with facts to account and
// imports it; it returns the credential's id.
func issueTo(t *testing.T, dir, pw, issuer, account string, facts map[string]any) string {
	t.Helper()
	credFile := issueFile(t, dir, pw, issuer, account, facts)
	return mustOK(t, huzhu(t, dir, "credential", "import", credFile, "--account", account, "--password-file", pw, "--json")).json(t)["id"].(string)
}

// issueFile has issuer issue a credential with facts to account, in a file.
func issueFile(t *testing.T, dir, pw, issuer, account string, facts map[string]any) string {
	t.Helper()
	req := mustOK(t, huzhu(t, dir, "credential", "request", "--account", account, "--password-file", pw)).out
	b, _ := json.Marshal(facts)
	credFile := filepath.Join(t.TempDir(), "cred")
	mustOK(t, huzhu(t, dir, "issuer", "issue", "--name", issuer, "--holder", writeTemp(t, "req.json", req), "--claims", writeTemp(t, "facts.json", string(b)),
		"--password-file", pw, "--out", credFile))
	return credFile
}

// issueUnchecked signs a credential with an issuer key kept in dir, the
// facts as given: what huzhu issued before event ids had one form, or
// what another issuer's software may still sign.
func issueUnchecked(t *testing.T, dir, pw, issuer string, holder *ecdsa.PublicKey, facts map[string]any) string {
	t.Helper()
	is := wallet.NewIssuerStore(dir)
	acct, err := is.Get(issuer)
	if err != nil {
		t.Fatal(err)
	}
	pass, _ := os.ReadFile(pw)
	st := &wallet.Store{Dir: is.Dir, Scrypt: is.Scrypt}
	dk, err := st.Derive(acct, []byte(strings.TrimRight(string(pass), "\n")))
	if err != nil {
		t.Fatal(err)
	}
	key, err := wallet.OpenIssuerKey(acct, dk)
	if err != nil {
		t.Fatal(err)
	}
	hj, _ := disclosure.PublicJWK(holder)
	cred, err := disclosure.IssueMedical(key, disclosure.MedicalCredential{Issuer: "https://hospital.example", Holder: hj, Facts: facts,
		IssuedAt: time.Now().Add(-time.Minute), Validity: 365 * 24 * time.Hour}, disclosure.IssueOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return cred.String()
}

func tokensOf(t *testing.T, dir, account string) string {
	t.Helper()
	v := mustOK(t, huzhu(t, dir, "wallet", "balance", account, "--json")).json(t)
	return v["tokens"].(map[string]any)["value"].(string)
}

func wantRefused(t *testing.T, r result, what string, says ...string) {
	t.Helper()
	if r.code != exitRefused {
		t.Fatalf("%s: exit %d, want %d\nstdout: %s\nstderr: %s", what, r.code, exitRefused, r.out, r.errOut)
	}
	for _, s := range says {
		if !strings.Contains(r.errOut, s) {
			t.Fatalf("%s: stderr does not say %q:\n%s", what, s, r.errOut)
		}
	}
}

// The claim story from the command line (issue 8 section 6): a member
// files a claim disclosing only the required facts, the notaries of the
// term see it in their queue, review it (every check passes, only the
// disclosed facts) and two approve; the member is paid. Refused on the
// way, each with exit 3 and before anything is sent: a claim in the
// waiting period, above the cost or the cap, with someone else's
// credential, on an event already paid, an approval by a non-notary. A
// claim from an untrusted issuer fails that check and is rejected with a
// reason. No health fact reaches a file of the data dir in the clear.
func TestClaimEndToEnd(t *testing.T) {
	dir := t.TempDir()
	pw := passwordFile(t, "claim passphrase")
	newAccount(t, dir, "founder", pw)
	for i, n := range []string{"n1", "n2", "n3"} {
		importAt(t, dir, n, pw, i)
	}
	mei := importAt(t, dir, "mei", pw, 3)
	li := importAt(t, dir, "li", pw, 4)
	for _, n := range []string{"founder", "n1", "n2", "n3", "mei", "li"} {
		mustOK(t, huzhu(t, dir, "faucet", n, "--tokens", "200"))
	}
	c := mustOK(t, huzhu(t, dir, "community", "create", "--account", "founder", "--password-file", pw, "--notaries", "n1,n2,n3",
		"--seats", "3", "--quorum", "2", "--yes", "--json")).json(t)
	com := common.HexToAddress(c["community"].(string))
	// A claim before any notary has a key: refused later, by name; here
	// the keys are published.
	for _, n := range []string{"n1", "n2", "n3"} {
		mustOK(t, huzhu(t, dir, "notary", "key", "--account", n, "--password-file", pw, "--yes"))
	}
	iss := mustOK(t, huzhu(t, dir, "issuer", "init", "--name", "West China Hospital", "--password-file", pw, "--insecure-light-kdf", "--json")).out
	mustOK(t, huzhu(t, dir, "issuer", "trust", "--new-issuer", "--jwk", writeTemp(t, "iss.json", iss), "--account", "founder", "--password-file", pw, "--yes"))
	mustOK(t, huzhu(t, dir, "issuer", "init", "--name", "Unknown Clinic", "--password-file", pw, "--insecure-light-kdf"))
	joinCommunity(t, dir, com, 3)
	joinCommunity(t, dir, com, 4)

	diagnosed := time.Now().UTC().Add(92 * 24 * time.Hour).Format("2006-01-02")
	facts := map[string]any{
		"given_name": "Mei", "family_name": "Zhangsun", "national_id": "510100199001011234", "event_id": "T_YQRAhw6fMRdd6CwTl2VA",
		"diagnosis_code": "I63.9", "diagnosis_category": "stroke", "diagnosis_date": diagnosed, "treatment_cost": "3000",
		"currency": "CNY", "hospital": "West China Hospital", "notes": "left MCA infarct",
	}
	credA := issueTo(t, dir, pw, "West China Hospital", "mei", facts)
	as := func(account string, args ...string) []string {
		return append(args, "--account", account, "--password-file", pw)
	}
	submit := func(account, cred, amount string, extra ...string) result {
		return huzhu(t, dir, as(account, append([]string{"claim", "submit", "--credential", cred, "--amount", amount, "--yes"}, extra...)...)...)
	}

	// In the waiting period: exit 3 with the date claims open.
	wantRefused(t, submit("mei", credA, "1000"), "a claim in the waiting period", "waiting period ends 20", "claims open then")
	mustOK(t, huzhu(t, dir, "dev", "warp", "93d"))

	// Above the cost, above the cap: refused before anything is priced or
	// sent, and no fact of the credential in the output or the --json
	// error document.
	factValues := []string{"T_YQRAhw6fMRdd6CwTl2VA", "stroke", "3000", diagnosed, "Zhangsun", "I63.9", "West China", "left MCA"}
	noFacts := func(what string, r result) {
		t.Helper()
		for _, v := range factValues {
			if strings.Contains(r.out+r.errOut, v) {
				t.Fatalf("%s: the output shows the fact %q:\nstdout: %s\nstderr: %s", what, v, r.out, r.errOut)
			}
		}
	}
	for _, tc := range []struct{ amount, says string }{{"3001", "above the treatment cost the credential shows"}, {"6000", "cap"}} {
		r := submit("mei", credA, tc.amount)
		wantRefused(t, r, "amount "+tc.amount, tc.says)
		if strings.Contains(r.errOut, "Estimated fee") {
			t.Fatalf("amount %s: refused only after pricing:\n%s", tc.amount, r.errOut)
		}
		noFacts("amount "+tc.amount, r)
		noFacts("amount "+tc.amount+" --json", submit("mei", credA, tc.amount, "--json"))
	}
	// Someone else's credential, slipped into mei's store: refused.
	credL, _ := os.ReadFile(issueFile(t, dir, pw, "West China Hospital", "li", map[string]any{"event_id": "ffZcc8iFdt0tz9Zz8MVlng", "diagnosis_category": "cancer",
		"diagnosis_date": diagnosed, "treatment_cost": "2000", "currency": "CNY"}))
	meiAcct, _ := wallet.NewStore(dir).Get("mei")
	slipped, err := wallet.NewCredentialStore(dir).Add(meiAcct, junkKeyAt(t, 3).Key, strings.TrimSpace(string(credL)), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	wantRefused(t, submit("mei", slipped, "100"), "another member's credential", "bound to "+li, "only the member it was issued to")
	// A credential whose event id is not in the canonical form (another
	// spelling of an event could be paid again): refused, exit 3, with the
	// fix, and the id not repeated.
	legacy := issueUnchecked(t, dir, pw, "West China Hospital", &junkKeyAt(t, 3).Key.PublicKey, map[string]any{"event_id": "ZY-2027-0042 ",
		"diagnosis_category": "stroke", "diagnosis_date": diagnosed, "treatment_cost": "3000", "currency": "CNY"})
	legacyID, err := wallet.NewCredentialStore(dir).Add(meiAcct, junkKeyAt(t, 3).Key, legacy, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	r := submit("mei", legacyID, "100")
	wantRefused(t, r, "an event id not in the canonical form", "not in the canonical form", "ask the issuer")
	if strings.Contains(r.errOut, "ZY-2027") {
		t.Fatalf("the refusal repeats the event id:\n%s", r.errOut)
	}
	if list := mustOK(t, huzhu(t, dir, "claim", "list", "--json")).json(t); len(list["claims"].([]any)) != 0 {
		t.Fatalf("a refused claim was filed: %v", list)
	}

	// The claim, disclosing only the required facts.
	before := tokensOf(t, dir, "mei")
	r = mustOK(t, submit("mei", credA, "1000"))
	if !strings.Contains(r.out, "Filed claim 1 for 1000 KBC: open") {
		t.Fatalf("submit:\n%s", r.out)
	}
	// Piped, the preview names the facts without their values.
	if !strings.Contains(r.errOut, "The 3 notaries of term 0 will see 5 facts") || !strings.Contains(r.errOut, "6 stay hidden: diagnosis_code, family_name") ||
		!strings.Contains(r.errOut, "Always seen by every notary, whatever you choose: iss, iat, exp, vct, cnf\n") ||
		!strings.Contains(r.errOut, "  diagnosis_category\n") || !strings.Contains(r.errOut, "within the treatment cost the credential shows") {
		t.Fatalf("the preview on a pipe:\n%s", r.errOut)
	}
	noFacts("a claim filed through a pipe", r)
	cl := mustOK(t, huzhu(t, dir, "claim", "show", "1", "--json")).json(t)
	if cl["id"].(float64) != 1 || cl["status"] != "open" || cl["member"] != mei || cl["voters"].(float64) != 3 || cl["amount"].(map[string]any)["value"] != "1000" {
		t.Fatalf("show: %v", cl)
	}

	// The notaries' queue; not the member's, not li's.
	for _, n := range []string{"n1", "n2", "n3"} {
		q := mustOK(t, huzhu(t, dir, "notary", "queue", "--account", n, "--json")).json(t)
		if cs := q["claims"].([]any); len(cs) != 1 || cs[0].(map[string]any)["id"].(float64) != 1 || cs[0].(map[string]any)["time_left_seconds"].(float64) <= 0 {
			t.Fatalf("%s's queue: %v", n, q)
		}
	}
	if q := mustOK(t, huzhu(t, dir, "notary", "queue", "--account", "li", "--json")).json(t); len(q["claims"].([]any)) != 0 {
		t.Fatalf("li's queue: %v", q)
	}

	// The review: every check passes; only the disclosed facts.
	rv := mustOK(t, huzhu(t, dir, as("n1", "notary", "review", "1", "--json")...))
	review := rv.json(t)
	if review["pass"] != true || len(review["checks"].([]any)) != 16 || strings.Contains(rv.errOut, "stroke") || strings.Contains(rv.errOut, diagnosed) {
		t.Fatalf("review: %v", review)
	}
	var names []string
	for _, f := range review["disclosed"].([]any) {
		names = append(names, f.(map[string]any)["name"].(string))
	}
	if strings.Join(names, ",") != "event_id,diagnosis_category,diagnosis_date,treatment_cost,currency" || strings.Contains(rv.out, "Zhangsun") || strings.Contains(rv.out, "I63.9") {
		t.Fatalf("the review shows: %s", rv.out)
	}
	rvTxt := mustOK(t, huzhu(t, dir, as("n2", "notary", "review", "1")...))
	txt := rvTxt.out
	if strings.Count(txt, "PASS\t") != 16 || strings.Contains(txt, "FAIL") || !strings.Contains(txt, "diagnosis_category\tstroke") || strings.Contains(txt, "Zhangsun") ||
		!strings.Contains(txt, "HEALTH DATA below, for your eyes only") {
		t.Fatalf("the review, piped:\n%s", txt)
	}
	for _, v := range factValues {
		if strings.Contains(rvTxt.errOut, v) {
			t.Fatalf("the review writes the fact %q to stderr:\n%s", v, rvTxt.errOut)
		}
	}
	if h := strings.Join(strings.Fields(mustOK(t, huzhu(t, dir, "notary", "review", "--help")).out), " "); !strings.Contains(h, "HEALTH DATA, for your eyes only") {
		t.Fatalf("notary review --help does not say the facts are health data:\n%s", h)
	}

	// Votes: a non-notary and the claimant refused; two notaries pay it.
	wantRefused(t, huzhu(t, dir, as("li", "notary", "approve", "1", "--yes")...), "li's approval", "holds no seat in term 0")
	wantRefused(t, huzhu(t, dir, as("mei", "notary", "approve", "1", "--yes")...), "the claimant's approval", "holds no seat in term 0")
	mustOK(t, huzhu(t, dir, as("n1", "notary", "approve", "1", "--yes")...))
	wantRefused(t, huzhu(t, dir, as("n1", "notary", "approve", "1", "--yes")...), "a second vote", "already voted")
	// Approved, the claim waits out its public notice (3 days): nobody
	// can settle it before, and community notice shows it.
	v := mustOK(t, huzhu(t, dir, as("n3", "notary", "approve", "1", "--yes", "--json")...)).json(t)
	if cl := v["claim"].(map[string]any); cl["status"] != "approved" || cl["approvals"].(float64) != 2 || cl["notice_ends"] == nil {
		t.Fatalf("after two approvals: %v", v)
	}
	if txt := mustOK(t, huzhu(t, dir, "claim", "show", "1")).out; !strings.Contains(txt, "in public notice until") {
		t.Fatalf("show of a claim in notice:\n%s", txt)
	}
	nt := mustOK(t, huzhu(t, dir, "community", "notice", "--json")).json(t)
	if cs := nt["claims"].([]any); len(cs) != 1 || cs[0].(map[string]any)["id"].(float64) != 1 || cs[0].(map[string]any)["member"] != mei {
		t.Fatalf("community notice: %v", nt)
	}
	if rs := nt["recalls"].([]any); len(rs) != 1 || rs[0].(map[string]any)["signatures"].(float64) != 0 || rs[0].(map[string]any)["needed"].(float64) != 3 || rs[0].(map[string]any)["open"] != true {
		t.Fatalf("community notice's recall: %v", nt)
	}
	wantRefused(t, huzhu(t, dir, as("founder", "claim", "settle", "--yes")...), "settle during the notice", "notice")
	mustOK(t, huzhu(t, dir, "dev", "warp", "3d"))
	// The pool holds 240 KBC of dues: the claim waits for it.
	if txt := mustOK(t, huzhu(t, dir, "claim", "show", "1")).out; !strings.Contains(txt, "place 1 in the payout queue") {
		t.Fatalf("show of a queued claim:\n%s", txt)
	}
	wantRefused(t, huzhu(t, dir, as("founder", "claim", "settle", "--yes")...), "settle with a short pool", "1000 KBC")
	mustOK(t, huzhu(t, dir, "faucet", "n1", "--tokens", "1000"))
	payCommunity(t, dir, com, 0, 1000, contracts.NewCommunity().PackDonate(new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))))
	// huzhu settles along what it sends: a sync, here, pays the claim too.
	sy := huzhu(t, dir, as("founder", "community", "sync", "--yes")...)
	mustOK(t, sy)
	if !strings.Contains(sy.errOut, "Then huzhu also settles the approved claims") || !strings.Contains(sy.errOut, "Settled the approved claims whose notice had ended") {
		t.Fatalf("sync did not settle along:\n%s", sy.errOut)
	}
	if after := tokensOf(t, dir, "mei"); parseTokens(t, after)-parseTokens(t, before) != 1000 {
		t.Fatalf("mei's tokens: %s before, %s after; want 1000 more", before, after)
	}
	show := mustOK(t, huzhu(t, dir, "claim", "show", "1", "--json")).json(t)
	votes := show["votes"].([]any)
	if show["status"] != "paid" || show["paid"].(map[string]any)["value"] != "1000" || len(votes) != 2 || votes[0].(map[string]any)["approve"] != true {
		t.Fatalf("show: %v", show)
	}
	if txt := mustOK(t, huzhu(t, dir, "claim", "show", "1")).out; !strings.Contains(txt, "Status\tpaid 1000 KBC") || strings.Count(txt, "\tapprove") != 2 {
		t.Fatalf("show, piped:\n%s", txt)
	}
	if q := mustOK(t, huzhu(t, dir, "notary", "queue", "--account", "n2", "--json")).json(t); len(q["claims"].([]any)) != 0 {
		t.Fatalf("n2's queue after the claim was paid: %v", q)
	}
	// The same event again: refused.
	wantRefused(t, submit("mei", credA, "500"), "the same event again", "already paid by claim 1")

	// An untrusted issuer: filed with a warning, the review's issuer check
	// fails, two notaries reject it with that reason.
	credU := issueTo(t, dir, pw, "Unknown Clinic", "li", map[string]any{"event_id": "2BowefdYVK33fO4opLQLZg", "diagnosis_category": "cancer",
		"diagnosis_date": diagnosed, "treatment_cost": "2000", "currency": "CNY", "family_name": "Lisurname"})
	r = mustOK(t, submit("li", credU, "800", "--json"))
	sub := r.json(t)
	if strings.Count(r.errOut, "not trusted") != 1 || sub["issuer_trusted"] != false || sub["claim"].(map[string]any)["id"].(float64) != 2 ||
		sub["claim"].(map[string]any)["status"] != "open" || len(sub["notaries"].([]any)) != 3 {
		t.Fatalf("a claim from an untrusted issuer: %s\n%s", r.out, r.errOut)
	}
	if got := joinAny(sub["disclosed"]); got != "event_id,diagnosis_category,diagnosis_date,treatment_cost,currency" {
		t.Fatalf("disclosed: %s", got)
	}
	if h := joinAny(sub["hidden"]); h != "family_name" {
		t.Fatalf("hidden: %s", h)
	}
	review = mustOK(t, huzhu(t, dir, as("n2", "notary", "review", "2", "--json")...)).json(t)
	failed := []string{}
	for _, ch := range review["checks"].([]any) {
		if m := ch.(map[string]any); m["pass"] != true {
			failed = append(failed, m["id"].(string))
		}
	}
	if review["pass"] != false || strings.Join(failed, ",") != "issuer-trusted,issuer-identity" || review["suggested_reason_name"] != "untrusted-issuer" {
		t.Fatalf("review of the untrusted issuer's claim: failed %v, %v", failed, review)
	}
	// Approving it is refused, naming the failing check and the override;
	// n1 overrides (the notary decides).
	wantRefused(t, huzhu(t, dir, as("n1", "notary", "approve", "2", "--yes")...), "approving a claim that fails a check", "issuer-trusted", "--despite-failed-checks")
	mustOK(t, huzhu(t, dir, as("n1", "notary", "approve", "2", "--despite-failed-checks", "--yes")...))
	if r := huzhu(t, dir, as("n2", "notary", "reject", "2", "--reason", "untrusted-issuer", "--note", "the clinic is not known\x1b[31m", "--yes")...); r.code != exitUsage || !strings.Contains(r.errOut, "control character") {
		t.Fatalf("reject --note with a control character: exit %d, %s", r.code, r.errOut)
	}
	if h := strings.Join(strings.Fields(mustOK(t, huzhu(t, dir, "notary", "reject", "--help")).out), " "); !strings.Contains(h, "Publicly the claim is only rejected") || !strings.Contains(h, "NEVER repeat a health fact") {
		t.Fatalf("notary reject --help does not warn about the note:\n%s", h)
	}
	if r := huzhu(t, dir, as("n2", "notary", "reject", "2", "--reason", "because", "--yes")...); r.code != exitUsage || !strings.Contains(r.errOut, "4 untrusted-issuer") {
		t.Fatalf("reject with an unknown reason: exit %d, %s", r.code, r.errOut)
	}
	// A note repeating a disclosed value is refused before sending.
	if r := huzhu(t, dir, as("n2", "notary", "reject", "2", "--reason", "4", "--note", "treatment cost 2000 is too high", "--yes")...); r.code != exitUsage || !strings.Contains(r.errOut, "note") {
		t.Fatalf("reject --note repeating a disclosed value: exit %d, %s", r.code, r.errOut)
	}
	rj := mustOK(t, huzhu(t, dir, as("n2", "notary", "reject", "2", "--reason", "4", "--note", "the clinic is not known", "--yes")...))
	if !strings.Contains(rj.errOut, "only the claimant and the term's notaries can read them") || !strings.Contains(rj.errOut, "never repeat a health fact") {
		t.Fatalf("reject does not say the reason and note are sealed: %s", rj.errOut)
	}
	mustOK(t, huzhu(t, dir, as("n3", "notary", "reject", "2", "--reason", "untrusted-issuer", "--yes")...))
	// Publicly: rejected, with no reason and no note.
	pub := mustOK(t, huzhu(t, dir, "claim", "show", "2", "--json"))
	show = pub.json(t)
	votes = show["votes"].([]any)
	if show["status"] != "rejected" || len(votes) != 3 || votes[0].(map[string]any)["approve"] != true || votes[1].(map[string]any)["reason"] != nil ||
		votes[1].(map[string]any)["sealed_reason"] == nil || strings.Contains(pub.out, "clinic") || strings.Contains(pub.out, "untrusted") {
		t.Fatalf("public show of the rejected claim: %v", show)
	}
	// The claimant opens the reasons with their wallet key; so does a
	// notary of the term, with their HPKE keys.
	for _, who := range []string{"li", "n1"} {
		show = mustOK(t, huzhu(t, dir, as(who, "claim", "show", "2", "--open", "--json")...)).json(t)
		votes = show["votes"].([]any)
		if votes[1].(map[string]any)["reason"] != "untrusted-issuer" || votes[1].(map[string]any)["reason_code"].(float64) != 4 ||
			votes[1].(map[string]any)["note"] != "the clinic is not known" || votes[2].(map[string]any)["note"] != nil || votes[2].(map[string]any)["reason"] != "untrusted-issuer" {
			t.Fatalf("%s's show --open of the rejected claim: %v", who, show)
		}
	}
	if txt := mustOK(t, huzhu(t, dir, as("li", "claim", "show", "2", "--open")...)).out; !strings.Contains(txt, "note\tthe clinic is not known") {
		t.Fatalf("show --open of the rejected claim does not show the note:\n%s", txt)
	}
	// Anyone else opens nothing.
	if r := huzhu(t, dir, as("mei", "claim", "show", "2", "--open")...); r.code != exitRefused || strings.Contains(r.out, "clinic") || !strings.Contains(r.errOut, "claimant") {
		t.Fatalf("mei opened li's rejection reasons: exit %d\n%s", r.code, r.out)
	}
	list := mustOK(t, huzhu(t, dir, "claim", "list", "--member", "li", "--json")).json(t)
	if cs := list["claims"].([]any); len(cs) != 1 || cs[0].(map[string]any)["status"] != "rejected" {
		t.Fatalf("li's claims: %v", list)
	}
	wantRefused(t, huzhu(t, dir, as("founder", "claim", "settle", "--yes")...), "settle with an empty queue", "no approved claim is waiting")

	// No health fact or personal field in the clear in any file of the
	// data dir (the chain's database, the journal, config, key stores).
	secrets := []string{"Zhangsun", "Lisurname", "510100199001011234", "I63.9", "T_YQRAhw6fMRdd6CwTl2VA", "2BowefdYVK33fO4opLQLZg", "left MCA", diagnosed}
	files := 0
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return nil
		}
		files++
		data, _ := os.ReadFile(p)
		for _, s := range secrets {
			if bytes.Contains(data, []byte(s)) {
				t.Errorf("%s holds %q in the clear", p, s)
			}
		}
		return nil
	})
	if files < 10 {
		t.Fatalf("scanned only %d files", files)
	}
}

func joinAny(v any) string {
	var out []string
	for _, s := range v.([]any) {
		out = append(out, s.(string))
	}
	return strings.Join(out, ",")
}

func joinAnyNum(v any) string {
	var out []string
	for _, n := range v.([]any) {
		out = append(out, strconv.FormatFloat(n.(float64), 'f', -1, 64))
	}
	return strings.Join(out, ",")
}

func parseTokens(t *testing.T, s string) int64 {
	t.Helper()
	f, ok := new(big.Float).SetString(s)
	if !ok {
		t.Fatalf("not an amount: %q", s)
	}
	n, _ := f.Int64()
	return n
}
