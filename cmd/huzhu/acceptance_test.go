package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/contracts"
)

// The acceptance scenario of issue 8 section 6, with the real binary, one
// data dir per person, against huzhu's own node and against a plain
// go-ethereum --dev node: a community is founded, members join, a hospital
// issues a credential, a claim is filed, reviewed, approved and paid, the
// audit passes; then the sad paths, an election that replaces a notary,
// and a search of every block, log and file for the member's health facts.

// scene is one run of the scenario: the chain, and how time passes and
// money arrives on it.
type scene struct {
	t         *testing.T
	bin       string
	rpc       string
	pw        string
	community string
	// fund gives an address ETH for gas and, once the community exists,
	// tokens.
	fundETH    func(s *scene, addr string)
	fundTokens func(s *scene, addr string)
	// until waits (or warps) until the chain's clock reaches t.
	until func(s *scene, t time.Time)
	// files are the directories whose every file the secret search reads.
	files []string
	// keys of actors whose private key the test made (the founder's, to
	// mint on a chain whose token huzhu deployed).
	founderKey *ecdsa.PrivateKey
}

type actor struct {
	name, dir, addr string
}

// as runs huzhu as one person: their own data dir, the shared chain.
func (s *scene) as(a *actor, args ...string) result {
	s.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, s.bin, args...)
	env := []string{"HUZHU_HOME=" + a.dir, "HUZHU_RPC=" + s.rpc, "HUZHU_PASSWORD_FILE=" + s.pw, "HUZHU_NO_KEYRING=1", "LANG=C"}
	if s.community != "" {
		env = append(env, "HUZHU_COMMUNITY="+s.community)
	}
	cmd.Env = cleanEnv(env...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		s.t.Fatalf("%s: huzhu %s: %v", a.name, strings.Join(args, " "), err)
	}
	return result{code: code, out: out.String(), errOut: errOut.String()}
}

func (s *scene) ok(a *actor, args ...string) result {
	s.t.Helper()
	r := s.as(a, args...)
	if r.code != 0 {
		s.t.Fatalf("%s: huzhu %s: exit %d\nstdout: %s\nstderr: %s", a.name, strings.Join(args, " "), r.code, r.out, r.errOut)
	}
	return r
}

func (s *scene) okJSON(a *actor, args ...string) map[string]any {
	s.t.Helper()
	return s.ok(a, append(args, "--json")...).json(s.t)
}

// refused runs a command that the rules must refuse: exit 3, and stderr
// holding each of want.
func (s *scene) refused(a *actor, want []string, args ...string) result {
	s.t.Helper()
	r := s.as(a, args...)
	if r.code != exitRefused {
		s.t.Fatalf("%s: huzhu %s: want exit 3 (refused), got %d\nstdout: %s\nstderr: %s", a.name, strings.Join(args, " "), r.code, r.out, r.errOut)
	}
	for _, w := range want {
		if !strings.Contains(r.errOut, w) {
			s.t.Fatalf("%s: huzhu %s: refusal does not say %q:\n%s", a.name, strings.Join(args, " "), w, r.errOut)
		}
	}
	return r
}

func (s *scene) person(name string) *actor {
	dir := filepath.Join(s.t.TempDir(), name)
	a := &actor{name: name, dir: dir}
	s.files = append(s.files, dir)
	a.addr = s.okJSON(a, "wallet", "new", "--name", name, "--insecure-light-kdf")["address"].(string)
	return a
}

// chainTime is the latest block's time.
func (s *scene) chainTime() time.Time {
	s.t.Helper()
	c, err := ethclient.Dial(s.rpc)
	if err != nil {
		s.t.Fatal(err)
	}
	defer c.Close()
	h, err := c.HeaderByNumber(context.Background(), nil)
	if err != nil {
		s.t.Fatal(err)
	}
	return time.Unix(int64(h.Time), 0)
}

// The facts of A's credential. Every one is searched for afterwards, on
// chain and on disk.
var acceptanceFacts = map[string]string{
	"given_name":         "Xiuying",
	"family_name":        "Zhangsun",
	"birthdate":          "1979-03-14",
	"national_id":        "320102197903143021",
	"phone_number":       "+86-139-5550-4417",
	"address":            "17 Wenchang Road, Yangzhou",
	"event_id":           "d6jWXahvX3Zgrr3Gh8fKeA",
	"diagnosis_code":     "C34.1",
	"diagnosis_category": "cancer",
	"diagnosis_date":     "", // set to a date inside coverage
	"hospital":           "Yangzhou First People's Hospital, Oncology Ward 3",
	"treatment_cost":     "4200",
	"currency":           "CNY",
	"physician":          "Dr. Qiao Wenhua",
	"notes":              "adenocarcinoma, right upper lobe, stage IIA",
}

// secretsOf are the strings that must never appear outside an encrypted
// store: every personal and health fact (the short, common ones — the
// category, the currency, a cost — are not distinctive enough to search).
func secretsOf(facts map[string]string) []string {
	var out []string
	for k, v := range facts {
		switch k {
		case "diagnosis_category", "currency", "treatment_cost", "diagnosis_date":
			continue
		}
		out = append(out, v)
	}
	return out
}

func TestAcceptanceOnHuzhuNode(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole story with real processes")
	}
	s := &scene{t: t, bin: binary(t), pw: passwordFile(t, "acceptance passphrase")}
	// The founder's node: `huzhu node` serving its embedded chain.
	nodeDir := filepath.Join(t.TempDir(), "node")
	s.files = append(s.files, nodeDir)
	port := freePort(t)
	ctx, cancel := context.WithCancel(context.Background())
	node := exec.CommandContext(ctx, s.bin, "--data-dir", nodeDir, "node", "--http", fmt.Sprintf("127.0.0.1:%d", port))
	node.Env = cleanEnv("LANG=C")
	var nodeLog bytes.Buffer
	node.Stdout, node.Stderr = &nodeLog, &nodeLog
	if err := node.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cancel()
		node.Wait()
		if t.Failed() {
			t.Logf("node output:\n%s", tail(nodeLog.String(), 30))
		}
	})
	s.rpc = fmt.Sprintf("http://127.0.0.1:%d", port)
	waitRPC(t, s.rpc)
	faucet := &actor{name: "faucet", dir: filepath.Join(t.TempDir(), "faucet")}
	s.fundETH = func(s *scene, addr string) { s.ok(faucet, "faucet", addr, "--tokens", "0") }
	s.fundTokens = func(s *scene, addr string) { s.ok(faucet, "faucet", addr, "--eth", "0", "--tokens", "500") }
	s.until = func(s *scene, at time.Time) {
		if d := time.Until(at); true {
			now := s.chainTime()
			if d = at.Sub(now); d > 0 {
				s.ok(faucet, "dev", "warp", fmt.Sprintf("%ds", int(d.Seconds())+1))
			}
		}
	}
	acceptance(s)
}

func TestAcceptanceOnPlainGeth(t *testing.T) {
	if testing.Short() {
		t.Skip("builds go-ethereum's geth and runs the whole story against it")
	}
	s := &scene{t: t, bin: binary(t), pw: passwordFile(t, "acceptance passphrase")}
	s.rpc = startGethDev(t)
	// The dev account geth funds in its genesis, imported as a huzhu
	// account: huzhu sends the ETH.
	bank := &actor{name: "bank", dir: filepath.Join(t.TempDir(), "bank")}
	keyFile := filepath.Join(t.TempDir(), "devkey")
	os.WriteFile(keyFile, []byte(gethDevKey+"\n"), 0o600)
	s.ok(bank, "wallet", "import", "--name", "bank", "--private-key-file", keyFile, "--insecure-light-kdf")
	s.fundETH = func(s *scene, addr string) { s.ok(bank, "wallet", "send", "--to", addr, "--amount", "2", "--yes") }
	// The community's token is a new KBC owned by the founder: the founder
	// mints (no huzhu command mints on a chain that is not a dev chain).
	s.fundTokens = func(s *scene, addr string) {
		s.t.Helper()
		mintKBC(s, common.HexToAddress(addr), new(big.Int).Mul(big.NewInt(500), big.NewInt(1e18)))
	}
	s.until = func(s *scene, at time.Time) {
		for deadline := time.Now().Add(5 * time.Minute); s.chainTime().Before(at); {
			if time.Now().After(deadline) {
				s.t.Fatalf("the chain's clock did not reach %s", at)
			}
			time.Sleep(500 * time.Millisecond)
		}
	}
	acceptance(s)
}

func waitRPC(t *testing.T, url string) {
	t.Helper()
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if c, err := ethclient.Dial(url); err == nil {
			_, err = c.BlockNumber(context.Background())
			c.Close()
			if err == nil {
				return
			}
		}
	}
	t.Fatalf("%s does not answer", url)
}

// mintKBC mints community tokens with the founder's key (the owner of the
// KBC that community create deployed).
func mintKBC(s *scene, to common.Address, amount *big.Int) {
	s.t.Helper()
	ctx := context.Background()
	conn, err := chain.Dial(ctx, s.rpc)
	if err != nil {
		s.t.Fatal(err)
	}
	defer conn.Close()
	info := s.okJSON(&actor{name: "reader", dir: filepath.Join(s.t.TempDir(), "reader")}, "community", "info")
	tok := common.HexToAddress(info["token"].(map[string]any)["address"].(string))
	snd := &chain.KeySender{Backend: conn, Key: s.founderKey}
	if _, err := snd.Send(ctx, &tok, contracts.NewKangbaoCoin().PackMint(to, amount), nil); err != nil {
		s.t.Fatalf("mint: %v", err)
	}
}

func acceptance(s *scene) {
	t := s.t
	// The founder's key is made here, so that the test can mint on a chain
	// where huzhu deployed the token.
	key, _ := crypto.GenerateKey()
	s.founderKey = key
	founder := &actor{name: "founder", dir: filepath.Join(t.TempDir(), "founder")}
	s.files = append(s.files, founder.dir)
	kf := filepath.Join(t.TempDir(), "founder.key")
	os.WriteFile(kf, []byte(hex.EncodeToString(crypto.FromECDSA(key))+"\n"), 0o600)
	founder.addr = s.okJSON(founder, "wallet", "import", "--name", "founder", "--private-key-file", kf, "--insecure-light-kdf")["address"].(string)

	n1, n2, n3 := s.person("nora"), s.person("ning"), s.person("nils")
	mei := s.person("mei")   // member A: files the claim
	bo := s.person("bo")     // files a claim on an untrusted issuer's credential
	li := s.person("li")     // a voter and candidate in the election
	late := s.person("late") // joins after the others: still waiting
	for _, a := range []*actor{founder, n1, n2, n3, mei, bo, li, late} {
		s.fundETH(s, a.addr)
	}

	// 3 seats, quorum 2; periods short enough that a plain node's clock
	// (a block a second) passes them in the test.
	created := s.okJSON(founder, "community", "create", "--notaries", strings.Join([]string{n1.addr, n2.addr, n3.addr}, ","),
		"--seats", "3", "--quorum", "2", "--dues", "10", "--period", "1h", "--waiting", "40s", "--grace", "10m",
		"--max-payout", "5000", "--term", "150s", "--review", "1h", "--voting", "30s", "--notice", "20s", "--yes")
	s.community = created["community"].(string)
	info := s.okJSON(founder, "community", "info")
	createdAt, _ := time.Parse(time.RFC3339, info["created"].(string))
	for _, a := range []*actor{n1, n2, n3, mei, bo, li, late} {
		s.fundTokens(s, a.addr)
	}

	// Everyone but the late member joins for two periods; the notaries
	// publish their keys.
	for _, a := range []*actor{n1, n2, n3, mei, bo, li} {
		s.ok(a, "member", "join", "--periods", "2", "--yes")
	}
	for _, a := range []*actor{n1, n2, n3} {
		s.ok(a, "notary", "key", "--yes")
	}

	// When everyone's waiting period ends.
	var eligible time.Time
	for _, a := range []*actor{n1, n2, n3, mei, bo, li} {
		at, err := time.Parse(time.RFC3339, s.okJSON(a, "member", "status")["eligible_at"].(string))
		if err != nil {
			t.Fatal(err)
		}
		if at.After(eligible) {
			eligible = at
		}
	}
	// A hospital: its key, trusted by the founder; a credential for mei
	// with every SPEC field.
	hosp := &actor{name: "Yangzhou First People's Hospital", dir: filepath.Join(t.TempDir(), "hospital")}
	s.files = append(s.files, hosp.dir)
	jwk := filepath.Join(t.TempDir(), "hospital.jwk")
	hj, _ := json.Marshal(s.okJSON(hosp, "issuer", "init", "--name", "Yangzhou First People's Hospital", "--insecure-light-kdf"))
	os.WriteFile(jwk, hj, 0o600)
	s.ok(founder, "issuer", "trust", "--new-issuer", "--jwk", jwk, "--yes")

	facts := map[string]string{}
	for k, v := range acceptanceFacts {
		facts[k] = v
	}
	// Diagnosed the day the waiting period ends: a day inside coverage.
	facts["diagnosis_date"] = eligible.UTC().Format("2006-01-02")
	cred := issueFor(s, hosp, mei, facts)
	credID := s.okJSON(mei, "credential", "import", cred)["id"].(string)

	// Before the waiting period: refused, with the date claims open.
	s.refused(mei, []string{"waiting period"}, "claim", "submit", "--credential", credID, "--amount", "100", "--yes")

	s.until(s, eligible.Add(time.Second))

	// The claim: only the required facts.
	before := balanceOf(s, mei)
	sub := s.okJSON(mei, "claim", "submit", "--credential", credID, "--amount", "100", "--yes")
	id := fmt.Sprint(sub["claim"].(map[string]any)["id"])

	queue := s.okJSON(n1, "notary", "queue")
	if !strings.Contains(fmt.Sprint(queue), id) {
		t.Fatalf("nora's queue misses claim %s: %v", id, queue)
	}
	for _, n := range []*actor{n1, n2} {
		rev := s.okJSON(n, "notary", "review", id)
		assertChecks(t, rev)
		out := fmt.Sprint(rev)
		for _, hidden := range []string{"Xiuying", "320102197903143021", "C34.1"} {
			if strings.Contains(out, hidden) {
				t.Fatalf("the review shows a fact mei did not disclose (%s): %s", hidden, out)
			}
		}
		s.ok(n, "notary", "approve", id, "--yes")
	}
	// Approved: in public notice, unpaid, shown to anyone; paid by a
	// settle once the notice ends.
	if got := new(big.Int).Sub(balanceOf(s, mei), before); got.Sign() != 0 {
		t.Fatalf("mei was paid %s during the notice", got)
	}
	notice := s.okJSON(li, "community", "notice")
	noticed, _ := notice["claims"].([]any)
	if len(noticed) != 1 || fmt.Sprint(noticed[0].(map[string]any)["id"]) != id {
		t.Fatalf("community notice: %v", notice)
	}
	ends, err := time.Parse(time.RFC3339, noticed[0].(map[string]any)["notice_ends"].(string))
	if err != nil {
		t.Fatal(err)
	}
	s.refused(li, []string{"notice"}, "claim", "settle", "--yes")
	s.until(s, ends.Add(time.Second))
	s.ok(li, "claim", "settle", "--yes")
	after := balanceOf(s, mei)
	if got := new(big.Int).Sub(after, before); got.Cmp(new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))) != 0 {
		t.Fatalf("mei's balance rose by %s, want 100 KBC", got)
	}
	show := s.okJSON(mei, "claim", "show", id)
	if !strings.Contains(strings.ToLower(fmt.Sprint(show["status"])), "paid") {
		t.Fatalf("claim show: %v", show)
	}
	if r := s.ok(founder, "community", "audit"); !strings.Contains(r.out+r.errOut, "PASS") {
		t.Fatalf("audit: %s %s", r.out, r.errOut)
	}
	stats := s.okJSON(founder, "community", "stats")
	if !strings.Contains(fmt.Sprint(stats), "100") {
		t.Fatalf("stats do not show the payout: %v", stats)
	}

	// The same event again: refused.
	s.refused(mei, nil, "claim", "submit", "--credential", credID, "--amount", "100", "--yes")

	// A credential from a hospital nobody trusts: it can be filed; the
	// review shows the failed check; a non-notary cannot vote; the
	// notaries reject it.
	rogue := &actor{name: "Nowhere Clinic", dir: filepath.Join(t.TempDir(), "rogue")}
	s.okJSON(rogue, "issuer", "init", "--name", "Nowhere Clinic", "--insecure-light-kdf")
	bf := map[string]string{"event_id": "RXr1DxOn021lpWIYkrrQFA", "diagnosis_category": "stroke", "diagnosis_date": facts["diagnosis_date"], "treatment_cost": "900", "currency": "CNY"}
	bcred := s.okJSON(bo, "credential", "import", issueFor(s, rogue, bo, bf))["id"].(string)
	bid := fmt.Sprint(s.okJSON(bo, "claim", "submit", "--credential", bcred, "--amount", "900", "--yes")["claim"].(map[string]any)["id"])
	assertChecks(t, s.okJSON(n1, "notary", "review", bid), "trusted", "issuer-identity")
	s.refused(li, nil, "notary", "approve", bid, "--yes")
	s.ok(n1, "notary", "reject", bid, "--reason", "untrusted-issuer", "--yes")
	s.ok(n2, "notary", "reject", bid, "--reason", "untrusted-issuer", "--yes")
	if st := s.okJSON(bo, "claim", "show", bid); !strings.Contains(strings.ToLower(fmt.Sprint(st["status"])), "reject") {
		t.Fatalf("bo's claim is not rejected: %v", st)
	}

	// The late member: still waiting, told when claims open.
	s.ok(late, "member", "join", "--yes")
	lcred := s.okJSON(late, "credential", "import", issueFor(s, hosp, late, map[string]string{"event_id": "T0_nqzgonKm6OBj791-n2Q", "diagnosis_category": "stroke", "diagnosis_date": facts["diagnosis_date"], "treatment_cost": "800", "currency": "CNY"}))["id"].(string)
	s.refused(late, []string{"waiting period"}, "claim", "submit", "--credential", lcred, "--amount", "800", "--yes")

	// An election that replaces a notary at the term's end: nils does not
	// stand again, li does and is voted in.
	for _, a := range []*actor{n1, n2, li} {
		s.ok(a, "election", "stand", "--yes")
	}
	for _, a := range []*actor{mei, bo, li, n1, n2} {
		s.ok(a, "election", "vote", n1.addr, n2.addr, li.addr, "--yes")
	}
	s.until(s, createdAt.Add(155*time.Second))
	s.ok(mei, "election", "finalize", "--yes")
	res := s.okJSON(mei, "election", "results")
	seated := fmt.Sprint(res)
	if !strings.Contains(seated, li.addr) || strings.Contains(fmt.Sprint(s.okJSON(mei, "community", "info")["notaries"]), n3.addr) {
		t.Fatalf("the election did not replace nils by li: %v", res)
	}

	// Nothing about mei's health or person anywhere: not in a block, a
	// transaction, a log, nor any file any of them keeps.
	searchChain(s, secretsOf(facts))
	searchFiles(s, secretsOf(facts))
}

// issueFor has the issuer issue a credential with facts to the member.
func issueFor(s *scene, issuer, member *actor, facts map[string]string) string {
	s.t.Helper()
	dir := s.t.TempDir()
	req := filepath.Join(dir, "request.json")
	os.WriteFile(req, []byte(s.ok(member, "credential", "request").out), 0o600)
	fb, _ := json.Marshal(facts)
	ff := filepath.Join(dir, "facts.json")
	os.WriteFile(ff, fb, 0o600)
	out := filepath.Join(dir, "credential")
	s.ok(issuer, "issuer", "issue", "--name", issuer.name, "--holder", req, "--claims", ff, "--out", out)
	return out
}

func balanceOf(s *scene, a *actor) *big.Int {
	s.t.Helper()
	r := s.okJSON(a, "wallet", "balance")
	raw, ok := new(big.Int).SetString(r["tokens"].(map[string]any)["raw"].(string), 10)
	if !ok {
		s.t.Fatalf("balance: %v", r)
	}
	return raw
}

// assertChecks: every check of a review passes, or, with failing given,
// exactly the checks whose id or title holds one of them fail, each of
// them at least once.
func assertChecks(t *testing.T, rev map[string]any, failing ...string) {
	t.Helper()
	checks, _ := rev["checks"].([]any)
	if len(checks) < 8 {
		t.Fatalf("the review lists %d checks: %v", len(checks), rev)
	}
	failed := map[string]int{}
	for _, c := range checks {
		m := c.(map[string]any)
		name := strings.ToLower(fmt.Sprint(m["id"], " ", m["title"]))
		pass := m["pass"] == true
		expected := ""
		for _, f := range failing {
			if strings.Contains(name, f) {
				expected = f
			}
		}
		switch {
		case expected != "":
			if pass {
				t.Fatalf("check %q passes: %v", name, m)
			}
			failed[expected]++
		case !pass:
			t.Fatalf("check %q fails: %v", name, m)
		}
	}
	for _, f := range failing {
		if failed[f] == 0 {
			t.Fatalf("no check about %q failed: %v", f, rev)
		}
	}
}

// searchChain reads every block, transaction and log of the chain for each
// secret (as text, and as it would be ABI- or hex-encoded: the bytes).
func searchChain(s *scene, secrets []string) {
	t := s.t
	ctx := context.Background()
	c, err := ethclient.Dial(s.rpc)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	head, err := c.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	txs, logs := 0, 0
	look := func(where string, b []byte) {
		for _, sec := range secrets {
			if bytes.Contains(b, []byte(sec)) || bytes.Contains(bytes.ToLower(b), []byte(strings.ToLower(hex.EncodeToString([]byte(sec))))) {
				t.Errorf("%s holds %q", where, sec)
			}
		}
	}
	for n := uint64(0); n <= head; n++ {
		b, err := c.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		look(fmt.Sprintf("block %d extra", n), b.Extra())
		for _, tx := range b.Transactions() {
			txs++
			look("tx "+tx.Hash().Hex(), tx.Data())
			r, err := c.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range r.Logs {
				logs++
				look(fmt.Sprintf("log %d of %s", l.Index, tx.Hash().Hex()), l.Data)
			}
		}
	}
	if txs < 30 || logs < 30 {
		t.Fatalf("searched only %d transactions and %d logs", txs, logs)
	}
	t.Logf("searched %d blocks, %d transactions, %d logs", head+1, txs, logs)
}

// searchFiles reads every file under the scene's data dirs.
func searchFiles(s *scene, secrets []string) {
	files := 0
	for _, dir := range s.files {
		filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
			if err != nil || info.IsDir() || !info.Mode().IsRegular() {
				return nil
			}
			b, err := os.ReadFile(p)
			if err != nil {
				return nil
			}
			files++
			for _, sec := range secrets {
				if bytes.Contains(b, []byte(sec)) {
					s.t.Errorf("%s holds %q in the clear", p, sec)
				}
			}
			return nil
		})
	}
	s.t.Logf("searched %d files", files)
}
