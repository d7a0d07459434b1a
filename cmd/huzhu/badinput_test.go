package main

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/huzhu-community/huzhu/chain"
)

// dropAfterForward is an RPC proxy that, once, passes a large
// eth_sendRawTransaction (a claim: its envelope is ~12 KB) on to the node
// and then cuts the connection without answering: the node has the
// transaction, the client never hears so. With gone set, the node then
// stays unreachable through the proxy.
type dropAfterForward struct {
	node    string
	gone    bool
	dropped atomic.Bool
}

func (p *dropAfterForward) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if p.gone && p.dropped.Load() {
		if conn, _, err := w.(http.Hijacker).Hijack(); err == nil {
			conn.Close()
		}
		return
	}
	body, _ := io.ReadAll(r.Body)
	resp, err := http.Post(p.node, "application/json", bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	if len(body) > 10000 && bytes.Contains(body, []byte("eth_sendRawTransaction")) && p.dropped.CompareAndSwap(false, true) {
		conn, _, err := w.(http.Hijacker).Hijack()
		if err == nil {
			conn.Close()
		}
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(out)
}

// An RPC that drops in the middle of filing a claim (issue 8, bad input):
// the node took the claim but huzhu never heard. When the node answers
// again at once, huzhu finds the claim mined and reports it filed; when it
// stays away, huzhu says the chain is unreachable (exit 5) without calling
// the claim failed. Either way the next run finds the claim filed once,
// never files it twice, and the journal, the credential and the keys are
// intact.
func TestClaimSurvivesAnRPCThatDropsMidSubmit(t *testing.T) {
	t.Run("node answers again", func(t *testing.T) { claimThroughDroppingRPC(t, false) })
	t.Run("node stays away", func(t *testing.T) { claimThroughDroppingRPC(t, true) })
}

func claimThroughDroppingRPC(t *testing.T, gone bool) {
	node, err := chain.StartDevNode(chain.DevConfig{DataDir: t.TempDir(), HTTPAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	defer node.Close()
	rpcURL := node.HTTPEndpoint()
	proxy := &dropAfterForward{node: rpcURL, gone: gone}
	srv := httptest.NewServer(proxy)
	defer srv.Close()

	dir := t.TempDir()
	pw := passwordFile(t, "drop passphrase")
	at := func(rpc string, args ...string) result {
		return huzhu(t, dir, append([]string{"--rpc", rpc, "--password-file", pw}, args...)...)
	}
	ok := func(args ...string) result { t.Helper(); return mustOK(t, at(rpcURL, args...)) }
	var notaries []string
	for _, n := range []string{"founder", "n1", "n2", "n3", "mei"} {
		addr := newAccount(t, dir, n, pw)
		ok("faucet", addr)
		if n != "founder" && n != "mei" {
			notaries = append(notaries, addr)
		}
	}
	ok("community", "create", "--account", "founder", "--notaries", strings.Join(notaries, ","), "--seats", "3", "--quorum", "2", "--yes")
	for _, n := range []string{"n1", "n2", "n3"} {
		ok("notary", "key", "--account", n, "--yes")
	}
	ok("member", "join", "--account", "mei", "--periods", "12", "--yes")
	iss := ok("issuer", "init", "--name", "Drop Hospital", "--insecure-light-kdf", "--json").out
	ok("issuer", "trust", "--new-issuer", "--account", "founder", "--jwk", writeTemp(t, "jwk.json", iss), "--yes")
	ok("dev", "warp", "91d")
	req := ok("credential", "request", "--account", "mei").out
	facts := `{"event_id":"-ipR9iNcN83CMPG9SwkCCQ","diagnosis_category":"stroke","diagnosis_date":"` + time.Now().UTC().Add(91*24*time.Hour).Format("2006-01-02") + `","treatment_cost":"500","currency":"CNY","family_name":"Droppington"}`
	credFile := writeTemp(t, "cred", "")
	ok("issuer", "issue", "--name", "Drop Hospital", "--holder", writeTemp(t, "req.json", req), "--claims", writeTemp(t, "facts.json", facts), "--out", credFile)
	credID := ok("credential", "import", credFile, "--account", "mei", "--json").json(t)["id"].(string)

	r := at(srv.URL, "claim", "submit", "--account", "mei", "--amount", "100", "--yes")
	if !proxy.dropped.Load() {
		t.Fatalf("the proxy never saw the claim: exit %d\n%s", r.code, r.errOut)
	}
	switch {
	case strings.Contains(r.out+r.errOut, "Droppington"):
		t.Fatalf("a hidden fact in the output:\n%s%s", r.out, r.errOut)
	case gone && (r.code != exitUnreachable || !strings.Contains(r.errOut, "next run")):
		t.Fatalf("node gone after the send: exit %d, want %d (unreachable), saying the next run checks it\n%s", r.code, exitUnreachable, r.errOut)
	case !gone && (r.code != 0 || !strings.Contains(r.out, "Filed claim 1")):
		t.Fatalf("node back at once: exit %d, want the claim reported filed\n%s\n%s", r.code, r.out, r.errOut)
	}

	// The next run: the claim is there, once; filing again is refused
	// (one open claim), with the earlier transaction reported.
	// The node mines what it took on its own time: look until it has.
	var list map[string]any
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(200 * time.Millisecond) {
		list = ok("claim", "list", "--account", "mei", "--json").json(t)
		if len(list["claims"].([]any)) > 0 || time.Now().After(deadline) {
			break
		}
	}
	if n := len(list["claims"].([]any)); n != 1 {
		t.Fatalf("after the drop: %d claims, want 1: %v", n, list)
	}
	again := at(rpcURL, "claim", "submit", "--account", "mei", "--amount", "100", "--yes")
	if again.code != exitRefused {
		t.Fatalf("filing again: exit %d, want 3 (an open claim)\n%s", again.code, again.errOut)
	}
	if n := len(ok("claim", "list", "--account", "mei", "--json").json(t)["claims"].([]any)); n != 1 {
		t.Fatalf("filed twice: %d claims", n)
	}
	pending := ok("wallet", "pending", "mei", "--json").json(t)
	if p, _ := pending["pending"].([]any); len(p) != 0 {
		t.Fatalf("a transaction is still pending: %v", pending)
	}
	// The credential still opens, the key still signs.
	if l := ok("credential", "list", "--account", "mei", "--json").out; !strings.Contains(l, credID) {
		t.Fatalf("the credential is gone: %s", l)
	}
	ok("wallet", "send", "--account", "mei", "--to", "founder", "--amount", "0.01", "--yes")
}
