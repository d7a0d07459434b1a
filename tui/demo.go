package tui

import (
	"context"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

// demoScreen offers, then creates, the demo community (session.CreateDemo).
type demoScreen struct {
	env     *Env
	acct    wallet.Account
	pass    []byte // nil: asked in the passphrase modal
	running bool
	done    map[string]bool
	current string
	err     error
}

type demoStepMsg struct{ step string }
type demoDoneMsg struct {
	res *session.DemoResult
	err error
}

var demoSteps = []struct{ id, text string }{
	{session.DemoStepAccounts, msgKey("Create the notary accounts nora, ning and nils")},
	{session.DemoStepFunding, msgKey("Fund every account from the dev faucet")},
	{session.DemoStepCommunity, msgKey("Found the community (KBC dues, three notaries)")},
	{session.DemoStepNotaryKeys, msgKey("The notaries publish their keys")},
	{session.DemoStepJoining, msgKey("The notaries pay their dues")},
	{session.DemoStepIssuer, msgKey("Trust a \"Demo Hospital\" issuer")},
	{session.DemoStepCredential, msgKey("Issue you a sample medical credential")},
}

func newDemoScreen(env *Env, acct wallet.Account, pass []byte) *demoScreen {
	return &demoScreen{env: env, acct: acct, pass: pass, done: map[string]bool{}}
}

func (d *demoScreen) Title() string { return T("Demo community") }
func (d *demoScreen) Init() tea.Cmd { return nil }
func (d *demoScreen) Keys() []key.Binding {
	return []key.Binding{
		key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", msgKey("create the demo community"))),
		key.NewBinding(key.WithKeys("s"), key.WithHelp("s", msgKey("skip"))),
	}
}

func (d *demoScreen) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case demoStepMsg:
		if d.current != "" {
			d.done[d.current] = true
		}
		d.current = msg.step
	case demoDoneMsg:
		d.running = false
		clear(d.pass)
		d.pass = nil
		if msg.err != nil {
			d.err = msg.err
			return d, nil
		}
		return d, Pop(CommunityChangedMsg{})
	case tea.KeyMsg:
		if d.running {
			return d, nil
		}
		switch msg.String() {
		case "enter":
			d.running, d.err = true, nil
			d.done, d.current = map[string]bool{}, ""
			return d, d.run()
		case "s", "esc":
			clear(d.pass)
			return d, Pop(nil)
		}
	}
	return d, nil
}

func (d *demoScreen) run() tea.Cmd {
	env, acct, pass := d.env, d.acct, d.pass
	return Job(T("Creating the demo community…"), func(ctx context.Context) tea.Msg {
		p := pass
		if p == nil {
			var err error
			if p, err = env.AskSecret(T("Passphrase for %s: ", acct.Name)); err != nil {
				return demoDoneMsg{err: err}
			}
			defer clear(p)
		}
		res, err := env.Session.CreateDemo(ctx, acct, p, func(step string) { env.Send(demoStepMsg{step}) })
		return demoDoneMsg{res: res, err: err}
	})
}

func (d *demoScreen) View(w, h int) string {
	st := d.env.Styles
	var b strings.Builder
	b.WriteString(st.Section.Render(T("A demo community, here on your computer")) + "\n\n")
	b.WriteString(T("There is no community on this chain yet. huzhu can make one for you to try, offline:") + "\n\n")
	for _, s := range demoSteps {
		mark := "  "
		switch {
		case d.done[s.id]:
			mark = st.Good.Render("✓ ")
		case d.current == s.id:
			mark = st.Title.Render("→ ")
		}
		b.WriteString(mark + T(s.text) + "\n")
	}
	b.WriteString("\n" + st.Muted.Render(T("You found it; the notary accounts share your passphrase, so you can switch to them (a).")) + "\n")
	if d.err != nil {
		b.WriteString("\n" + st.Error.Render(Describe(d.err)) + "\n" + st.Muted.Render(T("enter: try again · s: skip")) + "\n")
	} else if !d.running {
		b.WriteString("\n" + st.Title.Render(T("enter: create it")) + st.Muted.Render(" · "+T("s: skip")) + "\n")
	}
	return b.String()
}
