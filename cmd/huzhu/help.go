package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode"

	"github.com/charmbracelet/lipgloss"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/huzhu-community/huzhu/internal/i18n"
	"github.com/huzhu-community/huzhu/internal/textwrap"
)

// helpWidth is the widest line help prints: help is read in terminals of
// 80 columns, and piped into pagers and issue reports.
const helpWidth = 80

// wrapHelp makes every command's help fit in helpWidth columns: the long
// description is reflowed paragraph by paragraph, and the command and flag
// listings are wrapped under their description column. Help is worded in
// the run's language (localizeHelp), its headings included (usage).
func wrapHelp(root *cobra.Command, a *app) {
	defaultHelp := root.HelpFunc()
	root.SetUsageFunc(func(c *cobra.Command) error { return usage(c.OutOrStderr(), c, a.p) })
	root.SetHelpFunc(func(c *cobra.Command, args []string) {
		if a.p.Lang == "" {
			// --help stops before the commands' PersistentPreRunE: the
			// language is --lang as parsed, or the environment's.
			lang, _ := i18n.Choose(a.g.Lang)
			a.p = i18n.Printer{Lang: lang}
		}
		if !a.helpWorded {
			a.helpWorded = true
			localizeHelp(c.Root(), a.p, a.longs)
		}
		out := c.OutOrStdout()
		var buf bytes.Buffer
		c.SetOut(&buf)
		long := c.Long
		c.Long = reflow(long, helpWidth)
		defaultHelp(c, args)
		c.Long = long
		c.SetOut(nil)
		for _, line := range strings.Split(strings.TrimRight(buf.String(), "\n"), "\n") {
			out.Write([]byte(wrapLine(line, helpWidth) + "\n"))
		}
	})
}

// localizeHelp words the help of every command of the tree in p's
// language through the catalog: its Short, Long and Example, and its
// flags' usage, cobra's help flag included. Command and flag names, and
// the Use lines with their placeholders, stay as they are. In English it
// changes nothing.
func localizeHelp(root *cobra.Command, p i18n.Printer, longs map[*cobra.Command]func(i18n.Printer) string) {
	if p.Lang == i18n.English || p.Lang == "" {
		return
	}
	worded := map[*pflag.Flag]bool{}
	word := func(f *pflag.Flag) {
		if !worded[f] {
			worded[f] = true
			f.Usage = p.T(f.Usage)
		}
	}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		c.InitDefaultHelpFlag()
		c.Short, c.Long, c.Example = p.T(c.Short), p.T(c.Long), p.T(c.Example)
		if long := longs[c]; long != nil {
			c.Long = long(p)
		}
		if h := c.Flags().Lookup("help"); h != nil && !worded[h] {
			worded[h] = true
			h.Usage = p.Sprintf("help for %s", c.DisplayName())
		}
		c.PersistentFlags().VisitAll(word)
		c.LocalFlags().VisitAll(word)
		for _, s := range c.Commands() {
			walk(s)
		}
	}
	root.InitDefaultHelpCmd()
	walk(root)
}

// longHelp sets c's Long from a function that words it in a language: for
// a Long built from parts known only when the tree is made (a list of
// codes or names), which localizeHelp words again in the run's language.
func (a *app) longHelp(c *cobra.Command, long func(p i18n.Printer) string) *cobra.Command {
	c.Long = long(i18n.Printer{Lang: i18n.English})
	if a.longs == nil {
		a.longs = map[*cobra.Command]func(i18n.Printer) string{}
	}
	a.longs[c] = long
	return c
}

// usage writes a command's usage as cobra's default template does, its
// headings worded by p.
func usage(w io.Writer, c *cobra.Command, p i18n.Printer) error {
	var b strings.Builder
	b.WriteString(p.T("Usage:"))
	if c.Runnable() {
		fmt.Fprintf(&b, "\n  %s", c.UseLine())
	}
	if c.HasAvailableSubCommands() {
		fmt.Fprintf(&b, "\n  %s [command]", c.CommandPath())
	}
	if len(c.Aliases) > 0 {
		fmt.Fprintf(&b, "\n\n%s\n  %s", p.T("Aliases:"), c.NameAndAliases())
	}
	if c.HasExample() {
		fmt.Fprintf(&b, "\n\n%s\n%s", p.T("Examples:"), c.Example)
	}
	if c.HasAvailableSubCommands() {
		b.WriteString("\n\n" + p.T("Available Commands:"))
		for _, s := range c.Commands() {
			if s.IsAvailableCommand() || s.Name() == "help" {
				fmt.Fprintf(&b, "\n  %-*s %s", s.NamePadding(), s.Name(), s.Short)
			}
		}
	}
	if c.HasAvailableLocalFlags() {
		fmt.Fprintf(&b, "\n\n%s\n%s", p.T("Flags:"), strings.TrimRightFunc(flagUsages(c.LocalFlags(), p), unicode.IsSpace))
	}
	if c.HasAvailableInheritedFlags() {
		fmt.Fprintf(&b, "\n\n%s\n%s", p.T("Global Flags:"), strings.TrimRightFunc(flagUsages(c.InheritedFlags(), p), unicode.IsSpace))
	}
	if c.HasHelpSubCommands() {
		b.WriteString("\n\n" + p.T("Additional help topics:"))
		for _, s := range c.Commands() {
			if s.IsAdditionalHelpTopicCommand() {
				fmt.Fprintf(&b, "\n  %-*s %s", s.CommandPathPadding(), s.CommandPath(), s.Short)
			}
		}
	}
	if c.HasAvailableSubCommands() {
		b.WriteString("\n\n" + p.Sprintf("Use \"%s [command] --help\" for more information about a command.", c.CommandPath()))
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// flagUsages lists flags as pflag's FlagUsages does, with "(default …)"
// worded by p.
func flagUsages(fs *pflag.FlagSet, p i18n.Printer) string {
	var lines []string
	maxlen := 0
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		line := "      --" + f.Name
		if f.Shorthand != "" && f.ShorthandDeprecated == "" {
			line = "  -" + f.Shorthand + ", --" + f.Name
		}
		varname, use := pflag.UnquoteUsage(f)
		if varname != "" {
			line += " " + varname
		}
		if f.NoOptDefVal != "" && f.Value.Type() != "bool" {
			line += "[=" + f.NoOptDefVal + "]"
		}
		line += "\x00"
		maxlen = max(maxlen, len(line))
		line += use
		if !defaultIsZero(f) {
			def := f.DefValue
			if f.Value.Type() == "string" {
				def = fmt.Sprintf("%q", def)
			}
			line += p.Sprintf(" (default %s)", def)
		}
		if f.Deprecated != "" {
			line += fmt.Sprintf(" (DEPRECATED: %s)", f.Deprecated)
		}
		lines = append(lines, line)
	})
	var b strings.Builder
	for _, line := range lines {
		i := strings.Index(line, "\x00")
		b.WriteString(line[:i] + " " + strings.Repeat(" ", maxlen-i) + " " +
			strings.ReplaceAll(line[i+1:], "\n", "\n"+strings.Repeat(" ", maxlen+2)) + "\n")
	}
	return b.String()
}

// defaultIsZero reports whether a flag's default is its type's zero value,
// which pflag leaves out of the listing.
func defaultIsZero(f *pflag.Flag) bool {
	switch f.Value.Type() {
	case "bool":
		return f.DefValue == "false" || f.DefValue == ""
	case "duration":
		return f.DefValue == "0" || f.DefValue == "0s"
	case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "count", "float32", "float64":
		return f.DefValue == "0"
	case "string":
		return f.DefValue == ""
	case "stringSlice", "stringArray", "intSlice":
		return f.DefValue == "[]"
	}
	switch f.DefValue {
	case "false", "<nil>", "", "0":
		return true
	}
	return false
}

// flagError words a flag the command line got wrong (pflag's errors)
// through the catalog, as a usage error.
func flagError(err error) error {
	var notExist *pflag.NotExistError
	var noValue *pflag.ValueRequiredError
	var invalid *pflag.InvalidValueError
	var syntax *pflag.InvalidSyntaxError
	switch {
	case errors.As(err, &notExist) && notExist.GetSpecifiedShortnames() != "":
		return usageErrorf("unknown shorthand flag: %q in -%s", rune(notExist.GetSpecifiedName()[0]), notExist.GetSpecifiedShortnames())
	case errors.As(err, &notExist):
		return usageErrorf("unknown flag: --%s", notExist.GetSpecifiedName())
	case errors.As(err, &noValue) && noValue.GetSpecifiedShortnames() != "":
		return usageErrorf("flag needs an argument: %q in -%s", rune(noValue.GetSpecifiedName()[0]), noValue.GetSpecifiedShortnames())
	case errors.As(err, &noValue):
		return usageErrorf("flag needs an argument: --%s", noValue.GetSpecifiedName())
	case errors.As(err, &invalid):
		f := invalid.GetFlag()
		name := "--" + f.Name
		if f.Shorthand != "" && f.ShorthandDeprecated == "" {
			name = "-" + f.Shorthand + ", " + name
		}
		return usageErrorf("invalid argument %q for %q flag: %v", invalid.GetValue(), name, errors.Unwrap(invalid))
	case errors.As(err, &syntax):
		return usageErrorf("bad flag syntax: %s", syntax.GetSpecifiedFlag())
	}
	return &usageError{msg: err.Error()}
}

// newHelpCmd is huzhu's help command (cobra's, with its words in the
// catalog): help for the command named, or a usage error.
func newHelpCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "help [command]",
		Short: "Help about any command",
		Long: `Help provides help for any command in the application.
Simply type huzhu help [path to command] for full details.`,
		ValidArgsFunction: func(c *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
			cmd, _, err := c.Root().Find(args)
			if err != nil {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			var out []cobra.Completion
			for _, s := range cmd.Commands() {
				if (s.IsAvailableCommand() || s == c) && strings.HasPrefix(s.Name(), toComplete) {
					out = append(out, cobra.CompletionWithDesc(s.Name(), s.Short))
				}
			}
			return out, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(c *cobra.Command, args []string) error {
			cmd, rest, err := c.Root().Find(args)
			if err != nil || cmd == nil || len(rest) > 0 {
				return usageErrorf("unknown help topic %q; see `huzhu --help`", strings.Join(args, " "))
			}
			cmd.InitDefaultHelpFlag()
			return cmd.Help()
		},
	}
}

// shellCompletion is the command that writes one shell's completion script.
func shellCompletion(noDesc *bool, use, short, long string, gen func(c *cobra.Command) error) *cobra.Command {
	c := &cobra.Command{Use: use, Short: short, Long: long, Args: noArgs,
		ValidArgsFunction: cobra.NoFileCompletions,
		RunE:              func(c *cobra.Command, _ []string) error { return gen(c) }}
	c.Flags().BoolVar(noDesc, "no-descriptions", false, "disable completion descriptions")
	return c
}

// newCompletionCmd is cobra's completion command, its words in the
// catalog.
func newCompletionCmd() *cobra.Command {
	var noDesc bool
	bash := shellCompletion(&noDesc, "bash", "Generate the autocompletion script for bash", `Generate the autocompletion script for the bash shell.

This script depends on the 'bash-completion' package.
If it is not installed already, you can install it via your OS's package manager.

To load completions in your current shell session:

	source <(huzhu completion bash)

To load completions for every new session, execute once:

#### Linux:

	huzhu completion bash > /etc/bash_completion.d/huzhu

#### macOS:

	huzhu completion bash > $(brew --prefix)/etc/bash_completion.d/huzhu

You will need to start a new shell for this setup to take effect.
`, func(c *cobra.Command) error { return c.Root().GenBashCompletionV2(c.OutOrStdout(), !noDesc) })
	bash.DisableFlagsInUseLine = true
	zsh := shellCompletion(&noDesc, "zsh", "Generate the autocompletion script for zsh", `Generate the autocompletion script for the zsh shell.

If shell completion is not already enabled in your environment you will need
to enable it.  You can execute the following once:

	echo "autoload -U compinit; compinit" >> ~/.zshrc

To load completions in your current shell session:

	source <(huzhu completion zsh)

To load completions for every new session, execute once:

#### Linux:

	huzhu completion zsh > "${fpath[1]}/_huzhu"

#### macOS:

	huzhu completion zsh > $(brew --prefix)/share/zsh/site-functions/_huzhu

You will need to start a new shell for this setup to take effect.
`, func(c *cobra.Command) error {
		if noDesc {
			return c.Root().GenZshCompletionNoDesc(c.OutOrStdout())
		}
		return c.Root().GenZshCompletion(c.OutOrStdout())
	})
	fish := shellCompletion(&noDesc, "fish", "Generate the autocompletion script for fish", `Generate the autocompletion script for the fish shell.

To load completions in your current shell session:

	huzhu completion fish | source

To load completions for every new session, execute once:

	huzhu completion fish > ~/.config/fish/completions/huzhu.fish

You will need to start a new shell for this setup to take effect.
`, func(c *cobra.Command) error { return c.Root().GenFishCompletion(c.OutOrStdout(), !noDesc) })
	powershell := shellCompletion(&noDesc, "powershell", "Generate the autocompletion script for powershell", `Generate the autocompletion script for powershell.

To load completions in your current shell session:

	huzhu completion powershell | Out-String | Invoke-Expression

To load completions for every new session, add the output of the above command
to your powershell profile.
`, func(c *cobra.Command) error {
		if noDesc {
			return c.Root().GenPowerShellCompletion(c.OutOrStdout())
		}
		return c.Root().GenPowerShellCompletionWithDesc(c.OutOrStdout())
	})
	c := &cobra.Command{
		Use:   "completion",
		Short: "Generate the autocompletion script for the specified shell",
		Long: `Generate the autocompletion script for huzhu for the specified shell.
See each sub-command's help for details on how to use the generated script.
`,
		Args:              noArgs,
		ValidArgsFunction: cobra.NoFileCompletions,
	}
	c.AddCommand(bash, zsh, fish, powershell)
	return c
}

// listing is a line of a command or flag listing: its indented name,
// then at least two spaces, then the description.
var listing = regexp.MustCompile(`^(\s+\S.*?\s{2,})\S`)

// wrapLine breaks one line to fit width, continuing under the description
// column of a listing, else under the line's indentation. It breaks at
// spaces and, in Chinese, between two characters (where there are no
// spaces), never inside an English word, and never before a closing
// punctuation mark or after an opening one. Width is display width: a
// Chinese character takes two columns.
func wrapLine(line string, width int) string {
	if lipgloss.Width(line) <= width {
		return line
	}
	hang := len(line) - len(strings.TrimLeft(line, " "))
	if strings.HasPrefix(line[hang:], "- ") {
		hang += 2
	}
	if m := listing.FindStringSubmatch(line); m != nil && lipgloss.Width(m[1]) <= width/2 {
		hang = lipgloss.Width(m[1])
	}
	indent := strings.Repeat(" ", hang)
	var lines []string
	cur := line[:len(line)-len(strings.TrimLeft(line, " "))]
	if m := listing.FindStringSubmatch(line); m != nil && hang == lipgloss.Width(m[1]) {
		cur = m[1]
		line = line[len(m[1]):]
	}
	start := cur
	for _, w := range textwrap.Pieces(line, width-hang) {
		sep := ""
		if w.Space {
			sep = " "
		}
		switch {
		case cur == start:
			cur += w.Text
		case lipgloss.Width(cur)+len(sep)+lipgloss.Width(w.Text) > width:
			lines = append(lines, cur)
			cur = indent + w.Text
		default:
			cur += sep + w.Text
		}
	}
	return strings.Join(append(lines, cur), "\n")
}

// reflow rewraps text written with its own line breaks: paragraphs
// (separated by blank lines) become lines of at most width columns.
// Indented lines and list items ("- ") start a new line; an indented
// line's continuation hangs under it.
func reflow(text string, width int) string {
	var out []string
	var cur string
	flush := func() {
		if cur != "" {
			out = append(out, wrapLine(cur, width))
			cur = ""
		}
	}
	item := func() bool { return strings.HasPrefix(cur, "- ") }
	indented := func() bool { return strings.HasPrefix(cur, " ") }
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimRight(l, " ")
		switch {
		case l == "":
			flush()
			out = append(out, "")
		case strings.HasPrefix(l, "- "):
			flush()
			cur = l
		case strings.HasPrefix(l, "  ") && item() && !strings.HasPrefix(l, "   "):
			cur = textwrap.JoinLines(cur, strings.TrimSpace(l)) // a list item's continuation
		case strings.HasPrefix(l, " "):
			flush()
			cur = l
		case cur == "" || indented():
			flush()
			cur = l
		default:
			cur = textwrap.JoinLines(cur, l)
		}
	}
	flush()
	return strings.Join(out, "\n")
}
