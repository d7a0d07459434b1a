package tui

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"testing"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/claims"
	"github.com/huzhu-community/huzhu/wallet"
)

// In Chinese, the errors a person meets read as one Chinese sentence
// with what to do here: the chain not answering (its address kept), a
// wrong passphrase, a transaction the node refused for want of ETH, and
// a rejection reason's meaning. No English sentence is left.
func TestServiceErrorsDescribedInChinese(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	rpc := "http://" + l.Addr().String()
	l.Close()
	_, down := chain.Dial(context.Background(), rpc)
	if down == nil {
		t.Fatalf("chain.Dial(%s): nothing listens there, yet no error", rpc)
	}
	inChinese(t)
	for _, tc := range []struct {
		name  string
		err   error
		want  string
		leaks []string
	}{
		{"RPC down", down,
			"无法连接位于 " + rpc + " 的链（连接被拒绝：该地址上没有服务在监听）。" + T("Check that the node is running, then press r to try again."),
			[]string{"cannot reach", "connection refused", "dial tcp"}},
		{"wrong passphrase", fmt.Errorf("unlock: %w", wallet.ErrWrongPassphrase),
			T("The passphrase is wrong.") + T("Try again and type it carefully."), []string{"passphrase", "wrong"}},
		{"refused for want of ETH", &wallet.RefusedError{Nonce: 4, Err: errors.New("insufficient funds for gas * price + value")},
			"节点拒绝了交易：余额不足：账户不够支付金额和手续费；交易未发出；你的下一笔交易会复用 nonce 4，因此这笔交易以后也不会上链。" + T("The account needs more ETH for this: fund it, then try again."),
			[]string{"insufficient funds", "the node refused"}},
	} {
		got := Describe(tc.err)
		if got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
		for _, en := range tc.leaks {
			if strings.Contains(got, en) {
				t.Errorf("%s: English %q leaks: %q", tc.name, en, got)
			}
		}
	}
	// The zero address named as the member to pay for (the pay screen).
	_, nobody := testSession(t.TempDir()).ResolveMember("0x0000000000000000000000000000000000000000")
	if got := Describe(nobody); !strings.HasPrefix(got, "零地址不属于任何人") || strings.Contains(got, "nobody") {
		t.Errorf("the zero address refused in Chinese: %q", got)
	}
	if got := say(claims.ReasonNotCovered.Meaning()); !strings.HasPrefix(got, "不在保障范围：") {
		t.Errorf("reason not-covered in Chinese: %q", got)
	}
}
