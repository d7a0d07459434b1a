package session

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/huzhu-community/huzhu/chain"
	"github.com/huzhu-community/huzhu/community"
	"github.com/huzhu-community/huzhu/wallet"

	"github.com/huzhu-community/huzhu/internal/i18n"
)

// Options configure a Session: where its data and chain are, what the
// person chose, and the hooks a face provides.
type Options struct {
	DataDir string
	// RPC is a JSON-RPC endpoint; empty means the data dir's embedded chain.
	RPC string
	// ServerArgv starts the embedded chain's background server (see
	// chain.OpenOptions); nil runs it in this process.
	ServerArgv []string
	// Community is the chosen community's address; empty: the one the
	// data dir remembers for the chain.
	Community string
	// Account is the chosen account's name or address; empty: the
	// wallet's only account.
	Account string
	// PasswordFile holds a passphrase ("-": Stdin); it is used instead of
	// the keyring.
	PasswordFile string
	Stdin        io.Reader
	NoKeyring    bool
	// RememberFromFile lets the keyring remember what the password file
	// unlocks too (see wallet.Unlocker.RememberFromFile).
	RememberFromFile bool
	// RememberAccount: with no Account named and several in the wallet,
	// use the one the data dir remembers (Config.Account), and remember
	// the one UseAccount chooses. For the interactive wallet only.
	RememberAccount bool
	// LightKDF stores new keys with weak scrypt parameters: tests only.
	LightKDF bool

	// Prompt asks for a secret at a hidden prompt; nil when the face
	// cannot ask (no terminal).
	Prompt func(prompt string) ([]byte, error)
	// Notify tells the person something they should know now (why a
	// passphrase is asked, what became of an earlier transaction).
	Notify func(msg string)
	// Sprintf words what the session says through Prompt and Notify, from
	// an English format (the face's message catalog); nil is fmt.Sprintf.
	Sprintf func(format string, args ...any) string
	// PlainNotices: Notify says things in plain words, without the
	// system's error detail (the keyring's "exec: dbus-launch: ..."), for
	// a face that has one short status line for them.
	PlainNotices bool
	// Progress hears about slow steps: starting the chain, mining.
	Progress func(Progress)
}

// Progress is one step of slow work, for a spinner.
type Progress struct {
	// Stage is "chain-starting", "chain-ready", or a wallet.Progress stage
	// ("waiting", "mined").
	Stage string
	Tx    common.Hash
	Block uint64
}

// Session is one run of huzhu. It is not safe for concurrent use by
// several goroutines; a face runs one operation at a time on it.
type Session struct {
	opts Options
	conn *chain.Conn
	// com is the community opened last, kept for the connection it was
	// opened on: its rules never change, and its log cache is read once.
	com     *community.Community
	comConn *chain.Conn
}

// New returns a session; nothing is opened until it is needed.
func New(opts Options) *Session { return &Session{opts: opts} }

// Options returns what the session was made with.
func (s *Session) Options() Options { return s.opts }

// Close closes the chain connection (a background chain server goes on
// serving others).
func (s *Session) Close() error {
	if s.conn == nil {
		return nil
	}
	err := s.conn.Close()
	s.conn = nil
	return err
}

func (s *Session) notify(format string, args ...any) {
	if s.opts.Notify != nil {
		if s.opts.Sprintf != nil {
			s.opts.Notify(s.opts.Sprintf(format, args...))
			return
		}
		s.opts.Notify(fmt.Sprintf(format, args...))
	}
}

func (s *Session) progress(p Progress) {
	if s.opts.Progress != nil {
		s.opts.Progress(p)
	}
}

// Chain opens the chain connection once per session.
func (s *Session) Chain(ctx context.Context) (*chain.Conn, error) {
	if s.conn != nil {
		return s.conn, nil
	}
	if s.opts.RPC == "" {
		s.progress(Progress{Stage: "chain-starting"})
	}
	c, err := chain.Open(ctx, chain.OpenOptions{RPC: s.opts.RPC, DataDir: s.opts.DataDir, ServerArgv: s.opts.ServerArgv})
	if s.opts.RPC == "" {
		s.progress(Progress{Stage: "chain-ready"})
	}
	if err != nil {
		return nil, err
	}
	s.conn = c
	return c, nil
}

// UseConn makes the session use an open connection (the TUI opens it
// behind a spinner); the session closes it.
func (s *Session) UseConn(c *chain.Conn) { s.conn = c }

// CommunityAddress is the chosen community on the connected chain: the
// one named in Options, else the one the data dir remembers for the chain.
func (s *Session) CommunityAddress(ctx context.Context) (common.Address, error) {
	c, err := s.Chain(ctx)
	if err != nil {
		return common.Address{}, err
	}
	addr := s.opts.Community
	if addr == "" {
		cfg, err := LoadConfig(s.opts.DataDir)
		if err != nil {
			return common.Address{}, err
		}
		addr = cfg.Communities[c.ID.String()]
		if addr == "" {
			return common.Address{}, &Error{Kind: KindInvalid, Text: i18n.Say("no community chosen for chain %s", c.ID), Remedy: RemedyChooseCommunity, Err: ErrNoCommunity}
		}
	}
	if !common.IsHexAddress(addr) {
		return common.Address{}, &Error{Kind: KindInvalid, Text: i18n.Say("the community %q is not an address", addr), Remedy: RemedyChooseCommunity}
	}
	return common.HexToAddress(addr), nil
}

// ErrNoCommunity: no (valid) community is chosen.
var ErrNoCommunity = errors.New("no community chosen")

// Community opens the chosen community.
func (s *Session) Community(ctx context.Context) (*community.Community, error) {
	addr, err := s.CommunityAddress(ctx)
	if err != nil {
		return nil, err
	}
	if s.com != nil && s.comConn == s.conn && s.com.Address == addr {
		return s.com, nil
	}
	com, err := community.Open(ctx, s.conn, addr)
	if err != nil {
		return nil, err
	}
	if s.opts.DataDir != "" {
		com.UseCache(filepath.Join(s.opts.DataDir, "cache")) // logs already read, without envelopes
	}
	s.com, s.comConn = com, s.conn
	return com, nil
}

// Token is the token huzhu shows and sends: the chosen community's, else,
// when no community is chosen, the dev KBC on a huzhu dev chain. ok is
// false when there is neither. A chosen community that cannot be read is
// an error, never silently "no token".
func (s *Session) Token(ctx context.Context) (tok community.Token, com *community.Community, ok bool, err error) {
	c, err := s.Chain(ctx)
	if err != nil {
		return tok, nil, false, err
	}
	com, err = s.Community(ctx)
	if err == nil {
		return com.Token, com, true, nil
	}
	if !errors.Is(err, ErrNoCommunity) {
		return tok, nil, false, err
	}
	if _, derr := chain.DevInfoOf(ctx, c.RPC); derr == nil {
		tok, err = community.ReadToken(ctx, c, chain.DevToken)
		return tok, nil, err == nil, err
	}
	return tok, nil, false, nil
}

// Wallet is the data dir's key store.
func (s *Session) Wallet() *wallet.Store {
	st := wallet.NewStore(s.opts.DataDir)
	if s.opts.LightKDF {
		st.Scrypt = wallet.LightScrypt
	}
	return st
}

// Account is the chosen account, or the wallet's only one.
func (s *Session) Account() (wallet.Account, error) {
	st := s.Wallet()
	if s.opts.Account != "" {
		a, err := st.Get(s.opts.Account)
		if err != nil {
			return a, s.noSuchAccount(err)
		}
		return a, nil
	}
	all, err := st.List()
	if err != nil {
		return wallet.Account{}, err
	}
	if len(all) > 1 && s.opts.RememberAccount {
		if cfg, err := LoadConfig(s.opts.DataDir); err == nil && cfg.Account != "" {
			if a, err := st.Get(cfg.Account); err == nil {
				return a, nil
			}
		}
	}
	switch len(all) {
	case 1:
		return all[0], nil
	case 0:
		return wallet.Account{}, &Error{Kind: KindInvalid, Text: i18n.Say("the wallet has no account yet"), Remedy: RemedyCreateAccount, Err: wallet.ErrNoAccount}
	}
	names := make([]string, len(all))
	for i, a := range all {
		names[i] = a.Name
	}
	return wallet.Account{}, &Error{Kind: KindInvalid, Text: i18n.Say("the wallet has %d accounts (%s); choose one", len(all), strings.Join(names, ", ")), Remedy: RemedyChooseAccount, Choices: names, Err: wallet.ErrNoAccount}
}

func (s *Session) noSuchAccount(err error) error {
	if !errors.Is(err, wallet.ErrNoAccount) {
		return err
	}
	all, _ := s.Wallet().List()
	names := make([]string, len(all))
	for i, a := range all {
		names[i] = a.Name
	}
	e := &Error{Kind: KindInvalid, Text: i18n.Say("no account %q in this wallet", s.opts.Account), Remedy: RemedyChooseAccount, Choices: names, Err: err}
	if len(names) == 0 {
		e.Text, e.Remedy = i18n.Say("no account %q: the wallet has no account yet", s.opts.Account), RemedyCreateAccount
	}
	return e
}

// Unlocker opens the wallet's keys: keyring, password file or prompt.
func (s *Session) Unlocker(st *wallet.Store) *wallet.Unlocker {
	u := &wallet.Unlocker{
		Store:            st,
		PasswordFile:     s.opts.PasswordFile,
		RememberFromFile: s.opts.RememberFromFile,
		Stdin:            s.opts.Stdin,
		Notify:           s.opts.Notify,
		Prompt:           s.opts.Prompt,
		Sprintf:          s.opts.Sprintf,
		PlainNotices:     s.opts.PlainNotices,
	}
	if !s.opts.NoKeyring {
		u.Keyring = wallet.OSKeyring{}
	}
	return u
}

// Key unlocks an account's private key.
func (s *Session) Key(a wallet.Account) (*ecdsa.PrivateKey, error) {
	return s.Unlocker(s.Wallet()).Key(a)
}

// Reconcile finds out what became of an account's journaled transactions
// and tells the person about each change.
func (s *Session) Reconcile(ctx context.Context, who common.Address) ([]wallet.Entry, error) {
	c, err := s.Chain(ctx)
	if err != nil {
		return nil, err
	}
	changed, err := wallet.ReconcileAccount(ctx, c, wallet.NewJournal(s.opts.DataDir), who)
	if err != nil {
		return nil, err
	}
	for _, e := range changed {
		s.notify("An earlier transaction (%s, %s) is %s%s.", e.Description(who), e.Hash.Hex(), e.State, e.InBlock())
	}
	return changed, nil
}

// Sender unlocks the chosen account and returns its journaled sender,
// after reporting what became of transactions an earlier run left waiting.
func (s *Session) Sender(ctx context.Context) (*wallet.Sender, wallet.Account, error) {
	acct, err := s.Account()
	if err != nil {
		return nil, acct, err
	}
	c, err := s.Chain(ctx)
	if err != nil {
		return nil, acct, err
	}
	if _, err := s.Reconcile(ctx, acct.Address); err != nil {
		return nil, acct, err
	}
	key, err := s.Key(acct)
	if err != nil {
		return nil, acct, err
	}
	snd := &wallet.Sender{Backend: c, Key: key, Journal: wallet.NewJournal(s.opts.DataDir)}
	snd.Progress = func(p wallet.Progress) { s.progress(Progress{Stage: p.Stage, Tx: p.Hash, Block: p.Block}) }
	return snd, acct, nil
}

// ethNeeded is value + the most the fee can be.
func ethNeeded(value, maxFee *big.Int) *big.Int {
	need := new(big.Int).Set(maxFee)
	if value != nil {
		need.Add(need, value)
	}
	return need
}
