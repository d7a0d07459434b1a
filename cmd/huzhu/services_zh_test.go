package main

import (
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// noEnglish fails when text holds one of the English sentences (or their
// telling parts) a service says: with --lang zh they are worded in Chinese.
func noEnglish(t *testing.T, what, text string, english ...string) {
	t.Helper()
	for _, en := range english {
		if strings.Contains(text, en) {
			t.Errorf("%s --lang zh: English %q leaks:\n%s", what, en, text)
		}
	}
}

// With --lang zh, what the services say reaches the person in Chinese: a
// claim's refusal in the waiting period (with its date), a non-notary's
// approval refused, the notary's review checklist line by line, and
// what an approval does in its confirmation. The --json error stays
// English, for scripts.
func TestServiceSentencesInChinese(t *testing.T) {
	dir := t.TempDir()
	pw := passwordFile(t, "zh passphrase")
	newAccount(t, dir, "founder", pw)
	for i, n := range []string{"n1", "n2", "n3"} {
		importAt(t, dir, n, pw, i)
	}
	importAt(t, dir, "mei", pw, 3)
	importAt(t, dir, "li", pw, 4)
	for _, n := range []string{"founder", "n1", "n2", "n3", "mei", "li"} {
		mustOK(t, huzhu(t, dir, "faucet", n, "--tokens", "200"))
	}
	c := mustOK(t, huzhu(t, dir, "community", "create", "--account", "founder", "--password-file", pw, "--notaries", "n1,n2,n3",
		"--seats", "3", "--quorum", "2", "--yes", "--json")).json(t)
	com := common.HexToAddress(c["community"].(string))
	for _, n := range []string{"n1", "n2", "n3"} {
		mustOK(t, huzhu(t, dir, "notary", "key", "--account", n, "--password-file", pw, "--yes"))
	}
	iss := mustOK(t, huzhu(t, dir, "issuer", "init", "--name", "West China Hospital", "--password-file", pw, "--insecure-light-kdf", "--json")).out
	mustOK(t, huzhu(t, dir, "issuer", "trust", "--new-issuer", "--jwk", writeTemp(t, "iss.json", iss), "--account", "founder", "--password-file", pw, "--yes"))
	joinCommunity(t, dir, com, 3)
	joinCommunity(t, dir, com, 4)

	facts := map[string]any{
		"given_name": "Mei", "family_name": "Zhangsun", "national_id": "510100199001011234", "event_id": "PtODBu_8tG6SOKR4SYIHLg",
		"diagnosis_code": "I63.9", "diagnosis_category": "stroke", "diagnosis_date": time.Now().UTC().Add(92 * 24 * time.Hour).Format("2006-01-02"),
		"treatment_cost": "3000", "currency": "CNY", "hospital": "West China Hospital", "notes": "left MCA infarct",
	}
	cred := issueTo(t, dir, pw, "West China Hospital", "mei", facts)
	as := func(account string, args ...string) []string {
		return append(args, "--account", account, "--password-file", pw)
	}
	submit := as("mei", "claim", "submit", "--credential", cred, "--amount", "1000", "--yes")

	// In the waiting period: refused in Chinese, with the date claims open.
	r := huzhu(t, dir, append([]string{"--lang", "zh"}, submit...)...)
	wantRefused(t, r, "a claim in the waiting period", "等待期于 20", "UTC 结束；届时可提交理赔申请")
	noEnglish(t, "claim submit", r.errOut, "waiting period ends", "claims open then")
	// The same refusal in --json is English: it is for scripts.
	js := huzhu(t, dir, append([]string{"--lang", "zh", "--json"}, submit...)...)
	if !strings.Contains(js.out, "waiting period ends 20") || strings.Contains(js.out, "等待期") {
		t.Errorf("claim submit --json --lang zh: the JSON error is not the English refusal:\n%s", js.out)
	}

	mustOK(t, huzhu(t, dir, "dev", "warp", "93d"))
	mustOK(t, huzhu(t, dir, submit...))

	// The review's checklist: every line's reason in Chinese.
	rv := mustOK(t, huzhu(t, dir, append([]string{"--lang", "zh"}, as("n1", "notary", "review", "1")...)...)).out
	for _, zh := range []string{"通过", "每项披露均核对无误", "在社区信任名录中受信任", "由持有人为", "项必需事实均已披露", "保障类别：", "诊断于", "申请 1000", "与理赔申请的防重复标识一致", "此防重复标识尚无已赔付的理赔申请", "链、社区、成员、金额和防重复标识均一致"} {
		if !strings.Contains(rv, zh) {
			t.Errorf("notary review --lang zh does not say %q:\n%s", zh, rv)
		}
	}
	noEnglish(t, "notary review", rv, "PASS", "every disclosure checks out", "trusted in the community's registry", "required facts are disclosed",
		"covered:", "eligible from", "treatment cost", "matches the claim's nullifier", "no claim has been paid", "nullifier match")

	// A non-notary's approval, refused in Chinese.
	r = huzhu(t, dir, append([]string{"--lang", "zh"}, as("li", "notary", "approve", "1", "--yes")...)...)
	wantRefused(t, r, "li's approval", "在第 0 届任期（互助申请 1 提交时的任期）中没有席位")
	noEnglish(t, "notary approve", r.errOut, "holds no seat", "the term claim")

	// What an approval does, in its confirmation.
	r = mustOK(t, huzhu(t, dir, append([]string{"--lang", "zh"}, as("n1", "notary", "approve", "1", "--yes")...)...))
	if !strings.Contains(r.errOut, "此操作批准互助申请 1（1000 KBC，成员 ") {
		t.Errorf("notary approve --lang zh does not say what it does in Chinese:\n%s", r.errOut)
	}
	noEnglish(t, "notary approve", r.errOut, "This approves claim")
}

// The creation parameters' problems, and a session's error, are worded
// in Chinese with --lang zh (the flags as typed), and in English as before
// without it.
func TestParamAndSessionErrorsInChinese(t *testing.T) {
	dir := t.TempDir()
	args := []string{"community", "create", "--notaries", "0x00000000000000000000000000000000000000a1", "--seats", "0", "--quorum", "0", "--yes"}
	r := huzhu(t, dir, append([]string{"--lang", "zh"}, args...)...)
	if r.code != exitUsage || !strings.Contains(r.errOut, "--seats: 必须在 1 到 32 之间; --quorum: 必须在 1 到席位数（0）之间") {
		t.Errorf("community create --lang zh: exit %d\n%s", r.code, r.errOut)
	}
	noEnglish(t, "community create", r.errOut, "must be between")
	r = huzhu(t, dir, args...)
	if !strings.Contains(r.errOut, "--seats: must be between 1 and 32; --quorum: must be between 1 and the seats (0)") {
		t.Errorf("community create in English:\n%s", r.errOut)
	}
	r = huzhu(t, dir, "--lang", "zh", "wallet", "balance")
	if !strings.Contains(r.errOut, "钱包中还没有账户") {
		t.Errorf("wallet balance --lang zh on an empty wallet:\n%s", r.errOut)
	}
	noEnglish(t, "wallet balance", r.errOut, "the wallet has no account yet")
}
