package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// buildVersion says which huzhu this is: the module version when built from
// a tagged module, else the VCS revision the binary was built from.
func buildVersion() (version, revision string, modified bool) {
	version = "(devel)"
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return
	}
	if v := info.Main.Version; v != "" {
		version = v
	}
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			revision = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	return
}

type versionJSON struct {
	Version  string `json:"version"`
	Revision string `json:"revision,omitempty"`
	Modified bool   `json:"modified,omitempty"`
	Go       string `json:"go"`
}

func (a *app) printVersion() error {
	v, rev, mod := buildVersion()
	if a.g.JSON {
		return a.writeJSON(versionJSON{Version: v, Revision: rev, Modified: mod, Go: runtime.Version()})
	}
	line := "huzhu " + v
	if rev != "" {
		line += " " + rev[:min(12, len(rev))]
		if mod {
			line += "+modified"
		}
	}
	fmt.Fprintf(a.io.Out, "%s (%s)\n", line, runtime.Version())
	return nil
}

// commandJSON describes a command for `huzhu --json` with no command: the
// command tree, for scripts that discover what this huzhu can do.
type commandJSON struct {
	Name     string        `json:"name"`
	Usage    string        `json:"usage"`
	Summary  string        `json:"summary"`
	Commands []commandJSON `json:"commands,omitempty"`
}

func describe(c *cobra.Command) commandJSON {
	out := commandJSON{Name: c.Name(), Usage: c.UseLine(), Summary: c.Short}
	for _, sub := range c.Commands() {
		if sub.Hidden || !sub.IsAvailableCommand() {
			continue
		}
		out.Commands = append(out.Commands, describe(sub))
	}
	return out
}
