package tui

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/huzhu-community/huzhu/internal/safetext"
	"github.com/huzhu-community/huzhu/internal/textwrap"
	"github.com/huzhu-community/huzhu/session"
	"github.com/huzhu-community/huzhu/wallet"
)

// Config is what the app is made with.
type Config struct {
	// Session is made with Bridge.Hooks (cmd/huzhu/tui.go).
	Session *session.Session
	Bridge  *Bridge
	// Now is the wall clock; nil: time.Now.
	Now func() time.Time
	// NoSpinner draws the spinner still (golden tests).
	NoSpinner bool
}

// App is the root model: the tabs, the screens pushed over them, the
// modals over those, the job runner, the error banner and the status line.
type App struct {
	env           *Env
	width, height int

	all    []tabScreen // every registered tab
	active int         // index into all
	stack  []Screen    // pushed screens (the first run); the top is shown
	modals []modal

	spinner spinner.Model
	still   bool
	queue   []jobRequestMsg
	job     *runningJob
	jobSeq  int
	status  string
	// statusSeq numbers the notices (statusFadeMsg); statusHeld: the
	// notice waits for the running job to end before its time starts.
	statusSeq  int
	statusHeld bool
	banner     string
	help       help.Model
	showHelp   bool
	account    wallet.Account

	// quiet is the Background work running, bgQueue what waits for it.
	quiet   *runningJob
	bgQueue []backgroundRequestMsg
	// shownAt is where the screen shown was at the end of the last
	// Update, to tell screens when they are shown and hidden.
	shownAt shownPlace
}

type tabScreen struct {
	tab    Tab
	screen Screen
}

type runningJob struct {
	id     int
	label  string
	stage  string
	cancel context.CancelFunc
}

// modal is a dialog over the screens: it gets every key until it closes
// (Update returns nil) and every other message.
type modal interface {
	Update(msg tea.Msg) (modal, tea.Cmd)
	View(width, height int) string
}

// New makes the app.
func New(cfg Config) *App {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Bridge == nil {
		cfg.Bridge = NewBridge()
	}
	env := &Env{Session: cfg.Session, Styles: DefaultStyles(), Now: cfg.Now, bridge: cfg.Bridge}
	a := &App{env: env, width: 80, height: 24, still: cfg.NoSpinner, shownAt: shownPlace{depth: -1, tab: -1}}
	a.spinner = spinner.New(spinner.WithSpinner(spinner.Dot), spinner.WithStyle(env.Styles.Title))
	a.help = help.New()
	for _, t := range tabs {
		a.all = append(a.all, tabScreen{tab: t, screen: t.New(env)})
	}
	return a
}

// Env is the app's environment (for tests).
func (a *App) Env() *Env { return a.env }

// Init starts every tab, and the first run when the wallet has no account.
func (a *App) Init() tea.Cmd {
	cmds := []tea.Cmd{}
	accts, err := a.env.Session.Accounts()
	switch {
	case err != nil:
		cmds = append(cmds, ShowError(err))
	case len(accts) == 0:
		cmds = append(cmds, Push(newWelcome(a.env)))
	default:
		if acct, err := a.env.Session.Account(); err == nil {
			a.account = acct
		} else {
			cmds = append(cmds, ShowError(err))
		}
	}
	for _, t := range a.all {
		cmds = append(cmds, t.screen.Init())
	}
	return tea.Batch(cmds...)
}

func (a *App) visible() []int {
	var out []int
	for i, t := range a.all {
		if t.tab.Visible == nil || t.tab.Visible(a.env, a.account) {
			out = append(out, i)
		}
	}
	return out
}

// current is the screen shown: the top pushed one, else the active tab.
func (a *App) current() Screen {
	if n := len(a.stack); n > 0 {
		return a.stack[n-1]
	}
	if a.active < len(a.all) {
		return a.all[a.active].screen
	}
	return nil
}

func (a *App) setCurrent(s Screen) {
	if n := len(a.stack); n > 0 {
		a.stack[n-1] = s
	} else if a.active < len(a.all) {
		a.all[a.active].screen = s
	}
}

// Update routes: keys to the top modal, else the app's own keys, else
// the current screen; other messages to every modal and screen. When the
// screen shown changes, the one left gets HiddenMsg and the one shown
// ShownMsg.
func (a *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m, cmd := a.update(msg)
	if now := a.place(); now != a.shownAt {
		cmd = tea.Batch(cmd, a.showChanged(a.shownAt))
		a.shownAt = now
	}
	return m, cmd
}

// shownPlace says which screen is shown: the top of a stack depth deep,
// or (depth 0) the tab at index tab.
type shownPlace struct{ depth, tab int }

func (a *App) place() shownPlace {
	if n := len(a.stack); n > 0 {
		return shownPlace{depth: n, tab: -1}
	}
	return shownPlace{tab: a.active}
}

// showChanged tells the screen shown at was (if it is still there) that
// it is hidden, and the current one that it is shown.
func (a *App) showChanged(was shownPlace) tea.Cmd {
	var cmds []tea.Cmd
	switch {
	case was.depth == 0 && was.tab >= 0 && was.tab < len(a.all):
		var cmd tea.Cmd
		a.all[was.tab].screen, cmd = a.all[was.tab].screen.Update(HiddenMsg{})
		cmds = append(cmds, cmd)
	case was.depth > 0 && was.depth <= len(a.stack): // pushed over
		var cmd tea.Cmd
		a.stack[was.depth-1], cmd = a.stack[was.depth-1].Update(HiddenMsg{})
		cmds = append(cmds, cmd)
	}
	if cur := a.current(); cur != nil {
		s, cmd := cur.Update(ShownMsg{})
		a.setCurrent(s)
		cmds = append(cmds, cmd)
	}
	return tea.Batch(cmds...)
}

func (a *App) update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case showTabMsg:
		a.showTab(msg.title)
		return a, nil
	case tea.WindowSizeMsg:
		a.width, a.height = msg.Width, msg.Height
		a.help.Width = msg.Width
		return a, nil
	case tea.KeyMsg:
		return a, a.key(msg)
	case spinner.TickMsg:
		if a.job == nil || a.still {
			return a, nil
		}
		var cmd tea.Cmd
		a.spinner, cmd = a.spinner.Update(msg)
		return a, cmd
	case jobRequestMsg:
		a.queue = append(a.queue, msg)
		if a.quiet != nil {
			a.quiet.cancel() // give way: the job starts when it returns
		}
		return a, a.nextJob()
	case backgroundRequestMsg:
		a.bgQueue = append(a.bgQueue, msg)
		return a, a.nextJob()
	case backgroundDoneMsg:
		if a.quiet != nil && a.quiet.id == msg.id {
			a.quiet.cancel()
			a.quiet = nil
		}
		return a, tea.Batch(a.nextJob(), a.broadcast(msg.msg))
	case jobDoneMsg:
		var fade tea.Cmd
		if a.job != nil && a.job.id == msg.id {
			a.job.cancel()
			a.job = nil
			if a.statusHeld {
				// A notice given during the job shows now: its time starts.
				fade = a.notice(a.status)
			}
		}
		if m, ok := msg.msg.(appMsg); ok {
			// A message for the app itself (the account switched): it
			// comes back through Update.
			return a, tea.Batch(a.nextJob(), func() tea.Msg { return m.msg }, fade)
		}
		return a, tea.Batch(a.nextJob(), a.broadcast(msg.msg), fade)
	case ErrorMsg:
		if msg.Err != nil {
			a.banner = Describe(msg.Err)
		}
		return a, nil
	case NotifyMsg:
		return a, a.notice(msg.Text)
	case statusFadeMsg:
		if msg.seq == a.statusSeq {
			a.status = ""
		}
		return a, nil
	case ProgressMsg:
		if a.job != nil {
			a.job.stage = progressText(session.Progress(msg))
		}
		return a, a.broadcast(msg)
	case PromptRequestMsg:
		a.modals = append(a.modals, newPassphraseModal(a.env, msg))
		return a, nil
	case txRequestMsg:
		m, cmd := newConfirmModal(a.env, msg.req)
		a.modals = append(a.modals, m)
		return a, cmd
	case pushMsg:
		a.stack = append(a.stack, msg.s)
		return a, msg.s.Init()
	case popMsg:
		if n := len(a.stack); n > 0 {
			a.stack = a.stack[:n-1]
		}
		if msg.then != nil {
			return a, func() tea.Msg { return msg.then }
		}
		return a, nil
	case CommunityChangedMsg:
		a.banner = ""
		return a, a.broadcast(msg)
	case AccountChangedMsg:
		a.account = msg.Account
		a.banner = ""
		a.fixActive()
		return a, a.broadcast(msg)
	}
	return a, a.broadcast(msg)
}

// broadcast gives msg to every modal and every screen.
func (a *App) broadcast(msg tea.Msg) tea.Cmd {
	if msg == nil {
		return nil
	}
	var cmds []tea.Cmd
	for i := 0; i < len(a.modals); i++ {
		m, cmd := a.modals[i].Update(msg)
		cmds = append(cmds, cmd)
		if m == nil {
			a.modals = append(a.modals[:i], a.modals[i+1:]...)
			i--
			continue
		}
		a.modals[i] = m
	}
	for i, s := range a.stack {
		var cmd tea.Cmd
		a.stack[i], cmd = s.Update(msg)
		cmds = append(cmds, cmd)
	}
	for i, t := range a.all {
		var cmd tea.Cmd
		a.all[i].screen, cmd = t.screen.Update(msg)
		cmds = append(cmds, cmd)
	}
	return tea.Batch(cmds...)
}

func (a *App) key(msg tea.KeyMsg) tea.Cmd {
	k := Keys
	if key.Matches(msg, k.ForceQuit) {
		return a.quit()
	}
	if len(a.modals) == 0 && a.job == nil {
		a.status = "" // a shown notice has been seen: the next key clears it
	}
	if n := len(a.modals); n > 0 {
		m, cmd := a.modals[n-1].Update(msg)
		if m == nil {
			a.modals = a.modals[:n-1]
		} else {
			a.modals[n-1] = m
		}
		return cmd
	}
	if a.showHelp {
		if key.Matches(msg, k.Help, k.Cancel, k.Quit) {
			a.showHelp = false
		}
		return nil
	}
	if a.job != nil && key.Matches(msg, k.Cancel) {
		a.job.cancel()
		return a.notice(T("Cancelling…"))
	}
	cur := a.current()
	if in, ok := cur.(InputScreen); ok && in.CapturesInput() {
		return a.toScreen(msg)
	}
	switch {
	case key.Matches(msg, k.Quit):
		return a.quit()
	case key.Matches(msg, k.Help):
		a.showHelp = true
		return nil
	case a.banner != "" && key.Matches(msg, k.Dismiss):
		a.banner = ""
		return nil
	case len(a.stack) == 0 && key.Matches(msg, k.Next):
		a.cycle(1)
		return nil
	case len(a.stack) == 0 && key.Matches(msg, k.Prev):
		a.cycle(-1)
		return nil
	case len(a.stack) == 0 && key.Matches(msg, k.Accounts):
		if a.job != nil {
			return a.notice(T("Wait for the current step to finish (or press esc) before switching accounts."))
		}
		m, err := newAccountModal(a.env, a.account)
		if err != nil {
			return ShowError(err)
		}
		a.modals = append(a.modals, m)
		return nil
	case len(a.stack) == 0 && key.Matches(msg, k.Refresh):
		a.banner = ""
		return a.broadcast(RefreshMsg{})
	}
	return a.toScreen(msg)
}

func (a *App) toScreen(msg tea.Msg) tea.Cmd {
	cur := a.current()
	if cur == nil {
		return nil
	}
	s, cmd := cur.Update(msg)
	a.setCurrent(s)
	return cmd
}

// showTabMsg asks the app to show the visible tab titled title.
type showTabMsg struct{ title string }

// ShowTab shows the tab whose title is title (as Title() gives it), if
// the account sees it: for a screen that sends the person on ("your
// claim is filed: see My claims") and for tests.
func ShowTab(title string) tea.Cmd { return func() tea.Msg { return showTabMsg{title} } }

func (a *App) showTab(title string) {
	for _, v := range a.visible() {
		if a.all[v].screen.Title() == title {
			a.active = v
			return
		}
	}
}

func (a *App) cycle(d int) {
	vis := a.visible()
	if len(vis) == 0 {
		return
	}
	at := 0
	for i, v := range vis {
		if v == a.active {
			at = i
		}
	}
	a.active = vis[(at+d+len(vis))%len(vis)]
}

// fixActive moves off a tab the account no longer sees.
func (a *App) fixActive() {
	for _, v := range a.visible() {
		if v == a.active {
			return
		}
	}
	if vis := a.visible(); len(vis) > 0 {
		a.active = vis[0]
	}
}

func (a *App) quit() tea.Cmd {
	if a.job != nil {
		a.job.cancel()
	}
	if a.quiet != nil {
		a.quiet.cancel()
	}
	a.env.bridge.Close()
	return tea.Quit
}

// nextJob starts the next job, else the next Background work, when
// nothing runs: the session is used by one of them at a time.
func (a *App) nextJob() tea.Cmd {
	if a.job != nil || a.quiet != nil {
		return nil
	}
	if len(a.queue) == 0 {
		if len(a.bgQueue) == 0 {
			return nil
		}
		req := a.bgQueue[0]
		a.bgQueue = a.bgQueue[1:]
		a.jobSeq++
		ctx, cancel := context.WithCancel(context.Background())
		a.quiet = &runningJob{id: a.jobSeq, cancel: cancel}
		id := a.jobSeq
		return func() tea.Msg { return backgroundDoneMsg{id: id, msg: req.fn(ctx)} }
	}
	req := a.queue[0]
	a.queue = a.queue[1:]
	a.jobSeq++
	ctx, cancel := context.WithCancel(context.Background())
	a.job = &runningJob{id: a.jobSeq, label: req.label, cancel: cancel}
	a.status, a.statusHeld = "", false
	id := a.jobSeq
	run := func() tea.Msg {
		return jobDoneMsg{id: id, msg: req.fn(ctx)}
	}
	if a.still {
		return run
	}
	return tea.Batch(a.spinner.Tick, run)
}

// Busy reports whether a job runs or waits.
func (a *App) Busy() bool { return a.job != nil || len(a.queue) > 0 }

func progressText(p session.Progress) string {
	switch p.Stage {
	case "chain-starting":
		return T("Starting the embedded chain…")
	case "chain-ready":
		return ""
	case "waiting":
		h := p.Tx.Hex()
		return T("Waiting for %s to be mined…", h[:10]+"…"+h[len(h)-4:])
	case "mined":
		return T("Mined in block %d.", p.Block)
	}
	return ""
}

// View draws the header (title, tabs, account), the error banner, the
// body (the current screen, or the top modal over it, or the help) and
// the status line.
func (a *App) View() string {
	st := a.env.Styles
	w, h := a.width, a.height
	header := a.header()
	var banner string
	if a.banner != "" {
		msg := strings.Split(wrap(a.banner, w-2), "\n")
		hint := "  " + T("(x to dismiss)")
		last := len(msg) - 1
		tail := st.Error.Render(msg[last]) + st.Muted.Render(hint)
		if 2+lipgloss.Width(msg[last])+lipgloss.Width(hint) > w {
			tail = st.Error.Render(msg[last]) + "\n  " + st.Muted.Render(strings.TrimSpace(hint))
		}
		banner = st.Banner.Render("✗ ")
		if last > 0 {
			banner += hang(st.Error, strings.Join(msg[:last], "\n"), w-2, 2) + "\n  "
		}
		banner = lipgloss.NewStyle().Width(w).Render(banner + tail)
	}
	status := a.statusLine()
	bodyH := h - lipgloss.Height(header) - lipgloss.Height(status)
	if banner != "" {
		bodyH -= lipgloss.Height(banner)
	}
	if bodyH < 1 {
		bodyH = 1
	}
	var body string
	switch {
	case a.showHelp:
		body = a.helpView(w, bodyH)
	case len(a.modals) > 0:
		body = lipgloss.Place(w, bodyH, lipgloss.Center, lipgloss.Center, a.modals[len(a.modals)-1].View(w, bodyH))
	default:
		if cur := a.current(); cur != nil {
			body = cur.View(w, bodyH)
		}
	}
	body = lipgloss.NewStyle().Width(w).Height(bodyH).MaxHeight(bodyH).Render(body)
	parts := []string{header}
	if banner != "" {
		parts = append(parts, banner)
	}
	parts = append(parts, body, status)
	return strings.Join(parts, "\n")
}

func (a *App) header() string {
	st := a.env.Styles
	title := st.Title.Render("huzhu 互助")
	right := ""
	if a.account.Name != "" {
		right = st.Muted.Render(safetext.Escape(a.account.Name))
	}
	var tabsView []string
	if n := len(a.stack); n > 0 {
		if lipgloss.ColorProfile() == termenv.Ascii {
			tabsView = append(tabsView, "["+a.stack[n-1].Title()+"]")
		} else {
			tabsView = append(tabsView, st.TabOn.Render(a.stack[n-1].Title()))
		}
	} else {
		vis := a.visible()
		at := 0
		plain := lipgloss.ColorProfile() == termenv.Ascii // NO_COLOR, or no colours at all
		for k, i := range vis {
			title := a.all[i].screen.Title()
			switch {
			case i != a.active:
				tabsView = append(tabsView, st.Tab.Render(title))
			case plain:
				// Without colour, bold or underline the active tab is
				// marked in brackets (in place of its padding).
				tabsView, at = append(tabsView, "["+title+"]"), k
			default:
				tabsView, at = append(tabsView, st.TabOn.Render(title)), k
			}
		}
		// Too many tabs for the window: a run of them around the active
		// one, with marks for those left out on either side.
		room := a.width - lipgloss.Width(title) - 1 - lipgloss.Width(right) - 1
		tabsView = fitTabs(tabsView, at, room, st.Muted.Render("‹ "), st.Muted.Render(" ›"))
	}
	left := title + " " + strings.Join(tabsView, "")
	gap := a.width - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 1 {
		return left
	}
	return left + strings.Repeat(" ", gap) + right
}

// fitTabs keeps the tabs around tabs[at] that fit in room cells, adding
// the marks where tabs are left out.
func fitTabs(tabs []string, at, room int, before, after string) []string {
	width := func(lo, hi int) int {
		w := 0
		for _, t := range tabs[lo:hi] {
			w += lipgloss.Width(t)
		}
		if lo > 0 {
			w += lipgloss.Width(before)
		}
		if hi < len(tabs) {
			w += lipgloss.Width(after)
		}
		return w
	}
	if len(tabs) == 0 || width(0, len(tabs)) <= room {
		return tabs
	}
	lo, hi := at, at+1
	for {
		grew := false
		if hi < len(tabs) && width(lo, hi+1) <= room {
			hi++
			grew = true
		}
		if lo > 0 && width(lo-1, hi) <= room {
			lo--
			grew = true
		}
		if !grew {
			break
		}
	}
	out := append([]string(nil), tabs[lo:hi]...)
	if lo > 0 {
		out = append([]string{before}, out...)
	}
	if hi < len(tabs) {
		out = append(out, after)
	}
	return out
}

// statusFade is how long a notice stays on the status line once shown;
// the next key (outside a dialog) clears it sooner.
const statusFade = 6 * time.Second

// statusFadeMsg clears the notice numbered seq, if it is still the one
// shown.
type statusFadeMsg struct{ seq int }

// notice puts text on the status line. While a job runs the line shows
// the job: the notice waits (statusHeld) and its time starts when the job
// ends.
func (a *App) notice(text string) tea.Cmd {
	a.status = text
	a.statusSeq++
	a.statusHeld = a.job != nil
	if a.statusHeld || text == "" {
		return nil
	}
	seq := a.statusSeq
	return tea.Tick(statusFade, func(time.Time) tea.Msg { return statusFadeMsg{seq: seq} })
}

// statusLine is the job or the notice on the left, cut with "…" to leave
// the help hint on the right in view, on one line.
func (a *App) statusLine() string {
	st := a.env.Styles
	right := st.Muted.Render(T("? help · q quit"))
	room := a.width - lipgloss.Width(right) - 2
	if room < 12 {
		right, room = "", a.width
	}
	var left string
	switch {
	case a.job != nil:
		sp := a.spinner.View()
		if a.still {
			sp = "*"
		}
		label := a.job.label
		if a.job.stage != "" {
			label += " " + a.job.stage
		}
		hint := "  " + T("(esc to cancel)")
		if lipgloss.Width(sp)+1+lipgloss.Width(label)+lipgloss.Width(hint) <= room {
			left = sp + " " + label + st.Muted.Render(hint)
		} else {
			left = sp + " " + truncate(oneLine(label), room-lipgloss.Width(sp)-1)
		}
	case a.status != "":
		left = st.Status.Render(truncate(oneLine(safetext.EscapeLines(a.status)), room))
	}
	gap := a.width - lipgloss.Width(left) - lipgloss.Width(right)
	if right == "" || gap < 1 {
		return left
	}
	return left + strings.Repeat(" ", gap) + right
}

// oneLine joins text's lines into one (no space between two Chinese
// characters).
func oneLine(s string) string {
	out := ""
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l == "" {
			continue
		}
		if out == "" {
			out = l
		} else {
			out = textwrap.JoinLines(out, l)
		}
	}
	return out
}

func (a *App) helpView(w, h int) string {
	st := a.env.Styles
	var own []key.Binding
	if cur := a.current(); cur != nil {
		own = cur.Keys()
	}
	groups := [][]key.Binding{translated(helpKeys(own, Keys.globalKeys()))}
	if len(own) > 0 {
		groups = append([][]key.Binding{translated(own)}, groups...)
	}
	a.help.ShowAll = true
	var b strings.Builder
	b.WriteString(st.Section.Render(T("Keys")) + "\n\n")
	b.WriteString(a.help.FullHelpView(groups))
	b.WriteString("\n\n" + st.Muted.Render(T("Press ? or esc to close.")))
	return lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, st.Modal.Render(b.String()))
}

// helpKeys are the global keys the help overlay lists beside a screen's
// own: each key once, so a global key the screen lists too (r refresh)
// or gives a meaning of its own (esc: back) is left to the screen's list.
func helpKeys(own, global []key.Binding) []key.Binding {
	taken := map[string]bool{}
	for _, b := range own {
		taken[b.Help().Key] = true
		for _, k := range b.Keys() {
			taken[k] = true
		}
	}
	var out []key.Binding
	for _, g := range global {
		if !taken[g.Help().Key] {
			out = append(out, g)
		}
	}
	return out
}

// debugString is a short description for test failures.
func (a *App) debugString() string {
	return fmt.Sprintf("stack=%d modals=%d job=%v queue=%d quiet=%v banner=%q", len(a.stack), len(a.modals), a.job != nil, len(a.queue), a.quiet != nil, a.banner)
}
