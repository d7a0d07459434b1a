package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A whole election from the command line: a vote before the waiting
// period is refused with the date; members past it stand (each keeping an
// HPKE key first), vote, vote again (the tallies follow), one withdraws;
// finalize is refused before the election can close, and seats the
// leaders after; the results show the new notaries.
func TestElectionEndToEnd(t *testing.T) {
	pw := passwordFile(t, "election passphrase")
	dir := newCommunity(t, pw, "m1", "m2", "m3", "v")
	addr := map[string]string{}
	for _, n := range []string{"m1", "m2", "m3", "v", "n1"} {
		addr[n] = mustOK(t, huzhu(t, dir, "wallet", "show", n, "--json")).json(t)["address"].(string)
	}
	as := func(acct string, args ...string) []string {
		return append(args, "--account", acct, "--password-file", pw, "--yes")
	}
	for _, m := range []string{"m1", "m2", "m3", "v"} {
		mustOK(t, huzhu(t, dir, as(m, "member", "join", "--periods", "10")...))
	}

	// Too early: refused with the date the waiting period ends.
	eligible := mustOK(t, huzhu(t, dir, "member", "status", "v", "--json")).json(t)["eligible_at"]
	r := huzhu(t, dir, as("v", "election", "vote", "m1")...)
	if r.code != exitRefused || !strings.Contains(r.errOut, "waiting period ends "+humanFrom(eligible.(string))) {
		t.Fatalf("vote in the waiting period: exit %d\n%s", r.code, r.errOut)
	}
	r = huzhu(t, dir, as("m1", "election", "stand")...)
	if r.code != exitRefused || !strings.Contains(r.errOut, "waiting period ends") {
		t.Fatalf("stand in the waiting period: exit %d\n%s", r.code, r.errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "notary-keys", strings.ToLower(addr["m1"]))); !os.IsNotExist(err) {
		t.Fatalf("a refused candidacy kept a key: %v", err)
	}

	mustOK(t, huzhu(t, dir, "dev", "warp", "91d"))
	for _, m := range []string{"m1", "m2", "m3"} {
		s := mustOK(t, huzhu(t, dir, as(m, "election", "stand", "--json")...)).json(t)
		if s["election"].(float64) != 1 || !strings.HasPrefix(s["key_file"].(string), filepath.Join(dir, "notary-keys", strings.ToLower(addr[m]))) {
			t.Fatalf("stand: %v", s)
		}
		if keys := notaryKeys(t, dir, m, pw); len(keys) != 1 {
			t.Fatalf("%s keeps %d keys", m, len(keys))
		}
	}
	if r := huzhu(t, dir, as("m1", "election", "stand")...); r.code != exitRefused || !strings.Contains(r.errOut, "already stands in election 1") {
		t.Fatalf("standing twice: exit %d %s", r.code, r.errOut)
	}

	votes := func(who string) (map[string]float64, map[string]any) {
		t.Helper()
		res := mustOK(t, huzhu(t, dir, "election", "results", "--account", who, "--json")).json(t)
		got := map[string]float64{}
		for _, c := range res["candidates"].([]any) {
			c := c.(map[string]any)
			got[c["address"].(string)] = c["votes"].(float64)
		}
		return got, res
	}
	mustOK(t, huzhu(t, dir, as("v", "election", "vote", "m1", addr["m2"])...))
	if got, _ := votes("v"); got[addr["m1"]] != 1 || got[addr["m2"]] != 1 || got[addr["m3"]] != 0 {
		t.Fatalf("after the first ballot: %v", got)
	}
	// A re-vote: m2's vote goes to m3.
	j := mustOK(t, huzhu(t, dir, as("v", "election", "vote", "m1", "m3", "--json")...)).json(t)
	if len(j["previous"].([]any)) != 2 || j["previous"].([]any)[1] != addr["m2"] {
		t.Fatalf("re-vote: %v", j)
	}
	mustOK(t, huzhu(t, dir, as("m1", "election", "vote", "m3")...))
	got, res := votes("v")
	if got[addr["m1"]] != 1 || got[addr["m2"]] != 0 || got[addr["m3"]] != 2 {
		t.Fatalf("after the re-vote: %v", got)
	}
	if b := res["my_ballot"].(map[string]any)["picks"].([]any); len(b) != 2 || b[0] != addr["m1"] || b[1] != addr["m3"] {
		t.Fatalf("my ballot: %v", res["my_ballot"])
	}
	if res["finalizable"] != false || len(res["notaries"].([]any)) != 3 || res["term"].(float64) != 0 {
		t.Fatalf("results: %v", res)
	}
	if r := huzhu(t, dir, as("v", "election", "vote", "v")...); r.code != exitRefused || !strings.Contains(r.errOut, "not a running candidate") {
		t.Fatalf("vote for a non-candidate: exit %d %s", r.code, r.errOut)
	}

	mustOK(t, huzhu(t, dir, as("m2", "election", "withdraw")...))
	_, res = votes("v")
	for _, c := range res["candidates"].([]any) {
		if c := c.(map[string]any); c["address"] == addr["m2"] && (c["running"] != false || c["leading"] != false) {
			t.Fatalf("m2 after withdrawing: %v", c)
		}
	}

	r = huzhu(t, dir, as("v", "election", "finalize")...)
	if r.code != exitRefused || !strings.Contains(r.errOut, "the election stays open until "+humanFrom(res["closes_at"].(string))) {
		t.Fatalf("finalize before the close: exit %d\n%s", r.code, r.errOut)
	}
	// Human results, piped.
	txt := mustOK(t, huzhu(t, dir, "election", "results", "--account", "v")).out
	for _, want := range []string{"Your ballot: " + addr["m1"] + ", " + addr["m3"], addr["m3"] + "\t2 vote(s)\tleading", "withdrawn", "Notaries of term 0:", addr["n1"] + "\tseat 1"} {
		if !strings.Contains(txt, want) {
			t.Fatalf("results lack %q:\n%s", want, txt)
		}
	}

	mustOK(t, huzhu(t, dir, "dev", "warp", "7d"))
	// Two ballots are too few (the demo's turnout minimum is 3): the
	// sitting notaries serve on and voting stays open.
	if r := huzhu(t, dir, as("v", "election", "finalize")...); r.code != exitRefused || !strings.Contains(r.errOut, "only 2 ballots were cast, the election needs 3") {
		t.Fatalf("finalize with 2 ballots: exit %d\n%s", r.code, r.errOut)
	}
	if _, res := votes("v"); res["ballots"].(float64) != 2 || res["min_ballots"].(float64) != 3 {
		t.Fatalf("results do not count the ballots: %v", res)
	}
	mustOK(t, huzhu(t, dir, as("m3", "election", "vote", "m3")...))
	f := mustOK(t, huzhu(t, dir, as("v", "election", "finalize", "--json")...)).json(t)
	if n := f["notaries"].([]any); f["term"].(float64) != 1 || len(n) != 2 || n[0] != addr["m3"] || n[1] != addr["m1"] {
		t.Fatalf("finalize: %v", f)
	}
	_, res = votes("v")
	ns := res["notaries"].([]any)
	if res["term"].(float64) != 1 || res["election"].(float64) != 2 || len(ns) != 2 || res["my_ballot"] != nil || len(res["candidates"].([]any)) != 0 {
		t.Fatalf("results after finalize: %v", res)
	}
	for i, want := range []string{"m3", "m1"} {
		if n := ns[i].(map[string]any); n["address"] != addr[want] || n["key_published"] != true || n["seat"].(float64) != float64(i+1) {
			t.Fatalf("notary %d: %v", i, n)
		}
	}
}
