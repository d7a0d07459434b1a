// Command huzhu is the terminal wallet of a health mutual-aid community:
// a TUI when run at a terminal with no command, and a CLI with --json for
// every action (SPEC section 8). This package only parses flags, routes to
// the session and the service packages (chain, wallet, community, claims,
// disclosure) and formats their answers.
//
// Commands are grouped by noun, one file each (wallet.go, member.go,
// claim.go, …). Every command has the same shape:
//
//   - an options struct (nounVerbOptions) that its RunE fills from flags
//     and arguments, and nothing else;
//   - a run function, func (a *app) runNounVerb(ctx context.Context,
//     o nounVerbOptions) (*nounVerbResult, error), that does the work
//     (asking and confirming through a.io, sending through a.execute) and
//     that tests call directly;
//   - a typed result (nounVerbResult) with json tags: RunE writes it with
//     a.writeJSON under --json, else formats it for people (a.say,
//     a.writeKV, a.row). What only the human form needs stays in
//     unexported fields.
//
// Keys are made, derived and parsed in wallet, never here.
package main

import (
	"github.com/huzhu-community/huzhu/internal/safetext"

	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/huzhu-community/huzhu/disclosure"
	"github.com/huzhu-community/huzhu/internal/i18n"
	"github.com/huzhu-community/huzhu/internal/iostreams"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], iostreams.System()))
}

// run executes one huzhu command line and returns its exit code.
func run(ctx context.Context, args []string, streams *iostreams.IOStreams) int {
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	a := newApp(streams)
	root := newRootCmd(a)
	root.SetArgs(args)
	root.SetOut(streams.Out)
	root.SetErr(streams.ErrOut)
	root.SetIn(streams.In)
	err := root.ExecuteContext(ctx)
	if err == nil && a.settleLater != nil && ctx.Err() == nil {
		a.settleLater(ctx) // after the command's answer, never failing it
	}
	streams.StopProgress("")
	a.close()
	if err != nil && !a.g.JSON {
		// A flag error stops parsing before --json is read: look for it.
		for _, arg := range args {
			if arg == "--json" || arg == "--json=true" {
				a.g.JSON = true
			}
		}
	}
	if err != nil && a.p.Lang == "" {
		// An error before the language is chosen (a wrong flag or
		// argument): choose it from --lang as typed, or the environment.
		a.p = i18n.Printer{Lang: langArg(args)}
	}
	return a.report(explainLost(err))
}

// langArg is the language of --lang in args, or of the environment,
// or English: for an error found before the flags are parsed.
func langArg(args []string) i18n.Lang {
	flag := ""
	for i, arg := range args {
		if arg == "--" {
			break
		}
		if v, ok := strings.CutPrefix(arg, "--lang="); ok {
			flag = v
		} else if arg == "--lang" && i+1 < len(args) {
			flag = args[i+1]
		}
	}
	lang, _ := i18n.Choose(flag)
	return lang
}

// report prints err (one line on stderr, and the one JSON document on
// stdout with --json) and returns the exit code.
func (a *app) report(err error) int {
	code, kind := exitCode(err)
	if err == nil {
		return code
	}
	fmt.Fprintf(a.io.ErrOut, "huzhu: %s\n", safetext.EscapeLines(a.phrase(err)))
	if a.g.JSON && !a.jsonWritten {
		// The JSON document is the same in every language.
		doc := errorJSON{Code: code, Kind: kind, Message: phraseIn(i18n.Printer{Lang: i18n.English}, err)}
		var ve *disclosure.VerifyError
		if errors.As(err, &ve) {
			// Which rule of SD-JWT (VC) verification failed, for programs.
			doc.Rule, doc.Detail = &ve.Rule, &ve.Detail
		}
		a.writeJSON(struct {
			Error errorJSON `json:"error"`
		}{doc})
	}
	return code
}

// errorJSON is the error document of a --json run that failed.
type errorJSON struct {
	Code    int    `json:"code"`
	Kind    string `json:"kind"`
	Message string `json:"message"`
	// Rule and Detail say which rule of SD-JWT (VC) verification failed;
	// absent for other errors.
	Rule   *string `json:"rule,omitempty"`
	Detail *string `json:"detail,omitempty"`
}

func envOr(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}

func newRootCmd(a *app) *cobra.Command {
	var showVersion bool
	root := &cobra.Command{
		Use:   "huzhu",
		Short: "huzhu (互助) — a wallet for a health mutual-aid community",
		Long: `huzhu (互助, "mutual aid") keeps your key, pays community dues into a pool run by a
smart contract, and files claims that reveal only the medical facts the policy needs,
sealed so that only the elected notaries can read them.

Run it with no command at a terminal for the interactive wallet. Every action is also
a command below; add --json for one JSON document on stdout.

Exit codes: 0 ok, 1 error, 2 usage, 3 refused by the community's rules,
4 authentication, 5 chain unreachable.`,
		SilenceErrors: true,
		SilenceUsage:  true,
		Args:          noArgs,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			lang, err := i18n.Choose(a.g.Lang)
			if err != nil {
				return &usageError{msg: err.Error()}
			}
			a.p = i18n.Printer{Lang: lang}
			if a.g.DataDir == "" {
				return usageErrorf("--data-dir is empty and no home directory is known; set HUZHU_HOME")
			}
			if a.g.Remember && a.g.NoKeyring {
				return usageErrorf("--remember asks the OS keyring to remember, and --no-keyring (or HUZHU_NO_KEYRING) turns it off: pass one")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, _ []string) error {
			switch {
			case showVersion:
				return a.printVersion()
			case a.g.JSON:
				v, _, _ := buildVersion()
				doc := describe(cmd)
				return a.writeJSON(struct {
					Version string `json:"version"`
					commandJSON
				}{v, doc})
			case a.io.IsStdinTTY() && a.io.IsStdoutTTY():
				return runTUI(cmd.Context(), a)
			}
			return cmd.Help()
		},
	}
	root.Flags().BoolVar(&showVersion, "version", false, "print huzhu's version and exit")
	f := root.PersistentFlags()
	g := &a.g
	f.StringVar(&g.DataDir, "data-dir", envOr("HUZHU_HOME", defaultDataDir()), "where huzhu keeps keys, credentials and the embedded chain (env HUZHU_HOME)")
	f.StringVar(&g.RPC, "rpc", os.Getenv("HUZHU_RPC"), "JSON-RPC endpoint; empty: the embedded chain (env HUZHU_RPC)")
	f.StringVar(&g.Community, "community", os.Getenv("HUZHU_COMMUNITY"), "community contract address (env HUZHU_COMMUNITY)")
	f.StringVar(&g.Account, "account", os.Getenv("HUZHU_ACCOUNT"), "wallet account name or address (env HUZHU_ACCOUNT)")
	f.StringVar(&g.PasswordFile, "password-file", os.Getenv("HUZHU_PASSWORD_FILE"), "file holding the passphrase, - for stdin (env HUZHU_PASSWORD_FILE)")
	f.BoolVar(&g.JSON, "json", false, "print exactly one JSON document on stdout")
	f.BoolVar(&g.Yes, "yes", false, "answer yes to confirmations (sending money included)")
	f.BoolVar(&g.NoKeyring, "no-keyring", os.Getenv("HUZHU_NO_KEYRING") != "", "never use the OS keyring (env HUZHU_NO_KEYRING)")
	f.BoolVar(&g.Remember, "remember", false, "let the OS keyring remember what a --password-file passphrase unlocks, as it does for a typed one")
	f.StringVar(&g.Lang, "lang", "", "language of human text: en or zh (env HUZHU_LANG; default from LANG)")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return flagError(err) })
	root.SetHelpCommand(newHelpCmd(a))
	root.CompletionOptions.DisableDefaultCmd = true

	root.AddCommand(
		newNodeCmd(a),
		newFaucetCmd(a),
		newDevCmd(a),
		newWalletCmd(a),
		newCommunityCmd(a),
		newIssuerCmd(a),
		newCredentialCmd(a),
		newNotaryCmd(a),
		newMemberCmd(a), newElectionCmd(a),
		newClaimCmd(a),
		newCompletionCmd(),
	)
	wrapHelp(root, a)
	return root
}

// Argument validators that fail as usage errors.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usageErrorf("unknown command %q for %q; see `%s --help`", args[0], cmd.CommandPath(), cmd.CommandPath())
	}
	return nil
}

func exactArgs(n int, names string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usageErrorf("%s takes %s; see `%s --help`", cmd.CommandPath(), catalogKey(names), cmd.CommandPath())
		}
		return nil
	}
}

func maxArgs(n int, names string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) > n {
			return usageErrorf("%s takes %s; see `%s --help`", cmd.CommandPath(), catalogKey(names), cmd.CommandPath())
		}
		return nil
	}
}

// group is a command that only holds subcommands.
func group(use, short string, subs ...*cobra.Command) *cobra.Command {
	c := &cobra.Command{
		Use:   use,
		Short: short,
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return usageErrorf("%s needs a subcommand: %s", cmd.CommandPath(), subNames(cmd))
		},
	}
	c.AddCommand(subs...)
	return c
}

func subNames(cmd *cobra.Command) string {
	var names []string
	for _, s := range cmd.Commands() {
		if s.IsAvailableCommand() {
			names = append(names, s.Name())
		}
	}
	return strings.Join(names, ", ")
}

// confirm asks before an action that spends money, unless --yes. Without
// a terminal and without --yes it refuses: a script must say yes itself.
func (a *app) confirm(question string) error {
	if a.g.Yes {
		return nil
	}
	ok, err := a.yesNo(a.p.T(question))
	if errors.Is(err, iostreams.ErrNoTerminal) {
		return usageErrorf("this sends a transaction; pass --yes to confirm when not at a terminal")
	}
	if err != nil {
		return err
	}
	if !ok {
		return errCancelled
	}
	return nil
}

// yesNo asks a question already worded in the run's language, with the
// answers' hint in that language too ("[y/N]", "[是/否，默认否]"); y, yes
// and, in either language, 是 or 确认 say yes.
func (a *app) yesNo(question string) (bool, error) {
	return a.io.Confirm(question, a.p.T("[y/N]"))
}

// errCancelled is a confirmation answered no.
var errCancelled = errorf("cancelled; nothing was sent")

// flagChanged reports whether a flag was given on the command line.
func flagChanged(fs *pflag.FlagSet, name string) bool {
	f := fs.Lookup(name)
	return f != nil && f.Changed
}
