package main

import (
	"net"
	"strings"
	"testing"
)

// closedRPC is an http:// address nothing listens on.
func closedRPC(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return "http://" + addr
}

// With --lang zh, the errors a person meets most read as one Chinese
// sentence with a remedy: the chain not answering, a wrong passphrase in
// the password file, a bad private key, mnemonic or keystore file on
// import. The exit codes are those of English, and English reads as it
// did.
func TestServiceErrorsInChinese(t *testing.T) {
	dir := t.TempDir()
	pw := passwordFile(t, "right passphrase")
	newAccount(t, dir, "mei", pw)
	rpc := closedRPC(t)
	for _, tc := range []struct {
		name  string
		args  []string
		code  int
		zh    []string
		en    []string // in English, as before
		leaks []string // English that must not leak with --lang zh
	}{
		{"RPC down", []string{"--rpc", rpc, "wallet", "balance", "--account", "mei"}, exitUnreachable,
			[]string{"无法连接位于 " + rpc + " 的链（连接被拒绝：该地址上没有服务在监听）", "请检查 --rpc 或 HUZHU_RPC"},
			[]string{"cannot reach the chain at " + rpc + " (connection refused: nothing is listening there); check --rpc"},
			[]string{"cannot reach", "connection refused", "dial tcp", "Post "}},
		{"wrong passphrase", []string{"community", "create", "--account", "mei", "--password-file", passwordFile(t, "wrong passphrase"),
			"--notaries", "0x00000000000000000000000000000000000000a1", "--seats", "1", "--quorum", "1", "--yes"}, exitAuth,
			[]string{"身份验证失败：密码文件中的密码无法解锁 mei", "请检查密码"},
			[]string{"authentication failed: the passphrase in the password file does not unlock mei; check the passphrase"},
			[]string{"authentication failed", "does not unlock", "check the passphrase"}},
		{"no password file", []string{"community", "create", "--account", "mei", "--password-file", dir + "/no-such-file",
			"--notaries", "0x00000000000000000000000000000000000000a1", "--seats", "1", "--quorum", "1", "--yes"}, exitUsage,
			[]string{"密码文件 " + dir + "/no-such-file：文件不存在"},
			[]string{"the password file " + dir + "/no-such-file: no such file"},
			[]string{"the password file", "no such file"}},
		{"bad private key", []string{"wallet", "import", "--name", "b", "--password-file", pw, "--private-key-file", writeTemp(t, "pk", "1234\n")}, exitUsage,
			[]string{"不是 32 字节的十六进制私钥"},
			[]string{"not a 32-byte hex private key"},
			[]string{"not a 32-byte"}},
		{"bad mnemonic", []string{"wallet", "import", "--name", "b", "--password-file", pw, "--mnemonic-file", writeTemp(t, "mn", "abandon abandon abandon\n")}, exitUsage,
			[]string{"不是有效的 BIP-39 助记词：共 3 个词"},
			[]string{"not a valid BIP-39 mnemonic: it has 3 words"},
			[]string{"not a valid", "words"}},
		{"not a keystore", []string{"wallet", "import", "--name", "b", "--password-file", pw, "--keystore", writeTemp(t, "ks.json", "not json\n")}, exitUsage,
			[]string{"不是 keystore 文件"},
			[]string{"not a keystore file: it is not the JSON of one"},
			[]string{"not a keystore file", "invalid character"}},
		{"keystore version", []string{"wallet", "import", "--name", "b", "--password-file", pw, "--keystore", writeTemp(t, "ks.json", `{"version":1}`)}, exitUsage,
			[]string{"keystore 版本 1：仅支持版本 3"},
			[]string{"keystore version 1: only version 3 is supported"},
			[]string{"only version 3"}},
		{"no such credential", []string{"credential", "show", "nope", "--account", "mei", "--password-file", pw}, exitUsage,
			[]string{"没有凭证 \"nope\"（账户 mei）"},
			[]string{"no such credential \"nope\" for mei"},
			[]string{"no such credential"}},
	} {
		r := huzhu(t, dir, append([]string{"--lang", "zh"}, tc.args...)...)
		if r.code != tc.code {
			t.Errorf("%s --lang zh: exit %d, want %d\n%s", tc.name, r.code, tc.code, r.errOut)
		}
		for _, s := range tc.zh {
			if !strings.Contains(r.errOut, s) {
				t.Errorf("%s --lang zh: does not say %q:\n%s", tc.name, s, r.errOut)
			}
		}
		noEnglish(t, tc.name, r.errOut, tc.leaks...)
		r = huzhu(t, dir, tc.args...)
		if r.code != tc.code {
			t.Errorf("%s: exit %d, want %d\n%s", tc.name, r.code, tc.code, r.errOut)
		}
		for _, s := range tc.en {
			if !strings.Contains(r.errOut, s) {
				t.Errorf("%s in English: does not say %q:\n%s", tc.name, s, r.errOut)
			}
		}
	}
}

// The rejection reasons a notary chooses from are listed in Chinese with
// --lang zh (the codes' names, which a notary types, as they are).
func TestRejectReasonsInChinese(t *testing.T) {
	r := mustOK(t, huzhu(t, t.TempDir(), "--lang", "zh", "notary", "reject", "--help"))
	for _, s := range []string{"2 not-covered       不在保障范围：", "4 untrusted-issuer  签发机构不受信任：签发机构不在社区的信任名录中", "7 other             其他：不属于以上任何一种"} {
		if !strings.Contains(r.out, s) {
			t.Errorf("notary reject --help --lang zh does not list %q:\n%s", s, r.out)
		}
	}
	noEnglish(t, "notary reject --help", r.out, "the category is not covered", "none of the above", "the issuer is not trusted")
	r = mustOK(t, huzhu(t, t.TempDir(), "notary", "reject", "--help"))
	if !strings.Contains(r.out, "4 untrusted-issuer  the issuer is not trusted in the community's registry") {
		t.Errorf("notary reject --help in English:\n%s", r.out)
	}
}
